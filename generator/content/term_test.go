package content_test

import (
	"regexp"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"briefing/generator/content"

	"github.com/gohugoio/hugo/common/paths"
	"github.com/gohugoio/hugo/common/text"
)

func TestTerm(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Xi Jinping", "Xi Jinping"},
		{"  Xi \t Jinping\n", "Xi Jinping"},
		{"São Paulo", "São Paulo"},
		{"China's", "China's"},
		{"Marks & Spencer", "Marks & Spencer"},
		{"COVID-19", "COVID-19"},
		{"Labour (UK)", "Labour (UK)"},
		{"U.S.", "US"},
		{"J.K. Rowling", "JK Rowling"},
		{"Web 3.0", "Web 3-0"},
		{"AC/DC", "AC DC"},
		{"#MeToo", "MeToo"},
		{"C++", "C"},
		{"snake_case", "snake case"},
		{"Brexit - latest", "Brexit latest"},
		{"-x-", "x"},
		{"Right\u202eto\u200bleft", "Righttoleft"},
		{"Москва", "Москва"},
		// Hostile values: nothing of the path survives.
		{"../issues/2022-06-15/china-willing", "issues 2022-06-15 china-willing"},
		{"..", ""},
		{".", ""},
		{"/", ""},
		{"../../unsubscribe", "unsubscribe"},
		{"%2e%2e", "2e2e"},
		{`a\b\..\..`, "a b"},
		{"https://evil.example.com/x?y=1#z", "https: evilexamplecom x?y=1z"},
		{"\x00\x01\x7f", ""},
		{"line\u2028break", "line break"},
		{"", ""},
		{strings.Repeat("word ", 40), strings.TrimSpace(strings.Repeat("word ", 20))},
	}
	for _, tt := range tests {
		if got := content.Term(tt.in); got != tt.want {
			t.Errorf("Term(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// slug is what a term's page address must be: letters, digits and marks
// joined by single hyphens.
var slug = regexp.MustCompile(`^[\pL\pN\pM]+(-[\pL\pN\pM]+)*$`)

// hugoPath is the path segment Hugo gives a term, with its own functions
// and the site's settings (lower-cased, removePathAccents = true).
func hugoPath(term string) string {
	return strings.ToLower(text.RemoveAccentsString(paths.Sanitize(term)))
}

// checkTerm is the property every term must have, whatever the input.
func checkTerm(t *testing.T, in string) {
	t.Helper()
	got := content.Term(in)
	if again := content.Term(got); again != got {
		t.Fatalf("Term(%q) = %q, but Term(%q) = %q", in, got, got, again)
	}
	if got == "" {
		return
	}
	if p := hugoPath(got); !slug.MatchString(p) {
		t.Fatalf("Term(%q) = %q: Hugo publishes it at %q, not a slug", in, got, p)
	}
	if len(got) > content.MaxTerm || !utf8.ValidString(got) || strings.TrimSpace(got) != got {
		t.Fatalf("Term(%q) = %q: too long, invalid or padded", in, got)
	}
	for _, r := range got {
		if unicode.In(r, unicode.Cc, unicode.Cf, unicode.Co) {
			t.Fatalf("Term(%q) = %q keeps the invisible %U", in, got, r)
		}
	}
}

func TestTermPaths(t *testing.T) {
	for _, in := range []string{
		"../issues/2022-06-15/x", "..", "../../unsubscribe", "/", ".", "%2e%2e", "%2F", `..\..\x`, "~root", "@home",
		"a -- b", "a - - b", "a-.-b", "3..5", "1.2.3", "x.-y", "-", "ǅemal", "İstanbul", "ß", "\u0301x", "x\u0301", "Ⅻ", "½",
		"a\u00a0b", "tab\there", "%", "%zz", "#", "a#b", "a?b", "<script>", "’’", "a’-b", "e-", "-e", "1.", ".1",
	} {
		checkTerm(t, in)
	}
}

// FuzzTerm: whatever a front matter or the analysis holds, a term never
// names a path and its page address is a slug.
func FuzzTerm(f *testing.F) {
	for _, s := range []string{"Xi Jinping", "../../unsubscribe", "%2e%2e", `a\b`, "U.S.", "3.5", "a - b", "\x00", "São"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkTerm(t, s) })
}

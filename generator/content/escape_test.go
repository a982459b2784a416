package content_test

import (
	"bytes"
	"html"
	"regexp"
	"strings"
	"testing"

	"briefing/generator/content"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"
)

// md renders Markdown as Hugo does by default (GFM, typographer, footnotes,
// definition lists), so the test sees what a reader would.
var md = goldmark.New(goldmark.WithExtensions(extension.GFM, extension.Typographer, extension.Footnote, extension.DefinitionList))

var tag = regexp.MustCompile(`<[^>]*>`)

// shown is the text a reader sees when p is rendered.
func shown(t testing.TB, p string) string {
	var b bytes.Buffer
	if err := md.Convert([]byte(p), &b); err != nil {
		t.Fatal(err)
	}
	return strings.TrimSpace(html.UnescapeString(tag.ReplaceAllString(b.String(), "")))
}

func TestEscapeMarkdownShowsLiterally(t *testing.T) {
	tests := []struct{ name, in string }{
		{"heading", "# Not a heading"},
		{"emphasis", "*bold* and _it_ and **strong**"},
		{"ordered list", "1. First"},
		{"ordered list paren", "2) Second"},
		{"bullet", "- item"},
		{"plus bullet", "+ item"},
		{"quote", "> quoted"},
		{"thematic break", "---"},
		{"setext-like", "==="},
		{"shortcode", "{{< youtube abc >}} and {{% note %}}"},
		{"template", "{{ .Site.Params }} {{ printf \"%s\" 1 }}"},
		{"script", "<script>alert('x')</script>"},
		{"html entity", "AT&amp;T &copy; &#60;"},
		{"link", "[click](javascript:alert(1)) ![img](x.png)"},
		{"autolink", "<https://example.org>"},
		{"code", "`code` and ```fence```"},
		{"table", "| a | b |"},
		{"strike", "~~gone~~"},
		{"footnote", "text[^1]"},
		{"definition", ": definition"},
		{"dashes", "2004--2005 and a -- b --- c"},
		{"backslash", `C:\path\to\file \*`},
		{"indented code", "    four spaces"},
		{"money and percent", "$1.13bn (£600m), up 76%."},
		{"ellipsis", "Wait... what"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			esc := content.EscapeMarkdown(tt.in)
			if got, want := shown(t, esc), strings.TrimLeft(tt.in, " "); got != want && !typographic(got, want) {
				t.Errorf("EscapeMarkdown(%q) = %q shows %q", tt.in, esc, got)
			}
			if strings.Contains(esc, "{{") {
				t.Errorf("%q keeps a Hugo delimiter", esc)
			}
		})
	}
}

// typographic allows the typographer's quotes and ellipsis, which change
// how punctuation looks but not what the text says.
func typographic(got, want string) bool {
	r := strings.NewReplacer("“", `"`, "”", `"`, "‘", "'", "’", "'", "…", "...")
	return r.Replace(got) == want
}

func FuzzEscape(f *testing.F) {
	for _, s := range []string{"# x", "{{< x >}}", "<b>", "1. a", "a -- b", "&amp;", "\\*", "[a](b)"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if strings.ContainsAny(s, "\r\n\x00") || !utf8Valid(s) {
			return // paragraphs never hold these: the parser removes them
		}
		esc := content.EscapeMarkdown(s)
		if strings.Contains(esc, "{{") || strings.Contains(esc, "<") && !strings.Contains(esc, `\<`) {
			t.Fatalf("%q escaped to %q", s, esc)
		}
		got := shown(t, esc)
		want := strings.TrimSpace(s)
		if got != want && !typographic(got, want) && strings.Join(strings.Fields(got), " ") != strings.Join(strings.Fields(want), " ") {
			t.Fatalf("%q escaped to %q shows %q", s, esc, got)
		}
	})
}

func utf8Valid(s string) bool { return strings.ToValidUTF8(s, "\uFFFD") == s }

package address

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestParse(t *testing.T) {
	for _, tc := range []struct {
		name, in, want string
	}{
		{"plain", "ann@example.org", "ann@example.org"},
		{"spaces and CR", "  ann@example.org\r", "ann@example.org"},
		{"byte-order mark", "\ufeffann@example.org", "ann@example.org"},
		{"zero-width space", "ann@example.org\u200b", "ann@example.org"},
		{"domain lower-cased, local part kept", "Ann.Smith@Example.ORG", "Ann.Smith@example.org"},
		{"needless quotes", `"ann"@example.org`, "ann@example.org"},
		{"plus tag", "ann+news@example.org", "ann+news@example.org"},
		{"unicode domain to punycode", "ann@bücher.de", "ann@xn--bcher-kva.de"},
		{"unicode local part in NFC", "jo\u0308rg@example.org", "jörg@example.org"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := Parse(tc.in)
			if err != nil || got != tc.want {
				t.Errorf("Parse(%q) = %q, %v; want %q", tc.in, got, err, tc.want)
			}
		})
	}
}

func TestParseRefuses(t *testing.T) {
	for _, tc := range []struct{ name, in, why string }{
		{"empty", "  ", "empty"},
		{"quoted local part", `"quoted local"@x.test`, "quoted local part"},
		{"display name", "Ann <ann@example.org>", "without a name"},
		{"comment", "ann@example.org (Ann)", "without a name"},
		{"two addresses", "a@example.org, b@example.org", "invalid"},
		{"header injection", "a@example.org\r\nBcc: b@example.org", "invalid"},
		{"no dot in the domain", "ann@gmail", "not a domain"},
		{"IP literal", "ann@[127.0.0.1]", "IP address"},
		{"bad domain", "ann@-x-.test", "not a domain"},
		{"no at", "ann.example.org", "invalid"},
		{"too long", strings.Repeat("a", 65) + "@example.org", "too long"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := Parse(tc.in)
			if err == nil || !strings.Contains(err.Error(), tc.why) {
				t.Errorf("Parse(%q) = %q, %v; want an error saying %q", tc.in, got, err, tc.why)
			}
		})
	}
}

func TestKeyAndUTF8(t *testing.T) {
	if Key("Ann@Example.org") != Key("ann@example.org") {
		t.Error("keys differ by case")
	}
	if NeedsSMTPUTF8("ann@xn--bcher-kva.de") || !NeedsSMTPUTF8("jörg@example.org") {
		t.Error("NeedsSMTPUTF8")
	}
	if Domain("a@b@example.org") != "example.org" {
		t.Error("Domain")
	}
}

// FuzzParse: whatever the input, an accepted address is stable under Parse,
// has no white space or control characters and is valid UTF-8.
func FuzzParse(f *testing.F) {
	for _, s := range []string{"ann@example.org", "\ufeffa@x.test\r", `"quoted local"@x.test`, "jörg@bücher.de", "a@b", "<a@x.test>"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, err := Parse(s)
		if err != nil {
			return
		}
		if !utf8.ValidString(got) || strings.ContainsAny(got, " \t\r\n<>\"\ufeff") {
			t.Fatalf("Parse(%q) = %q", s, got)
		}
		again, err := Parse(got)
		if err != nil || again != got {
			t.Fatalf("Parse(Parse(%q)) = %q, %v; want %q", s, again, err, got)
		}
	})
}

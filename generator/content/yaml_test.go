package content

import (
	"bytes"
	"testing"
	"unicode/utf8"

	goccy "github.com/goccy/go-yaml"
	"gopkg.in/yaml.v3"
)

// Every string must read back unchanged, both with yaml.v3 (our reader)
// and with goccy/go-yaml (Hugo's).
func FuzzScalar(f *testing.F) {
	for _, s := range []string{"plain text", "a: b", "#x", "x #y", "- item", "true", "No", "null", "2022-06-15", "30", "1e3",
		"\"quoted\"", "'single'", "it's", "{{< x >}}", "[a, b]", "{a: 1}", "*alias", "&anchor", "!tag", "|", ">", "%x", "@x", "`x`",
		"trailing ", " leading", "tab\there", "new\nline", "\u2028", "\ufeff", "é accent", "日本", "x:", "a:b", "~", "...", "---"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return // article text is always valid UTF-8 by the time it is written
		}
		var b bytes.Buffer
		if err := emitField(&b, "k", s); err != nil {
			t.Fatal(err)
		}
		emitField(&b, "l", []string{s, s})
		emitField(&b, "r", []Record{{{Key: "text", Value: s}, {Key: "speaker", Value: "X"}}})
		var v struct {
			K string
			L []string
			R []map[string]string
		}
		if err := yaml.Unmarshal(b.Bytes(), &v); err != nil {
			t.Fatalf("yaml.v3 cannot read %q: %v", b.String(), err)
		}
		if v.K != s || len(v.L) != 2 || v.L[1] != s || len(v.R) != 1 || (s != "" && v.R[0]["text"] != s) {
			t.Fatalf("%q reads back as %+v from %q", s, v, b.String())
		}
		var g map[string]any
		if err := goccy.Unmarshal(b.Bytes(), &g); err != nil {
			t.Fatalf("goccy cannot read %q: %v", b.String(), err)
		}
		if g["k"] != s {
			t.Fatalf("goccy reads %q as %#v from %q", s, g["k"], b.String())
		}
	})
}

// TestValue checks that Peek reads a quoted value as YAML does, with or
// without the parser.
func TestValue(t *testing.T) {
	for _, tt := range []struct{ name, in string }{
		{"hash with a leading digit", `"2e4f46f80dad80ef3d912234"`},
		{"path", `"inbox/2022-06-15/a b.txt"`},
		{"hash sign", `"a # b"`},
		{"empty", `""`},
		{"escape", `"a\tb\u00e9"`},
		{"inner quote", `"a\"b"`},
		{"single quotes", `'it''s'`},
		{"not ASCII", `"café"`},
		{"comment after", `"abc" # note`},
		{"space after", `"abc" `},
		{"unclosed", `"abc`},
	} {
		t.Run(tt.name, func(t *testing.T) {
			want := tt.in
			var v string
			if yaml.Unmarshal([]byte(tt.in), &v) == nil {
				want = v
			}
			if got := value(tt.in); got != want {
				t.Errorf("value(%s) = %q, want %q (yaml.v3)", tt.in, got, want)
			}
		})
	}
}

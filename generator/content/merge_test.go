package content_test

import (
	"fmt"
	"hash/crc32"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"briefing/generator/content"
)

func doc(title, summary string, points []string, body string) content.Doc {
	return content.Doc{
		Fields: []content.Field{{"title", title}, {"summary", summary}, {"keypoints", points}, {"wordcount", 42}},
		Body:   body,
		Input:  fmt.Sprintf("in-%08x", crc32.ChecksumIEEE([]byte(title+summary+body))),
	}
}

func write(t *testing.T, path string, d content.Doc) (content.Result, []string) {
	t.Helper()
	res, kept, err := content.Write(path, d)
	if err != nil {
		t.Fatal(err)
	}
	return res, kept
}

func TestWriteIsStable(t *testing.T) {
	path := filepath.Join(t.TempDir(), "a.md")
	d := doc("T", "S.", []string{"a", "b"}, "Body.")
	if res, _ := write(t, path, d); res != content.Created {
		t.Fatalf("first write = %v, want Created", res)
	}
	st1, _ := os.Stat(path)
	if res, _ := write(t, path, d); res != content.Unchanged {
		t.Fatalf("second write = %v, want Unchanged", res)
	}
	st2, _ := os.Stat(path)
	if !st1.ModTime().Equal(st2.ModTime()) {
		t.Error("an unchanged write touched the file")
	}
	h, err := content.Peek(path)
	if err != nil {
		t.Fatal(err)
	}
	if !h.Fresh(d.Input) || h.Fresh("other") || h.Source != "" {
		t.Errorf("head = %+v: Fresh does not follow the recorded input", h)
	}
}

func TestEditorEditsSurvive(t *testing.T) {
	tests := []struct {
		name  string
		edit  func(string) string
		check func(t *testing.T, file string)
		kept  []string
	}{
		{
			name: "rewritten summary kept, headline still follows the input",
			edit: func(s string) string {
				return strings.Replace(s, "summary: Old summary.", "summary: The editor's summary.", 1)
			},
			check: func(t *testing.T, f string) {
				must(t, f, "summary: The editor's summary.", "title: New title")
			},
			kept: []string{"summary"},
		},
		{
			name: "fixed headline kept",
			edit: func(s string) string { return strings.Replace(s, "title: Old title", "title: Fixed by hand", 1) },
			check: func(t *testing.T, f string) {
				must(t, f, "title: Fixed by hand", "summary: New summary.")
			},
			kept: []string{"title"},
		},
		{
			name: "rewritten key point kept",
			edit: func(s string) string { return strings.Replace(s, "- point two", "- a better point", 1) },
			check: func(t *testing.T, f string) {
				must(t, f, "- a better point")
				mustNot(t, f, "- new point")
			},
			kept: []string{"keypoints"},
		},
		{
			name:  "removed field stays removed",
			edit:  func(s string) string { return strings.Replace(s, "wordcount: 42\n", "", 1) },
			check: func(t *testing.T, f string) { mustNot(t, f, "\nwordcount:") },
			kept:  []string{"wordcount"},
		},
		{
			name: "added field kept",
			edit: func(s string) string {
				return strings.Replace(s, "wordcount: 42\n", "wordcount: 42\nfeatured: true\n", 1)
			},
			check: func(t *testing.T, f string) { must(t, f, "featured: true", "title: New title") },
		},
		{
			name:  "edited body kept",
			edit:  func(s string) string { return strings.Replace(s, "Old body.", "Corrected body.", 1) },
			check: func(t *testing.T, f string) { must(t, f, "Corrected body."); mustNot(t, f, "New body.") },
			kept:  []string{"body"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "a.md")
			write(t, path, doc("Old title", "Old summary.", []string{"point one", "point two"}, "Old body."))
			b, _ := os.ReadFile(path)
			os.WriteFile(path, []byte(tt.edit(string(b))), 0o644)
			res, kept := write(t, path, doc("New title", "New summary.", []string{"point one", "new point"}, "New body."))
			if res != content.Updated {
				t.Errorf("result = %v, want Updated", res)
			}
			if !slices.Equal(kept, tt.kept) {
				t.Errorf("kept = %q, want %q", kept, tt.kept)
			}
			tt.check(t, path)
			// The kept edit must survive yet another run too.
			write(t, path, doc("New title", "New summary.", []string{"point one", "new point"}, "New body."))
			tt.check(t, path)
		})
	}
}

func TestEditorsOwnFileUntouched(t *testing.T) {
	path := filepath.Join(t.TempDir(), "a.md")
	mine := "---\ntitle: Written by hand\n---\n\nMine.\n"
	os.WriteFile(path, []byte(mine), 0o644)
	if res, _ := write(t, path, doc("T", "S", nil, "B")); res != content.Owned {
		t.Fatalf("result = %v, want Owned", res)
	}
	if b, _ := os.ReadFile(path); string(b) != mine {
		t.Error("the editor's file was changed")
	}
}

func TestBrokenFrontMatterIsReportedNotOverwritten(t *testing.T) {
	path := filepath.Join(t.TempDir(), "a.md")
	write(t, path, doc("T", "S", nil, "B"))
	broken := "---\ntitle: [unclosed\nsummary: x\n---\n\nB\n"
	os.WriteFile(path, []byte(broken), 0o644)
	_, _, err := content.Write(path, doc("T", "S", nil, "B"))
	if err == nil || !strings.Contains(err.Error(), path+":") {
		t.Fatalf("error = %v, want one naming %s and a line", err, path)
	}
	if b, _ := os.ReadFile(path); string(b) != broken {
		t.Error("a broken file was overwritten")
	}
}

func TestHostileValuesStayInTheirField(t *testing.T) {
	path := filepath.Join(t.TempDir(), "a.md")
	evil := "x\n---\ntitle: injected\n---\n{{< shortcode >}}: \"quoted\" # comment"
	write(t, path, content.Doc{Fields: []content.Field{{"title", evil}, {"summary", "ok"}}, Body: "B", Input: "i"})
	old, err := content.Read(path)
	if err != nil {
		t.Fatal(err)
	}
	if old.Fields["title"] != evil || old.Fields["summary"] != "ok" {
		t.Errorf("round trip = %q, want the value unchanged", old.Fields)
	}
}

func must(t *testing.T, file string, subs ...string) {
	t.Helper()
	b, _ := os.ReadFile(file)
	for _, s := range subs {
		if !strings.Contains(string(b), s) {
			t.Errorf("%s lacks %q:\n%s", file, s, b)
		}
	}
}

func mustNot(t *testing.T, file string, subs ...string) {
	t.Helper()
	b, _ := os.ReadFile(file)
	for _, s := range subs {
		if strings.Contains(string(b), s) {
			t.Errorf("%s has %q:\n%s", file, s, b)
		}
	}
}

func TestPristine(t *testing.T) {
	tests := []struct {
		name string
		edit func(string) string // nil: as the generator wrote it
		want bool
	}{
		{"as written", nil, true},
		{"a value changed", func(s string) string { return strings.Replace(s, "title: T", "title: Better", 1) }, false},
		{"a field added", func(s string) string { return strings.Replace(s, "title: T\n", "title: T\nlead: true\n", 1) }, false},
		{"a field removed", func(s string) string { return strings.Replace(s, "wordcount: 42\n", "", 1) }, false},
		{"the body changed", func(s string) string { return strings.Replace(s, "Body.", "Body, corrected.", 1) }, false},
		{"the record removed (the editor's own now)", func(s string) string { return s[:strings.Index(s, "generated:")] + "---\n\nBody.\n" }, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "a.md")
			write(t, path, doc("T", "S.", []string{"a", "b"}, "Body."))
			if tt.edit != nil {
				b, _ := os.ReadFile(path)
				os.WriteFile(path, []byte(tt.edit(string(b))), 0o644)
			}
			got, err := content.Pristine(path)
			if err != nil || got != tt.want {
				t.Errorf("Pristine = %v, %v; want %v", got, err, tt.want)
			}
		})
	}
	if got, err := content.Pristine(filepath.Join(t.TempDir(), "none.md")); got || err != nil {
		t.Errorf("a missing file: %v, %v", got, err)
	}
}

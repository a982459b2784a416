package content_test

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"briefing/generator/content"
)

// article is a doc with the fields a rename changes.
func article(source string, weight int) content.Doc {
	return content.Doc{
		Fields: []content.Field{
			{"title", "Bridge: reopens"}, {"weight", weight}, {"keypoints", []string{"One.", "Two: three"}},
			{"quotes", []content.Record{{{"text", "We are open"}, {"speaker", "The mayor"}}}},
			{"source", source}, {"link", "https://example.org/a#b"},
		},
		Body: "The bridge \\*reopened\\*.", Input: "0123abcd", Key: "feed guid 1",
	}
}

// TestRetouchIsPlan: retouching the fields a rename changes gives the very
// bytes a full Plan of the new doc would, and Peek reads them back.
func TestRetouchIsPlan(t *testing.T) {
	dir := t.TempDir()
	path, want := filepath.Join(dir, "a.md"), filepath.Join(dir, "b.md")
	write(t, path, article("inbox/2024-01-02/a.xml", 1))
	write(t, want, article("inbox/2024-01-02/sub/z.xml", 3))
	data, res, kept, err := content.Retouch(path, []content.Field{{"source", "inbox/2024-01-02/sub/z.xml"}, {"weight", 3}})
	if err != nil || res != content.Updated || len(kept) != 0 {
		t.Fatalf("res %v, kept %q, err %v", res, kept, err)
	}
	wantData, _ := os.ReadFile(want)
	if string(data) != string(wantData) {
		t.Fatalf("retouched:\n%s\nwant:\n%s", data, wantData)
	}
	os.WriteFile(path, data, 0o644)
	h, _ := content.Peek(path)
	if h.Source != "inbox/2024-01-02/sub/z.xml" || h.Weight != 3 || h.Key != "feed guid 1" || !h.Fresh("0123abcd") ||
		!h.Wrote("weight", 3) || h.Wrote("weight", 1) || !h.Wrote("source", "inbox/2024-01-02/sub/z.xml") {
		t.Errorf("head %+v", h)
	}
	// Nothing to change: nothing to write.
	if data, res, _, err := content.Retouch(path, []content.Field{{"weight", 3}}); data != nil || res != content.Unchanged || err != nil {
		t.Errorf("second retouch: %v, %v", res, err)
	}
}

func TestRetouchKeepsEdits(t *testing.T) {
	path := filepath.Join(t.TempDir(), "a.md")
	write(t, path, article("a.xml", 1))
	b, _ := os.ReadFile(path)
	edited := strings.Replace(string(b), "weight: 1\n", "weight: 10\n", 1)
	edited = strings.Replace(edited, "link: ", "extra: mine\nlink: ", 1)
	os.WriteFile(path, []byte(edited), 0o644)
	data, res, kept, err := content.Retouch(path, []content.Field{{"source", "b.xml"}, {"weight", 2}})
	if err != nil || res != content.Updated || !slices.Equal(kept, []string{"weight"}) {
		t.Fatalf("res %v, kept %q, err %v", res, kept, err)
	}
	got := string(data)
	if !strings.Contains(got, "weight: 10\n") || !strings.Contains(got, "source: b.xml\n") || !strings.Contains(got, "extra: mine\n") {
		t.Errorf("retouched:\n%s", got)
	}
	os.WriteFile(path, data, 0o644)
	// The edit still counts as one on a full write.
	_, kept, _ = content.Write(path, article("b.xml", 2))
	if !slices.Equal(kept, []string{"weight"}) {
		t.Errorf("full write after the retouch kept %q", kept)
	}
}

func TestRetouchRefusesWhatItCannotEdit(t *testing.T) {
	tests := []struct {
		name string
		edit func(string) string
	}{
		{"value over two lines", func(s string) string { return strings.Replace(s, "source: a.xml\n", "source:\n  a.xml\n", 1) }},
		{"record rewritten", func(s string) string {
			i := strings.Index(s, "  fields: {")
			j := strings.Index(s[i:], "}\n")
			return s[:i] + "  fields:\n    weight: x\n" + s[i+j+2:]
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "a.md")
			write(t, path, article("a.xml", 1))
			b, _ := os.ReadFile(path)
			os.WriteFile(path, []byte(tt.edit(string(b))), 0o644)
			if _, _, _, err := content.Retouch(path, []content.Field{{"source", "b.xml"}, {"weight", 2}}); !errors.Is(err, content.ErrRetouch) {
				t.Errorf("err = %v, want ErrRetouch", err)
			}
		})
	}
	// A file with no record is the editor's: left alone.
	path := filepath.Join(t.TempDir(), "own.md")
	os.WriteFile(path, []byte("---\ntitle: Mine\nweight: 1\n---\n\nText\n"), 0o644)
	if data, res, _, err := content.Retouch(path, []content.Field{{"weight", 2}}); data != nil || res != content.Owned || err != nil {
		t.Errorf("own file: %v, %v", res, err)
	}
}

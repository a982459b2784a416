package ingest_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"briefing/generator/ingest"
)

// FuzzIngest feeds arbitrary file names and bytes through a whole ingest:
// it must never panic, must name the file in any error, and must write
// nothing outside the content folder.
func FuzzIngest(f *testing.F) {
	seeds := []struct{ name, data string }{
		{"a.txt", good},
		{"b.md", "---\ntitle: T\nslug: ../../x\n---\nBody\n\nMore"},
		{"c.md", "+++\ntitle = 1\n+++\nBody"},
		{"d.txt", "\xff\xfeH\x00\n\x00\n\x00B\x00"},
		{"e.txt", "{{< x >}}\n\n<script>alert(1)</script>"},
		{"CON.txt", "CON\n\nAUX"},
		{"f.txt", ""},
		{"g.md", "---\ndate: 2024-99-99\n---\nH\n\nB"},
	}
	for _, s := range seeds {
		f.Add(s.name, []byte(s.data))
	}
	f.Fuzz(func(t *testing.T, name string, data []byte) {
		name = filepath.Base(name)
		if name == "." || name == "/" || name == ".." || strings.ContainsAny(name, "\x00") || !strings.HasSuffix(name, ".txt") && !strings.HasSuffix(name, ".md") {
			name += ".txt"
		}
		if strings.HasPrefix(name, ".") {
			name = "x" + name
		}
		root := t.TempDir()
		dir := filepath.Join(root, "inbox", "2024-01-02")
		os.MkdirAll(dir, 0o755)
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Skip(err) // a name this file system refuses
		}
		_, err := ingest.Run(context.Background(), []string{filepath.Join(root, "inbox")}, ingest.Options{Out: filepath.Join(root, "content")})
		if err != nil && !strings.Contains(err.Error(), name) {
			t.Fatalf("error %q does not name %q", err, name)
		}
		filepath.Walk(root, func(p string, info os.FileInfo, err error) error {
			rel, _ := filepath.Rel(root, p)
			if err == nil && !info.IsDir() && !strings.HasPrefix(rel, "inbox/") && !strings.HasPrefix(rel, "content/") {
				t.Fatalf("wrote outside content/: %s", rel)
			}
			return nil
		})
	})
}

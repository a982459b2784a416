package ingest_test

import (
	"context"
	"errors"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"briefing/generator/content"
	"briefing/generator/ingest"
	"briefing/generator/source/fetch"
)

// offline is a client that never reaches the network.
var offline = &fetch.Client{Transport: refuse{}}

type refuse struct{}

func (refuse) RoundTrip(r *http.Request) (*http.Response, error) {
	return nil, errors.New("no network in this test")
}

// FuzzIngest feeds arbitrary file names and bytes through a whole ingest
// (text, Markdown, pages, feeds, URL lists: whatever the bytes are): it
// must never panic, must name the file in any error, and must write
// nothing outside the content folder. Nothing is fetched.
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
		{"h.md", "---\ntags: [\"../issues/2022-06-15/x\", \"..\", \"/\", \".\", \"%2e%2e\", \"a\\\\b\"]\npeople: [\"..\"]\nplaces: [\"../../unsubscribe\"]\n---\nH\n\nB"},
		{"j.html", "<html><head><title>T</title></head><body><article><h1>Headline</h1><p>" + good + "</p></article></body></html>"},
		{"k.xml", "<rss version=\"2.0\"><channel><title>F</title><item><title>T</title><description>Short.</description></item></channel></rss>"},
		{"l.json", `{"version": "https://jsonfeed.org/version/1.1", "title": "F", "items": [{"id": "1", "content_text": "Body text"}]}`},
		{"m.urls", "https://example.org/a\n"},
		{"n.txt", "<!DOCTYPE html><html><body><p>Page saved as text.</p></body></html>"},
		{"i.md", "---\norganizations: [\"C:\\\\x\", \"~root\", \"\\u0000\\u202e\", \"U.S.\"]\n---\nH\n\nThe U.S. Senate and the E.U. met in St. Louis on 3.5 Main St.\n"},
	}
	for _, s := range seeds {
		f.Add(s.name, []byte(s.data))
	}
	f.Fuzz(func(t *testing.T, name string, data []byte) {
		name = filepath.Base(name)
		if name == "." || name == "/" || name == ".." || strings.ContainsAny(name, "\x00") {
			name = "x.txt"
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
		_, err := ingest.Run(context.Background(), []string{filepath.Join(root, "inbox")}, ingest.Options{Out: filepath.Join(root, "content"), Fetch: offline})
		if strings.HasPrefix(strings.ToLower(name), "readme") || name == "Thumbs.db" || strings.HasPrefix(name, "~$") {
			return // skipped on purpose
		}
		if err != nil && !strings.Contains(err.Error(), name) {
			t.Fatalf("error %q does not name %q", err, name)
		}
		// Whatever the front matter or the analysis held, what ingest
		// writes passes the build's check: parses as Hugo parses it, and
		// no term names a path.
		if err == nil {
			if err := content.CheckDir(filepath.Join(root, "content"), ingest.DefaultTaxonomies); err != nil {
				t.Fatalf("ingest wrote content the build refuses: %v", err)
			}
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

package search

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// TestGlob checks glob against filepath.Glob: the same files, once the
// names it does not stat are read (those not there are dropped).
func TestGlob(t *testing.T) {
	site := t.TempDir()
	writeSite(t, site, map[string]string{
		"issues/2022-06-15/a/index.html":      "a",
		"issues/2022-06-15/b/index.html":      "b",
		"issues/2022-06-15/index.html":        "the issue",
		"issues/2022-06-16/c/index.html":      "c",
		"issues/2022-06-16/no-page/other.txt": "not a page",
		"issues/notes.txt":                    "a file where a folder is looked for",
		"people/x/index.html":                 "a term page",
		"index.html":                          "home",
	})
	tests := []struct {
		name, pattern string
	}{
		{"article pages", DefaultPages},
		{"one issue's", "issues/2022-06-15/*/index.html"},
		{"a character class", "issues/2022-06-1[6]/*/index.html"},
		{"no wildcard", "issues/2022-06-15/a/index.html"},
		{"no wildcard, not there", "issues/2022-06-15/z/index.html"},
		{"a wildcard last", "issues/2022-06-16/*/*"},
		{"a folder that is not there", "archive/*/*/index.html"},
		{"the top folder", "*.html"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := glob(site, tt.pattern)
			if err != nil {
				t.Fatal(err)
			}
			got = slices.DeleteFunc(got, func(rel string) bool {
				_, err := os.ReadFile(filepath.Join(site, filepath.FromSlash(rel)))
				return err != nil
			})
			slices.Sort(got)
			files, _ := filepath.Glob(filepath.Join(site, filepath.FromSlash(tt.pattern)))
			var want []string
			for _, f := range files {
				rel, _ := filepath.Rel(site, f)
				want = append(want, filepath.ToSlash(rel))
			}
			if !slices.Equal(got, want) {
				t.Errorf("glob(%q) = %q, want %q", tt.pattern, got, want)
			}
		})
	}
	if _, err := glob(site, "issues/[/index.html"); err == nil {
		t.Error("a malformed pattern was not an error")
	}
}

// readPages reads the pages glob names without a stat and drops those
// that are not there: a story folder without a page is no page.
func TestReadPagesSkipsMissing(t *testing.T) {
	site := t.TempDir()
	writeSite(t, site, map[string]string{
		"issues/2022-06-15/a/index.html":   articlePage("A", "a story"),
		"issues/2022-06-15/b/image.png":    "no page in this folder",
		"issues/2022-06-16/c/index.html":   articlePage("C", "c story"),
		"issues/2022-06-16/d/index.html/x": "a folder named like a page",
	})
	pages, err := readPages(site, DefaultPages, 2, true)
	if err == nil {
		t.Fatalf("a folder named index.html was read as a page: %d pages", len(pages))
	}
	os.RemoveAll(filepath.Join(site, "issues/2022-06-16/d"))
	pages, err = readPages(site, DefaultPages, 2, true)
	if err != nil {
		t.Fatal(err)
	}
	var rels []string
	for _, p := range pages {
		rels = append(rels, p.rel)
		if p.input == nil || p.view == nil {
			t.Errorf("%s has no digests", p.rel)
		}
	}
	if want := []string{"issues/2022-06-15/a/index.html", "issues/2022-06-16/c/index.html"}; !slices.Equal(rels, want) {
		t.Errorf("pages %q, want %q", rels, want)
	}
}

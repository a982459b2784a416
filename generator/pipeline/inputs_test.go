package pipeline_test

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync/atomic"
	"testing"

	"briefing/generator/pipeline"
)

// layOut writes files (by slash path) under a new inbox folder.
func layOut(t *testing.T, files map[string]string) string {
	t.Helper()
	inbox := t.TempDir()
	for name, data := range files {
		p := filepath.Join(inbox, filepath.FromSlash(name))
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return inbox
}

func sourceFixture(t *testing.T, rel string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "source", filepath.FromSlash(rel)))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// storyPages lists the article pages published for an issue.
func storyPages(t *testing.T, public, id string) []string {
	t.Helper()
	pages, _ := filepath.Glob(filepath.Join(public, "issues", id, "*", "index.html"))
	var out []string
	for _, p := range pages {
		out = append(out, filepath.Base(filepath.Dir(p)))
	}
	sort.Strings(out)
	return out
}

// TestBuildFeedsGiveSevenArticles: an RSS feed of 3 items, an Atom feed of
// 2 and a JSON Feed of 2 in an issue folder are 7 stories on the site.
func TestBuildFeedsGiveSevenArticles(t *testing.T) {
	if testing.Short() {
		t.Skip("runs Hugo")
	}
	inbox := layOut(t, map[string]string{
		"2024-03-01/gazette.xml":   sourceFixture(t, "feed/testdata/rss.xml"),
		"2024-03-01/port.atom":     sourceFixture(t, "feed/testdata/atom.xml"),
		"2024-03-01/cityhall.json": sourceFixture(t, "feed/testdata/feed.json"),
	})
	o, rep := site(t, inbox, pipeline.Options{})
	pages := storyPages(t, o.Public, "2024-03-01")
	if rep.Articles != 7 || len(pages) != 7 || len(rep.Skipped) != 0 || len(rep.Warnings) != 0 {
		t.Fatalf("articles %d, pages %q, skipped %q, warnings %q", rep.Articles, pages, rep.Skipped, rep.Warnings)
	}
	issue, _ := os.ReadFile(filepath.Join(o.Public, "issues", "2024-03-01", "index.html"))
	for _, h := range []string{"Harbour bridge reopens after two years of repairs", "Cargo volumes fall to a ten-year low", "Budget vote delayed by a week"} {
		if !strings.Contains(htmlText(issue), h) {
			t.Errorf("the issue page lacks %q", h)
		}
	}
}

// TestBuildNamesUnreadableFiles: a PDF in an issue folder stops the build
// with its name and what to do; with --keep-going it is a finding in the
// report and the rest is published.
func TestBuildNamesUnreadableFiles(t *testing.T) {
	if testing.Short() {
		t.Skip("runs Hugo")
	}
	inbox := layOut(t, map[string]string{
		"2024-03-01/a.txt":      "Bridge reopens\n\nThe harbour bridge reopened on Friday.\n",
		"2024-03-01/report.pdf": "%PDF-1.7\n%\xe2\xe3\xcf\xd3\n",
		"2024-03-01/README.md":  "Notes for the desk.\n",
		"2024-03-01/.DS_Store":  "\x00\x00\x00\x01Bud1",
	})
	tmp := t.TempDir()
	o := pipeline.Options{Inbox: inbox, Content: filepath.Join(tmp, "content"), Public: filepath.Join(tmp, "public")}
	want := filepath.Join(inbox, "2024-03-01", "report.pdf") + ": a PDF document is not an article the generator can read - save the article's text as a .txt file (or its web page as .html) and move this file out of the issue folder"
	_, err := build(repoConfig(t), o)
	if err == nil || err.Error() != want {
		t.Fatalf("err = %v\nwant %s", err, want)
	}
	if _, err := os.Stat(o.Public); !os.IsNotExist(err) {
		t.Error("the failed build published")
	}
	o.KeepGoing = true
	rep, err := build(repoConfig(t), o)
	if err != nil {
		t.Fatal(err)
	}
	if rep.Articles != 1 || len(rep.Skipped) != 1 || rep.Skipped[0] != want {
		t.Errorf("articles %d, skipped %q", rep.Articles, rep.Skipped)
	}
}

// TestBuildRenameKeepsPages: renaming inbox files to reorder them keeps
// two stories as two pages, at their addresses, with no orphan to clean.
func TestBuildRenameKeepsPages(t *testing.T) {
	if testing.Short() {
		t.Skip("runs Hugo")
	}
	inbox := layOut(t, map[string]string{
		"2024-03-01/1.txt": "Bridge reopens\n\nThe harbour bridge reopened on Friday.\n",
		"2024-03-01/2.txt": "Ferry adds sailings\n\nThe island ferry will add four sailings a day.\n",
	})
	o, _ := site(t, inbox, pipeline.Options{})
	before := storyPages(t, o.Public, "2024-03-01")
	dir := filepath.Join(inbox, "2024-03-01")
	os.Rename(filepath.Join(dir, "1.txt"), filepath.Join(dir, "3.txt"))
	_, rep := site(t, inbox, o)
	after := storyPages(t, o.Public, "2024-03-01")
	if len(before) != 2 || strings.Join(after, " ") != strings.Join(before, " ") || len(rep.Orphans) != 0 {
		t.Fatalf("pages %q, then %q; orphans %q", before, after, rep.Orphans)
	}
	// The renamed story now comes second.
	issue, _ := os.ReadFile(filepath.Join(o.Public, "issues", "2024-03-01", "index.html"))
	text := htmlText(issue)
	if i, j := strings.Index(text, "Ferry adds sailings"), strings.Index(text, "Bridge reopens"); i < 0 || j < 0 || i > j {
		t.Errorf("the issue's order did not follow the rename:\n%s", text)
	}
}

// TestBuildURLList: the addresses of a .urls list are published; the
// next build needs no network.
func TestBuildURLList(t *testing.T) {
	if testing.Short() {
		t.Skip("runs Hugo")
	}
	page := sourceFixture(t, "webpage/testdata/saved.html")
	var hits atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, page)
	}))
	defer srv.Close()
	inbox := layOut(t, map[string]string{"2024-03-01/links.urls": srv.URL + "/bridge\n"})
	o, rep := site(t, inbox, pipeline.Options{})
	if rep.Articles != 1 || hits.Load() != 1 {
		t.Fatalf("articles %d, fetched %d times", rep.Articles, hits.Load())
	}
	srv.Close()
	_, rep = site(t, inbox, o)
	pages := storyPages(t, o.Public, "2024-03-01")
	if rep.Articles != 1 || len(pages) != 1 || pages[0] != "harbour-bridge-reopens-after-two-years-of-repairs" || len(rep.Skipped) != 0 {
		t.Fatalf("offline: articles %d, pages %q, skipped %q", rep.Articles, pages, rep.Skipped)
	}
	story, _ := os.ReadFile(filepath.Join(o.Public, "issues", "2024-03-01", pages[0], "index.html"))
	if text := htmlText(story); !strings.Contains(text, "The harbour bridge reopened to traffic") || strings.Contains(text, "All rights reserved") {
		t.Errorf("the story page:\n%s", text)
	}
}

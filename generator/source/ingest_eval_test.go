package source_test

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"briefing/generator/ingest"
	"briefing/generator/source/internal/shingle"
)

// TestDevSetThroughIngest scores what reaches the content files: the 60
// development pages laid into an issue folder and ingested as a build
// ingests them, each content file's body scored against the page's
// reference text (TestDevSet scores source.Read alone). The body is the
// Markdown ingest writes, every punctuation mark that could open markup
// escaped with a backslash; "rendered" drops those backslashes, as Hugo
// does when it renders the page.
//
//	go test ./generator/source -run TestDevSetThroughIngest -v
func TestDevSetThroughIngest(t *testing.T) {
	if testing.Short() {
		t.Skip("ingests 60 pages")
	}
	raw, err := os.ReadFile(filepath.Join("..", "..", "..", "shared", "corpus", "web-articles", "truth.json"))
	if err != nil {
		t.Skip("../shared/corpus/web-articles not present")
	}
	var truth map[string]struct {
		ArticleBody string `json:"articleBody"`
	}
	if err := json.Unmarshal(raw, &truth); err != nil {
		t.Fatal(err)
	}
	root := t.TempDir()
	dir := filepath.Join(root, "inbox", "2024-01-02")
	os.MkdirAll(dir, 0o755)
	for name := range truth {
		data, err := os.ReadFile(filepath.Join("..", "..", "..", "shared", "corpus", "web-articles", name+".html"))
		if err != nil {
			t.Fatal(err)
		}
		os.WriteFile(filepath.Join(dir, name+".html"), data, 0o644)
	}
	rep, err := ingest.Run(context.Background(), []string{filepath.Join(root, "inbox")},
		ingest.Options{Out: filepath.Join(root, "content"), Base: root, KeepGoing: true})
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range rep.Skipped {
		t.Logf("skipped: %v", e)
	}
	bodies := map[string]string{}
	files, _ := filepath.Glob(filepath.Join(root, "content", "issues", "2024-01-02", "*.md"))
	src := regexp.MustCompile(`(?m)^source: "?inbox/2024-01-02/([0-9a-f]+)\.html"?$`)
	for _, f := range files {
		data, _ := os.ReadFile(f)
		m := src.FindSubmatch(data)
		if m == nil {
			continue
		}
		_, body, _ := strings.Cut(string(data[4:]), "\n---\n")
		bodies[string(m[1])] = body
	}
	unescape := regexp.MustCompile("\\\\([!-/:-@\\[-`{-~])")
	names := make([]string, 0, len(truth))
	for name := range truth {
		names = append(names, name)
	}
	sort.Strings(names)
	var asWritten, rendered []shingle.Score
	for _, name := range names {
		asWritten = append(asWritten, shingle.Compare(truth[name].ArticleBody, bodies[name]))
		rendered = append(rendered, shingle.Compare(truth[name].ArticleBody, unescape.ReplaceAllString(bodies[name], "$1")))
	}
	for _, v := range []struct {
		name   string
		scores []shingle.Score
	}{{"content file", asWritten}, {"rendered", rendered}} {
		s := shingle.Summarize(v.scores)
		t.Logf("%-12s pages %d (content files %d)  precision %.3f  recall %.3f  F1 %.3f  (per page: mean F1 %.3f, median %.3f)",
			v.name, s.Pages, len(bodies), s.Precision, s.Recall, s.F1, s.MeanF1, s.MedianF1)
		if s.F1 < 0.95 {
			t.Errorf("%s: F1 %.3f on the development pages, want >= 0.95", v.name, s.F1)
		}
	}
}

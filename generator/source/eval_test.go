package source

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"

	"briefing/generator/source/htmltext"
	"briefing/generator/source/internal/shingle"
)

// The development pages: 60 saved pages of the article-extraction
// benchmark with their hand-checked article text. Print the figures with
//
//	go test ./generator/source -run TestDevSet -v          # summary and worst pages
//	go test ./generator/source -run TestDevSet -v -pages   # and every page
var (
	devDir   = filepath.Join("..", "..", "..", "shared", "corpus", "web-articles")
	devPages = flag.Bool("pages", false, "TestDevSet: print every page's scores")
)

type truth struct {
	ArticleBody string `json:"articleBody"`
	URL         string `json:"url"`
}

func loadDevSet(t testing.TB) (map[string]truth, []string) {
	raw, err := os.ReadFile(filepath.Join(devDir, "truth.json"))
	if err != nil {
		t.Skip("../shared/corpus/web-articles not present")
	}
	var set map[string]truth
	if err := json.Unmarshal(raw, &set); err != nil {
		t.Fatal(err)
	}
	names := make([]string, 0, len(set))
	for k := range set {
		names = append(names, k)
	}
	sort.Strings(names)
	return set, names
}

// Each way of reading a page, as text to score.
var variants = []struct {
	name string
	read func(name string, data []byte) string
}{
	// go-trafilatura alone, as the benchmark runs it (its Go extractor's
	// cli.go: EnableFallback, the plain-text output).
	{"trafilatura", func(_ string, data []byte) string {
		doc, err := html.Parse(bytes.NewReader(data))
		if err != nil {
			return ""
		}
		res, err := trafilatura.ExtractDocument(doc, trafilatura.Options{EnableFallback: true})
		if err != nil {
			return ""
		}
		return res.ContentText
	}},
	// Read, as ingest calls it: the paragraphs that make the content
	// file's body (which ingest escapes for Markdown, an escaping Hugo
	// undoes when it renders the page).
	{"pipeline", func(name string, data []byte) string {
		res, err := Read(context.Background(), name, data, Options{})
		if err != nil || len(res.Items) != 1 {
			return ""
		}
		return strings.Join(res.Items[0].Paragraphs, "\n\n")
	}},
	// Every piece of visible text on the page: the floor.
	{"all text", func(_ string, data []byte) string {
		doc, err := html.Parse(bytes.NewReader(data))
		if err != nil {
			return ""
		}
		return strings.Join(htmltext.Paragraphs(doc), "\n\n")
	}},
}

// TestDevSet scores the article text of the development pages against
// their reference with 4-word shingles (package shingle) and holds the
// pipeline to the quality the briefing needs.
func TestDevSet(t *testing.T) {
	if testing.Short() {
		t.Skip("reads 60 pages")
	}
	set, names := loadDevSet(t)
	scores := make([][]shingle.Score, len(variants))
	for _, name := range names {
		data, err := os.ReadFile(filepath.Join(devDir, name+".html"))
		if err != nil {
			t.Fatal(err)
		}
		var row []string
		for i, v := range variants {
			s := shingle.Compare(set[name].ArticleBody, v.read(name+".html", data))
			scores[i] = append(scores[i], s)
			p, _ := s.Precision()
			r, _ := s.Recall()
			row = append(row, fmt.Sprintf("%s P %.3f R %.3f F1 %.3f", v.name, p, r, s.F1()))
		}
		if *devPages {
			t.Logf("%s  %s", name, strings.Join(row, " | "))
		}
	}
	sums := map[string]shingle.Summary{}
	for i, v := range variants {
		s := shingle.Summarize(scores[i])
		sums[v.name] = s
		t.Logf("%-12s pages %d  precision %.3f  recall %.3f  F1 %.3f  (per page: mean F1 %.3f, median %.3f)",
			v.name, s.Pages, s.Precision, s.Recall, s.F1, s.MeanF1, s.MedianF1)
	}
	worst := make([]int, len(names))
	for i := range worst {
		worst[i] = i
	}
	sort.Slice(worst, func(a, b int) bool { return scores[1][worst[a]].F1() < scores[1][worst[b]].F1() })
	for _, i := range worst[:5] {
		p, _ := scores[1][i].Precision()
		r, _ := scores[1][i].Recall()
		t.Logf("worst: %s  P %.3f R %.3f F1 %.3f  (trafilatura F1 %.3f)  %s", names[i], p, r, scores[1][i].F1(), scores[0][i].F1(), set[names[i]].URL)
	}
	if got := sums["pipeline"].F1; got < 0.95 {
		t.Errorf("pipeline F1 %.3f on the development pages, want >= 0.95", got)
	}
	if got, base := sums["pipeline"].F1, sums["all text"].F1; got <= base {
		t.Errorf("pipeline F1 %.3f is no better than all the page's text (%.3f)", got, base)
	}
}

package articletest

import (
	"embed"
	"iter"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"briefing/generator/article"
	"briefing/generator/meta/text"
)

//go:embed articles/*.txt
var articles embed.FS

// News is wire, web and feature copy of typical length: the articles the
// summary golden files cover.
var News = []string{"cnn-flood.txt", "dailymail-dog.txt", "feature-orchard.txt", "reuters-rates.txt", "xi-putin.txt"}

// Named is copy rich in names, quotations and figures: the articles the
// extractor golden files cover. xi-putin.txt is the project's sample.
var Named = []string{"xi-putin.txt", "uk_budget.txt", "football.txt"}

// Article returns the headline and paragraphs of an embedded article.
func Article(tb testing.TB, name string) (headline string, paragraphs []string) {
	tb.Helper()
	b, err := articles.ReadFile("articles/" + name)
	if err != nil {
		tb.Fatal(err)
	}
	return Split(string(b))
}

// Split reads the raw article form: the headline line, a blank line, then
// paragraphs separated by blank lines, the lines of each joined by a space.
func Split(raw string) (headline string, paragraphs []string) {
	raw = strings.ReplaceAll(raw, "\r\n", "\n")
	blocks := strings.Split(strings.TrimSpace(raw), "\n\n")
	for _, b := range blocks[1:] {
		if b = strings.Join(strings.Fields(b), " "); b != "" {
			paragraphs = append(paragraphs, b)
		}
	}
	return strings.TrimSpace(blocks[0]), paragraphs
}

// Corpus returns the shared corpus folder (../shared/corpus beside the
// project's root), skipping the test when it is absent, as in a fresh clone.
func Corpus(tb testing.TB) string {
	tb.Helper()
	dir, err := os.Getwd()
	if err != nil {
		tb.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			tb.Skip("no go.mod above the test: cannot find ../shared")
		}
		dir = parent
	}
	root := filepath.Join(dir, "..", "shared", "corpus")
	if _, err := os.Stat(root); err != nil {
		tb.Skip("../shared corpus not present")
	}
	return root
}

// CorpusFiles returns the files of the shared corpus matching pattern
// (relative to the corpus folder), skipping the test when there are none.
func CorpusFiles(tb testing.TB, pattern string) []string {
	tb.Helper()
	files, err := filepath.Glob(filepath.Join(Corpus(tb), pattern))
	if err != nil {
		tb.Fatal(err)
	}
	if len(files) == 0 {
		tb.Skip("no corpus files match " + pattern)
	}
	return files
}

// Doc returns an embedded article, prepared.
func Doc(tb testing.TB, name string) *text.Doc {
	tb.Helper()
	return text.Prepare(Article(tb, name))
}

// Docs returns the embedded articles names, prepared.
func Docs(tb testing.TB, names []string) []*text.Doc {
	tb.Helper()
	ds := make([]*text.Doc, len(names))
	for i, n := range names {
		ds[i] = Doc(tb, n)
	}
	return ds
}

// Paragraphs prepares a body of paragraphs under a placeholder headline.
func Paragraphs(paras ...string) *text.Doc { return text.Prepare("Headline", paras) }

// Fresh returns a copy of d that has computed nothing yet, so that every
// benchmark op pays for the tokenisation it needs.
func Fresh(d *text.Doc) *text.Doc {
	return &text.Doc{Headline: d.Headline, Paragraphs: d.Paragraphs, Sentences: d.Sentences}
}

// CorpusDocs yields every article of the shared corpus matching pattern,
// read as ingest reads it (article.Parse) and prepared, skipping the test
// when there are none.
func CorpusDocs(tb testing.TB, pattern string) iter.Seq2[string, *text.Doc] {
	tb.Helper()
	files := CorpusFiles(tb, pattern)
	return func(yield func(string, *text.Doc) bool) {
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				tb.Fatal(err)
			}
			a, err := article.Parse(f, b, article.Options{})
			if err != nil {
				tb.Fatal(err)
			}
			if !yield(f, text.Prepare(a.Headline, a.Paragraphs)) {
				return
			}
		}
	}
}

package meta

import (
	"os"
	"strings"
	"testing"
	"time"

	"briefing/generator/article"
	"briefing/generator/meta/entity"
	"briefing/generator/meta/internal/articletest"
	"briefing/generator/meta/text"
)

// TestCorpusExtractors runs the extractors over every BBC article, read as
// ingest reads it: nothing may panic, words that are never names must never
// come out as entities, and no quote or figure may be empty.
func TestCorpusExtractors(t *testing.T) {
	files := articletest.CorpusFiles(t, "bbc/*/*.txt")
	never := map[string]bool{"The": true, "But": true, "However": true, "It": true, "He": true, "She": true, "This": true, "In": true, "And": true}
	var total time.Duration
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		a, err := article.Parse(f, b, article.Options{})
		if err != nil {
			t.Fatal(err)
		}
		d := text.Prepare(a.Headline, a.Paragraphs)
		start := time.Now()
		var m Metadata
		extract(d, &m)
		total += time.Since(start)
		for _, list := range [][]string{m.People, m.Places, m.Organizations} {
			for _, n := range list {
				if never[n] || entity.IsNonEntity(n) || strings.TrimSpace(n) != n || n == "" {
					t.Errorf("%s: %q is no entity", f, n)
				}
			}
		}
		for _, q := range m.Quotes {
			if strings.TrimSpace(q.Text) == "" {
				t.Errorf("%s: empty quote", f)
			}
		}
		for _, x := range m.Figures {
			if x.Value == "" {
				t.Errorf("%s: empty figure", f)
			}
		}
	}
	t.Logf("%d articles, %v per article for entities+quotes+figures+tags", len(files), total/time.Duration(len(files)))
}

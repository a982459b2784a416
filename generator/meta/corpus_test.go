package meta

import (
	"strings"
	"testing"
	"time"

	"briefing/generator/meta/entity"
	"briefing/generator/meta/internal/articletest"
)

// TestCorpusExtractors runs the extractors over every BBC article, read as
// ingest reads it: nothing may panic, words that are never names must never
// come out as entities, and no quote or figure may be empty.
func TestCorpusExtractors(t *testing.T) {
	never := map[string]bool{"The": true, "But": true, "However": true, "It": true, "He": true, "She": true, "This": true, "In": true, "And": true}
	var total time.Duration
	n := 0
	for f, d := range articletest.CorpusDocs(t, "bbc/*/*.txt") {
		n++
		start := time.Now()
		var m Metadata
		extract(d, &m)
		total += time.Since(start)
		for _, list := range [][]string{m.People, m.Places, m.Organizations} {
			for _, name := range list {
				if never[name] || entity.IsNonEntity(name) || strings.TrimSpace(name) != name || name == "" {
					t.Errorf("%s: %q is no entity", f, name)
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
	t.Logf("%d articles, %v per article for entities+quotes+figures+tags", n, total/time.Duration(max(n, 1)))
}

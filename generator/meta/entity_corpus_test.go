package meta

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"briefing/generator/meta/entity"
	"briefing/generator/meta/internal/articletest"
	"briefing/generator/meta/text"
)

// corpusFiles lists the BBC corpus beside the project, skipping when absent.
func corpusFiles(t testing.TB) []string {
	files, _ := filepath.Glob("../../../shared/corpus/bbc/*/*.txt")
	if len(files) == 0 {
		t.Skip("../shared corpus not present")
	}
	return files
}

// TestCorpusEntities runs the extractors over every BBC article: nothing may
// panic, and words that are never names must never come out as entities.
func TestCorpusEntities(t *testing.T) {
	files := corpusFiles(t)
	never := map[string]bool{"The": true, "But": true, "However": true, "It": true, "He": true, "She": true, "This": true, "In": true, "And": true}
	var total time.Duration
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if !utf8.Valid(b) {
			continue
		}
		h, paras := articletest.Split(string(b))
		d := text.Prepare(h, paras)
		start := time.Now()
		var m Metadata
		extract(d, &m)
		p, pl, o, qs, fs, tg := m.People, m.Places, m.Organizations, m.Quotes, m.Figures, m.Tags
		total += time.Since(start)
		for _, list := range [][]string{p, pl, o} {
			for _, n := range list {
				if never[n] || entity.IsNonEntity(n) || strings.TrimSpace(n) != n || n == "" {
					t.Errorf("%s: %q is no entity", f, n)
				}
			}
		}
		for _, q := range qs {
			if q.Text == "" {
				t.Errorf("%s: empty quote", f)
			}
		}
		for _, x := range fs {
			if x.Value == "" {
				t.Errorf("%s: empty figure", f)
			}
		}
		if len(tg) > maxTags+2 {
			t.Errorf("%s: %d tags", f, len(tg))
		}
	}
	t.Logf("%d articles, %v per article for entities+quotes+figures+tags", len(files), total/time.Duration(len(files)))
}

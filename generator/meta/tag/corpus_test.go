package tag

import (
	"strings"
	"testing"

	"briefing/generator/meta/entity"
	"briefing/generator/meta/internal/articletest"
)

// TestCorpusTags checks what every BBC article's tags must be: between
// minTags and maxTags of them (the corpus has no article too short for
// three), none empty or padded, none repeating another, none a word of
// another ("trade" beside "trade volumes") or the same word inflected.
func TestCorpusTags(t *testing.T) {
	for f, d := range articletest.CorpusDocs(t, "bbc/*/*.txt") {
		_, places, orgs := entity.Analyse(d).Lists()
		tags := Pick(d, places, orgs)
		if len(tags) < minTags || len(tags) > maxTags {
			t.Errorf("%s: %d tags %q, want %d to %d", f, len(tags), tags, minTags, maxTags)
		}
		for i, x := range tags {
			if x == "" || strings.TrimSpace(x) != x {
				t.Errorf("%s: tag %q", f, x)
			}
			for _, y := range tags[:i] {
				if strings.Contains(" "+x+" ", " "+y+" ") || strings.Contains(" "+y+" ", " "+x+" ") || stem(x) == stem(y) {
					t.Errorf("%s: tags %q and %q repeat each other", f, y, x)
				}
			}
		}
	}
}

package tag

import (
	"testing"

	"briefing/generator/meta/internal/articletest"
)

// TestCorpusTags checks what every BBC article's tags must be: at most
// MaxTags of them, every one a label of the vocabulary, none repeated, and
// nine articles in ten with at least one (a short brief may say too little
// for any tag: none is better than a wrong one).
func TestCorpusTags(t *testing.T) {
	v := vocab()
	labels := map[string]bool{}
	for _, tp := range v.topics {
		if tp.tagged {
			labels[tp.label] = true
		}
	}
	n, none := 0, 0
	for f, d := range articletest.CorpusDocs(t, "bbc/*/*.txt") {
		n++
		tags := Pick(d)
		if len(tags) > MaxTags {
			t.Errorf("%s: %d tags %q", f, len(tags), tags)
		}
		if len(tags) == 0 {
			none++
		}
		seen := map[string]bool{}
		for _, x := range tags {
			if !labels[x] || seen[x] {
				t.Errorf("%s: tag %q is no vocabulary label, or repeated", f, x)
			}
			seen[x] = true
		}
	}
	t.Logf("%d articles, %d without a tag", n, none)
	if none*10 > n {
		t.Errorf("%d of %d articles have no tag, want at most 10%%", none, n)
	}
}

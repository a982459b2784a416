package evaluate

import (
	"testing"

	"briefing/generator/meta/internal/articletest"
)

func TestUnitOnly(t *testing.T) {
	for _, c := range []struct {
		value, measure string
		want           bool
	}{
		{"10 years", "years", true},
		{"400 people behind", "people behind", true},
		{"25 goals", "goals", true},
		{"£2bn", "more than", true},
		{"400 people", "people killed in the floods", false},
		{"$147 billion", "trade volumes last year", false},
		{"30 percent", "rise in trade volumes", false},
		{"464,000 subscribers", "subscribers AOL lost", false},
	} {
		if got := UnitOnly(c.value, c.measure); got != c.want {
			t.Errorf("UnitOnly(%q, %q) = %v", c.value, c.measure, got)
		}
	}
}

// TestFiguresSayWhatTheyMeasure counts, over the BBC corpus and the CNN
// development stories in ../shared, the figures whose measure is empty or
// only repeats the value's unit: the issue allows 5%. The floor on figures
// per article keeps the count from being met by showing none.
func TestFiguresSayWhatTheyMeasure(t *testing.T) {
	root := articletest.Corpus(t)
	for _, set := range []struct{ name, pattern string }{
		{"bbc", "bbc/*/*.txt"},
		{"cnndm-dev", "cnndm-dev/articles/*.txt"},
	} {
		rep, err := Figures(root, set.name, set.pattern)
		if err != nil {
			t.Fatal(err)
		}
		per := float64(rep.Figures) / float64(rep.Articles)
		t.Logf("%s: %d articles, %d figures (%.2f an article), %d empty, %d unit-only: %.1f%%",
			set.name, rep.Articles, rep.Figures, per, rep.Empty, rep.UnitOnly, 100*rep.Blank())
		if rep.Blank() > 0.05 {
			t.Errorf("%s: %.1f%% of figures have an empty or unit-only measure, over 5%%", set.name, 100*rep.Blank())
		}
		if per < 0.2 {
			t.Errorf("%s: %.2f figures an article, under 0.2", set.name, per)
		}
	}
}

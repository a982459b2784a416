package figure

import (
	"slices"
	"testing"

	"briefing/generator/meta/internal/articletest"
)

// TestSampleTargets checks the targets on the sample article.
func TestSampleTargets(t *testing.T) {
	var values []string
	for _, f := range Find(articletest.Doc(t, "xi-putin.txt")) {
		values = append(values, f.Value)
	}
	for _, v := range []string{"$147 billion", "30 percent"} {
		if !slices.Contains(values, v) {
			t.Errorf("figures %q lack %s", values, v)
		}
	}
}

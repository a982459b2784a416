package tag

import (
	"slices"
	"testing"

	"briefing/generator/meta/internal/articletest"
)

// TestTagsDeterministic: a word and the phrase it opens can score the same;
// the choice between them must not follow map order.
func TestTagsDeterministic(t *testing.T) {
	d := articletest.Paragraphs("Regulators questioned financial institutions about the transfers.",
		"Several financial institutions refused, and financial reporting rules were cited.")
	want := Pick(d, nil, nil)
	if !slices.Contains(want, "financial institutions") {
		t.Fatalf("tags %q lack the phrase that ties with its first word", want)
	}
	for range 50 {
		if got := Pick(d, nil, nil); !slices.Equal(got, want) {
			t.Fatalf("tags changed between runs: %q then %q", want, got)
		}
	}
}

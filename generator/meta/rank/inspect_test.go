package rank

import (
	"slices"
	"testing"

	"briefing/generator/meta/internal/articletest"
	"briefing/generator/meta/text"
)

// TestPickIsSummarize: the inspection tools measure what ships. Pick under
// the default selection gives Summarize's key points; two key points at
// most give no more than two; every sentence picked is one the candidates
// call usable, and its trimmed form is no longer than its whole one.
func TestPickIsSummarize(t *testing.T) {
	for _, name := range articletest.News {
		t.Run(name, func(t *testing.T) {
			headline, paras := articletest.Article(t, name)
			ex := Example{Doc: text.Prepare(headline, paras)}
			_, want, _ := Summarize(text.Prepare(headline, paras), nil, nil)
			chosen, got := DefaultModel.Pick(ex, DefaultSelection())
			if !slices.Equal(got, want) {
				t.Errorf("Pick = %q\nSummarize = %q", got, want)
			}
			if len(chosen) != len(got) || !slices.IsSorted(chosen) {
				t.Errorf("chosen %v for %d key points, want one each in article order", chosen, len(got))
			}
			sel := DefaultSelection()
			sel.MinPoints, sel.MaxPoints = 2, 2
			if _, two := DefaultModel.Pick(Example{Doc: text.Prepare(headline, paras)}, sel); len(two) > 2 {
				t.Errorf("%d key points under MaxPoints 2", len(two))
			}
			c := DefaultModel.Candidates(Example{Doc: text.Prepare(headline, paras)})
			for _, i := range chosen {
				if !c.Usable(i) {
					t.Errorf("sentence %d picked but not usable", i)
				}
				if tr, wh := c.Trimmed(i), c.Whole(i); countWords(tr) > countWords(wh) {
					t.Errorf("sentence %d trimmed %q is longer than whole %q", i, tr, wh)
				}
			}
		})
	}
}

// TestWhy names why a sentence cannot be a key point, and nothing for one
// that can.
func TestWhy(t *testing.T) {
	d := text.Prepare("Floods close the valley road", []string{
		"Floods closed the only road into the valley on Tuesday after two days of heavy rain.",
		"It was the third closure this year.",
		"Too short here.",
		"\"We have never seen water like this in the valley before, not in my lifetime,\" the mayor said of the floods.",
	})
	c := DefaultModel.Candidates(Example{Doc: d})
	want := []string{"", "dangling: It", "under six words", ""}
	if c.Len() != len(want) {
		t.Fatalf("%d sentences, want %d", c.Len(), len(want))
	}
	for i, w := range want {
		if got := c.Why(i); got != w {
			t.Errorf("Why(%d) = %q, want %q (%s)", i, got, w, c.Whole(i))
		}
	}
}

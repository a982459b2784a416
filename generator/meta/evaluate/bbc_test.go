package evaluate

import (
	"errors"
	"testing"

	"briefing/generator/meta/internal/articletest"
)

// TestBBCSummaries holds the BBC development set, the second check of
// make eval, to the editor's checks. Its references are long extractive
// summaries (about 156 words, against key points' 50), so ROUGE-1 there
// favours Lead-3's length; the key points must still match its ROUGE-2
// within a point.
func TestBBCSummaries(t *testing.T) {
	rep, err := BBCSummaries(articletest.Corpus(t))
	if err != nil {
		t.Fatal(err)
	}
	checkReport(t, rep)
	if rep.KeyPoints.R2 < rep.Lead3.R2-0.01 {
		t.Errorf("key points' ROUGE-2 %.2f falls more than a point below Lead-3's %.2f", 100*rep.KeyPoints.R2, 100*rep.Lead3.R2)
	}
}

// checkReport asserts the editor's checks of issue 12 on a development
// set and logs its figures.
func checkReport(t *testing.T, rep *Report) {
	t.Helper()
	for _, a := range rep.Articles {
		if n := len(a.KeyPoints); n < 3 || n > 4 {
			t.Errorf("%s: %d key points", a.Name, n)
		}
	}
	kp, lead := rep.KeyPoints, rep.Lead3
	t.Logf("%s: %d articles", rep.Set, len(rep.Articles))
	t.Logf("keypoints R1 %.2f R2 %.2f RL %.2f", 100*kp.R1, 100*kp.R2, 100*kp.RL)
	t.Logf("lead-3    R1 %.2f R2 %.2f RL %.2f", 100*lead.R1, 100*lead.R2, 100*lead.RL)
	t.Logf("words a key point: median %.1f, p95 %.1f, max %d; %.1f words an article", rep.Words.Median, rep.Words.P95, rep.Words.Max, rep.StoryWords)
	if rep.Words.Median > 20 || rep.Words.P95 > 32 || rep.Words.Max > 35 {
		t.Errorf("key points too long: median %.1f, p95 %.1f, max %d words", rep.Words.Median, rep.Words.P95, rep.Words.Max)
	}
	if rep.Dangling*200 > rep.Bullets {
		t.Errorf("%d of %d key points open with a dangling word", rep.Dangling, rep.Bullets)
	}
	if rep.Datelines > 0 {
		t.Errorf("%d datelines kept", rep.Datelines)
	}
	if rep.Furniture > 0 {
		t.Errorf("%d key points, descriptions or summaries keep furniture", rep.Furniture)
	}
	if rep.SummaryKP > 0 {
		t.Errorf("%d of %d summaries repeat a key point", rep.SummaryKP, rep.Summaries)
	}
	t.Logf("summaries shown %d of %d; descriptions that are key point 1: %d", rep.Summaries, len(rep.Articles), rep.DescKP)
	if rep.Broken*rep.Sentences > rep.SourceBroke*rep.Bullets {
		t.Errorf("%d of %d key points broken, more often than the source's %d of %d sentences", rep.Broken, rep.Bullets, rep.SourceBroke, rep.Sentences)
	}
	if rep.BadDescs > 0 {
		t.Errorf("%d descriptions do not end a sentence or run over %d characters", rep.BadDescs, 160)
	}
	if rep.Repeated > 0 {
		t.Errorf("%d pages show a sentence three times", rep.Repeated)
	}
	if rep.Restated > 0 {
		t.Errorf("%d key point sets say one thing twice", rep.Restated)
	}
}

func TestBBCSummariesNoReferences(t *testing.T) {
	_, err := BBCSummaries(t.TempDir())
	if !errors.Is(err, ErrNoReferences) {
		t.Errorf("err = %v, want ErrNoReferences", err)
	}
}

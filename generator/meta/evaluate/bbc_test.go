package evaluate

import (
	"errors"
	"testing"

	"briefing/generator/meta/internal/articletest"
	"briefing/generator/meta/rank"
)

// TestKeypointsBeatLead3 scores key points and the Lead-3 baseline against
// the BBC reference summaries (the development set of make eval): every
// article gets three key points that stand alone, and together they beat
// Lead-3 on ROUGE-1 and ROUGE-2.
func TestKeypointsBeatLead3(t *testing.T) {
	rep, err := BBCSummaries(articletest.Corpus(t))
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range rep.Articles {
		if len(a.KeyPoints) != 3 {
			t.Errorf("%s: %d key points", a.Name, len(a.KeyPoints))
		}
		for _, k := range a.KeyPoints {
			if rank.OpensDangling(k) {
				t.Errorf("%s: key point opens with a dangling word: %q", a.Name, k)
			}
		}
	}
	kp, lead := rep.KeyPoints, rep.Lead3
	t.Logf("%d articles", len(rep.Articles))
	t.Logf("keypoints R1 %.2f R2 %.2f RL %.2f", 100*kp.R1, 100*kp.R2, 100*kp.RL)
	t.Logf("lead-3    R1 %.2f R2 %.2f RL %.2f", 100*lead.R1, 100*lead.R2, 100*lead.RL)
	if kp.R1 <= lead.R1 || kp.R2 <= lead.R2 {
		t.Errorf("key points do not beat Lead-3 on ROUGE-1 and ROUGE-2")
	}
}

func TestBBCSummariesNoReferences(t *testing.T) {
	_, err := BBCSummaries(t.TempDir())
	if !errors.Is(err, ErrNoReferences) {
		t.Errorf("err = %v, want ErrNoReferences", err)
	}
}

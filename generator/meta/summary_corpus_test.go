package meta

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"briefing/generator/article"
	"briefing/generator/meta/entity"
	"briefing/generator/meta/rank"
	"briefing/generator/meta/text"
)

// corpusRoot is the shared corpus beside the project; tests that need it
// skip when it is absent, as in a fresh clone.
const corpusRoot = "../../../shared/corpus"

// TestKeypointsBeatLead3 scores key points and the Lead-3 baseline against
// the BBC reference summaries (the development set of make eval).
func TestKeypointsBeatLead3(t *testing.T) {
	refs, _ := filepath.Glob(filepath.Join(corpusRoot, "bbc-summaries", "*", "*.txt"))
	if len(refs) == 0 {
		t.Skip("no corpus at " + corpusRoot)
	}
	var kp, lead RougeScores
	for _, ref := range refs {
		topic, name := filepath.Base(filepath.Dir(ref)), filepath.Base(ref)
		src := filepath.Join(corpusRoot, "bbc", topic, name)
		data, err := os.ReadFile(src)
		if err != nil {
			t.Fatal(err)
		}
		a, err := article.Parse(src, data, article.Options{})
		if err != nil {
			t.Fatal(err)
		}
		refData, err := os.ReadFile(ref)
		if err != nil {
			t.Fatal(err)
		}
		var reference []string
		for _, l := range strings.Split(string(refData), "\n") {
			if l = strings.TrimSpace(l); l != "" {
				reference = append(reference, l)
			}
		}
		d := text.Prepare(a.Headline, a.Paragraphs)
		people, _, _ := entity.Analyse(d).Lists()
		_, keypoints, _ := rank.Summarize(d, people)
		for _, k := range keypoints {
			if rank.OpensDangling(k) {
				t.Errorf("%s/%s: key point opens with a dangling word: %q", topic, name, k)
			}
		}
		if len(keypoints) != 3 {
			t.Errorf("%s/%s: %d key points", topic, name, len(keypoints))
		}
		s := Rouge(keypoints, reference)
		kp.R1, kp.R2, kp.RL = kp.R1+s.R1, kp.R2+s.R2, kp.RL+s.RL
		s = Rouge(Lead(a.Headline, a.Paragraphs, 3), reference)
		lead.R1, lead.R2, lead.RL = lead.R1+s.R1, lead.R2+s.R2, lead.RL+s.RL
	}
	n := float64(len(refs))
	t.Logf("keypoints R1 %.2f R2 %.2f RL %.2f", 100*kp.R1/n, 100*kp.R2/n, 100*kp.RL/n)
	t.Logf("lead-3    R1 %.2f R2 %.2f RL %.2f", 100*lead.R1/n, 100*lead.R2/n, 100*lead.RL/n)
	if kp.R1 <= lead.R1 || kp.R2 <= lead.R2 {
		t.Errorf("key points do not beat Lead-3 on ROUGE-1 and ROUGE-2")
	}
}

func TestRouge(t *testing.T) {
	tests := []struct {
		name       string
		cand, ref  []string
		r1, r2, rl float64
	}{
		{"identical", []string{"The cat sat on the mat."}, []string{"The cat sat on the mat."}, 1, 1, 1},
		{"disjoint", []string{"Dogs bark."}, []string{"Cats purr."}, 0, 0, 0},
		{"stemmed", []string{"Profits jumped"}, []string{"profit jumps"}, 1, 1, 1},
		// cand: a b c d; ref: a b e d. R1 3/4; R2 1/3 (a b); LCS a b d = 3/4.
		{"partial", []string{"alpha beta gamma delta"}, []string{"alpha beta epsilon delta"}, 0.75, 1.0 / 3, 0.75},
		// Sentence order does not matter to summary-level ROUGE-L.
		{"order", []string{"two three", "one"}, []string{"one", "two three"}, 1, 1.0 / 2, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := Rouge(tt.cand, tt.ref)
			if !near(s.R1, tt.r1) || !near(s.R2, tt.r2) || !near(s.RL, tt.rl) {
				t.Errorf("got %+v, want R1 %.3f R2 %.3f RL %.3f", s, tt.r1, tt.r2, tt.rl)
			}
		})
	}
}

func near(a, b float64) bool { return a-b < 1e-9 && b-a < 1e-9 }

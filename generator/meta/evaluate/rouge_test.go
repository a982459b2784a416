package evaluate

import (
	"math"
	"testing"
)

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

// TestRougeN holds RougeN's F1 to Rouge's and its precision and recall to
// counts made by hand.
func TestRougeN(t *testing.T) {
	cand := []string{"The cat sat on the mat today.", "It rained."}
	ref := []string{"The cat sat on a mat."}
	s := Rouge(cand, ref)
	r1, r2 := RougeN(cand, ref, 1), RougeN(cand, ref, 2)
	if math.Abs(r1.F-s.R1) > 1e-12 || math.Abs(r2.F-s.R2) > 1e-12 {
		t.Errorf("RougeN F1 = %v, %v; Rouge = %v, %v", r1.F, r2.F, s.R1, s.R2)
	}
	// unigrams: the cat sat on the mat today it rain (9) against the cat
	// sat on a mat (6): the, cat, sat, on, mat hit (5)
	if math.Abs(r1.P-5.0/9) > 1e-12 || math.Abs(r1.R-5.0/6) > 1e-12 {
		t.Errorf("ROUGE-1 P, R = %v, %v; want 5/9, 5/6", r1.P, r1.R)
	}
}

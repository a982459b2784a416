package shingle

import (
	"math"
	"reflect"
	"testing"
)

func TestTokens(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"empty", "", []string{}},
		{"punctuation splits", "U.S.-based, $6.5bn (2019)", []string{"u", "s", "based", "6", "5bn", "2019"}},
		{"lower-cased", "WeWork SoftBank", []string{"wework", "softbank"}},
		{"apostrophes split", "WeWork’s don't", []string{"wework", "s", "don", "t"}},
		{"underscore joins", "snake_case", []string{"snake_case"}},
		{"non-latin letters", "Привет, 世界 ١٢٣", []string{"привет", "世界", "١٢٣"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Tokens(tt.in); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Tokens(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestCompare(t *testing.T) {
	tests := []struct {
		name        string
		truth, pred string
		want        Score
		p, r, f1    float64
	}{
		{"identical", "one two three four five", "one two three four five", Score{TP: 2}, 1, 1, 1},
		{"case and punctuation ignored", "One, two. Three four!", "one two three four", Score{TP: 1}, 1, 1, 1},
		{"extra text lowers precision", "a b c d", "x a b c d", Score{TP: 1, FP: 1}, 0.5, 1, 2.0 / 3},
		{"missing text lowers recall", "a b c d e", "a b c d", Score{TP: 1, FN: 1}, 1, 0.5, 2.0 / 3},
		{"short texts are one shingle", "a b", "a b", Score{TP: 1}, 1, 1, 1},
		{"repeats count", "a b c d a b c d", "a b c d", Score{TP: 1, FN: 4}, 1, 0.2, 1 / 3.0},
		{"both empty", "", "", Score{}, 1, 1, 1},
		{"nothing predicted", "a b c d", "", Score{FN: 1}, 0, 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Compare(tt.truth, tt.pred)
			if got != tt.want {
				t.Fatalf("Compare = %+v, want %+v", got, tt.want)
			}
			p, _ := got.Precision()
			r, _ := got.Recall()
			if !near(p, tt.p) || !near(r, tt.r) || !near(got.F1(), tt.f1) {
				t.Errorf("P/R/F1 = %.3f/%.3f/%.3f, want %.3f/%.3f/%.3f", p, r, got.F1(), tt.p, tt.r, tt.f1)
			}
		})
	}
}

func TestSummarize(t *testing.T) {
	// The benchmark leaves an empty prediction out of the precision mean
	// but counts its zero recall.
	s := Summarize([]Score{{TP: 1}, {FN: 1}, {TP: 1, FP: 1}})
	if !near(s.Precision, 0.75) || !near(s.Recall, 2.0/3) {
		t.Fatalf("precision %.3f recall %.3f, want 0.75 and 0.667", s.Precision, s.Recall)
	}
	if !near(s.F1, 2*0.75*(2.0/3)/(0.75+2.0/3)) {
		t.Errorf("F1 %.4f is not the harmonic mean of the means", s.F1)
	}
	if !near(s.MeanF1, (1+0+2.0/3)/3) || !near(s.MedianF1, 2.0/3) {
		t.Errorf("mean %.3f median %.3f", s.MeanF1, s.MedianF1)
	}
}

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

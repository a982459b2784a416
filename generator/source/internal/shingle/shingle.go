// Package shingle scores extracted article text against a reference the
// way the article-extraction benchmark does (scrapinghub/
// article-extraction-benchmark, evaluate.py): 4-word shingles, counted
// with multiplicity, compared as bags.
//
// Tokenisation: the text is lower-cased (strings.ToLower) and split into
// tokens, each a maximal run of Unicode letters (category L), numbers
// (category N) and underscores; every other character separates tokens.
// This is the benchmark's regular expression \w+ (Python's Unicode \w is
// exactly letters, numbers and the underscore), plus lower-casing, which
// the benchmark does not do: a capitalisation difference is not an
// extraction error. A text of fewer than n tokens is one shorter shingle;
// an empty text has none.
package shingle

import (
	"sort"
	"strings"
	"unicode"
)

// N is the benchmark's shingle length.
const N = 4

// Tokens splits text as described in the package comment.
func Tokens(text string) []string {
	return strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !(unicode.IsLetter(r) || unicode.IsNumber(r) || r == '_')
	})
}

// Shingles counts the n-token shingles of text.
func Shingles(text string, n int) map[string]int {
	toks := Tokens(text)
	out := map[string]int{}
	if len(toks) == 0 {
		return out
	}
	if len(toks) < n {
		out[strings.Join(toks, " ")]++
		return out
	}
	for i := 0; i+n <= len(toks); i++ {
		out[strings.Join(toks[i:i+n], " ")]++
	}
	return out
}

// Score is one page's comparison.
type Score struct {
	TP, FP, FN int
}

// Compare scores pred against truth with N-shingles.
func Compare(truth, pred string) Score {
	t, p := Shingles(truth, N), Shingles(pred, N)
	var s Score
	for k, tc := range t {
		pc := p[k]
		s.TP += min(tc, pc)
		s.FN += max(0, tc-pc)
	}
	for k, pc := range p {
		s.FP += max(0, pc-t[k])
	}
	return s
}

// Precision is TP/(TP+FP), with the benchmark's conventions: 1 when the
// prediction and truth are both empty, and undefined (ok false) for an
// empty prediction, which the benchmark leaves out of the mean.
func (s Score) Precision() (float64, bool) {
	if s.FP == 0 && s.FN == 0 {
		return 1, true
	}
	if s.TP+s.FP == 0 {
		return 0, false
	}
	return float64(s.TP) / float64(s.TP+s.FP), true
}

// Recall is TP/(TP+FN), with the same conventions as Precision.
func (s Score) Recall() (float64, bool) {
	if s.FP == 0 && s.FN == 0 {
		return 1, true
	}
	if s.TP+s.FN == 0 {
		return 0, false
	}
	return float64(s.TP) / float64(s.TP+s.FN), true
}

// F1 is the page's own harmonic mean of precision and recall (0 when
// either is undefined or both are 0).
func (s Score) F1() float64 {
	p, okp := s.Precision()
	r, okr := s.Recall()
	if !okp || !okr || p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// Summary aggregates the scores of a set of pages.
type Summary struct {
	Pages int
	// Precision and Recall are the means over pages where each is
	// defined; F1 is their harmonic mean. This is the benchmark's figure.
	Precision, Recall, F1 float64
	// MeanF1 and MedianF1 are over the pages' own F1 scores.
	MeanF1, MedianF1 float64
}

// Summarize computes the benchmark's figures and the per-page F1 mean and median.
func Summarize(scores []Score) Summary {
	var sp, sr float64
	var np, nr int
	f1s := make([]float64, 0, len(scores))
	for _, s := range scores {
		if p, ok := s.Precision(); ok {
			sp += p
			np++
		}
		if r, ok := s.Recall(); ok {
			sr += r
			nr++
		}
		f1s = append(f1s, s.F1())
	}
	sum := Summary{Pages: len(scores)}
	if np > 0 {
		sum.Precision = sp / float64(np)
	}
	if nr > 0 {
		sum.Recall = sr / float64(nr)
	}
	if sum.Precision+sum.Recall > 0 {
		sum.F1 = 2 * sum.Precision * sum.Recall / (sum.Precision + sum.Recall)
	}
	if len(f1s) > 0 {
		var t float64
		for _, f := range f1s {
			t += f
		}
		sum.MeanF1 = t / float64(len(f1s))
		sort.Float64s(f1s)
		m := len(f1s) / 2
		sum.MedianF1 = f1s[m]
		if len(f1s)%2 == 0 {
			sum.MedianF1 = (f1s[m-1] + f1s[m]) / 2
		}
	}
	return sum
}

package nb

import (
	"math"
	"sort"
)

// Example is one labelled training story.
type Example struct {
	Headline, Body string
	Class          int
}

// Options are the training choices; the zero value is not useful, start
// from DefaultOptions.
type Options struct {
	HeadWeight float64 // times a headline token counts
	Bigrams    bool
	// LogTF counts log(1+n) for a feature seen n times in a story, so that
	// one long story repeating a name does not own the word.
	LogTF bool
	// DocMass, if > 0, rescales every story's feature counts to this total,
	// so long and short stories weigh the same.
	DocMass float64
	// Mu is the Dirichlet smoothing mass: P(f|c) = (n_cf + Mu·P_bg(f)) /
	// (n_c + Mu), where P_bg is the mean of the classes' distributions. A
	// class with no stories is the background itself, plus its seeds.
	Mu float64
	// Seeds adds SeedCount pseudo-counts of each word (tokenised) to its
	// class: the prior for sections the training data lacks or underserves.
	Seeds     map[int][]string
	SeedCount float64
	// MinCount drops features seen fewer times than this (raw counts, all
	// classes together); seed words are always kept.
	MinCount float64
}

// DefaultOptions are the options the shipped model is trained with; the
// training command's cross-validation chose them.
func DefaultOptions() Options {
	return Options{HeadWeight: 2, LogTF: true, Mu: 1000, SeedCount: 40, MinCount: 2}
}

// Fit trains a model over the classes from the examples.
func Fit(classes []string, examples []Example, o Options) *Model {
	k := len(classes)
	raw := map[string]float64{}
	docs := make([]map[string]float64, len(examples))
	for i, ex := range examples {
		f := Features(ex.Headline, ex.Body, o.HeadWeight, o.Bigrams)
		for w, c := range f {
			raw[w] += c
		}
		if o.LogTF {
			for w, c := range f {
				f[w] = math.Log1p(c)
			}
		}
		if o.DocMass > 0 {
			var sum float64
			for _, c := range f {
				sum += c
			}
			if sum > 0 {
				for w := range f {
					f[w] *= o.DocMass / sum
				}
			}
		}
		docs[i] = f
	}
	seeds := map[int]map[string]bool{}
	for c, ws := range o.Seeds {
		seeds[c] = map[string]bool{}
		for _, w := range ws {
			for _, t := range Tokens(w) {
				seeds[c][t] = true
			}
		}
	}
	// The vocabulary, sorted so that the model's bytes are deterministic.
	keep := map[string]bool{}
	for w, c := range raw {
		if c >= o.MinCount {
			keep[w] = true
		}
	}
	for _, s := range seeds {
		for w := range s {
			keep[w] = true
		}
	}
	words := make([]string, 0, len(keep))
	for w := range keep {
		words = append(words, w)
	}
	sort.Strings(words)
	vocab := make(map[string]int32, len(words))
	for i, w := range words {
		vocab[w] = int32(i)
	}
	v := len(words)
	counts := make([]float64, v*k)
	for i, ex := range examples {
		for w, c := range docs[i] {
			if j, ok := vocab[w]; ok {
				counts[int(j)*k+ex.Class] += c
			}
		}
	}
	// Totals are summed in vocabulary order, never map order, so that the
	// model's bytes do not depend on Go's map iteration.
	totals := func() []float64 {
		t := make([]float64, k)
		for j := 0; j < v; j++ {
			for c := 0; c < k; c++ {
				t[c] += counts[j*k+c]
			}
		}
		return t
	}
	total := totals()
	// Background: the mean of the distributions of the classes that have
	// stories, add-half smoothed so that no feature has zero mass.
	bg := make([]float64, v)
	var withData int
	for c := 0; c < k; c++ {
		if total[c] == 0 {
			continue
		}
		withData++
		for j := 0; j < v; j++ {
			bg[j] += (counts[j*k+c] + 0.5) / (total[c] + 0.5*float64(v))
		}
	}
	for j := range bg {
		bg[j] /= float64(max(withData, 1))
	}
	for c, s := range seeds {
		for w := range s {
			j := vocab[w]
			counts[int(j)*k+c] += o.SeedCount
		}
	}
	total = totals()
	logp := make([]float32, v*k)
	for j := 0; j < v; j++ {
		for c := 0; c < k; c++ {
			logp[j*k+c] = float32(math.Log((counts[j*k+c] + o.Mu*bg[j]) / (total[c] + o.Mu)))
		}
	}
	return &Model{
		Classes:    append([]string(nil), classes...),
		Vocab:      vocab,
		LogP:       logp,
		HeadWeight: float32(o.HeadWeight),
		Bigrams:    o.Bigrams,
		Scale:      1,
	}
}

// Package nb is the multinomial naive Bayes text model behind package
// section: the features, the fitted weights, their binary form and the
// scoring. Training (Fit) and classifying share this code, so a model scores
// exactly as it was evaluated.
package nb

import (
	"math"
	"sync"
)

// Model is a fitted classifier.
type Model struct {
	Classes []string
	Vocab   map[string]int32
	// LogP holds log P(feature | class), feature-major:
	// LogP[f*len(Classes)+c].
	LogP []float32
	// HeadWeight is how many times a headline token counts.
	HeadWeight float32
	// Bigrams adds adjacent-token pairs as features.
	Bigrams bool
	// Scale turns the per-feature mean log-likelihood into a confidence:
	// P(c) ∝ exp(Scale × mean_f log P(f|c)). Fitted on held-out folds.
	Scale float32

	scratch sync.Pool // *scoring
	// index is Vocab for Score, built on its first call: Vocab must not
	// change after that.
	index     *vocabIndex
	indexOnce sync.Once
}

// Features returns the features of a story with their counts: headline
// tokens count HeadWeight times, body tokens once.
func Features(headline, body string, headWeight float64, bigrams bool) map[string]float64 {
	out := map[string]float64{}
	add := func(text string, w float64) {
		toks := Tokens(text)
		for _, t := range toks {
			out[t] += w
		}
		if bigrams {
			for _, b := range Bigrams(toks) {
				out[b] += w
			}
		}
	}
	add(headline, headWeight)
	add(body, 1)
	return out
}

// Score returns, for each class, the sum over known features of
// count × log P(f|c), and the total count of known features. Unknown
// features carry no evidence and are skipped.
func (m *Model) Score(headline, body string) (scores []float64, n float64) {
	k := len(m.Classes)
	m.indexOnce.Do(func() { m.index = newVocabIndex(m.Vocab) })
	sc := m.scratch.Get()
	if sc == nil {
		sc = &scoring{count: make([]float64, len(m.Vocab))}
	}
	s := sc.(*scoring)
	if len(s.count) != len(m.Vocab) { // a model changed after first use
		s.count = make([]float64, len(m.Vocab))
	}
	// Counts by feature first, in the order features first appear, as
	// Features counts them; then each known feature's weights once.
	add := func(feature []byte, w float64) {
		i := m.index.find(feature)
		if i < 0 {
			return
		}
		if s.count[i] == 0 {
			s.seen = append(s.seen, i)
		}
		s.count[i] += w
	}
	for _, part := range [2]struct {
		text string
		w    float64
	}{{headline, float64(m.HeadWeight)}, {body, 1}} {
		first := true
		s.tok.each(part.text, func(tok []byte) {
			add(tok, part.w)
			if !m.Bigrams {
				return
			}
			// As Bigrams pairs them: neighbours, but not next to a number.
			if !first && !isNumber(s.prev) && !isNumber(tok) {
				s.pair = append(append(append(s.pair[:0], s.prev...), ' '), tok...)
				add(s.pair, part.w)
			}
			s.prev = append(s.prev[:0], tok...)
			first = false
		})
	}
	scores = make([]float64, k)
	for _, i := range s.seen {
		cnt := s.count[i]
		row := m.LogP[int(i)*k : int(i)*k+k]
		for c := range row {
			scores[c] += cnt * float64(row[c])
		}
		n += cnt
		s.count[i] = 0
	}
	s.seen = s.seen[:0]
	m.scratch.Put(s)
	return scores, n
}

// scoring is Score's working memory, kept between calls.
type scoring struct {
	tok        tokenizer
	count      []float64 // by vocabulary index; zero between calls
	seen       []int32   // indexes of count that are not zero
	prev, pair []byte
}

func isNumber(tok []byte) bool { return len(tok) == 1 && tok[0] == '#' }

// Posterior returns P(class) over the classes whose mask entry is true
// (nil: all), zero elsewhere. With no known feature it is uniform.
func (m *Model) Posterior(headline, body string, mask []bool) []float64 {
	scores, n := m.Score(headline, body)
	return m.posterior(scores, n, mask)
}

// PosteriorOf is Posterior from scores and a count already computed by
// Score.
func (m *Model) PosteriorOf(scores []float64, n float64, mask []bool) []float64 {
	return m.posterior(scores, n, mask)
}

func (m *Model) posterior(scores []float64, n float64, mask []bool) []float64 {
	p := make([]float64, len(scores))
	best := math.Inf(-1)
	for c, s := range scores {
		if mask == nil || mask[c] {
			best = max(best, s)
		}
	}
	if n == 0 {
		n = 1
	}
	var sum float64
	for c, s := range scores {
		if mask == nil || mask[c] {
			p[c] = math.Exp(float64(m.Scale) * (s - best) / n)
			sum += p[c]
		}
	}
	for c := range p {
		p[c] /= sum
	}
	return p
}

// Predict returns the best class index among the mask (nil: all) and its
// posterior probability; -1 when the mask allows nothing.
func (m *Model) Predict(headline, body string, mask []bool) (int, float64) {
	scores, n := m.Score(headline, body)
	best := -1
	for c, s := range scores {
		if mask != nil && !mask[c] {
			continue
		}
		if best < 0 || s > scores[best] {
			best = c
		}
	}
	if best < 0 {
		return -1, 0
	}
	return best, m.posterior(scores, n, mask)[best]
}

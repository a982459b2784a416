package ptron

import (
	"math"
	"math/rand/v2"
	"slices"
)

// Example is one training sentence with its gold tags (class numbers).
type Example struct {
	Sent *Sent
	Gold []uint8
}

// Trainer learns a Model with the averaged perceptron. Training is
// single-threaded and deterministic: the same examples, epochs and seed give
// the same weights.
type Trainer struct {
	Kind    Kind
	Classes []string
	Bits    uint8
	w       []int32 // current weights, bucket*n + class
	u       []int64 // sum of c * update, for averaging
	c       int64
	m       Model // for transitions
	feats   []uint64
	scores  []int32
}

// NewTrainer makes a trainer for the given tags and table size.
func NewTrainer(k Kind, classes []string, bits uint8) *Trainer {
	t := &Trainer{Kind: k, Classes: classes, Bits: bits}
	n := len(classes)
	t.w = make([]int32, (1<<bits)*n)
	t.u = make([]int64, (1<<bits)*n)
	t.c = 1
	t.m = Model{Kind: k, Tagset: NewTagset(classes), Bits: bits}
	t.scores = make([]int32, n)
	return t
}

// SetDict makes words tagged by dictionary (see Model.Dict): words seen at
// least minCount times in ex with one tag at least share of the time.
func (t *Trainer) SetDict(ex []Example, minCount int, share float64) {
	counts := map[uint64][]int{}
	n := len(t.Classes)
	for _, e := range ex {
		for i := range e.Sent.Toks {
			w := e.Sent.Toks[i].Word
			if counts[w] == nil {
				counts[w] = make([]int, n)
			}
			counts[w][e.Gold[i]]++
		}
	}
	t.m.Dict = map[uint64]uint8{}
	for w, cs := range counts {
		total, top, arg := 0, 0, 0
		for c, k := range cs {
			total += k
			if k > top {
				top, arg = k, c
			}
		}
		if total >= minCount && float64(top) >= share*float64(total) {
			t.m.Dict[w] = uint8(arg)
		}
	}
}

// Epoch runs one pass over the examples in an order shuffled by rng.
func (t *Trainer) Epoch(ex []Example, rng *rand.Rand) (errors, total int) {
	order := make([]int, len(ex))
	for i := range order {
		order[i] = i
	}
	rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
	n := len(t.Classes)
	for _, k := range order {
		s, gold := ex[k].Sent, ex[k].Gold
		p1, p2 := uint8(None), uint8(None)
		for i := range s.Toks {
			if c, ok := t.m.preset(s, i, p1); ok {
				p2, p1 = p1, c
				continue
			}
			t.feats = s.Features(t.Kind, i, p1, p2, t.feats[:0])
			clear(t.scores)
			for _, h := range t.feats {
				row := t.w[int(bucket(h, t.Bits))*n:][:n]
				for c, w := range row {
					t.scores[c] += w
				}
			}
			pred := best(t.scores, t.m.allowed, p1, n)
			g := t.reachable(gold[i], p1)
			if pred != g {
				errors++
				for _, h := range t.feats {
					b := int(bucket(h, t.Bits)) * n
					t.w[b+int(g)]++
					t.u[b+int(g)] += t.c
					t.w[b+int(pred)]--
					t.u[b+int(pred)] -= t.c
				}
			}
			total++
			t.c++
			p2, p1 = p1, pred
		}
	}
	return errors, total
}

// reachable is the gold tag to learn after previous prediction p1: when an
// earlier mistake makes gold I-X impossible, the best that remains is B-X.
func (t *Trainer) reachable(g, p1 uint8) uint8 {
	n := len(t.Classes)
	p := int(p1)
	if p1 == None {
		p = n
	}
	if t.m.allowed[p*n+int(g)] {
		return g
	}
	for c := range t.Classes {
		if t.m.begins[c] && t.m.typeOf[c] == t.m.typeOf[g] {
			return uint8(c)
		}
	}
	return g
}

// Averaged returns the averaged weights (bucket*n + class).
func (t *Trainer) Averaged() []float64 {
	out := make([]float64, len(t.w))
	for i := range out {
		out[i] = float64(t.w[i]) - float64(t.u[i])/float64(t.c)
	}
	return out
}

// Model returns the averaged weights quantised to 16 bits. Weights whose
// magnitude is below prune (in averaged-weight units) are dropped.
func (t *Trainer) Model(prune float64) *Model {
	return t.ModelFrom(t.Averaged(), prune)
}

// ModelFrom quantises weights laid out as the trainer's (for instance the
// mean of several trainers' Averaged weights) into a Model.
func (t *Trainer) ModelFrom(avg []float64, prune float64) *Model {
	n := len(t.Classes)
	// scale so that the largest weight (ignoring the top 1e-5 share of
	// outliers, which are clipped) fills int16
	var mags []float64
	for _, a := range avg {
		if a := math.Abs(a); a >= prune && a > 0 {
			mags = append(mags, a)
		}
	}
	slices.Sort(mags)
	top := 1.0
	if len(mags) > 0 {
		top = mags[len(mags)-1-len(mags)/100000]
	}
	scale := float32(32767 / top)
	m := &Model{Kind: t.Kind, Tagset: t.m.Tagset, Bits: t.Bits, Scale: scale, Dict: t.m.Dict}
	buckets := 1 << t.Bits
	m.off = make([]uint32, buckets+1)
	for b := range buckets {
		for c := range n {
			a := avg[b*n+c]
			if math.Abs(a) < prune {
				continue
			}
			q := math.Round(a * float64(scale))
			q = max(-32767, min(32767, q))
			if q == 0 {
				continue
			}
			m.ent = append(m.ent, uint32(uint16(int16(q)))<<16|uint32(c))
		}
		m.off[b+1] = uint32(len(m.ent))
	}
	return m
}

// Package ptron is a greedy averaged-perceptron sequence tagger over hashed
// features: the features, the document-level statistics, training, the
// compact model format and decoding, shared by the trainer and run time.
package ptron

import (
	"strings"
)

// Model is a trained tagger. Weights live in a hashed table of 1<<Bits
// buckets; a bucket's non-zero weights are packed (weight<<16 | class) in
// ent[off[b]:off[b+1]], so scoring a feature touches only the classes it
// speaks for.
type Model struct {
	Kind Kind
	*Tagset
	Bits  uint8
	Scale float32 // quantised weight = round(weight * Scale)
	off   []uint32
	ent   []uint32
	// Dict gives the tag of frequent words that (nearly) always have the
	// same one, keyed by Token.Word: they are tagged without scoring.
	Dict map[uint64]uint8
}

// Tagset is a model's tags and what follows from their names.
type Tagset struct {
	Classes []string
	// allowed[p*n+c]: tag c may follow tag p (p == n: the first word).
	allowed []bool
	// typeOf[c] is the phrase type (1-based, 0 for O) of tag c, and
	// begins[c] says c opens a phrase: for the document features.
	typeOf []uint8
	begins []bool
	hashes []uint64 // HashString of each class name
	o      int      // the class "O", or -1
}

// NewTagset works out which tags may follow which: an I-X only after a
// B-X or I-X. Tag sets without B-/I- tags allow everything.
func NewTagset(classes []string) *Tagset {
	n := len(classes)
	ts := &Tagset{Classes: classes, o: -1}
	ts.allowed = make([]bool, (n+1)*n)
	ts.typeOf = make([]uint8, n)
	ts.begins = make([]bool, n)
	typeOf, begins, allowed := ts.typeOf, ts.begins, ts.allowed
	var types []string
	for c, name := range classes {
		ts.hashes = append(ts.hashes, HashString(name))
		if name == "O" {
			ts.o = c
		}
		if len(name) > 2 && name[1] == '-' {
			x := name[2:]
			k := -1
			for j, t := range types {
				if t == x {
					k = j
				}
			}
			if k < 0 {
				types = append(types, x)
				k = len(types) - 1
			}
			typeOf[c] = uint8(k + 1)
			begins[c] = name[0] == 'B'
		}
	}
	for p := 0; p <= n; p++ {
		for c, name := range classes {
			ok := true
			if strings.HasPrefix(name, "I-") {
				ok = p < n && typeOf[p] == typeOf[c]
			}
			allowed[p*n+c] = ok
		}
	}
	return ts
}

// bucket maps a feature hash to its bucket.
func bucket(h uint64, bits uint8) uint64 { return h >> (64 - bits) }

// score adds the weights of feats to scores (len = number of classes).
// It reads the features' bucket bounds first and their weights after, so
// the loads of one phase do not wait on each other: the tables are a few
// hundred kilobytes and the loads miss the nearest caches.
func (m *Model) score(feats []uint64, acc *[256]int32, spans []uint64) {
	clear(acc[:len(m.Classes)])
	off, ent := m.off, m.ent
	spans = spans[:len(feats)]
	for i, h := range feats {
		b := bucket(h, m.Bits)
		spans[i] = uint64(off[b]) | uint64(off[b+1])<<32
	}
	// Touch every span's first and last entry before summing any: the
	// summing loops end on data-dependent branches, and a mispredicted
	// one would discard the loads issued after it, one miss at a time.
	var touch uint32
	last := uint32(len(ent) - 1)
	for _, sp := range spans {
		touch += ent[min(uint32(sp), last)] + ent[min(uint32(sp>>32)-1, last)]
	}
	acc[255] = int32(touch) // keeps the loads; class 255 is never read
	for _, sp := range spans {
		for _, e := range ent[uint32(sp):uint32(sp>>32)] {
			acc[uint8(e)] += int32(int16(e >> 16)) // a uint8 index: no bounds check
		}
	}
}

// best is the highest-scoring tag allowed after prev.
func best(scores []int32, allowed []bool, prev uint8, n int) uint8 {
	p := int(prev)
	if prev == None {
		p = n
	}
	row := allowed[p*n : p*n+n]
	bi, bs := -1, int32(0)
	for c, s := range scores {
		if row[c] && (bi < 0 || s > bs) {
			bi, bs = c, s
		}
	}
	return uint8(bi)
}

// Scratch is per-call working memory; reuse it to tag without allocating.
type Scratch struct {
	feats []uint64
	spans []uint64
	acc   [256]int32 // class scores
	doc   docScratch
}

// Tag tags a prepared sentence into out (one class number per word) and
// returns, per word, the margin of the chosen tag over the runner-up
// allowed tag when margins is non-nil.
func (m *Model) Tag(s *Sent, out []uint8, margins []int32, sc *Scratch) {
	n := len(m.Classes)
	scores := sc.acc[:n]
	p1, p2 := uint8(None), uint8(None)
	for i := range s.Toks {
		if c, ok := m.preset(s, i, p1); ok {
			out[i] = c
			if margins != nil {
				margins[i] = 1 << 30
			}
			p2, p1 = p1, c
			continue
		}
		sc.feats = s.Features(m.Kind, i, p1, p2, sc.feats[:0])
		if cap(sc.spans) < len(sc.feats) {
			sc.spans = make([]uint64, 2*len(sc.feats))
		}
		m.score(sc.feats, &sc.acc, sc.spans)
		c := best(scores, m.allowed, p1, n)
		out[i] = c
		if margins != nil {
			margins[i] = margin(scores, m.allowed, p1, n, c)
		}
		p2, p1 = p1, c
	}
}

// preset gives the tag of word i that needs no scoring: a dictionary
// word, or for entities, outside a name, a lower-case word, a punctuation
// mark or a number not followed by a capital. In CoNLL's training text
// they make up three quarters of the words and open 0.1% of its names
// ("de Gaulle"; "1860 Munich" is still scored).
func (m *Model) preset(s *Sent, i int, p1 uint8) (uint8, bool) {
	t := &s.Toks[i]
	if m.Dict != nil {
		c, ok := m.Dict[t.Word]
		return c, ok
	}
	if (m.Kind != KindNER1 && m.Kind != KindNER2) || m.o < 0 || p1 != None && int(p1) != m.o {
		return 0, false
	}
	if t.Flags&(FLower|FPunct) != 0 ||
		t.Flags&(FDigit|FAlpha) == FDigit && (i+1 == len(s.Toks) || s.Toks[i+1].Flags&FCap == 0) {
		return uint8(m.o), true
	}
	return 0, false
}

func margin(scores []int32, allowed []bool, prev uint8, n int, c uint8) int32 {
	p := int(prev)
	if prev == None {
		p = n
	}
	row := allowed[p*n : p*n+n]
	second, found := int32(0), false
	for k, s := range scores {
		if k != int(c) && row[k] && (!found || s > second) {
			second, found = s, true
		}
	}
	if !found {
		return 1 << 30
	}
	return scores[c] - second
}

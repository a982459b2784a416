package ptron

// docScratch holds a document's per-word statistics between calls.
type docScratch struct {
	keys []uint64 // open-addressing table: lower-cased form -> agg index
	vals []int32  // -1: empty slot
	agg  []wordAgg
	// at is the agg index of each lettered word of the document's
	// sentences, in order: the second pass's counts reuse the first's.
	at []int32
}

// reset empties the table and sizes it for n words.
func (d *docScratch) reset(n int) {
	size := 64
	for size < 2*n {
		size *= 2
	}
	if cap(d.keys) < size {
		d.keys = make([]uint64, size)
		d.vals = make([]int32, size)
	}
	d.keys, d.vals = d.keys[:size], d.vals[:size]
	for i := range d.vals {
		d.vals[i] = -1
	}
	d.agg = d.agg[:0]
}

// slot returns the agg index of key, adding it when add is set (-1 when
// absent and not added).
func (d *docScratch) slot(key uint64, add bool) int32 {
	mask := uint64(len(d.keys) - 1)
	for i := mix(key) & mask; ; i = (i + 1) & mask {
		switch {
		case d.vals[i] < 0:
			if !add {
				return -1
			}
			d.keys[i] = key
			d.vals[i] = int32(len(d.agg))
			d.agg = append(d.agg, wordAgg{})
			return d.vals[i]
		case d.keys[i] == key:
			return d.vals[i]
		}
	}
}

// wordAgg sums, over a document, what is known of one lower-cased form.
type wordAgg struct {
	lower, capMid uint16
	types         [NumTypes + 1]uint16
	inside        [3 * NumTypes]uint16
}

// own is one occurrence's share of its wordAgg.
func own(s *Sent, i int, typeOf []uint8, begins []bool, stage bool) (a wordAgg) {
	t := &s.Toks[i]
	if t.Flags&FLower != 0 {
		a.lower = 1
	}
	if t.Flags&FCap != 0 && t.Flags&FInitial == 0 && !s.Caps {
		a.capMid = 1
	}
	if !stage {
		return a
	}
	c := s.Stage[i]
	if t.Flags&FCap != 0 {
		a.types[typeOf[c]]++
	}
	if ty := typeOf[c]; ty != 0 {
		first := begins[c]
		last := i+1 == len(s.Stage) || begins[s.Stage[i+1]] || typeOf[s.Stage[i+1]] != ty
		switch {
		case first && last: // a one-word phrase: no position inside a longer name
		case first:
			a.inside[(ty-1)*3]++
		case last:
			a.inside[(ty-1)*3+1]++
		default:
			a.inside[(ty-1)*3+2]++
		}
	}
	return a
}

func sat(n uint16) uint8 { return uint8(min(n, 255)) }

// FillDoc sets the Doc features of every word of a document's sentences:
// how its lower-cased form is written elsewhere in the document and, when
// stage is true, how the first pass (each Sent.Stage, tags of a model
// with the given classes) labelled it elsewhere. Counts leave the word's
// own occurrence out.
func FillDoc(sents []*Sent, classes *Tagset, stage bool, sc *Scratch) {
	fillDoc(sents, classes, stage, sc, false)
}

// fillDoc is FillDoc; again says the call before was over the same
// sentences, whose words are then already indexed.
func fillDoc(sents []*Sent, classes *Tagset, stage bool, sc *Scratch, again bool) {
	d := &sc.doc
	if again {
		clear(d.agg)
	} else {
		n := 0
		for _, s := range sents {
			n += len(s.Toks)
		}
		d.reset(n)
		d.at = d.at[:0]
		for _, s := range sents {
			for i := range s.Toks {
				if t := &s.Toks[i]; t.Flags&FAlpha != 0 {
					d.at = append(d.at, d.slot(t.Lower, true))
				}
			}
		}
	}
	typeOf, begins := classes.typeOf, classes.begins
	w := 0
	for _, s := range sents {
		for i := range s.Toks {
			t := &s.Toks[i]
			if t.Flags&FAlpha == 0 {
				continue
			}
			k := d.at[w]
			w++
			o := own(s, i, typeOf, begins, stage)
			a := &d.agg[k]
			a.lower += o.lower
			a.capMid += o.capMid
			for j := range a.types {
				a.types[j] += o.types[j]
			}
			for j := range a.inside {
				a.inside[j] += o.inside[j]
			}
		}
	}
	w = 0
	for _, s := range sents {
		if cap(s.Doc) < len(s.Toks) {
			s.Doc = make([]DocFeat, len(s.Toks))
		}
		s.Doc = s.Doc[:len(s.Toks)]
		for i := range s.Toks {
			t := &s.Toks[i]
			f := &s.Doc[i]
			*f = DocFeat{}
			if t.Flags&FAlpha == 0 {
				continue
			}
			a := &d.agg[d.at[w]]
			w++
			o := own(s, i, typeOf, begins, stage)
			f.Lower = sat(a.lower - o.lower)
			f.CapMid = sat(a.capMid - o.capMid)
			for j := range a.types {
				f.Types[j] = sat(a.types[j] - o.types[j])
			}
			for j := range a.inside {
				if a.inside[j] > o.inside[j] {
					f.Inside |= 1 << j
				}
			}
		}
	}
}

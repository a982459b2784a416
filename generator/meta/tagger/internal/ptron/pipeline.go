package ptron

import "sort"

// ClassesOf lists the distinct tags of seqs: "O" first when present, the
// rest sorted, so the same data always gives the same class numbers.
func ClassesOf(seqs [][]string) []string {
	seen := map[string]bool{}
	for _, s := range seqs {
		for _, t := range s {
			seen[t] = true
		}
	}
	var out []string
	for t := range seen {
		if t != "O" {
			out = append(out, t)
		}
	}
	sort.Strings(out)
	if seen["O"] {
		out = append([]string{"O"}, out...)
	}
	return out
}

// Index returns the class numbers of tags; unknown tags get 0.
func (ts *Tagset) Index(tags []string) []uint8 {
	out := make([]uint8, len(tags))
	for i, t := range tags {
		for c, name := range ts.Classes {
			if name == t {
				out[i] = uint8(c)
			}
		}
	}
	return out
}

// SetPOS fills s.POS from part-of-speech class numbers of model pos.
func SetPOS(s *Sent, pos *Model, tags []uint8) {
	s.POS = s.POS[:0]
	for _, t := range tags {
		s.POS = append(s.POS, pos.hashes[t])
	}
}

// SetPOSStrings fills s.POS from part-of-speech tags given as strings.
func SetPOSStrings(s *Sent, tags []string) {
	s.POS = s.POS[:0]
	for _, t := range tags {
		s.POS = append(s.POS, HashString(t))
	}
}

// TagDoc runs both entity passes over a document's prepared sentences:
// the first pass sees how each word is written elsewhere in the document,
// the second also how the first pass labelled it elsewhere. out[k] receives
// sentence k's tags (class numbers of m2, which shares m1's classes);
// margins, when non-nil, the second pass's margin per word.
func TagDoc(m1, m2 *Model, sents []*Sent, out [][]uint8, margins [][]int32, sc *Scratch) {
	FillDoc(sents, m1.Tagset, false, sc)
	for _, s := range sents {
		if cap(s.Stage) < len(s.Toks) {
			s.Stage = make([]uint8, len(s.Toks))
		}
		s.Stage = s.Stage[:len(s.Toks)]
		m1.Tag(s, s.Stage, nil, sc)
	}
	fillDoc(sents, m1.Tagset, true, sc, true)
	for k, s := range sents {
		var mg []int32
		if margins != nil {
			mg = margins[k]
		}
		m2.Tag(s, out[k], mg, sc)
	}
}

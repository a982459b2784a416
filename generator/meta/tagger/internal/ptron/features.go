package ptron

// Kind selects a model's feature set.
type Kind uint8

// The feature sets.
const (
	KindPOS   Kind = iota + 1 // part of speech
	KindChunk                 // phrase chunks: words plus their parts of speech
	KindNER1                  // entities, first pass: sentence and document casing
	KindNER2                  // entities, second pass: first-pass labels across the document
)

// None stands for "no tag yet" (before the first word) in tag history.
const None = 255

// Sent is a sentence prepared for tagging.
type Sent struct {
	Toks []Token
	Caps bool     // the sentence is set in capitals (a headline)
	POS  []uint64 // hashes of the words' parts of speech (chunker)
	Doc  []DocFeat
	// Stage holds the first pass's tags (class numbers) per word (NER2).
	Stage []uint8
}

// DocFeat is what the rest of the document says about a word: counts over
// its other occurrences (same lower-cased form) in the document.
type DocFeat struct {
	Lower  uint8 // written all in lower case
	CapMid uint8 // capitalised inside a sentence that is not a headline
	// Types counts the first pass's types of capitalised occurrences
	// (0 none, 1-4 entity types); Inside is a bit set of the (type,
	// position) pairs of multi-word first-pass entities the word is part of.
	Types  [NumTypes + 1]uint8
	Inside uint16
}

// NumTypes is the number of entity types the document features track.
const NumTypes = 4

// Feature templates. Their numbers are part of the model format: append,
// never reorder.
const (
	tBias uint64 = iota + 1
	tLower
	tWord
	tShape
	tPre
	tSuf
	tLowerM1
	tLowerP1
	tLowerM2
	tLowerP2
	tShapeM1
	tShapeP1
	tShapeM1S
	tShapeSP1
	tShapeM1SP1
	tP1
	tP2
	tP1P2
	tP1Lower
	tP1Shape
	tLowerM1L
	tLowerLP1
	tSuf3M1
	tSuf3P1
	tFlags
	tCapsLower
	tCapsShape
	tLen
	tPOS
	tPOSM1
	tPOSP1
	tPOSM2
	tPOSP2
	tPOSM1P
	tPOSPP1
	tPOSM2M1P
	tPOSM1PP1
	tPOSPP1P2
	tLowerPOS
	tP1POS
	tP1POSP1
	tDocCase
	tDocMajor
	tDocTypes
	tDocInside
	tStage
	tStageM1
	tStageP1
	tStageM1S
	tStageSP1
	tWordM1
	tWordP1
	tShapeM2
	tShapeP2
	tLowerM1POS
	tLowerP1POS
	tP1Suf3
	tDocLowerWord
)

func mix(z uint64) uint64 {
	z = (z ^ z>>30) * 0xbf58476d1ce4e5b9
	z = (z ^ z>>27) * 0x94d049bb133111eb
	return z ^ z>>31
}

func f1(t, a uint64) uint64    { return mix(a ^ t*0x9e3779b97f4a7c15) }
func f2(t, a, b uint64) uint64 { return mix(mix(a^t*0x9e3779b97f4a7c15) + b) }
func f3(t, a, b, c uint64) uint64 {
	return mix(mix(mix(a^t*0x9e3779b97f4a7c15)+b) + c)
}

// padding hashes for words before the first and after the last
var (
	padM = [3]Token{{}, {Lower: 0x5354415254, Word: 0x5354415254, Shape: 0x5354415254}, {Lower: 0x5354415232, Word: 0x5354415232, Shape: 0x5354415232}}
	padP = [3]Token{{}, {Lower: 0x454e44, Word: 0x454e44, Shape: 0x454e44}, {Lower: 0x454e4432, Word: 0x454e4432, Shape: 0x454e4432}}
)

func (s *Sent) tok(i int) *Token {
	switch {
	case i < 0:
		return &padM[min(-i, 2)]
	case i >= len(s.Toks):
		return &padP[min(i-len(s.Toks)+1, 2)]
	}
	return &s.Toks[i]
}

func (s *Sent) pos(i int) uint64 {
	switch {
	case i < 0:
		return 0x5354415254 + uint64(-i)
	case i >= len(s.POS):
		return 0x454e44 + uint64(i-len(s.POS))
	}
	return s.POS[i]
}

func (s *Sent) stage(i int) uint64 {
	if i < 0 || i >= len(s.Stage) {
		return 0x100
	}
	return uint64(s.Stage[i])
}

// flagBits are the flags that a word's own features are crossed with.
func flagBits(t *Token, caps bool) uint64 {
	v := uint64(t.Flags & (FCap | FAllCaps | FLower | FDigit | FHyphen | FPunct | FInitial))
	if caps {
		v |= 1 << 15
	}
	return v
}

func lenBucket(n uint8) uint64 {
	switch {
	case n <= 4:
		return uint64(n)
	case n <= 6:
		return 5
	case n <= 9:
		return 6
	}
	return 7
}

// Features appends to out the feature hashes of word i given the two
// previous tags p1 and p2 (None before the first word).
func (s *Sent) Features(k Kind, i int, p1, p2 uint8, out []uint64) []uint64 {
	t := &s.Toks[i]
	m1, m2, n1, n2 := s.tok(i-1), s.tok(i-2), s.tok(i+1), s.tok(i+2)
	h1, h2 := uint64(p1), uint64(p2)
	out = append(out,
		f1(tBias, 0),
		f1(tLower, t.Lower),
		f1(tLowerM1, m1.Lower),
		f1(tLowerP1, n1.Lower),
		f1(tP1, h1),
		f2(tP1P2, h1, h2),
		f2(tP1Lower, h1, t.Lower),
	)
	if k != KindChunk {
		out = append(out,
			f1(tShape, t.Shape),
			f1(tLowerM2, m2.Lower),
			f1(tLowerP2, n2.Lower),
			f1(tP2, h2),
			f1(tFlags, flagBits(t, s.Caps)),
		)
	}
	nPre, nSuf := maxAffix, maxAffix
	switch k {
	case KindPOS:
		nPre = 3
		out = append(out,
			f1(tSuf3M1, m1.Suf[2]),
			f1(tSuf3P1, n1.Suf[2]),
			f2(tLowerLP1, t.Lower, n1.Lower),
			f2(tLowerM1L, m1.Lower, t.Lower),
			f1(tShapeP1, n1.Shape),
			f2(tP1Suf3, h1, t.Suf[2]),
		)
	case KindChunk:
		nPre, nSuf = 0, 3
		p, pm1, pm2, pp1, pp2 := s.pos(i), s.pos(i-1), s.pos(i-2), s.pos(i+1), s.pos(i+2)
		out = append(out,
			f1(tPOS, p),
			f1(tPOSM1, pm1),
			f1(tPOSP1, pp1),
			f1(tPOSM2, pm2),
			f1(tPOSP2, pp2),
			f2(tPOSM1P, pm1, p),
			f2(tPOSPP1, p, pp1),
			f3(tPOSM2M1P, pm2, pm1, p),
			f3(tPOSM1PP1, pm1, p, pp1),
			f3(tPOSPP1P2, p, pp1, pp2),
			f2(tLowerPOS, t.Lower, p),
			f2(tP1POS, h1, p),
			f3(tP1POSP1, h1, p, pp1),
		)
	case KindNER1, KindNER2:
		out = append(out,
			f1(tWord, t.Word),
			f1(tWordM1, m1.Word),
			f1(tWordP1, n1.Word),
			f1(tShapeM1, m1.Shape),
			f1(tShapeP1, n1.Shape),
			f1(tShapeM2, m2.Shape),
			f1(tShapeP2, n2.Shape),
			f2(tShapeM1S, m1.Shape, t.Shape),
			f2(tShapeSP1, t.Shape, n1.Shape),
			f3(tShapeM1SP1, m1.Shape, t.Shape, n1.Shape),
			f2(tLowerM1L, m1.Lower, t.Lower),
			f2(tLowerLP1, t.Lower, n1.Lower),
			f2(tP1Shape, h1, t.Shape),
			f2(tLen, lenBucket(t.Runes), uint64(t.Flags&(FCap|FAllCaps))),
		)
		if s.Caps {
			out = append(out, f1(tCapsLower, t.Lower), f1(tCapsShape, t.Shape))
		}
		if s.Doc != nil && t.Flags&FAlpha != 0 {
			d := &s.Doc[i]
			v := uint64(min(d.Lower, 2)) | uint64(min(d.CapMid, 2))<<2 | flagBits(t, s.Caps)<<4
			out = append(out, f1(tDocCase, v))
			if d.Lower > 0 || d.CapMid > 0 {
				out = append(out, f2(tDocLowerWord, t.Lower, uint64(min(d.Lower, 1))|uint64(min(d.CapMid, 1))<<1))
			}
			if k == KindNER2 {
				out = s.docFeatures(d, t, out)
			}
		}
		if k == KindNER2 {
			st, sm1, sp1 := s.stage(i), s.stage(i-1), s.stage(i+1)
			out = append(out,
				f1(tStage, st),
				f1(tStageM1, sm1),
				f1(tStageP1, sp1),
				f2(tStageM1S, sm1, st),
				f2(tStageSP1, st, sp1),
			)
		}
	}
	for j := 0; j < nPre && t.Pre[j] != 0; j++ {
		out = append(out, f2(tPre, uint64(j), t.Pre[j]))
	}
	for j := 0; j < nSuf && t.Suf[j] != 0; j++ {
		out = append(out, f2(tSuf, uint64(j), t.Suf[j]))
	}
	return out
}

// docFeatures adds what the first pass said of the word's other
// occurrences in the document.
func (s *Sent) docFeatures(d *DocFeat, t *Token, out []uint64) []uint64 {
	best, bestN := 0, uint8(0)
	var present uint64
	for ty, n := range d.Types {
		if n > bestN {
			best, bestN = ty, n
		}
		if n > 0 {
			present |= 1 << ty
		}
	}
	capped := uint64(t.Flags&(FCap|FAllCaps)) | uint64(t.Flags&FInitial)
	if present != 0 {
		out = append(out,
			f2(tDocMajor, uint64(best), capped),
			f1(tDocTypes, present),
		)
	}
	if d.Inside != 0 {
		out = append(out, f2(tDocInside, uint64(d.Inside), capped))
	}
	return out
}

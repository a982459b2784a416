package quote

import (
	"briefing/generator/meta/entity"
	"briefing/generator/meta/text"
)

// scan is one document's tokens, its quoted segments and the names found in
// it, and what the attribution learns of them.
type scan struct {
	d        *text.Doc
	toks     []text.Token
	mentions []entity.Mention
	segs     []segment
	kinds    []markKind // per token, see markKinds
	lx       *wordSets

	nq        int      // quotations
	qsegs     [][2]int // segments of each quotation: segs[a:b]
	speakers  []source // speaker of each quotation
	inside    []int32  // per token: 1 + the segment it lies inside (marks included), or 0
	sent      []int32  // per token: its sentence, counted over the document
	sentA     []int32  // per sentence: its first token
	mentAt    []int32  // per token: 1 + the mention covering it, or 0
	genders   map[string]gender
	fullNames map[string]string // see completeName
	resolved  map[int32]resolution
	names     map[string]*entity.Mention // see byName
	surnames  map[string]*entity.Mention
	common    text.Words
	starters  text.Words
}

func newScan(d *text.Doc, toks []text.Token, mentions []entity.Mention, segs []segment, kinds []markKind) *scan {
	an := &scan{d: d, toks: toks, mentions: mentions, segs: segs, kinds: kinds, lx: lex(),
		common: text.CommonWords(), starters: text.SentenceStarters()}
	an.nq = segs[len(segs)-1].quote + 1
	an.qsegs = make([][2]int, an.nq)
	for i := range an.qsegs {
		an.qsegs[i] = [2]int{-1, -1}
	}
	for i, s := range segs {
		if an.qsegs[s.quote][0] < 0 {
			an.qsegs[s.quote][0] = i
		}
		an.qsegs[s.quote][1] = i + 1
	}
	an.speakers = make([]source, an.nq)
	an.inside = make([]int32, len(toks))
	for i, s := range segs {
		e := min(s.close+1, len(toks)-1)
		for k := s.open; k <= e; k++ {
			if k < s.close || toks[k].Para == toks[s.open].Para && (k == s.close && kinds[k] != notMark || kinds[k] == twin) {
				an.inside[k] = int32(i + 1)
			}
		}
	}
	an.mentAt = make([]int32, len(toks))
	for i, m := range mentions {
		for k := m.Start; k < m.End && k < len(toks); k++ {
			an.mentAt[k] = int32(i + 1)
		}
	}
	an.sentences()
	an.findFullNames()
	return an
}

// quoted reports whether token k lies inside a quotation, marks included.
func (an *scan) quoted(k int) bool { return an.inside[k] != 0 }

// sentences numbers the sentences of the document, reading a quotation as
// part of the sentence around it: a stop inside quotation marks ends a
// sentence only when the quotation ends there and a new sentence begins
// after its closing mark.
func (an *scan) sentences() {
	toks := an.toks
	an.sent = make([]int32, len(toks))
	n := int32(0)
	an.sentA = append(an.sentA[:0], 0)
	for k := range toks {
		an.sent[k] = n
		if k+1 < len(toks) && toks[k+1].Para != toks[k].Para {
			n++
			an.sentA = append(an.sentA, int32(k+1))
			continue
		}
		if k+1 < len(toks) && an.endsSentence(k) {
			n++
			an.sentA = append(an.sentA, int32(k+1))
		}
	}
}

// endsSentence reports whether token k ends a sentence within its
// paragraph.
func (an *scan) endsSentence(k int) bool {
	toks := an.toks
	t := &toks[k]
	if k+1 >= len(toks) {
		return true
	}
	nx := k + 1
	if an.kinds[nx] == twin {
		if nx+1 >= len(toks) || toks[nx+1].Para != t.Para {
			return true
		}
		nx++
	}
	n := &toks[nx]
	nk := an.kinds[nx]
	newStart := n.Kind != text.Punct && (n.Is(text.SentStart) || n.Is(text.Cap)) || nk != notMark && nk != twin && opens(n)
	if s := an.inside[k]; s != 0 {
		seg := &an.segs[s-1]
		switch {
		case seg.cut && k+1 == seg.close:
			return isStop(t)
		case k == seg.close:
			// the closing mark of a quotation ending with a stop, unless an
			// attribution follows: ""We won." Smith said."
			return k > 0 && isStop(&toks[k-1]) && newStart && !an.attributionAt(nx)
		}
		return false
	}
	if t.Text == ")" && k > 0 && isStop(&toks[k-1]) {
		// "(He later resigned.) Smith said": the stop ends the sentence
		// after its bracket
		return n.Kind != text.Punct && n.Is(text.Cap) && n.Is(text.SentStart) || nk != notMark && nk != twin && opens(n)
	}
	if !isStop(t) {
		return false
	}
	switch n.Text {
	case ")", ",", ";", ":":
		// "Sen. David Perdue (R-Ga.) said", "Mitch McConnell, R-Ky., said":
		// an abbreviation's stop
		return false
	}
	if an.titleStop(k) {
		return false // "said Del. Stacey Plaskett": a title before a full name
	}
	return n.Kind == text.Punct && nk == notMark || newStart && (n.Is(text.SentStart) || nk != notMark || n.Kind == text.Number)
}

// titleAbbrevs are abbreviated titles the tokenizer does not know, which
// may also end a sentence ("Wilmington, Del."): one stands before a name
// only when a full name follows.
var titleAbbrevs = map[string]bool{"Del": true, "Atty": true, "Amb": true, "Cllr": true, "Rt": true, "Sup": true, "Supt": true, "Insp": true}

// titleStop reports whether token k is the stop of a title in
// titleAbbrevs before a full name.
func (an *scan) titleStop(k int) bool {
	toks := an.toks
	return k > 0 && k+2 < len(toks) && toks[k].Text == "." && titleAbbrevs[toks[k-1].Text] &&
		toks[k+1].Kind == text.Word && toks[k+1].Is(text.Cap) && toks[k+2].Kind == text.Word && toks[k+2].Is(text.Cap)
}

// sentenceOf returns the tokens [a,b) of sentence s.
func (an *scan) sentenceOf(s int32) (a, b int) {
	a = int(an.sentA[s])
	b = len(an.toks)
	if int(s)+1 < len(an.sentA) {
		b = int(an.sentA[s+1])
	}
	return a, b
}

// mention returns the mention covering token k, or nil.
func (an *scan) mention(k int) *entity.Mention {
	if k < 0 || k >= len(an.mentAt) || an.mentAt[k] == 0 {
		return nil
	}
	return &an.mentions[an.mentAt[k]-1]
}

// attributionAt reports whether a short attribution starts at token k: a
// name and a reporting verb ("Smith said", "Mr Smith added"), or the verb
// first ("Said Smith").
func (an *scan) attributionAt(k int) bool {
	toks := an.toks
	words := 0
	for j := k; j < len(toks) && words < 5 && toks[j].Para == toks[k].Para; j++ {
		t := &toks[j]
		if t.Kind != text.Word {
			switch {
			case t.Text == "." && j > k && toks[j-1].Is(text.Cap):
				continue // "Mr. Smith said", "Gov. Pat McCrory (R) said it would ...": read on to the verb
			case t.Text == "(" && j > k:
				for j+1 < len(toks) && j < k+12 && toks[j].Text != ")" {
					j++
				}
				continue
			}
			return false
		}
		words++
		if c := an.lx.cues[lower(t.Text)]; c&cueInverted != 0 || c != 0 && j > k && k >= 2 && toks[k-1].Kind == text.Punct && (toks[k-2].Text == "?" || toks[k-2].Text == "!") {
			// (""...?" Vitter demanded.": after a question any reporting verb
			// attributes it.) The verb ends the attribution: "Smith said.", "Smith said on
			// Monday", not "Consumer comments and reviews were ..."
			if j+1 < len(toks) && toks[j+1].Para == t.Para {
				n := &toks[j+1]
				if n.Kind == text.Word && !an.lx.preps[lower(n.Text)] && !an.isAdverb(j+1) && n.Text != "that" {
					return false
				}
			}
			return j > k || toks[j].Is(text.Cap)
		}
		if !t.Is(text.Cap) {
			return false
		}
	}
	return false
}

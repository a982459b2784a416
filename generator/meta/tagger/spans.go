package tagger

import "briefing/generator/meta/internal/conll"

// Span is a phrase of a sentence: its words [Start, End) and its type
// ("NP", "PER").
type Span struct {
	Start, End int
	Type       string
}

// Spans returns the phrases of a BIO tag sequence. An I-X that does not
// continue an X phrase opens one, as conlleval reads it (the models never
// give one); the scorer's reading is the tagger's, so both share one.
func Spans(tags []string) []Span {
	cs := conll.Spans(tags)
	if len(cs) == 0 {
		return nil
	}
	out := make([]Span, len(cs)) // one allocation, not append's growth
	for i, s := range cs {
		out[i] = Span(s)
	}
	return out
}

func splitTag(t string) (byte, string) { return conll.Split(t) }

// Confident is a confidence above which a name is seldom wrong. On the
// CoNLL-2003 development set, listing a document's names (PER, LOC, ORG)
// only when one of their mentions reaches a bar gives:
//
//	bar    precision  recall  F1
//	 0     0.899      0.935   0.916
//	10     0.918      0.924   0.921
//	15     0.929      0.912   0.921  <- Confident
//	20     0.946      0.895   0.919
//	30     0.969      0.835   0.897
//
// Held-out news is harder than the development set, so precision there will
// be lower; 20 buys more of it for a little recall. The sample article's
// names all clear 15 (the lowest, Blagoveshchensk, at about 20).
const Confident = 15.0

// Mention is a name the entity tagger found in a document.
type Mention struct {
	Sentence   int // index of the sentence in the document
	Span           // words of that sentence
	Confidence float64
}

// Mentions tags a document's sentences and returns its phrases in document
// order: names for the entity tagger, phrases for the chunker (the
// part-of-speech tagger has none). Confidence is the smallest, over the name's
// words, of the margin by which the chosen tag beat the next best one (in
// weight units: a name below 1 or so was a close call). Callers trade
// recall for precision by dropping low-confidence mentions.
func (m *Model) Mentions(sents [][]string) []Mention {
	var out []Mention
	scale := float64(m.passes[len(m.passes)-1].Scale)
	cls := m.passes[0].Classes
	m.tagDoc(sents, func(k int, tags []uint8, margins []int32) {
		open := -1
		var low int32
		closeAt := func(i int) {
			if open >= 0 {
				out = append(out, Mention{k, Span{open, i, cls[tags[open]][2:]}, float64(low) / scale})
				open = -1
			}
		}
		for i, t := range tags {
			p, _ := splitTag(cls[t])
			if p != 'I' {
				closeAt(i)
			}
			if p == 'B' {
				open, low = i, margins[i]
			}
			if p == 'I' {
				low = min(low, margins[i])
			}
		}
		closeAt(len(tags))
	}, true)
	return out
}

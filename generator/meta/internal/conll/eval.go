package conll

import (
	"fmt"
	"slices"
	"sort"
	"strings"
)

// Span is a phrase [Start, End) of type Type.
type Span struct {
	Start, End int
	Type       string
}

// Spans returns the phrases of a BIO (or IOB1) tag sequence, reading it as
// conlleval does: an I-X that does not continue an X phrase starts one.
func Spans(tags []string) []Span {
	var out []Span
	open := -1
	typ := ""
	for i, t := range tags {
		p, x := Split(t)
		if open >= 0 && (p != 'I' || x != typ) {
			out = append(out, Span{open, i, typ})
			open = -1
		}
		if p == 'B' || p == 'I' && open < 0 {
			open, typ = i, x
		}
	}
	if open >= 0 {
		out = append(out, Span{open, len(tags), typ})
	}
	return out
}

// Split is a BIO tag's prefix ('B', 'I', or 'O' for anything else) and type.
func Split(t string) (byte, string) {
	if len(t) > 2 && t[1] == '-' && (t[0] == 'B' || t[0] == 'I') {
		return t[0], t[2:]
	}
	return 'O', ""
}

// Counts holds true positives, false positives and false negatives.
type Counts struct{ TP, FP, FN int }

// Add adds o to c.
func (c *Counts) Add(o Counts) { c.TP += o.TP; c.FP += o.FP; c.FN += o.FN }

// P is precision.
func (c Counts) P() float64 { return ratio(c.TP, c.TP+c.FP) }

// R is recall.
func (c Counts) R() float64 { return ratio(c.TP, c.TP+c.FN) }

// F1 is the harmonic mean of P and R.
func (c Counts) F1() float64 {
	p, r := c.P(), c.R()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func (c Counts) String() string {
	return fmt.Sprintf("P %.4f R %.4f F1 %.4f", c.P(), c.R(), c.F1())
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Phrases scores predicted against gold phrases, per type and over all
// ("" key), as conlleval's phrase-level precision, recall and F1.
type Phrases map[string]*Counts

// Add scores one sentence.
func (ph Phrases) Add(gold, pred []string) {
	g, p := Spans(gold), Spans(pred)
	in := func(s Span, list []Span) bool { return slices.Contains(list, s) }
	for _, s := range g {
		if in(s, p) {
			ph.at(s.Type).TP++
			ph.at("").TP++
		} else {
			ph.at(s.Type).FN++
			ph.at("").FN++
		}
	}
	for _, s := range p {
		if !in(s, g) {
			ph.at(s.Type).FP++
			ph.at("").FP++
		}
	}
}

func (ph Phrases) at(t string) *Counts {
	c := ph[t]
	if c == nil {
		c = &Counts{}
		ph[t] = c
	}
	return c
}

// All is the score over every type.
func (ph Phrases) All() Counts { return *ph.at("") }

// Types lists the phrase types seen, sorted.
func (ph Phrases) Types() []string {
	var ts []string
	for t := range ph {
		if t != "" {
			ts = append(ts, t)
		}
	}
	sort.Strings(ts)
	return ts
}

// DocTypes are the entity types of the per-document measure: people, places
// and organisations (MISC is left out).
var DocTypes = []string{"PER", "LOC", "ORG"}

// DocSets scores, per document, the set of names of each type (exact
// string, case-insensitive) against the gold set: the briefing's measure.
// Counts are summed over documents (micro average) per type and overall.
type DocSets map[string]*Counts

// AddDoc scores one document, given its words and both tag sequences per
// sentence.
func (ds DocSets) AddDoc(words, gold, pred [][]string) {
	ds.AddSets(Names(words, gold), Names(words, pred))
}

// AddSets scores one document given its gold and predicted names per type
// (as Names gives them).
func (ds DocSets) AddSets(gs, ps map[string]map[string]bool) {
	for _, t := range DocTypes {
		c := ds.at(t)
		all := ds.at("")
		for n := range gs[t] {
			if ps[t][n] {
				c.TP++
				all.TP++
			} else {
				c.FN++
				all.FN++
			}
		}
		for n := range ps[t] {
			if !gs[t][n] {
				c.FP++
				all.FP++
			}
		}
	}
}

func (ds DocSets) at(t string) *Counts {
	c := ds[t]
	if c == nil {
		c = &Counts{}
		ds[t] = c
	}
	return c
}

// All is the score over people, places and organisations together.
func (ds DocSets) All() Counts { return *ds.at("") }

// Names returns a document's set of lower-cased names per entity type.
func Names(words, tags [][]string) map[string]map[string]bool {
	out := map[string]map[string]bool{}
	for i, ws := range words {
		for _, s := range Spans(tags[i]) {
			if out[s.Type] == nil {
				out[s.Type] = map[string]bool{}
			}
			out[s.Type][strings.ToLower(strings.Join(ws[s.Start:s.End], " "))] = true
		}
	}
	return out
}

// Accuracy counts tokens tagged right.
type Accuracy struct{ Right, All int }

// Add scores one sentence.
func (a *Accuracy) Add(gold, pred []string) {
	for i := range gold {
		if gold[i] == pred[i] {
			a.Right++
		}
		a.All++
	}
}

// Value is the share of tokens tagged right.
func (a Accuracy) Value() float64 { return ratio(a.Right, a.All) }

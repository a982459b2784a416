// Package training builds and measures the section model: the training
// sets, the seeds, k-fold cross-validation on the BBC corpus (whole stories
// and headline + first sentence) and evaluation on other labelled sets. The
// train command and the reproduction test both call it, so the figures in
// the README are the ones the test checks.
package training

import (
	"fmt"
	"hash/fnv"
	"math"
	"strings"

	"briefing/generator/section/internal/corpus"
	"briefing/generator/section/internal/nb"
)

// Sections are the model's classes, in the default order of the issue.
var Sections = []string{"World", "Politics", "Business", "Technology", "Science", "Health", "Sport", "Culture"}

func index(name string) int {
	for i, s := range Sections {
		if s == name {
			return i
		}
	}
	return -1
}

// Examples turns labelled docs into training examples; a doc whose label is
// not a section is an error (a typo in labels.txt must not pass silently).
func Examples(docs []corpus.Doc) ([]nb.Example, error) {
	out := make([]nb.Example, 0, len(docs))
	for _, d := range docs {
		c := index(d.Label)
		if c < 0 {
			return nil, fmt.Errorf("%s: label %q is not a section", d.ID, d.Label)
		}
		out = append(out, nb.Example{Headline: d.Headline, Body: d.Body, Class: c})
	}
	return out, nil
}

// Options returns the training options with the seeds of seeds.txt.
func Options() nb.Options {
	o := nb.DefaultOptions()
	o.Seeds = map[int][]string{}
	for sec, ws := range corpus.Seeds() {
		c := index(sec)
		if c < 0 {
			panic("seeds.txt: unknown section " + sec)
		}
		o.Seeds[c] = ws
	}
	return o
}

// Fit trains the model on all the docs.
func Fit(docs []corpus.Doc, o nb.Options) (*nb.Model, error) {
	ex, err := Examples(docs)
	if err != nil {
		return nil, err
	}
	return nb.Fit(Sections, ex, o), nil
}

// Fold assigns a doc to one of k folds by a hash of its normalised text, so
// the assignment is fixed and exact duplicates (the BBC corpus holds 98
// pairs) always share a fold: a duplicate in the training folds would
// otherwise make a held-out story look easier than it is.
func Fold(d corpus.Doc, k int) int {
	h := fnv.New64a()
	h.Write([]byte(strings.Join(strings.Fields(strings.ToLower(d.Headline+" "+d.Body)), " ")))
	return int(h.Sum64() % uint64(k))
}

// Confusion counts predictions: Matrix[gold][predicted], over Sections.
type Confusion struct {
	Matrix [][]int `json:"matrix"`
	N      int     `json:"n"`
	Right  int     `json:"right"`
}

func newConfusion() Confusion {
	m := make([][]int, len(Sections))
	for i := range m {
		m[i] = make([]int, len(Sections))
	}
	return Confusion{Matrix: m}
}

func (c *Confusion) add(gold, pred int) {
	c.Matrix[gold][pred]++
	c.N++
	if gold == pred {
		c.Right++
	}
}

func (c *Confusion) merge(o Confusion) {
	for i := range o.Matrix {
		for j := range o.Matrix[i] {
			c.Matrix[i][j] += o.Matrix[i][j]
		}
	}
	c.N += o.N
	c.Right += o.Right
}

// Accuracy is the share of right predictions.
func (c Confusion) Accuracy() float64 {
	if c.N == 0 {
		return 0
	}
	return float64(c.Right) / float64(c.N)
}

// Evaluate classifies every doc (cut to headline + first sentence when
// short) among the allowed sections (nil: all) and counts the results.
func Evaluate(m *nb.Model, docs []corpus.Doc, short bool, allowed []string) (Confusion, error) {
	conf := newConfusion()
	mask := Mask(allowed)
	for _, d := range docs {
		gold := index(d.Label)
		if gold < 0 {
			return conf, fmt.Errorf("%s: label %q is not a section", d.ID, d.Label)
		}
		if short {
			d = corpus.Short(d)
		}
		pred, _ := m.Predict(d.Headline, d.Body, mask)
		conf.add(gold, pred)
	}
	return conf, nil
}

// Mask turns section names into the model's class mask; nil for all.
func Mask(allowed []string) []bool {
	if allowed == nil {
		return nil
	}
	mask := make([]bool, len(Sections))
	for _, a := range allowed {
		if c := index(a); c >= 0 {
			mask[c] = true
		}
	}
	return mask
}

// CV is the result of k-fold cross-validation on the BBC corpus.
type CV struct {
	Folds int `json:"folds"`
	// Extra says whether every fold's training set also held the CoNLL and
	// PolNeAR stories (they are never evaluated on here).
	Extra bool `json:"extra"`
	// Full and Short are over all eight sections (a BBC politics story
	// called World is wrong); Full5 and Short5 only among the five BBC ones.
	Full   Confusion `json:"full"`
	Short  Confusion `json:"short"`
	Full5  Confusion `json:"full5"`
	Short5 Confusion `json:"short5"`
	// Scale is the confidence scale (nb.Model.Scale) that best fits the
	// held-out stories, whole and short, by log-likelihood.
	Scale float64 `json:"scale"`
	// LogLoss is the mean negative log-likelihood of the right section at
	// Scale, over the same held-out stories.
	LogLoss float64 `json:"log_loss"`
}

// heldOut is one held-out story's raw scores, for fitting Scale.
type heldOut struct {
	scores []float64
	n      float64
	gold   int
}

// BBCSections are the sections the BBC corpus labels.
var BBCSections = []string{"Politics", "Business", "Technology", "Sport", "Culture"}

// CrossValidate trains k models, each on k-1 folds of the BBC corpus (plus
// extra, if any), and tests each on its held-out fold.
func CrossValidate(bbc, extra []corpus.Doc, k int, o nb.Options) (CV, error) {
	cv := CV{Folds: k, Extra: len(extra) > 0, Full: newConfusion(), Short: newConfusion(), Full5: newConfusion(), Short5: newConfusion()}
	var held []heldOut
	for f := 0; f < k; f++ {
		var train, test []corpus.Doc
		for _, d := range bbc {
			if Fold(d, k) == f {
				test = append(test, d)
			} else {
				train = append(train, d)
			}
		}
		m, err := Fit(append(train, extra...), o)
		if err != nil {
			return cv, err
		}
		m = m.Quantized()
		for _, d := range test {
			for _, v := range []corpus.Doc{d, corpus.Short(d)} {
				sc, n := m.Score(v.Headline, v.Body)
				held = append(held, heldOut{sc, n, index(d.Label)})
			}
		}
		for _, e := range []struct {
			dst     *Confusion
			short   bool
			allowed []string
		}{{&cv.Full, false, nil}, {&cv.Short, true, nil}, {&cv.Full5, false, BBCSections}, {&cv.Short5, true, BBCSections}} {
			c, err := Evaluate(m, test, e.short, e.allowed)
			if err != nil {
				return cv, err
			}
			e.dst.merge(c)
		}
	}
	cv.Scale, cv.LogLoss = fitScale(held)
	return cv, nil
}

// fitScale picks the confidence scale with the least mean negative
// log-likelihood of the right section, on a fixed grid (deterministic).
func fitScale(held []heldOut) (scale, loss float64) {
	best, bestLoss := 1.0, math.Inf(1)
	for s := 0.25; s <= 40; s *= 1.1 {
		m := nb.Model{Scale: float32(s)}
		var l float64
		for _, h := range held {
			p := m.PosteriorOf(h.scores, h.n, nil)
			l -= math.Log(max(p[h.gold], 1e-12))
		}
		l /= float64(len(held))
		if l < bestLoss {
			best, bestLoss = s, l
		}
	}
	return float64(float32(best)), bestLoss
}

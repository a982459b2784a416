package main

import (
	"fmt"
	"path/filepath"

	"briefing/generator/meta/internal/conll"
	"briefing/generator/meta/tagger/internal/ptron"
)

// ner1Settings and ner2Settings are the entity passes', tuned on the
// development set.
var (
	ner1Settings = settings{bits: 17, epochs: 10, prune: 0.5, runs: 3}
	ner2Settings = settings{bits: 17, epochs: 10, prune: 0.5, runs: 3}
)

func trainNER(c *corpus, out string) error {
	ts := ptron.NewTagset(classes(c.train, entityCol))
	var sc ptron.Scratch
	for _, docs := range [][]doc{c.train, c.dev} {
		for _, d := range docs {
			for _, s := range d.prep {
				s.Stage = make([]uint8, len(s.Toks))
			}
			ptron.FillDoc(d.prep, ts, false, &sc)
		}
	}
	// first-pass tags of the training text from models that did not see it
	for f := range folds {
		rest, held := split(c.train, f)
		m := fit("ner1 fold", ptron.KindNER1, ts.Classes, ner1Settings.with(override), examples(rest, entityCol, ts), nil, false)
		for _, d := range held {
			for _, s := range d.prep {
				m.Tag(s, s.Stage, nil, &sc)
			}
		}
	}
	ex := examples(c.train, entityCol, ts)
	eval1 := func(m *ptron.Model) string { return evalNER(nil, m, c.dev).short() }
	m1 := fit("ner1", ptron.KindNER1, ts.Classes, ner1Settings.with(override), ex, eval1, c.verbose)
	r1 := evalNER(nil, m1, c.dev)
	fmt.Printf("ner first pass: dev %s\n", r1.short())

	for _, d := range c.train {
		ptron.FillDoc(d.prep, ts, true, &sc)
	}
	eval2 := func(m *ptron.Model) string { return evalNER(m1, m, c.dev).short() }
	m2 := fit("ner2", ptron.KindNER2, ts.Classes, ner2Settings.with(override), ex, eval2, c.verbose)
	r := evalNER(m1, m2, c.dev)
	r.print()
	nameSweep(m1, m2, c.dev)
	return save(filepath.Join(out, "ner.bin"), m1, m2)
}

type nerReport struct {
	ph   conll.Phrases
	docs conll.DocSets
}

func (r nerReport) short() string {
	return fmt.Sprintf("phrase F1 %.4f; per-document names %s", r.ph.All().F1(), r.docs.All())
}

func (r nerReport) print() {
	fmt.Printf("ner: dev phrase (conlleval) %s\n", r.ph.All())
	for _, t := range r.ph.Types() {
		fmt.Printf("  %-5s %s\n", t, r.ph[t])
	}
	fmt.Printf("ner: dev per-document name sets (PER, LOC, ORG; case-insensitive) %s\n", r.docs.All())
	for _, t := range conll.DocTypes {
		fmt.Printf("  %-5s %s\n", t, r.docs[t])
	}
}

// evalNER tags the development documents with the first pass m1 and the
// second m2 (m1 nil: m2 is a first pass, run alone).
func evalNER(m1, m2 *ptron.Model, docs []doc) nerReport {
	r := nerReport{conll.Phrases{}, conll.DocSets{}}
	var sc ptron.Scratch
	for _, d := range docs {
		out := make([][]uint8, len(d.prep))
		for k, s := range d.prep {
			out[k] = make([]uint8, len(s.Toks))
		}
		if m1 == nil {
			ptron.FillDoc(d.prep, m2.Tagset, false, &sc)
			for k, s := range d.prep {
				m2.Tag(s, out[k], nil, &sc)
			}
		} else {
			ptron.TagDoc(m1, m2, d.prep, out, nil, &sc)
		}
		var words, gold, pred [][]string
		for k := range d.prep {
			words = append(words, d.sents[k].Words)
			gold = append(gold, d.sents[k].Entities)
			pred = append(pred, names(m2.Tagset, out[k]))
			r.ph.Add(d.sents[k].Entities, pred[k])
		}
		r.docs.AddDoc(words, gold, pred)
	}
	return r
}

package main

import (
	"fmt"
	"path/filepath"

	"briefing/generator/meta/internal/conll"
	"briefing/generator/meta/tagger/internal/ptron"
)

// posSettings are the part-of-speech model's, tuned on the development set.
var posSettings = settings{bits: 16, epochs: 8, prune: 1, dictCount: 20, dictShare: 0.995}

func trainPOS(c *corpus, out string) error {
	ts := ptron.NewTagset(classes(c.train, posCol))
	ex := examples(c.train, posCol, ts)
	eval := func(m *ptron.Model) string { return fmt.Sprintf("accuracy %.4f", evalPOS(m, c.dev).Value()) }
	m := fit("pos", ptron.KindPOS, ts.Classes, posSettings.with(override), ex, eval, c.verbose)
	fmt.Printf("pos: dev accuracy %.4f (%d tags)\n", evalPOS(m, c.dev).Value(), len(ts.Classes))
	c.pos = m
	return save(filepath.Join(out, "pos.bin"), m)
}

// tagPOS tags every sentence of docs with m and sets their POS features.
func tagPOS(m *ptron.Model, docs []doc) {
	var sc ptron.Scratch
	for _, d := range docs {
		for _, s := range d.prep {
			tags := make([]uint8, len(s.Toks))
			m.Tag(s, tags, nil, &sc)
			ptron.SetPOS(s, m, tags)
		}
	}
}

func evalPOS(m *ptron.Model, docs []doc) conll.Accuracy {
	var acc conll.Accuracy
	var sc ptron.Scratch
	for _, d := range docs {
		for i, s := range d.prep {
			tags := make([]uint8, len(s.Toks))
			m.Tag(s, tags, nil, &sc)
			acc.Add(d.sents[i].POS, names(m.Tagset, tags))
		}
	}
	return acc
}

func names(ts *ptron.Tagset, tags []uint8) []string {
	out := make([]string, len(tags))
	for i, t := range tags {
		out[i] = ts.Classes[t]
	}
	return out
}

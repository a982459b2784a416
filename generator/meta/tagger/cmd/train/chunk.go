package main

import (
	"fmt"
	"os"
	"path/filepath"

	"briefing/generator/meta/internal/conll"
	"briefing/generator/meta/tagger/internal/ptron"
)

// chunkSettings are the chunk model's, tuned on the development set.
var chunkSettings = settings{bits: 16, epochs: 8, prune: 1}

func trainChunks(c *corpus, out string) error {
	pos := c.pos
	if pos == nil {
		b, err := os.ReadFile(filepath.Join(out, "pos.bin"))
		if err != nil {
			return fmt.Errorf("the chunker needs the part-of-speech model: %w", err)
		}
		ms, err := ptron.Decode(b)
		if err != nil {
			return err
		}
		pos = ms[0]
	}
	// parts of speech as the chunker will see them: on training text from
	// models that did not see it, on development text from the real model
	posTS := ptron.NewTagset(classes(c.train, posCol))
	for f := range folds {
		rest, held := split(c.train, f)
		m := fit("pos fold", ptron.KindPOS, posTS.Classes, posSettings, examples(rest, posCol, posTS), nil, false)
		tagPOS(m, held)
	}
	tagPOS(pos, c.dev)

	ts := ptron.NewTagset(classes(c.train, chunkCol))
	ex := examples(c.train, chunkCol, ts)
	eval := func(m *ptron.Model) string { return fmt.Sprintf("F1 %.4f", evalChunks(m, c.dev).All().F1()) }
	m := fit("chunk", ptron.KindChunk, ts.Classes, chunkSettings.with(override), ex, eval, c.verbose)
	ph := evalChunks(m, c.dev)
	fmt.Printf("chunk: dev phrase %s (%d tags)\n", ph.All(), len(ts.Classes))
	for _, t := range ph.Types() {
		fmt.Printf("  %-5s %s\n", t, ph[t])
	}
	return save(filepath.Join(out, "chunk.bin"), m)
}

func evalChunks(m *ptron.Model, docs []doc) conll.Phrases {
	ph := conll.Phrases{}
	var sc ptron.Scratch
	for _, d := range docs {
		for i, s := range d.prep {
			tags := make([]uint8, len(s.Toks))
			m.Tag(s, tags, nil, &sc)
			ph.Add(d.sents[i].Chunks, names(m.Tagset, tags))
		}
	}
	return ph
}

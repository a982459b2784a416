package tagger

import (
	"fmt"
	"testing"

	"briefing/generator/meta/internal/conll"
)

// figures are what the models reach on a CoNLL-format document set.
type figures struct {
	pos    conll.Accuracy
	chunks conll.Phrases
	ner    conll.Phrases
	names  conll.DocSets
}

// measure tags docs through the public API, as callers do.
func measure(docs []conll.Doc, log func(string)) figures {
	f := figures{chunks: conll.Phrases{}, ner: conll.Phrases{}, names: conll.DocSets{}}
	for _, d := range docs {
		var words, gold [][]string
		for _, s := range d {
			words = append(words, s.Words)
			gold = append(gold, s.Entities)
		}
		ents := Entities().TagDoc(words)
		for k, s := range d {
			pos, ch := POSChunks(s.Words)
			f.pos.Add(s.POS, pos)
			f.chunks.Add(s.Chunks, ch)
			f.ner.Add(s.Entities, ents[k])
			if log != nil {
				for i, w := range s.Words {
					if pos[i] != s.POS[i] || ch[i] != s.Chunks[i] || ents[k][i] != s.Entities[i] {
						log(fmt.Sprintf("%s: got %s %s %s, want %s %s %s", w, pos[i], ch[i], ents[k][i], s.POS[i], s.Chunks[i], s.Entities[i]))
					}
				}
			}
		}
		f.names.AddDoc(words, gold, ents)
	}
	return f
}

// TestFixture checks the embedded models on hand-tagged news sentences
// (tags checked by hand against CoNLL-2003's conventions: a nationality
// before a title is NNP, "Nations" NNPS). The floors sit a little under
// what the models reach, so a broken model or feature fails.
func TestFixture(t *testing.T) {
	docs, err := conll.ReadFile("testdata/fixture.conll")
	if err != nil {
		t.Fatal(err)
	}
	f := measure(docs, func(s string) { t.Log(s) })
	t.Logf("pos %.3f, chunks %s, entities %s", f.pos.Value(), f.chunks.All(), f.ner.All())
	if v := f.pos.Value(); v < 0.93 {
		t.Errorf("part-of-speech accuracy %.3f, want >= 0.93", v)
	}
	if v := f.chunks.All().F1(); v < 0.93 {
		t.Errorf("chunk F1 %.3f, want >= 0.93", v)
	}
	if v := f.ner.All().F1(); v < 0.88 {
		t.Errorf("entity F1 %.3f, want >= 0.88", v)
	}
}

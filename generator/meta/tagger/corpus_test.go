package tagger

import (
	"os"
	"path/filepath"
	"testing"

	"briefing/generator/meta/tagger/internal/conll"
)

// devFloor holds the development-set figures the committed models reach
// (see `make train-ner`), less a small margin: retraining or a change to
// features or decoding that loses ground fails here.
var devFloor = struct {
	pos, chunkF1, nerF1, namesP, namesF1 float64
}{
	pos:     0.945,
	chunkF1: 0.907,
	nerF1:   0.905,
	namesP:  0.895,
	namesF1: 0.912,
}

// TestCorpusDev measures the embedded models on CoNLL-2003's development
// set (valid.txt in $BRIEFING_CONLL_DIR), through the public API.
func TestCorpusDev(t *testing.T) {
	dir := os.Getenv("BRIEFING_CONLL_DIR")
	if dir == "" {
		t.Skip("BRIEFING_CONLL_DIR not set: no CoNLL-2003 development set to measure (see make train-ner)")
	}
	docs, err := conll.ReadFile(filepath.Join(dir, "valid.txt"))
	if err != nil {
		t.Fatal(err)
	}
	f := measure(docs, nil)
	t.Logf("part of speech: accuracy %.4f", f.pos.Value())
	t.Logf("chunks: %s", f.chunks.All())
	t.Logf("entities (conlleval): %s", f.ner.All())
	for _, ty := range f.ner.Types() {
		t.Logf("  %-4s %s", ty, f.ner[ty])
	}
	t.Logf("per-document names (PER, LOC, ORG): %s", f.names.All())
	for _, ty := range conll.DocTypes {
		t.Logf("  %-4s %s", ty, f.names[ty])
	}
	check := func(what string, got, floor float64) {
		if got < floor {
			t.Errorf("%s %.4f, want >= %.3f", what, got, floor)
		}
	}
	check("part-of-speech accuracy", f.pos.Value(), devFloor.pos)
	check("chunk F1", f.chunks.All().F1(), devFloor.chunkF1)
	check("entity F1", f.ner.All().F1(), devFloor.nerF1)
	check("per-document name precision", f.names.All().P(), devFloor.namesP)
	check("per-document name F1", f.names.All().F1(), devFloor.namesF1)
}

package tagger

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"briefing/generator/meta/internal/conll"
)

// devFloor holds the development-set figures the committed models reach
// (see `make train-ner`), less a small margin: retraining or a change to
// features or decoding that loses ground fails here.
var devFloor = struct {
	pos, chunkF1, nerF1, namesP, namesF1, sureP, sureF1 float64
}{
	pos:     0.945, // 0.9494
	chunkF1: 0.906, // 0.9111
	nerF1:   0.903, // 0.9088
	namesP:  0.893, // 0.8987
	namesF1: 0.909, // 0.9149
	sureP:   0.917, // 0.9229, names with a mention >= Confident
	sureF1:  0.915, // 0.9207
}

// TestCorpusDev measures the embedded models on CoNLL-2003's development
// set (valid.txt in $BRIEFING_CONLL_DIR, absolute or relative to the
// project's root), through the public API.
func TestCorpusDev(t *testing.T) {
	dir := os.Getenv("BRIEFING_CONLL_DIR")
	if dir == "" {
		t.Skip("BRIEFING_CONLL_DIR not set: no CoNLL-2003 development set to measure (see make train-ner)")
	}
	if !filepath.IsAbs(dir) {
		dir = filepath.Join("../../..", dir) // relative to the project's root, as make runs
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

	sure := conll.DocSets{}
	for _, d := range docs {
		var words, gold [][]string
		for _, s := range d {
			words = append(words, s.Words)
			gold = append(gold, s.Entities)
		}
		pred := map[string]map[string]bool{}
		for _, m := range Entities().Mentions(words) {
			if m.Confidence < Confident {
				continue
			}
			if pred[m.Type] == nil {
				pred[m.Type] = map[string]bool{}
			}
			pred[m.Type][strings.ToLower(strings.Join(words[m.Sentence][m.Start:m.End], " "))] = true
		}
		sure.AddSets(conll.Names(words, gold), pred)
	}
	t.Logf("per-document names with a mention >= Confident: %s", sure.All())
	check("confident per-document name precision", sure.All().P(), devFloor.sureP)
	check("confident per-document name F1", sure.All().F1(), devFloor.sureF1)
}

// TestSampleArticle checks the names issue 13 requires of the project's
// sample article (in ../shared, beside the project) come out, each with a
// mention at least Confident.
func TestSampleArticle(t *testing.T) {
	b, err := os.ReadFile("../../../../shared/seed/000_6416b27d7081f7ba.txt")
	if err != nil {
		t.Skip("../shared sample article not present")
	}
	var sents [][]string
	for _, para := range strings.Split(string(b), "\n\n") {
		for _, s := range Sentences(Tokenize(para)) {
			sents = append(sents, Words(s))
		}
	}
	found := map[string]string{}
	for _, m := range Entities().Mentions(sents) {
		if m.Confidence >= Confident {
			found[strings.Join(sents[m.Sentence][m.Start:m.End], " ")] = m.Type
		}
	}
	want := map[string]string{
		"Xi Jinping": "PER", "Vladimir Putin": "PER",
		"China": "LOC", "Russia": "LOC", "Ukraine": "LOC", "Beijing": "LOC", "Moscow": "LOC",
		"Kyiv": "LOC", "Blagoveshchensk": "LOC", "Heihe": "LOC",
		"CCTV": "ORG", "European Union": "ORG",
	}
	for name, ty := range want {
		if found[name] != ty {
			t.Errorf("%s: got %q, want %s", name, found[name], ty)
		}
	}
}

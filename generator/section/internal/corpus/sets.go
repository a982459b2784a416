package corpus

import (
	_ "embed"
	"fmt"
	"path/filepath"
	"strings"
)

//go:embed labels.txt
var labelsText string

// HandLabels returns the hand labels of labels.txt by document ID.
func HandLabels() map[string]string {
	m := map[string]string{}
	for _, line := range strings.Split(labelsText, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Fields(line)
		if len(f) == 2 {
			m[f[0]] = f[1]
		}
	}
	return m
}

// Extra reads the public training data beyond the BBC from dataDir
// (conll2003/train.txt, polnear/train/*.txt) and labels it: weak labels
// for CoNLL, Politics for PolNeAR, hand labels over both.
func Extra(dataDir string) ([]Doc, error) {
	return labelled(dataDir, "train.txt", "train", "conll", "polnear")
}

// Dev reads the public dev splits (conll2003/valid.txt, polnear/dev),
// labelled the same way, for tuning; never for training.
func Dev(dataDir string) ([]Doc, error) {
	return labelled(dataDir, "valid.txt", "dev", "conll-dev", "polnear-dev")
}

func labelled(dataDir, conllFile, polDir, conllPrefix, polPrefix string) ([]Doc, error) {
	lex := WeakLexicon()
	hand := HandLabels()
	conll, err := CoNLL(filepath.Join(dataDir, "conll2003", conllFile), conllPrefix)
	if err != nil {
		return nil, fmt.Errorf("conll: %w", err)
	}
	for i := range conll {
		conll[i].Label = LabelCoNLL(lex, conll[i])
	}
	pol, err := PolNeAR(filepath.Join(dataDir, "polnear", polDir), polPrefix)
	if err != nil {
		return nil, err
	}
	for i := range pol {
		pol[i].Label = "Politics"
	}
	docs := append(conll, pol...)
	for i := range docs {
		if l, ok := hand[docs[i].ID]; ok {
			docs[i].Label = l
		}
	}
	return docs, nil
}

//go:embed seeds.txt
var seedsText string

// Seeds returns the curated seed words of seeds.txt by section.
func Seeds() Lexicon { return ParseLexicon(seedsText) }

// Command train rebuilds the section model embedded in package section and
// its report: run it from the repository root (make train-section).
//
//	go run ./generator/section/cmd/train [-bbc DIR] [-data DIR] [-folds N]
//
// It reads the BBC corpus (../shared/corpus/bbc) and the public training data
// in ../data (conll2003/train.txt, polnear/train/; see the package README),
// cross-validates, trains on everything and writes
// generator/section/model.gob.gz and generator/section/testdata/report.json.
// The same data gives the same bytes.
package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"briefing/generator/section/internal/training"
)

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "train:", err)
		os.Exit(1)
	}
}

func run() error {
	p := training.DefaultPaths(".")
	flag.StringVar(&p.BBC, "bbc", p.BBC, "the BBC corpus `dir`")
	flag.StringVar(&p.Data, "data", p.Data, "`dir` holding conll2003/ and polnear/")
	folds := flag.Int("folds", 5, "cross-validation folds")
	out := flag.String("out", filepath.Join("generator", "section"), "package `dir` to write the model and report into")
	flag.Parse()

	m, r, err := training.Run(p, *folds, os.Stderr)
	if err != nil {
		return err
	}
	var model bytes.Buffer
	if err := m.Encode(&model); err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(*out, "model.gob.gz"), model.Bytes(), 0o644); err != nil {
		return err
	}
	js, err := json.MarshalIndent(r, "", "  ")
	if err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(*out, "testdata", "report.json"), append(js, '\n'), 0o644); err != nil {
		return err
	}
	fmt.Printf("model: %d words, %d bytes\n\n", r.Words, r.Bytes)
	fmt.Printf("BBC %d-fold CV, BBC only: whole %.4f, headline+first sentence %.4f (among the 5 BBC sections: %.4f, %.4f)\n",
		r.CVBBC.Folds, r.CVBBC.Full.Accuracy(), r.CVBBC.Short.Accuracy(), r.CVBBC.Full5.Accuracy(), r.CVBBC.Short5.Accuracy())
	fmt.Printf("BBC %d-fold CV, + CoNLL/PolNeAR: whole %.4f, headline+first sentence %.4f (among the 5 BBC sections: %.4f, %.4f); confidence scale %.3f, log loss %.3f\n\n",
		r.CVAll.Folds, r.CVAll.Full.Accuracy(), r.CVAll.Short.Accuracy(), r.CVAll.Full5.Accuracy(), r.CVAll.Short5.Accuracy(), r.CVAll.Scale, r.CVAll.LogLoss)
	fmt.Printf("CV whole stories (+ CoNLL/PolNeAR):\n%s\n", training.Table(r.CVAll.Full))
	fmt.Printf("CV headline + first sentence (+ CoNLL/PolNeAR):\n%s\n", training.Table(r.CVAll.Short))
	fmt.Printf("dev (CoNLL-2003 dev + PolNeAR dev, weak labels): whole %.4f, short %.4f\n%s\n", r.DevFull.Accuracy(), r.DevShort.Accuracy(), training.Table(r.DevShort))
	fmt.Printf("self-made wire check set:\n%s", training.WireTable(r.Wire))
	return nil
}

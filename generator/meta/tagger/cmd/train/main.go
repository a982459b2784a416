// Command train rebuilds the tagger's models from CoNLL-2003 English:
// it trains on train.txt, reports figures on the development set
// valid.txt, and writes pos.bin, chunk.bin and ner.bin. The same data gives
// the same files, byte for byte. It never reads a test file.
//
//	go run ./generator/meta/tagger/cmd/train -data .data/conll2003
package main

import (
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

func main() {
	if err := run(os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "train:", err)
		os.Exit(1)
	}
}

// getData tells how to fetch the data when it is missing.
const getData = `The tagger trains on CoNLL-2003 English: train.txt and valid.txt.
Copy data/train.txt and data/valid.txt of the public GitHub repository
kamalkraj/BERT-NER (the same files are in Franck-Dernoncourt/NeuroNER) into
the git-ignored folder %s once, e.g. from a clone in /tmp/bert-ner:
  mkdir -p %s && cp /tmp/bert-ner/data/train.txt /tmp/bert-ner/data/valid.txt %s/
or give another folder (make train-ner DATA=folder). Never use test.txt: it
judges the models.
`

func run(args []string) error {
	seed, override = defaultSeed, settings{prune: -1}
	fl := flag.NewFlagSet("train", flag.ContinueOnError)
	data := fl.String("data", ".data/conll2003", "folder with CoNLL-2003 train.txt and valid.txt")
	out := fl.String("out", "generator/meta/tagger/models", "folder the models are written to")
	only := fl.String("only", "", "train one model only: pos, chunk or ner")
	verbose := fl.Bool("v", false, "report development figures after every epoch")
	fl.IntVar(&override.bits, "bits", 0, "with -only: log2 of the weight table's buckets (tuning)")
	fl.IntVar(&override.epochs, "epochs", 0, "with -only: training passes (tuning)")
	fl.Float64Var(&override.prune, "prune", -1, "with -only: drop weights smaller than this (tuning)")
	fl.IntVar(&override.runs, "runs", 0, "with -only: models whose weights are averaged (tuning)")
	fl.Uint64Var(&seed, "seed", defaultSeed, "order in which training examples are shown (to gauge the spread of the figures)")
	if err := fl.Parse(args); err != nil {
		return err
	}
	if *only == "" && (override.bits != 0 || override.epochs != 0 || override.prune >= 0 || override.runs != 0) {
		return errors.New("-bits, -epochs, -prune and -runs tune one model: give -only")
	}
	for _, f := range []string{"train.txt", "valid.txt"} {
		if _, err := os.Stat(filepath.Join(*data, f)); errors.Is(err, fs.ErrNotExist) {
			fmt.Fprintf(os.Stderr, getData, *data, *data, *data)
			return fmt.Errorf("no %s in %s", f, *data)
		}
	}
	c, err := load(*data)
	if err != nil {
		return err
	}
	c.verbose = *verbose
	if err := os.MkdirAll(*out, 0o755); err != nil {
		return err
	}
	steps := []struct {
		name string
		run  func(*corpus, string) error
	}{
		{"pos", trainPOS},
		{"chunk", trainChunks},
		{"ner", trainNER},
	}
	for _, s := range steps {
		if *only != "" && *only != s.name {
			continue
		}
		if err := s.run(c, *out); err != nil {
			return fmt.Errorf("%s: %w", s.name, err)
		}
	}
	return nil
}

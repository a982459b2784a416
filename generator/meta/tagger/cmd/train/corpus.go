package main

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"time"

	"briefing/generator/meta/internal/conll"
	"briefing/generator/meta/tagger/internal/ptron"
)

// defaultSeed fixes the order examples are shown in, so runs are
// reproducible; seed is the one in force (-seed).
const defaultSeed = 20030531

var seed uint64 = defaultSeed

// folds is the number of parts the training documents are cut into to
// give each part tags from a model that never saw it (jackknifing): the
// chunker and the entity second pass learn from tags as good as, and no
// better than, the ones they will get at run time.
const folds = 5

// corpus is the training and development data, prepared once.
type corpus struct {
	train, dev []doc
	verbose    bool
	pos        *ptron.Model // the trained part-of-speech model, for the chunker
}

// doc is one document: its sentences, with the prepared form of each.
type doc struct {
	sents []conll.Sentence
	prep  []*ptron.Sent
}

func load(dir string) (*corpus, error) {
	c := &corpus{}
	for _, part := range []struct {
		file string
		dst  *[]doc
	}{{"train.txt", &c.train}, {"valid.txt", &c.dev}} {
		docs, err := conll.ReadFile(filepath.Join(dir, part.file))
		if err != nil {
			return nil, err
		}
		for _, d := range docs {
			var pd doc
			for _, s := range d {
				p := &ptron.Sent{}
				p.Toks, p.Caps = ptron.PrepareSentence(nil, s.Words)
				pd.sents = append(pd.sents, s)
				pd.prep = append(pd.prep, p)
			}
			*part.dst = append(*part.dst, pd)
		}
	}
	fmt.Printf("data: %d training documents (%d words), %d development documents (%d words)\n",
		len(c.train), words(c.train), len(c.dev), words(c.dev))
	return c, nil
}

func words(docs []doc) int {
	n := 0
	for _, d := range docs {
		for _, s := range d.sents {
			n += len(s.Words)
		}
	}
	return n
}

// column picks a tag column of a sentence.
type column func(*conll.Sentence) []string

func posCol(s *conll.Sentence) []string    { return s.POS }
func chunkCol(s *conll.Sentence) []string  { return s.Chunks }
func entityCol(s *conll.Sentence) []string { return s.Entities }

func classes(docs []doc, col column) []string {
	var seqs [][]string
	for _, d := range docs {
		for i := range d.sents {
			seqs = append(seqs, col(&d.sents[i]))
		}
	}
	return ptron.ClassesOf(seqs)
}

// examples pairs the prepared sentences of docs with their gold tags.
func examples(docs []doc, col column, ts *ptron.Tagset) []ptron.Example {
	idx := ts
	var ex []ptron.Example
	for _, d := range docs {
		for i, s := range d.prep {
			ex = append(ex, ptron.Example{Sent: s, Gold: idx.Index(col(&d.sents[i]))})
		}
	}
	return ex
}

// settings are a model's training settings, tuned on the development set.
type settings struct {
	bits   int     // log2 of the weight table's buckets
	epochs int     // training passes
	prune  float64 // weights smaller than this are dropped
	// words seen dictCount times or more with one tag at least dictShare
	// of the time get it without scoring (0: no dictionary)
	dictCount int
	dictShare float64
	// runs > 1 trains that many models on differently shuffled examples
	// and keeps the mean of their weights
	runs int
}

// override holds settings given on the command line, for tuning; run
// resets it and seed.
var override = settings{prune: -1}

func (s settings) with(o settings) settings {
	if o.bits != 0 {
		s.bits = o.bits
	}
	if o.epochs != 0 {
		s.epochs = o.epochs
	}
	if o.prune >= 0 {
		s.prune = o.prune
	}
	if o.runs != 0 {
		s.runs = o.runs
	}
	return s
}

// fit trains a model for epochs passes; eval, when the run is verbose,
// reports development figures of the averaged model after each pass.
func fit(name string, k ptron.Kind, cls []string, set settings, ex []ptron.Example, eval func(*ptron.Model) string, verbose bool) *ptron.Model {
	start := time.Now()
	var sum []float64
	var tr *ptron.Trainer
	runs := max(set.runs, 1)
	for r := range runs {
		tr = ptron.NewTrainer(k, cls, uint8(set.bits))
		if set.dictCount > 0 {
			tr.SetDict(ex, set.dictCount, set.dictShare)
		}
		rng := rand.New(rand.NewPCG(seed+uint64(r), uint64(k)))
		for ep := 1; ep <= set.epochs; ep++ {
			errs, total := tr.Epoch(ex, rng)
			if verbose && eval != nil && runs == 1 {
				fmt.Printf("  %s epoch %d: training errors %.4f; dev %s\n", name, ep, float64(errs)/float64(total), eval(tr.Model(set.prune)))
			}
		}
		if runs == 1 {
			break
		}
		avg := tr.Averaged()
		if sum == nil {
			sum = avg
		} else {
			for i, a := range avg {
				sum[i] += a
			}
		}
		if verbose && eval != nil {
			fmt.Printf("  %s run %d: dev %s\n", name, r+1, eval(tr.Model(set.prune)))
		}
	}
	var m *ptron.Model
	if sum == nil {
		m = tr.Model(set.prune)
	} else {
		for i := range sum {
			sum[i] /= float64(runs)
		}
		m = tr.ModelFrom(sum, set.prune)
	}
	if verbose {
		fmt.Printf("  %s trained in %s\n", name, time.Since(start).Round(time.Millisecond))
	}
	return m
}

// split cuts docs into the part f of folds held out and the rest.
func split(docs []doc, f int) (rest, held []doc) {
	for i, d := range docs {
		if i%folds == f {
			held = append(held, d)
		} else {
			rest = append(rest, d)
		}
	}
	return rest, held
}

// save writes models to file and reports its size.
func save(file string, models ...*ptron.Model) error {
	var b bytes.Buffer
	if err := ptron.Encode(&b, models...); err != nil {
		return err
	}
	if err := os.WriteFile(file, b.Bytes(), 0o644); err != nil {
		return err
	}
	weights, used := 0, 0
	for _, m := range models {
		_, w := m.Size()
		weights += w
		used += m.Used()
	}
	fmt.Printf("  wrote %s: %d bytes, %d weights in %d buckets\n", file, b.Len(), weights, used)
	return nil
}

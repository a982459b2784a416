package evaluate

import (
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"strings"

	"briefing/generator/meta"
	"briefing/generator/meta/rank"
	"briefing/generator/meta/text"
)

// FitReport is the outcome of fitting the ranker's model on the CNN
// development set: the cross-validated score, the figure to quote, and
// the model fit on every story, to ship.
type FitReport struct {
	Stories int
	Folds   int
	CV      Scores // each story's key points from the model fit without it
	CVWords float64
	// Repeats are the cross-validated scores again with the stories dealt
	// into folds at random, once a repeat: how much a figure owes to the
	// one way of dealing them (a gain smaller than their spread is none).
	Repeats  []Scores
	Lead3    Scores
	InSample Scores // the shipped model on the stories it was fit on: not a figure to quote
	Model    *rank.Model
}

// FitKeyPoints labels every sentence of root/cnndm-dev with the greedy
// ROUGE oracle, cross-validates the ranker's model over folds (story i
// is in fold i mod folds; then, repeats times, in folds dealt at random
// with seeds 1, 2, ...) and fits the model to ship on all stories.
func FitKeyPoints(root string, folds, repeats int, l2 float64) (*FitReport, error) {
	if folds < 2 {
		return nil, fmt.Errorf("fit: %d folds, want 2 or more", folds)
	}
	dev, err := loadDev(root)
	if err != nil {
		return nil, err
	}
	exs := dev.examples
	score := func(cand, ref []string) float64 { s := Rouge(cand, ref); return s.R1 + s.R2 }
	rep := &FitReport{Stories: len(exs), Folds: folds}
	labeled := make([]rank.Labeled, len(exs))
	for i := range exs {
		labeled[i] = rank.Label(exs[i], score)
		rep.Lead3.Add(Rouge(dev.lead3[i], exs[i].Reference))
	}
	fold := make([]int, len(exs))
	for i := range fold {
		fold[i] = i % folds
	}
	var words int
	rep.CV, words = crossValidate(exs, labeled, fold, folds, l2)
	for r := range repeats {
		rng := rand.New(rand.NewPCG(uint64(r+1), 0))
		rng.Shuffle(len(fold), func(a, b int) { fold[a], fold[b] = fold[b], fold[a] })
		cv, _ := crossValidate(exs, labeled, fold, folds, l2)
		rep.Repeats = append(rep.Repeats, cv.Div(len(exs)))
	}
	rep.Model = rank.Fit(labeled, l2)
	for _, ex := range exs {
		_, kp, _ := rep.Model.Summarize(ex.Doc, ex.People, ex.Organizations)
		rep.InSample.Add(Rouge(kp, ex.Reference))
	}
	n := len(exs)
	rep.CV, rep.Lead3, rep.InSample = rep.CV.Div(n), rep.Lead3.Div(n), rep.InSample.Div(n)
	if n > 0 {
		rep.CVWords = float64(words) / float64(n)
	}
	return rep, nil
}

// crossValidate scores each story's key points from the model fit on
// the other folds (fold[i] is story i's), summed over the stories, and
// counts their words.
func crossValidate(exs []rank.Example, labeled []rank.Labeled, fold []int, folds int, l2 float64) (Scores, int) {
	var sum Scores
	words := 0
	for f := range folds {
		var train []rank.Labeled
		for i := range labeled {
			if fold[i] != f {
				train = append(train, labeled[i])
			}
		}
		m := rank.Fit(train, l2)
		for i, ex := range exs {
			if fold[i] != f {
				continue
			}
			_, kp, _ := m.Summarize(ex.Doc, ex.People, ex.Organizations)
			sum.Add(Rouge(kp, ex.Reference))
			for _, k := range kp {
				words += len(strings.Fields(k))
			}
		}
	}
	return sum, words
}

// dev is the CNN development set prepared for the ranker: each story as
// an example, with the clean Lead-3 the issue names as the baseline.
type dev struct {
	ids      []string
	examples []rank.Example
	lead3    [][]string
}

func loadDev(root string) (*dev, error) {
	dir := filepath.Join(root, "cnndm-dev")
	refs, err := readJSONL(filepath.Join(dir, "refs.jsonl"))
	if err != nil {
		return nil, err
	}
	leads, err := readJSONL(filepath.Join(dir, "lead3clean.jsonl"))
	if err != nil {
		return nil, err
	}
	lead := make(map[string][]string, len(leads))
	for _, r := range leads {
		lead[r.ID] = lines(r.Text)
	}
	d := &dev{}
	for _, r := range refs {
		a, err := ReadStory(filepath.Join(dir, "articles", r.ID+".txt"))
		if err != nil {
			return nil, err
		}
		m := meta.Compute(a.Headline, a.Paragraphs)
		d.ids = append(d.ids, r.ID)
		d.examples = append(d.examples, rank.Example{Doc: text.Prepare(a.Headline, a.Paragraphs), People: m.People,
			Organizations: m.Organizations, Reference: lines(r.Text)})
		d.lead3 = append(d.lead3, lead[r.ID])
	}
	return d, nil
}

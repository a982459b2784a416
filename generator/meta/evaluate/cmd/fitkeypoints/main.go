// Command fitkeypoints fits the key-point ranker's model on the CNN
// development set (../shared/corpus/cnndm-dev), prints its K-fold
// cross-validated ROUGE beside Lead-3 and the weights, and writes the
// model fit on every story to generator/meta/rank/weights.go.
//
//	go run ./generator/meta/evaluate/cmd/fitkeypoints [-corpus dir] [-folds 5] [-out file]
package main

import (
	"flag"
	"fmt"
	"os"

	"briefing/generator/meta/evaluate"
)

func main() {
	corpus := flag.String("corpus", "../shared/corpus", "the shared corpus folder")
	folds := flag.Int("folds", 5, "cross-validation folds")
	l2 := flag.Float64("l2", 0.001, "L2 penalty on the weights")
	repeats := flag.Int("repeats", 0, "cross-validate again this many times with the stories dealt into folds at random")
	out := flag.String("out", "generator/meta/rank/weights.go", "where to write the fitted weights (empty: nowhere)")
	flag.Parse()
	if err := run(*corpus, *folds, *repeats, *l2, *out); err != nil {
		fmt.Fprintf(os.Stderr, "fitkeypoints: %v\n", err)
		os.Exit(1)
	}
}

func run(corpus string, folds, repeats int, l2 float64, out string) error {
	rep, err := evaluate.FitKeyPoints(corpus, folds, repeats, l2)
	if err != nil {
		return err
	}
	fmt.Printf("%d stories, %d-fold cross-validation, L2 %g; ROUGE F1 x100\n", rep.Stories, rep.Folds, l2)
	fmt.Printf("  key points (cross-validated)  R1 %.2f  R2 %.2f  RL %.2f  (%.1f words a story)\n", 100*rep.CV.R1, 100*rep.CV.R2, 100*rep.CV.RL, rep.CVWords)
	if len(rep.Repeats) > 0 {
		r1, r2 := spread(rep.Repeats, func(s evaluate.Scores) float64 { return s.R1 }), spread(rep.Repeats, func(s evaluate.Scores) float64 { return s.R2 })
		fmt.Printf("  %d random deals into folds    R1 %.2f (%.2f-%.2f)  R2 %.2f (%.2f-%.2f)  mean (least-most)\n", len(rep.Repeats), r1[0], r1[1], r1[2], r2[0], r2[1], r2[2])
	}
	fmt.Printf("  Lead-3                        R1 %.2f  R2 %.2f  RL %.2f\n", 100*rep.Lead3.R1, 100*rep.Lead3.R2, 100*rep.Lead3.RL)
	fmt.Printf("  in sample (not to be quoted)  R1 %.2f  R2 %.2f  RL %.2f\n", 100*rep.InSample.R1, 100*rep.InSample.R2, 100*rep.InSample.RL)
	for _, w := range rep.Model.Weights() {
		fmt.Printf("  %-18s %+.4f\n", w.Feature, w.Value)
	}
	if out == "" {
		return nil
	}
	src, err := rep.Model.GoSource(fmt.Sprintf("were fit on the %d stories of cnndm-dev (%d-fold cross-validated R1 %.2f, R2 %.2f; Lead-3 %.2f, %.2f).",
		rep.Stories, rep.Folds, 100*rep.CV.R1, 100*rep.CV.R2, 100*rep.Lead3.R1, 100*rep.Lead3.R2))
	if err != nil {
		return err
	}
	return os.WriteFile(out, src, 0o644)
}

// spread is the mean, least and most of f over ss, x100.
func spread(ss []evaluate.Scores, f func(evaluate.Scores) float64) [3]float64 {
	out := [3]float64{0, 100, 0}
	for _, s := range ss {
		v := 100 * f(s)
		out[0] += v / float64(len(ss))
		out[1], out[2] = min(out[1], v), max(out[2], v)
	}
	return out
}

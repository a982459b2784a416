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
	out := flag.String("out", "generator/meta/rank/weights.go", "where to write the fitted weights (empty: nowhere)")
	flag.Parse()
	if err := run(*corpus, *folds, *l2, *out); err != nil {
		fmt.Fprintf(os.Stderr, "fitkeypoints: %v\n", err)
		os.Exit(1)
	}
}

func run(corpus string, folds int, l2 float64, out string) error {
	rep, err := evaluate.FitKeyPoints(corpus, folds, l2)
	if err != nil {
		return err
	}
	fmt.Printf("%d stories, %d-fold cross-validation, L2 %g; ROUGE F1 x100\n", rep.Stories, rep.Folds, l2)
	fmt.Printf("  key points (cross-validated)  R1 %.2f  R2 %.2f  RL %.2f  (%.1f words a story)\n", 100*rep.CV.R1, 100*rep.CV.R2, 100*rep.CV.RL, rep.CVWords)
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

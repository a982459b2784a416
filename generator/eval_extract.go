package main

import (
	"errors"
	"fmt"
	"io"
	"os"

	"briefing/generator/meta/evaluate"
)

// polnearEnv names PolNeAR's data folder (with train/ and dev/), which the
// quotation scores need; CI has no network to fetch it.
const polnearEnv = "BRIEFING_POLNEAR_DIR"

// printExtractors prints the quotation scores on PolNeAR's development
// split and the share of figures that do not say what they measure over
// the corpus at root, each skipped with a message when its data is absent.
func printExtractors(w io.Writer, root string) error {
	fmt.Fprintln(w)
	if dir := os.Getenv(polnearEnv); dir == "" {
		fmt.Fprintf(w, "quotes: skipped: set %s to PolNeAR's data folder (train and dev splits)\n", polnearEnv)
	} else {
		rep, err := evaluate.PolNeAR(dir, "dev")
		switch {
		case errors.Is(err, evaluate.ErrNoPolNeAR):
			fmt.Fprintf(w, "quotes: skipped: %v\n", err)
		case err != nil:
			return fmt.Errorf("eval: quotes: %w", err)
		default:
			p := rep.Pronoun
			fmt.Fprintf(w, "quotes (PolNeAR dev, %d articles, %d direct quotations with a named source):\n", rep.Articles, rep.Gold)
			fmt.Fprintf(w, "  found %.3f  speaker right %.3f  precision %.3f (%d of %d quotations given)\n",
				rep.FoundShare(), rep.RightShare(), rep.Precision(), rep.Real, rep.Quotes)
			fmt.Fprintf(w, "  speaker right where the source is a name %.3f, \"he\"/\"she\" %.3f\n",
				ratio(rep.Right-p.Right, rep.Found-p.Found), ratio(p.Right, p.Found))
		}
	}
	for _, set := range []struct{ name, pattern string }{{"bbc", "bbc/*/*.txt"}, {"cnndm-dev", "cnndm-dev/articles/*.txt"}} {
		rep, err := evaluate.Figures(root, set.name, set.pattern)
		if errors.Is(err, os.ErrNotExist) {
			fmt.Fprintf(w, "figures %s: skipped: %v\n", set.name, err)
			continue
		}
		if err != nil {
			return fmt.Errorf("eval: figures: %w", err)
		}
		fmt.Fprintf(w, "figures %s: %d in %d articles, %.1f%% with an empty or unit-only measure (%d empty, %d unit-only)\n",
			set.name, rep.Figures, rep.Articles, 100*rep.Blank(), rep.Empty, rep.UnitOnly)
	}
	return nil
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Command kpheadroom measures where the key points lose ROUGE on the CNN
// development set (../shared/corpus/cnndm-dev): the ranker's picks with
// other numbers and lengths of key points, untrimmed, Lead-3 trimmed as
// key points are, and oracles over the same trimmed sentences, each with
// its ROUGE-1 and -2 precision and recall, cross-validated as the fit is.
// With -tsv it also writes each story's ROUGE-1 under every variant.
//
//	go run ./generator/meta/evaluate/cmd/kpheadroom [-corpus dir] [-folds 5] [-tsv file]
package main

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"slices"

	"briefing/generator/meta/evaluate"
)

func main() {
	corpus := flag.String("corpus", "../shared/corpus", "the shared corpus folder")
	folds := flag.Int("folds", 5, "cross-validation folds")
	l2 := flag.Float64("l2", 0.001, "L2 penalty on the weights")
	tsv := flag.String("tsv", "", "where to write each story's ROUGE-1 by variant (empty: nowhere)")
	show := flag.String("show", "", "a story's ID: print its highlights and every variant's key points")
	flag.Parse()
	if err := run(*corpus, *folds, *l2, *tsv, *show); err != nil {
		fmt.Fprintf(os.Stderr, "kpheadroom: %v\n", err)
		os.Exit(1)
	}
}

func run(corpus string, folds int, l2 float64, tsv, show string) error {
	rep, err := evaluate.Headroom(corpus, folds, l2)
	if err != nil {
		return err
	}
	fmt.Printf("%d stories, %d-fold cross-validation; ROUGE x100, F1 (precision/recall)\n", rep.Stories, rep.Folds)
	fmt.Printf("  %-38s %-20s %-20s %6s %6s\n", "variant", "R1 F (P/R)", "R2 F (P/R)", "words", "points")
	for _, v := range rep.Variants {
		fmt.Printf("  %-38s %5.2f (%5.2f/%5.2f)  %5.2f (%5.2f/%5.2f)  %6.1f %6.2f\n", v.Name,
			100*v.R1.F, 100*v.R1.P, 100*v.R1.R, 100*v.R2.F, 100*v.R2.P, 100*v.R2.R, v.Words, v.Points)
	}
	fmt.Printf("  picks by position (sentence index up to")
	for _, b := range evaluate.PositionBins[:len(evaluate.PositionBins)-1] {
		fmt.Printf(" %d", b)
	}
	fmt.Printf(", later)\n")
	for _, name := range []string{"ours", "oracle 3, trimmed"} {
		fmt.Printf("  %-20s %v\n", name, *rep.Positions[name])
	}
	fmt.Printf("  cuts of the key points picked, by rule: cuts, words removed, share of them in the highlights, R1 gain of the rule's cuts (x100)\n")
	rules := make([]string, 0, len(rep.Cuts))
	for r := range rep.Cuts {
		rules = append(rules, r)
	}
	slices.Sort(rules)
	for _, r := range rules {
		c := rep.Cuts[r]
		fmt.Printf("  %-14s %5d %6d  %4.1f%%  %+.3f\n", r, c.Cuts, c.Words, 100*float64(c.Hits)/float64(max(c.Words, 1)), 100*c.Gain/float64(rep.Stories))
	}
	fmt.Printf("  why the sentences the oracle picks among every sentence are no key points (of %d picks)\n", 3*rep.Stories)
	whys := make([]string, 0, len(rep.Unusable))
	for w := range rep.Unusable {
		whys = append(whys, w)
	}
	slices.SortFunc(whys, func(a, b string) int { return rep.Unusable[b] - rep.Unusable[a] })
	for _, w := range whys {
		fmt.Printf("  %5d  %s\n", rep.Unusable[w], w)
	}
	for i, id := range rep.IDs {
		if id != show {
			continue
		}
		fmt.Printf("\n%s highlights:\n", id)
		for _, h := range rep.References[i] {
			fmt.Printf("  | %s\n", h)
		}
		for _, v := range rep.Variants {
			fmt.Printf("%s (R1 %.1f):\n", v.Name, 100*v.Story[i].F)
			for _, k := range v.Picks[i] {
				fmt.Printf("  * %s\n", k)
			}
		}
	}
	if tsv == "" {
		return nil
	}
	f, err := os.Create(tsv)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	for _, v := range rep.Variants {
		for i, s := range v.Story {
			fmt.Fprintf(w, "%s\t%s\t%.4f\t%.4f\t%.4f\n", v.Name, rep.IDs[i], s.F, s.P, s.R)
		}
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

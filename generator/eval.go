package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"briefing/generator/meta/evaluate"
)

// evalCmd scores the key points against the reference summaries of the BBC
// development set, beside the Lead-3 baseline, then the quotations and
// figures (see printExtractors).
func evalCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "eval [corpus]",
		Short: "Score key points against reference summaries (ROUGE, beside Lead-3)",
		Long: `eval reads corpus/bbc-summaries/<topic>/NNN.txt (one reference sentence a
line) and the article corpus/bbc/<topic>/NNN.txt of each, and prints ROUGE-1,
ROUGE-2 and ROUGE-L F1 of the key points and of the first three sentences.
It then counts the figures of corpus/bbc and corpus/cnndm-dev whose measure
is empty or only their unit. With BRIEFING_CONLL_DIR set to the folder of
CoNLL-2003's development set (valid.txt), it scores people, places and
organisations per document; with BRIEFING_POLNEAR_DIR naming PolNeAR's data
folder, it scores the quotations on its dev split (found, speaker right,
precision). The corpus defaults to ../shared/corpus.`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			root := filepath.Join("..", "shared", "corpus")
			if len(args) == 1 {
				root = args[0]
			}
			rep, err := evaluate.BBCSummaries(root)
			if errors.Is(err, evaluate.ErrNoReferences) {
				return usageError{err}
			}
			if err != nil {
				return fmt.Errorf("eval: %w", err)
			}
			printEval(cmd.OutOrStdout(), rep)
			if err := printExtractors(cmd.OutOrStdout(), root); err != nil {
				return err
			}
			return evalEntities(cmd.OutOrStdout(), os.Getenv("BRIEFING_CONLL_DIR"))
		},
	}
}

// printEval prints the report as a table, ROUGE scaled to 0-100.
func printEval(w io.Writer, r *evaluate.Report) {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(tw, "method\tR1\tR2\tRL\t\n")
	for _, row := range []struct {
		name string
		s    evaluate.Scores
	}{{"keypoints", r.KeyPoints}, {"lead-3", r.Lead3}} {
		fmt.Fprintf(tw, "%s\t%.2f\t%.2f\t%.2f\t\n", row.name, 100*row.s.R1, 100*row.s.R2, 100*row.s.RL)
	}
	tw.Flush()
	share := 0.0
	if r.Bullets > 0 {
		share = 100 * float64(r.Dangling) / float64(r.Bullets)
	}
	n := float64(max(len(r.Articles), 1))
	fmt.Fprintf(w, "\n%d articles, ROUGE F1 x100 (stemmed, lower-cased; RL is summary-level LCS)\n", len(r.Articles))
	fmt.Fprintf(w, "key points opening with a dangling pronoun or connective: %d of %d (%.1f%%)\n", r.Dangling, r.Bullets, share)
	fmt.Fprintf(w, "meta.Compute: %.0f µs per article\n", float64(r.Compute.Microseconds())/n)
}

// evalEntities prints entity precision, recall and F1 on the CoNLL-2003
// development set in dir, or says why it cannot.
func evalEntities(w io.Writer, dir string) error {
	if dir == "" {
		fmt.Fprintln(w, "\nentities: skipped (set BRIEFING_CONLL_DIR to the folder of CoNLL-2003's valid.txt)")
		return nil
	}
	rep, err := evaluate.CoNLLEntities(dir)
	if errors.Is(err, evaluate.ErrNoCoNLL) {
		fmt.Fprintf(w, "\nentities: skipped (%v)\n", err)
		return nil
	}
	if err != nil {
		return fmt.Errorf("eval: %w", err)
	}
	fmt.Fprintf(w, "\nentities on CoNLL-2003 dev, %d documents (per document, exact name, case-insensitive)\n", len(rep.Docs))
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(tw, "names\tkind\tP\tR\tF1\t\n")
	for _, s := range []struct {
		name string
		ns   evaluate.NameScores
	}{{"canonical", rep.Canonical}, {"every form", rep.Surface}} {
		for _, k := range []struct {
			name string
			c    evaluate.Counts
		}{{"all", s.ns.All}, {"people", s.ns.People}, {"places", s.ns.Places}, {"orgs", s.ns.Organizations}} {
			fmt.Fprintf(tw, "%s\t%s\t%.3f\t%.3f\t%.3f\t\n", s.name, k.name, k.c.P(), k.c.R(), k.c.F1())
		}
	}
	return tw.Flush()
}

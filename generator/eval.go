package main

import (
	"errors"
	"fmt"
	"io"
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
is empty or only their unit, and, when BRIEFING_POLNEAR_DIR names PolNeAR's
data folder, scores the quotations on its dev split (found, speaker right,
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
			return printExtractors(cmd.OutOrStdout(), root)
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

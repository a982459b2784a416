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

// evalCmd scores the key points against the reference summaries of the
// development sets, beside the Lead-3 baseline, with the editor's checks,
// then the quotations, figures and entities (see printExtractors).
func evalCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "eval [corpus]",
		Short: "Score key points against reference summaries (ROUGE beside Lead-3, with the editor's checks), then quotations, figures and entities",
		Long: `eval scores the key points of two development sets against their reference
summaries: corpus/cnndm-dev (CNN stories and their human highlights, beside the
clean Lead-3 of lead3clean.jsonl) and corpus/bbc-summaries (BBC articles from
corpus/bbc and long extractive references, a second check). For each it prints
ROUGE-1, ROUGE-2 and ROUGE-L F1 of the key points and of Lead-3, the length of
the key points, and how many open with a dangling word, keep a news-agency
dateline or other furniture or read as a broken sentence (beside the source's
own rate), how many descriptions do not end a sentence, how many pages would
show a sentence three times or have key points that say one thing twice, and
how many summaries are shown and repeat a key point. It then counts the figures of corpus/bbc and corpus/cnndm-dev whose
measure is empty or only their unit. With BRIEFING_CONLL_DIR set to the folder
of CoNLL-2003's development set (valid.txt), it scores people, places and
organisations per document; with BRIEFING_POLNEAR_DIR naming PolNeAR's data
folder, it scores the quotations on its dev split (found, speaker right,
precision). The corpus defaults to ../shared/corpus.`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			root := filepath.Join("..", "shared", "corpus")
			if len(args) == 1 {
				root = args[0]
			}
			var reports []*evaluate.Report
			for _, run := range []func(string) (*evaluate.Report, error){evaluate.CNNDM, evaluate.BBCSummaries} {
				rep, err := run(root)
				if errors.Is(err, evaluate.ErrNoReferences) {
					continue
				}
				if err != nil {
					return fmt.Errorf("eval: %w", err)
				}
				reports = append(reports, rep)
			}
			if len(reports) == 0 {
				return usageError{fmt.Errorf("eval: %w under %s (cnndm-dev, bbc-summaries)", evaluate.ErrNoReferences, root)}
			}
			for k, rep := range reports {
				if k > 0 {
					fmt.Fprintln(cmd.OutOrStdout())
				}
				printEval(cmd.OutOrStdout(), rep)
			}
			if err := printExtractors(cmd.OutOrStdout(), root); err != nil {
				return err
			}
			return evalEntities(cmd.OutOrStdout(), os.Getenv("BRIEFING_CONLL_DIR"))
		},
	}
}

// printEval prints one set's report, ROUGE scaled to 0-100.
func printEval(w io.Writer, r *evaluate.Report) {
	n := max(len(r.Articles), 1)
	fmt.Fprintf(w, "%s: %d articles; ROUGE F1 x100 (rouge-score's reading: Porter-stemmed; RL is summary-level LCS)\n", r.Set, len(r.Articles))
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(tw, "method\tR1\tR2\tRL\t\n")
	for _, row := range []struct {
		name string
		s    evaluate.Scores
	}{{"keypoints", r.KeyPoints}, {"lead-3", r.Lead3}} {
		fmt.Fprintf(tw, "%s\t%.2f\t%.2f\t%.2f\t\n", row.name, 100*row.s.R1, 100*row.s.R2, 100*row.s.RL)
	}
	tw.Flush()
	d := r.KeyPoints
	fmt.Fprintf(w, "  key points minus lead-3: R1 %+.2f, R2 %+.2f, RL %+.2f\n", 100*(d.R1-r.Lead3.R1), 100*(d.R2-r.Lead3.R2), 100*(d.RL-r.Lead3.RL))
	fmt.Fprintf(w, "  key points: %d (%.1f an article), %.1f words an article; words a key point: median %.1f, p95 %.1f, max %d, over 35: %d\n",
		r.Bullets, float64(r.Bullets)/float64(n), r.StoryWords, r.Words.Median, r.Words.P95, r.Words.Max, r.Words.Over35)
	fmt.Fprintf(w, "  dangling openers (pronoun, connective, unresolved description): %d (%s)\n", r.Dangling, percent(r.Dangling, r.Bullets))
	fmt.Fprintf(w, "  news-agency datelines kept (key points, descriptions, summaries): %d\n", r.Datelines)
	fmt.Fprintf(w, "  other furniture kept (bylines, credit lines, captions, calls to click, [sic]): %d\n", r.Furniture)
	fmt.Fprintf(w, "  broken key points: %d (%s); the source's own sentences: %d of %d (%s)\n",
		r.Broken, percent(r.Broken, r.Bullets), r.SourceBroke, r.Sentences, percent(r.SourceBroke, r.Sentences))
	fmt.Fprintf(w, "  descriptions that do not end a sentence or run over 160 characters: %d\n", r.BadDescs)
	fmt.Fprintf(w, "  pages showing a sentence three times: %d\n", r.Repeated)
	fmt.Fprintf(w, "  key point sets saying one thing twice (a figure or most words again): %d\n", r.Restated)
	fmt.Fprintf(w, "  summaries shown (the lede, when no key point): %d of %d, repeating a key point: %d; descriptions that are key point 1: %d\n",
		r.Summaries, len(r.Articles), r.SummaryKP, r.DescKP)
	fmt.Fprintf(w, "  meta.Compute: %.0f µs an article\n", float64(r.Compute.Microseconds())/float64(n))
}

func percent(a, b int) string {
	if b == 0 {
		return "-"
	}
	return fmt.Sprintf("%.1f%%", 100*float64(a)/float64(b))
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

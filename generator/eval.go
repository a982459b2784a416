package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"text/tabwriter"
	"time"
	"unicode/utf8"

	"github.com/spf13/cobra"
	"golang.org/x/text/encoding/charmap"

	"briefing/generator/article"
	"briefing/generator/meta"
	"briefing/generator/meta/rank"
)

// evalCmd scores the key points against the reference summaries of the BBC
// development set, beside the Lead-3 baseline.
func evalCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "eval [corpus]",
		Short: "Score key points against reference summaries (ROUGE, beside Lead-3)",
		Long: `eval reads corpus/bbc-summaries/<topic>/NNN.txt (one reference sentence a
line) and the article corpus/bbc/<topic>/NNN.txt of each, and prints ROUGE-1,
ROUGE-2 and ROUGE-L F1 of the key points and of the first three sentences.
The corpus defaults to ../shared/corpus.`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			root := filepath.Join("..", "shared", "corpus")
			if len(args) == 1 {
				root = args[0]
			}
			rep, err := evaluate(root)
			if err != nil {
				return err
			}
			rep.print(cmd.OutOrStdout())
			return nil
		},
	}
}

type evalReport struct {
	articles          int
	keypoints, lead3  meta.RougeScores
	bullets, dangling int
	elapsed           time.Duration // spent in meta.Compute
}

func evaluate(root string) (*evalReport, error) {
	refs, err := filepath.Glob(filepath.Join(root, "bbc-summaries", "*", "*.txt"))
	if err != nil {
		return nil, fmt.Errorf("eval: %w", err)
	}
	if len(refs) == 0 {
		return nil, usageError{fmt.Errorf("no reference summaries under %s", filepath.Join(root, "bbc-summaries"))}
	}
	slices.Sort(refs)
	rep := &evalReport{}
	for _, ref := range refs {
		topic, name := filepath.Base(filepath.Dir(ref)), filepath.Base(ref)
		src := filepath.Join(root, "bbc", topic, name)
		data, err := os.ReadFile(src)
		if err != nil {
			return nil, fmt.Errorf("eval: %w", err)
		}
		a, err := article.Parse(src, data, article.Options{})
		if err != nil {
			return nil, err
		}
		refData, err := os.ReadFile(ref)
		if err != nil {
			return nil, fmt.Errorf("eval: %w", err)
		}
		reference := referenceLines(refData)

		start := time.Now()
		m := meta.Compute(a.Headline, a.Paragraphs)
		rep.elapsed += time.Since(start)

		add(&rep.keypoints, meta.Rouge(m.KeyPoints, reference))
		add(&rep.lead3, meta.Rouge(meta.Lead(a.Headline, a.Paragraphs, 3), reference))
		for _, k := range m.KeyPoints {
			rep.bullets++
			if rank.OpensDangling(k) {
				rep.dangling++
			}
		}
		rep.articles++
	}
	return rep, nil
}

// referenceLines splits a reference summary into its sentences. The files
// are UTF-8, but decode Windows-1252 as the article reader does in case
// one is not.
func referenceLines(data []byte) []string {
	if !utf8.Valid(data) {
		if out, err := charmap.Windows1252.NewDecoder().Bytes(data); err == nil {
			data = out
		}
	}
	var lines []string
	for _, l := range strings.Split(string(data), "\n") {
		if l = strings.TrimSpace(l); l != "" {
			lines = append(lines, l)
		}
	}
	return lines
}

func add(sum *meta.RougeScores, s meta.RougeScores) {
	sum.R1 += s.R1
	sum.R2 += s.R2
	sum.RL += s.RL
}

func (r *evalReport) print(w io.Writer) {
	n := float64(max(r.articles, 1))
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(tw, "method\tR1\tR2\tRL\t\n")
	for _, row := range []struct {
		name string
		s    meta.RougeScores
	}{{"keypoints", r.keypoints}, {"lead-3", r.lead3}} {
		fmt.Fprintf(tw, "%s\t%.2f\t%.2f\t%.2f\t\n", row.name, 100*row.s.R1/n, 100*row.s.R2/n, 100*row.s.RL/n)
	}
	tw.Flush()
	share := 0.0
	if r.bullets > 0 {
		share = 100 * float64(r.dangling) / float64(r.bullets)
	}
	fmt.Fprintf(w, "\n%d articles, ROUGE F1 x100 (stemmed, lower-cased; RL is summary-level LCS)\n", r.articles)
	fmt.Fprintf(w, "key points opening with a dangling pronoun or connective: %d of %d (%.1f%%)\n", r.dangling, r.bullets, share)
	fmt.Fprintf(w, "meta.Compute: %.0f µs per article\n", float64(r.elapsed.Microseconds())/n)
}

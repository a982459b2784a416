package main

import (
	"fmt"
	"io"
	"strings"

	"briefing/generator/ingest"

	"github.com/spf13/cobra"
)

func ingestCmd() *cobra.Command {
	var opt ingest.Options
	cmd := &cobra.Command{
		Use:   "ingest [--issue YYYY-MM-DD] [--out DIR] PATH...",
		Short: "Write Hugo content with metadata for raw articles",
		Long: `Ingest reads raw articles (files, or folders walked for .txt and .md) and
writes one Hugo content file per article. The issue date comes from --issue,
else from a YYYY-MM-DD folder the file sits in, else from its front matter.
Fields set in a .md file's front matter win over computed ones; edits made
to a generated content file survive later runs.`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			c, err := loadConfig(cmd)
			if err == nil {
				if !cmd.Flags().Changed("out") {
					opt.Out = c.Path(c.Params.Generator.Content)
				}
				if opt.MaxBytes == 0 {
					opt.MaxBytes = c.Params.Generator.MaxBytes
				}
				opt.SiteName = c.Params.Name
				opt.Taxonomies = c.TaxonomyKeys()
			} else if cmd.Flags().Changed("config") {
				return err
			}
			rep, err := ingest.Run(cmd.Context(), args, opt)
			if err != nil {
				return err
			}
			printIngest(cmd.OutOrStdout(), cmd.ErrOrStderr(), rep)
			return nil
		},
	}
	cmd.Flags().StringVar(&opt.Issue, "issue", "", "issue date for every article (YYYY-MM-DD)")
	cmd.Flags().StringVar(&opt.Out, "out", "content", "the Hugo content folder")
	cmd.Flags().BoolVar(&opt.KeepGoing, "keep-going", false, "skip bad files, publish the rest and list what was skipped")
	cmd.Flags().Int64Var(&opt.MaxBytes, "max-bytes", 0, "largest article file accepted (default from config, else 2 MiB)")
	return cmd
}

// printIngest writes notes to errw and the one-line report to w.
func printIngest(w, errw io.Writer, rep *ingest.Report) {
	for _, s := range rep.Decoded {
		fmt.Fprintf(errw, "%s: note: %s\n", prog, s)
	}
	for _, s := range rep.Warnings {
		fmt.Fprintf(errw, "%s: warning: %s\n", prog, s)
	}
	for _, s := range rep.Notes {
		fmt.Fprintf(errw, "%s: note: %s\n", prog, s)
	}
	for _, s := range rep.Kept {
		fmt.Fprintf(errw, "%s: kept editor's edits: %s\n", prog, s)
	}
	for _, s := range rep.Owned {
		fmt.Fprintf(errw, "%s: left alone (no generator record): %s\n", prog, s)
	}
	for _, s := range rep.Orphans {
		fmt.Fprintf(errw, "%s: kept %s: its article is no longer in the inbox (delete the file to unpublish it)\n", prog, s)
	}
	for _, e := range rep.Skipped {
		fmt.Fprintf(errw, "%s: skipped %v\n", prog, e)
	}
	parts := []string{
		fmt.Sprintf("%d articles", rep.Articles),
		fmt.Sprintf("%d written", rep.Created+rep.Updated),
		fmt.Sprintf("%d unchanged", rep.Unchanged),
	}
	if len(rep.Skipped) > 0 {
		parts = append(parts, fmt.Sprintf("%d skipped", len(rep.Skipped)))
	}
	fmt.Fprintf(w, "ingest: %s in %s\n", strings.Join(parts, ", "), seconds(rep.Elapsed))
}

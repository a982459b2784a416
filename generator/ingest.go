package main

import (
	"fmt"
	"io"

	"briefing/generator/ingest"
	"briefing/generator/pipeline"

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
to a generated content file survive later runs. An issue's _index.md (or
_index.txt) is its editor's note. Each article gets a section (its section:
field, else a sub-folder of the issue's folder named after one, else the
classifier's); the same story filed twice is published once (keep: true
publishes both); lead: true, order and weight decide the issue's order.`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			c, err := loadConfig(cmd)
			if err == nil {
				if !cmd.Flags().Changed("out") {
					opt.Out = c.Path(c.Params.Generator.Content)
				}
				if opt.MaxBytes == 0 {
					opt.MaxBytes, opt.MaxBytesHint = c.Params.Generator.MaxBytes, pipeline.MaxBytesHint
				}
				opt.SiteName = c.Params.Name
				opt.Taxonomies = c.TaxonomyKeys()
				opt.Sections = c.Params.Sections
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
	opt.MaxBytesHint = "raise --max-bytes" // unless it comes from the config
	return cmd
}

// printIngest writes what a reader must look at to errw and the one-line
// report to w.
func printIngest(w, errw io.Writer, rep *ingest.Report) {
	f := findings{Notes: append(rep.Decoded, rep.Notes...), Warnings: rep.Warnings, Kept: rep.Kept, Owned: rep.Owned, Orphans: rep.Orphans, Removed: rep.Removed}
	for _, e := range rep.Skipped {
		f.Skipped = append(f.Skipped, e.Error())
	}
	printFindings(errw, f)
	fmt.Fprintln(w, ingestLine(rep.Articles+len(rep.Merged), len(rep.Merged), rep.Created+rep.Updated, rep.Unchanged, len(rep.Skipped), rep.Elapsed.Seconds()))
}

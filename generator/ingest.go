package main

import (
	"fmt"
	"io"

	"briefing/generator/ingest"
	"briefing/generator/pipeline"

	"github.com/spf13/cobra"
)

// How this command's flags raise the size limit and fetch a feed item's
// page, for the errors and warnings that need them.
const (
	maxBytesHint    = "raise --max-bytes"
	followLinksHint = "rerun with --follow-links to fetch its page"
)

func ingestCmd() *cobra.Command {
	var (
		opt             ingest.Options
		follow, refetch bool
	)
	cmd := &cobra.Command{
		Use:   "ingest [--issue YYYY-MM-DD] [--out DIR] PATH|URL...",
		Short: "Write Hugo content with metadata for raw articles, pages, feeds and addresses",
		Long: `Ingest reads articles and writes one Hugo content file per article. It
reads text and Markdown files, saved web pages (.html), RSS, Atom and JSON
feeds (one article per item), .urls lists (one address per line), folders
(every file in them), and http(s) addresses of pages and feeds, which it
fetches. The issue date comes from --issue, else from a YYYY-MM-DD folder
the file sits in, else from its front matter; addresses need --issue.
Fields set in a .md file's front matter win over computed ones; edits made
to a generated content file survive later runs. An issue's _index.md (or
_index.txt) is its editor's note. Each article gets a section (its section:
field, else a sub-folder of the issue's folder named after one, else the
classifier's); the same story filed twice is published once (keep: true
publishes both); lead: true, order and weight decide the issue's order.`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			limitMemory()
			base := ingest.Options{MaxBytesHint: maxBytesHint, FollowLinksHint: followLinksHint}
			c, err := loadConfig(cmd)
			if err == nil {
				base = pipeline.IngestOptions(c)
				base.Base = "" // files are named as given
				base.FollowLinksHint = followLinksHint
				if !cmd.Flags().Changed("out") {
					opt.Out = c.Path(c.Params.Generator.Content)
				}
			} else if cmd.Flags().Changed("config") {
				return err
			}
			if opt.MaxBytes != 0 {
				base.MaxBytes, base.MaxBytesHint = opt.MaxBytes, maxBytesHint
			}
			base.Issue, base.Out, base.KeepGoing = opt.Issue, opt.Out, opt.KeepGoing
			base.FollowLinks = base.FollowLinks || follow
			base.Refetch = refetch
			rep, err := ingest.Run(cmd.Context(), args, base)
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
	inputFlags(cmd, &follow, &refetch)
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

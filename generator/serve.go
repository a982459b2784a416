package main

import (
	"fmt"
	"strconv"

	"briefing/generator/hugo"
	"briefing/generator/pipeline"

	"github.com/spf13/cobra"
)

func serveCmd() *cobra.Command {
	var (
		o    pipeline.Options
		bind string
		port int
	)
	cmd := &cobra.Command{
		Use:   "serve [--port N] [--bind ADDR]",
		Short: "Preview the briefing at http://localhost:1313/ while you edit (public/ is never touched)",
		Long: `Serve is what 'make serve' runs: it ingests the inbox into the content
folder and checks it, as build does, then runs the pinned Hugo's server,
which renders the site into memory and reloads the browser when a layout
or a content file changes. The public folder is never written: a preview
cannot leave localhost links or the live-reload script in what is
published. Stop it with Ctrl-C. After changing the inbox, run serve again
(or 'make site') to ingest it.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			limitMemory()
			if err := configure(cmd, &o); err != nil {
				return err
			}
			c, out := o.Config, cmd.OutOrStdout()
			rep, err := pipeline.Content(cmd.Context(), o)
			if err != nil {
				return err
			}
			printFindings(cmd.ErrOrStderr(), findingsOf(rep))
			fmt.Fprintln(out, ingestLine(rep.Ingest.Read, len(rep.Merged), rep.Ingest.Written, rep.Ingest.Unchanged, len(rep.Skipped), rep.Seconds.Ingest))
			hugo.Compile(cmd.Context(), c.Dir, func() {
				o.Log("compiling Hugo (the first run does this once; it takes a minute or two)")
			})
			fmt.Fprintf(out, "serve: http://%s:%d/ (in memory; %s is not touched; stop with Ctrl-C)\n", bind, port, c.Params.Generator.Public)
			// As build does: every article is shown, whatever its date.
			return hugo.Serve(cmd.Context(), hugo.Options{Source: c.Dir, ContentDir: o.Content,
				Args: []string{"--buildFuture", "--bind", bind, "--port", strconv.Itoa(port)}}, out)
		},
	}
	cmd.Flags().StringVar(&o.Inbox, "inbox", "", "folder of raw articles (default from config.toml)")
	cmd.Flags().StringVar(&o.Content, "content", "", "Hugo content folder (default from config.toml)")
	cmd.Flags().BoolVar(&o.KeepGoing, "keep-going", false, "skip bad articles and show the rest")
	inputFlags(cmd, &o.FollowLinks, &o.Refetch)
	cmd.Flags().StringVar(&bind, "bind", "127.0.0.1", "interface to serve on")
	cmd.Flags().IntVar(&port, "port", 1313, "port to serve on")
	return cmd
}

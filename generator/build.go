package main

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"sync"
	"time"

	"briefing/generator/email"
	"briefing/generator/pipeline"

	"github.com/spf13/cobra"
)

func buildCmd() *cobra.Command {
	var (
		o      pipeline.Options
		asJSON bool
	)
	cmd := &cobra.Command{
		Use:   "build [--json]",
		Short: "Ingest the inbox, build the site with Hugo and minify it into public/",
		Long: `Build is what 'make site' runs: it ingests every article in the inbox, runs
the Hugo pinned in go.mod into a staging folder, minifies it, indexes it for
search (Pagefind, installed with npm the first time), writes the
email edition, and only then replaces the public folder. A failed build
leaves the previous public folder as it was.

It prints a line per stage and a summary; with --json it prints instead
one JSON object with the same figures (articles, content files, pages,
bytes before and after minifying, seconds per stage, peak memory,
warnings, notes, kept edits), for scripts and 'briefing bench'.

Every file in an issue folder is read: text and Markdown articles, saved
web pages (.html), RSS, Atom and JSON feeds, and .urls lists of addresses
(fetched the first time only; --refetch downloads them again). A file
that is none of these stops the build with its name and what to do;
hidden files and READMEs are skipped.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			limitMemory()
			if err := configure(cmd, &o); err != nil {
				return err
			}
			rep, err := pipeline.Build(cmd.Context(), o)
			if err != nil {
				return err
			}
			if asJSON {
				enc := json.NewEncoder(cmd.OutOrStdout())
				enc.SetIndent("", "  ")
				return enc.Encode(rep)
			}
			printBuild(cmd.OutOrStdout(), cmd.ErrOrStderr(), rep)
			return nil
		},
	}
	cmd.Flags().StringVar(&o.Inbox, "inbox", "", "folder of raw articles (default from config.toml)")
	cmd.Flags().StringVar(&o.Content, "content", "", "Hugo content folder (default from config.toml)")
	cmd.Flags().StringVar(&o.Public, "public", "", "output folder (default from config.toml)")
	cmd.Flags().StringVar(&o.BaseURL, "base-url", "", "override config.toml's baseURL")
	cmd.Flags().BoolVar(&o.KeepGoing, "keep-going", false, "skip bad articles, publish the rest and list what was skipped")
	inputFlags(cmd, &o.FollowLinks, &o.Refetch)
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the report as one JSON object")
	return cmd
}

// inputFlags are the switches for pages and feeds the inbox names.
func inputFlags(cmd *cobra.Command, follow, refetch *bool) {
	cmd.Flags().BoolVar(follow, "follow-links", false, "fetch the page of a feed item that gives only a short description (default from config.toml)")
	cmd.Flags().BoolVar(refetch, "refetch", false, "download again the addresses of .urls lists already ingested (by default they are kept, and need no network)")
}

// configure gives o the --config file of cmd and a log to its standard
// error.
func configure(cmd *cobra.Command, o *pipeline.Options) error {
	c, err := loadConfig(cmd)
	if err != nil {
		return err
	}
	o.Config, o.Log = c, logTo(cmd.ErrOrStderr())
	return nil
}

// printBuild writes what a reader must look at to errw and a line per
// stage, then the summary, to w.
func printBuild(w, errw io.Writer, r *pipeline.Report) {
	printFindings(errw, findingsOf(r))
	s := r.Seconds
	fmt.Fprintln(w, ingestLine(r.Ingest.Read, len(r.Merged), r.Ingest.Written, r.Ingest.Unchanged, len(r.Skipped), s.Ingest))
	fmt.Fprintf(w, "terms: %s, %d named too seldom for one in %s\n", count(r.Terms.Pages, "term page"), r.Terms.Without, seconds(s.Terms))
	fmt.Fprintf(w, "hugo: %d pages in %s\n", r.Pages, seconds(s.Hugo))
	fmt.Fprintf(w, "minify: %d files (%d unchanged, reused), %s -> %s in %s\n",
		r.Minify.Files, r.Minify.Reused, bytesize(r.Minify.BytesBefore), bytesize(r.Minify.BytesAfter), seconds(s.Minify))
	if sr := r.Search; sr.Unavailable == "" {
		line := fmt.Sprintf("search: %s in %s (%d reused, %s indexed), %s in %s",
			count(sr.Pages, "page"), count(sr.Shards, "shard"), sr.Reused, count(sr.Indexed, "page"), bytesize(sr.Bytes), seconds(s.Search))
		if sr.InstallSeconds > 0 {
			line += fmt.Sprintf(" (Pagefind installed in %s)", seconds(sr.InstallSeconds))
		}
		fmt.Fprintln(w, line)
	}
	fmt.Fprintf(w, "email: %s, HTML %s (limit %d KB)\n", count(r.Email.Issues, "issue"), kb(r.Email.LargestHTML), email.ClipLimit/1000)
	fmt.Fprintf(w, "build: %s, %d pages, %s published to %s in %s (ingest %s, check %s, terms %s, hugo compile %s, hugo %s, minify %s, search %s, email %s, publish %s; peak memory %.0f MiB)\n",
		count(r.Articles, "article"), r.Pages, bytesize(r.Minify.BytesAfter), r.Public, seconds(s.Total),
		seconds(s.Ingest), seconds(s.Check), seconds(s.Terms), seconds(s.HugoCompile), seconds(s.Hugo), seconds(s.Minify), seconds(s.Search), seconds(s.Email), seconds(s.Publish),
		r.PeakMemoryMiB)
}

// findings are what a run reports to the reader beside its figures.
type findings struct {
	Notes, Warnings, Kept, Owned, Orphans, Removed, Skipped []string
}

func findingsOf(r *pipeline.Report) findings {
	return findings{Notes: r.Notes, Warnings: r.Warnings, Kept: r.Kept, Owned: r.Owned, Orphans: r.Orphans, Removed: r.Removed, Skipped: r.Skipped}
}

// printFindings writes each finding on a line of its own, under the
// program's name.
func printFindings(errw io.Writer, f findings) {
	for _, group := range []struct {
		list   []string
		format string
	}{
		{f.Warnings, "warning: %s"},
		{f.Notes, "note: %s"},
		{f.Kept, "kept editor's edits: %s"},
		{f.Owned, "left alone (no generator record): %s"},
		{f.Orphans, "kept %s: its article is no longer in the inbox (delete the file to unpublish it)"},
		{f.Removed, "removed %s: its article is now published as another's duplicate, and the file was not edited"},
		{f.Skipped, "skipped %s"},
	} {
		for _, s := range group.list {
			fmt.Fprintf(errw, "%s: "+group.format+"\n", prog, s)
		}
	}
}

// logTo is a pipeline.Options.Log that writes each message to w under the
// program's name, one at a time.
func logTo(w io.Writer) func(string) {
	var mu sync.Mutex
	return func(msg string) {
		mu.Lock()
		defer mu.Unlock()
		fmt.Fprintf(w, "%s: %s\n", prog, msg)
	}
}

// ingestLine says what ingesting did: articles read (and how many of them
// were published as another's duplicate), content files written and left
// as they were.
func ingestLine(read, merged, written, unchanged, skipped int, secs float64) string {
	r := "read " + count(read, "article")
	if merged > 0 {
		r += fmt.Sprintf(" (%d published as another's duplicate)", merged)
	}
	parts := []string{
		r,
		"wrote " + count(written, "content file"),
		fmt.Sprintf("left %d unchanged", unchanged),
	}
	if skipped > 0 {
		parts = append(parts, "skipped "+count(skipped, "file"))
	}
	return fmt.Sprintf("ingest: %s in %s", strings.Join(parts, ", "), seconds(secs))
}

// count is "1 article", "2 articles".
func count(n int, what string) string {
	if n == 1 {
		return "1 " + what
	}
	return fmt.Sprintf("%d %ss", n, what)
}

// bytesize prints a byte count the way people read it.
func bytesize(n int64) string {
	switch {
	case n >= 10<<20:
		return fmt.Sprintf("%.1f MB", float64(n)/1e6)
	case n >= 10<<10:
		return fmt.Sprintf("%.1f KB", float64(n)/1e3)
	}
	return fmt.Sprintf("%d B", n)
}

func kb(n int) string { return fmt.Sprintf("%.1f KB", float64(n)/1000) }

func seconds(s float64) string { return fmt.Sprintf("%.2fs", s) }

func duration(d time.Duration) string { return seconds(d.Seconds()) }

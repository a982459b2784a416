package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	"briefing/generator/config"
	"briefing/generator/email"
	"briefing/generator/hugo"
	"briefing/generator/ingest"
	"briefing/generator/minify"
	"briefing/generator/publish"
	"briefing/generator/search"

	"github.com/spf13/cobra"
)

// buildOptions are the folders and switches of one build.
type buildOptions struct {
	inbox, content, public string
	baseURL                string
	keepGoing              bool
}

func buildCmd() *cobra.Command {
	var o buildOptions
	cmd := &cobra.Command{
		Use:   "build",
		Short: "Ingest the inbox, build the site with Hugo and minify it into public/",
		Long: `Build is what 'make site' runs: it ingests every article in the inbox, runs
the Hugo pinned in go.mod into a staging folder, minifies it, writes the
email edition, and only then replaces the public folder. A failed build
leaves the previous public folder as it was.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			c, err := loadConfig(cmd)
			if err != nil {
				return err
			}
			if o.inbox == "" {
				o.inbox = c.Path(c.Params.Generator.Inbox)
			}
			if o.content == "" {
				o.content = c.Path(c.Params.Generator.Content)
			}
			if o.public == "" {
				o.public = c.Path(c.Params.Generator.Public)
			}
			return build(cmd.Context(), c, o, cmd.OutOrStdout(), cmd.ErrOrStderr())
		},
	}
	cmd.Flags().StringVar(&o.inbox, "inbox", "", "folder of raw articles (default from config.toml)")
	cmd.Flags().StringVar(&o.content, "content", "", "Hugo content folder (default from config.toml)")
	cmd.Flags().StringVar(&o.public, "public", "", "output folder (default from config.toml)")
	cmd.Flags().StringVar(&o.baseURL, "base-url", "", "override config.toml's baseURL")
	cmd.Flags().BoolVar(&o.keepGoing, "keep-going", false, "skip bad articles, publish the rest and list what was skipped")
	return cmd
}

func build(ctx context.Context, c *config.Config, o buildOptions, w, errw io.Writer) error {
	start := time.Now()
	// Hugo runs in another folder: every path it is given must be absolute.
	for _, p := range []*string{&o.inbox, &o.content, &o.public} {
		abs, err := filepath.Abs(*p)
		if err != nil {
			return err
		}
		*p = abs
	}
	unlock, err := publish.Lock(filepath.Join(c.Dir, ".briefing.lock"))
	if err != nil {
		return err
	}
	defer unlock()

	rep, err := ingest.Run(ctx, []string{o.inbox}, ingest.Options{
		Out: o.content, KeepGoing: o.keepGoing, MaxBytes: c.Params.Generator.MaxBytes, SiteName: c.Params.Name, Base: c.Dir, Orphans: true,
	})
	if err != nil {
		return err
	}
	printIngest(w, errw, rep)
	took := stages{ingest: rep.Elapsed}

	staged, err := publish.Staging(o.public)
	if err != nil {
		return err
	}
	defer os.RemoveAll(staged) // gone after a successful swap; the leftover after a failure
	hstart := time.Now()
	if err := hugo.Build(ctx, hugo.Options{Source: c.Dir, ContentDir: o.content, Destination: staged, BaseURL: o.baseURL}); err != nil {
		return err
	}
	pages := countPages(staged)
	took.hugo = time.Since(hstart)
	fmt.Fprintf(w, "hugo: %d pages in %s\n", pages, seconds(took.hugo))

	// Pages whose Hugo output is the same as last time take the last
	// build's minified bytes; the sums that say so live beside public/.
	sumsPath := filepath.Join(filepath.Dir(o.public), "."+filepath.Base(o.public)+".sums")
	var reuse *minify.Reuse
	if sums := minify.ReadSums(sumsPath); sums != nil {
		reuse = &minify.Reuse{Previous: o.public, Sums: sums}
	}
	mstart := time.Now()
	st, err := minify.Dir(ctx, staged, minify.Options{Reuse: reuse})
	if err != nil {
		return err
	}
	took.minify = time.Since(mstart)
	fmt.Fprintf(w, "minify: %d files (%d unchanged, reused), %s -> %s in %s\n", st.Files, st.Reused, bytesize(st.Before), bytesize(st.After), seconds(took.minify))

	// The search index reads the minified pages and is itself minified.
	sr, err := search.Index(ctx, search.Options{Site: staged, Previous: o.public, Tools: filepath.Join(c.Dir, ".tools", "pagefind"), Log: errw})
	if err != nil {
		return err
	}
	if sr.Unavailable != "" {
		fmt.Fprintf(errw, "%s: warning: %s\n", prog, sr)
	} else {
		fmt.Fprintln(w, sr)
	}

	estart := time.Now()
	if err := email.Edition(ctx, c, staged, w); err != nil {
		return err
	}
	took.email = time.Since(estart)

	// Sums must never describe a public/ they did not come from: drop the
	// old ones before the swap and write the new ones after it.
	os.Remove(sumsPath)
	if err := publish.Replace(staged, o.public); err != nil {
		return err
	}
	if err := minify.WriteSums(sumsPath, st.Sums); err != nil {
		fmt.Fprintf(errw, "%s: warning: %v (the next build minifies everything)\n", prog, err)
	}
	fmt.Fprintf(w, "build: %d articles, %d pages, %s published to %s in %s (%s; peak memory %s)\n",
		rep.Articles, pages, bytesize(st.After), o.public, seconds(time.Since(start)), took, peakMemory())
	return nil
}

// stages are the times of a build's steps, for the report and make bench.
type stages struct{ ingest, hugo, minify, email time.Duration }

func (s stages) String() string {
	return fmt.Sprintf("ingest %s, hugo %s, minify %s, email %s", seconds(s.ingest), seconds(s.hugo), seconds(s.minify), seconds(s.email))
}

// peakMemory is this process's peak resident memory; Hugo runs in its own
// process and is not counted.
func peakMemory() string {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return "unknown"
	}
	return fmt.Sprintf("%.0f MiB", float64(ru.Maxrss)/1024) // Linux reports KiB
}

func countPages(dir string) int {
	n := 0
	filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(p, ".html") {
			n++
		}
		return nil
	})
	return n
}

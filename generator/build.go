package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	"briefing/generator/config"
	"briefing/generator/content"
	"briefing/generator/email"
	"briefing/generator/hugo"
	"briefing/generator/ingest"
	"briefing/generator/internal/fsx"
	"briefing/generator/minify"
	"briefing/generator/publish"

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
	unlock, err := lock(filepath.Join(c.Dir, ".briefing.lock"), errw)
	if err != nil {
		return err
	}
	defer unlock()
	// Under the lock no other build is working beside public/: whatever
	// an interrupted one left there is debris, or the site to put back.
	rec, err := publish.Recover(o.public)
	if rec.Restored != "" {
		fmt.Fprintf(errw, "%s: note: put back %s from %s, left by an interrupted build\n", prog, o.public, rec.Restored)
	}
	if len(rec.Removed) > 0 {
		fmt.Fprintf(errw, "%s: note: removed %d folders left by interrupted builds\n", prog, len(rec.Removed))
	}
	if err != nil {
		return err
	}
	if err := publish.Writable(o.public); err != nil {
		return err
	}

	rep, err := ingest.Run(ctx, []string{o.inbox}, ingest.Options{
		Out: o.content, KeepGoing: o.keepGoing, MaxBytes: c.Params.Generator.MaxBytes, SiteName: c.Params.Name, Base: c.Dir, Orphans: true,
		Taxonomies: c.TaxonomyKeys(),
	})
	if err != nil {
		return err
	}
	printIngest(w, errw, rep)
	took := stages{ingest: rep.Elapsed}
	// Editors edit content/ by hand too: what Hugo would stop on, or
	// publish at a path of its own, is named here with its file and line.
	cstart := time.Now()
	if err := content.CheckDir(o.content, c.TaxonomyKeys()); err != nil {
		return err
	}
	took.ingest += time.Since(cstart)

	staged, err := publish.Staging(o.public)
	if err != nil {
		return err
	}
	defer os.RemoveAll(staged) // gone after a successful swap; the leftover after a failure
	hstart := time.Now()
	// Every article in the inbox is published, whatever its date: the
	// date names the issue it belongs to, and tomorrow's issue, prepared
	// the evening before, must go out (Hugo leaves future pages out by
	// default; config.toml says buildFuture for 'hugo server' too).
	if err := hugo.Build(ctx, hugo.Options{Source: c.Dir, ContentDir: o.content, Destination: staged, BaseURL: o.baseURL,
		Args: []string{"--buildFuture"}}); err != nil {
		return err
	}
	pages := countPages(staged)
	took.hugo = time.Since(hstart)
	fmt.Fprintf(w, "hugo: %d pages in %s\n", pages, seconds(took.hugo))

	// Pages whose Hugo output is the same as last time take the last
	// build's minified bytes; the sums that say so live beside public/.
	sumsPath := filepath.Join(filepath.Dir(o.public), "."+filepath.Base(o.public)+".sums")
	// The email edition's HTML is the email step's to minify.
	mo := minify.Options{Skip: email.Owns}
	if sums := minify.ReadSums(sumsPath); sums != nil {
		mo.Reuse = &minify.Reuse{Previous: o.public, Sums: sums}
	}
	mstart := time.Now()
	st, err := minify.Dir(ctx, staged, mo)
	if err != nil {
		return err
	}
	took.minify = time.Since(mstart)
	fmt.Fprintf(w, "minify: %d files (%d unchanged, reused), %s -> %s in %s\n", st.Files, st.Reused, bytesize(st.Before), bytesize(st.After), seconds(took.minify))

	estart := time.Now()
	er, err := email.Edition(ctx, staged, emailSettings(c))
	if err != nil {
		return err
	}
	for _, s := range er.Warnings {
		fmt.Fprintf(w, "email: warning: %s\n", s)
	}
	what := "issues"
	if er.Issues == 1 {
		what = "issue"
	}
	fmt.Fprintf(w, "email: %d %s, HTML %.1f KB (limit %d KB)\n", er.Issues, what, float64(er.LargestHTML)/1000, email.ClipLimit/1000)
	took.email = time.Since(estart)

	// Sums must never describe a public/ they did not come from: drop the
	// old ones before the swap and write the new ones after it.
	os.Remove(sumsPath)
	var left *publish.LeftError
	if err := publish.Replace(staged, o.public); errors.As(err, &left) {
		fmt.Fprintf(errw, "%s: warning: published, but %v\n", prog, err)
	} else if err != nil {
		return err
	}
	if err := minify.WriteSums(sumsPath, st.Sums); err != nil {
		fmt.Fprintf(errw, "%s: warning: %v (the next build minifies everything)\n", prog, err)
	}
	fmt.Fprintf(w, "build: %d articles, %d pages, %s published to %s in %s (%s; peak memory %s)\n",
		rep.Articles, pages, bytesize(st.After), o.public, seconds(time.Since(start)), took, peakMemory())
	return nil
}

// emailSettings are the email edition's settings in the config.
func emailSettings(c *config.Config) email.Settings {
	p := c.Params
	return email.Settings{
		Name: p.Name, SenderName: p.Sender.Name, From: p.Sender.Address, ReplyTo: p.Sender.ReplyTo,
		PostalAddress: p.Sender.PostalAddress, Subject: p.Email.Subject, Unsubscribe: p.Email.Unsubscribe,
		BaseURL: c.BaseURL,
	}
}

// lock takes the build lock at path, saying so when another build holds it.
func lock(path string, errw io.Writer) (func() error, error) {
	said := make(chan struct{})
	waiting := time.AfterFunc(time.Second, func() {
		fmt.Fprintf(errw, "%s: waiting for another build to finish (%s)\n", prog, path)
		close(said)
	})
	unlock, err := fsx.Lock(path)
	if !waiting.Stop() {
		<-said // the note is out before anything else is written
	}
	return unlock, err
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

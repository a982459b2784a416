package pipeline

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path"
	"path/filepath"
	"strings"
	"sync/atomic"
	"time"

	"briefing/generator/config"
	"briefing/generator/content"
	"briefing/generator/email"
	"briefing/generator/hugo"
	"briefing/generator/ingest"
	"briefing/generator/internal/fsx"
	"briefing/generator/minify"
	"briefing/generator/publish"
	"briefing/generator/search"
	"briefing/generator/source/fetch"
	"briefing/generator/terms"
)

// Options are the folders and switches of one build.
type Options struct {
	// Config is the site's configuration (config.toml); its folder is the
	// project's.
	Config *config.Config
	// Inbox, Content and Public are the folders of the raw articles, the
	// Hugo content and the published site; "" means the config's.
	Inbox, Content, Public string
	// BaseURL overrides the config's baseURL when set.
	BaseURL string
	// KeepGoing skips bad articles and publishes the rest; the report
	// lists what was skipped.
	KeepGoing bool
	// FollowLinks fetches the page of a feed item that carries only a
	// short description (the config's followLinks turns it on too).
	FollowLinks bool
	// Refetch downloads again the addresses of .urls lists whose articles
	// the content folder already has (see ingest.Options.Refetch).
	Refetch bool
	// Fetch downloads pages and feeds; nil means a client with the
	// defaults, a User-Agent naming the site, and the config's page limit.
	Fetch *fetch.Client
	// Log receives what a reader needs to know while the build runs
	// (waiting for another build, compiling Hugo), as lowercase messages
	// without the program's name; nil discards them. It may be called
	// from another goroutine.
	Log func(msg string)
}

// MaxBytesHint is how an editor raises the article size limit.
const MaxBytesHint = "raise params.generator.maxBytes in config.toml"

// MaxPageBytesHint is how an editor raises the size limit of pages and
// feeds.
const MaxPageBytesHint = "raise params.generator.maxPageBytes in config.toml"

// FollowLinksHint is how an editor has feed items' pages fetched.
const FollowLinksHint = "build with --follow-links (or set params.generator.followLinks in config.toml) to fetch its page"

// IngestOptions are the ingest options the config gives; the caller sets
// the folders and switches of its own.
func IngestOptions(c *config.Config) ingest.Options {
	g := c.Params.Generator
	return ingest.Options{
		MaxBytes: g.MaxBytes, MaxBytesHint: MaxBytesHint,
		MaxPageBytes: g.MaxPageBytes, MaxPageBytesHint: MaxPageBytesHint,
		FollowLinks: g.FollowLinks, FollowLinksHint: FollowLinksHint,
		Fetch:    &fetch.Client{UserAgent: fetch.UserAgent("", c.BaseURL), MaxBytes: g.MaxPageBytes},
		SiteName: c.Params.Name, Base: c.Dir, Taxonomies: c.TaxonomyKeys(), Sections: c.Params.Sections,
	}
}

// Build runs the whole pipeline once and publishes the result. On error
// nothing is published and the previous public folder is as it was.
func Build(ctx context.Context, o Options) (*Report, error) {
	start := newLap()
	if err := o.resolve(); err != nil {
		return nil, err
	}
	c, logf := o.Config, o.logf
	rep := newReport(o.Public)

	unlock, err := lock(filepath.Join(c.Dir, ".briefing.lock"), logf)
	if err != nil {
		return nil, err
	}
	defer unlock()
	// Under the lock no other build is working beside public/: whatever
	// an interrupted one left there is debris, or the site to put back.
	rec, err := publish.Recover(o.Public)
	if rec.Restored != "" {
		rep.Notes = append(rep.Notes, fmt.Sprintf("put back %s from %s, left by an interrupted build", o.Public, rec.Restored))
	}
	if len(rec.Removed) > 0 {
		rep.Notes = append(rep.Notes, fmt.Sprintf("removed %d folders left by interrupted builds", len(rec.Removed)))
	}
	if err != nil {
		return nil, err
	}
	if err := publish.Writable(o.Public); err != nil {
		return nil, err
	}
	stage := newLap()
	if err := prepareContent(ctx, o, rep, &stage); err != nil {
		return nil, err
	}

	staged, err := publish.Staging(o.Public)
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(staged) // gone after a successful swap; the leftover after a failure
	var compiling atomic.Bool
	hugo.Compile(ctx, c.Dir, func() {
		compiling.Store(true)
		logf("compiling Hugo (the first build does this once; it takes a minute or two)")
	})
	stage.next(&rep.Seconds.HugoCompile, &rep.CPU.HugoCompile)
	if compiling.Load() {
		rep.Notes = append(rep.Notes, fmt.Sprintf("compiled Hugo in %.0fs", rep.Seconds.HugoCompile))
	}
	// Every article in the inbox is published, whatever its date: the
	// date names the issue it belongs to, and tomorrow's issue, prepared
	// the evening before, must go out (Hugo leaves future pages out by
	// default; config.toml says buildFuture for 'hugo server' too).
	if err := hugo.Build(ctx, hugo.Options{Source: c.Dir, ContentDir: o.Content, Destination: staged, BaseURL: o.BaseURL,
		Args: []string{"--buildFuture"}}); err != nil {
		return nil, err
	}
	rep.Pages = countPages(staged)
	stage.next(&rep.Seconds.Hugo, &rep.CPU.Hugo)
	afterHugo := stage.wall

	// What follows Hugo overlaps, so that a core one step leaves idle
	// (the smaller search shard done first, a step's last few files) is
	// another's. The email edition reads only the files Hugo wrote for
	// it, which minify and search leave alone: it runs beside them. The
	// search index reads the article pages as published (minified): they
	// are minified first, and Pagefind indexes them while the rest of the
	// site is minified.
	ctx, cancel := context.WithCancel(ctx)
	var running []background
	defer func() {
		cancel() // on an error, what runs beside stops before the staging folder goes
		for _, b := range running {
			b.wait()
		}
	}()
	var er email.Report
	var erErr error
	mailing := goTimed(&rep.Seconds.Email, func() {
		rep.CPU.Email = threadCPU(func() {
			er, erErr = email.Edition(ctx, staged, EmailSettings(c))
		}).Seconds()
	})
	running = append(running, mailing)

	// Pages whose Hugo output is the same as last time take the last
	// build's minified bytes; the sums that say so live beside public/.
	sumsPath := beside(o.Public, "sums")
	var reuse *minify.Reuse
	if sums := minify.ReadSums(sumsPath); sums != nil {
		reuse = &minify.Reuse{Previous: o.Public, Sums: sums}
	}
	indexed := func(rel string) bool {
		ok, _ := path.Match(search.DefaultPages, rel)
		return ok
	}
	st, err := minify.Dir(ctx, staged, minify.Options{Reuse: reuse, Skip: func(rel string) bool {
		if dir, ok := strings.CutSuffix(rel, "/"); ok {
			return !mayHold(search.DefaultPages, dir)
		}
		return !indexed(rel) || email.Owns(rel)
	}})
	if err != nil {
		return nil, err
	}

	// The last site's shards whose pages are unchanged are reused.
	// Without Pagefind (no npm) the site is published without an index
	// and its search page says so.
	var sr *search.Report
	var srErr error
	searching := goTimed(&rep.Seconds.Search, func() {
		sr, srErr = search.Index(ctx, search.Options{Site: staged, Previous: o.Public,
			Tools: filepath.Join(c.Dir, ".tools", "pagefind"), Log: lineWriter(logf)})
	})
	running = append(running, searching)
	rest, err := minify.Dir(ctx, staged, minify.Options{Reuse: reuse, Skip: func(rel string) bool {
		return email.Owns(rel) || indexed(rel) || search.Owns(rel)
	}})
	if err != nil {
		return nil, err
	}
	st.Add(rest)
	rep.Minify = Minify{Files: st.Files, Reused: st.Reused, BytesBefore: st.Before, BytesAfter: st.After}
	rep.Seconds.Minify = time.Since(afterHugo).Seconds()

	searching.wait()
	if srErr != nil {
		return nil, srErr
	}
	rep.Search = Search{Pages: sr.Pages, Shards: sr.Shards, Reused: sr.Reused, Indexed: sr.Indexed, Bytes: sr.Bytes,
		InstallSeconds: sr.Install.Seconds(), Unavailable: sr.Unavailable}
	rep.CPU.Pagefind = sr.CPU.Seconds()
	if sr.Unavailable != "" {
		rep.Warnings = append(rep.Warnings, sr.String())
	}

	mailing.wait()
	if erErr != nil {
		return nil, erErr
	}
	rep.Email = Email{Issues: er.Issues, LargestHTML: er.LargestHTML}
	for _, w := range er.Warnings {
		rep.Warnings = append(rep.Warnings, "email: "+w)
	}
	stage.next(nil, &rep.CPU.AfterHugo)

	// Sums must never describe a public/ they did not come from: drop the
	// old ones before the swap and write the new ones after it.
	os.Remove(sumsPath)
	var left *publish.LeftError
	if err := publish.Replace(staged, o.Public); errors.As(err, &left) {
		rep.Warnings = append(rep.Warnings, fmt.Sprintf("published, but %v", err))
	} else if err != nil {
		return nil, err
	}
	if err := minify.WriteSums(sumsPath, st.Sums); err != nil {
		rep.Warnings = append(rep.Warnings, fmt.Sprintf("%v (the next build minifies everything)", err))
	}
	stage.next(&rep.Seconds.Publish, &rep.CPU.Publish)
	start.next(&rep.Seconds.Total, &rep.CPU.Total)
	rep.PeakMemoryMiB = peakMemoryMiB()
	return rep, nil
}

// Content brings the content folder up to date with the inbox and checks
// it, as Build does before Hugo runs, and publishes nothing: what a
// preview needs. The report has the ingest figures and findings.
func Content(ctx context.Context, o Options) (*Report, error) {
	start := newLap()
	if err := o.resolve(); err != nil {
		return nil, err
	}
	unlock, err := lock(filepath.Join(o.Config.Dir, ".briefing.lock"), o.logf)
	if err != nil {
		return nil, err
	}
	defer unlock()
	rep := newReport("")
	stage := start
	if err := prepareContent(ctx, o, rep, &stage); err != nil {
		return nil, err
	}
	start.next(&rep.Seconds.Total, &rep.CPU.Total)
	return rep, nil
}

// prepareContent ingests the inbox into the content folder and checks it:
// the ingest, check and terms stages, timed from *stage.
func prepareContent(ctx context.Context, o Options, rep *Report, stage *lap) error {
	c := o.Config
	opt := IngestOptions(c)
	opt.Out, opt.KeepGoing, opt.Orphans, opt.Refetch = o.Content, o.KeepGoing, true, o.Refetch
	opt.FollowLinks = opt.FollowLinks || o.FollowLinks
	if o.Fetch != nil {
		opt.Fetch = o.Fetch
	}
	ing, err := ingest.Run(ctx, []string{o.Inbox}, opt)
	if err != nil {
		return err
	}
	rep.addIngest(ing)
	stage.next(&rep.Seconds.Ingest, &rep.CPU.Ingest)

	// Editors edit content/ by hand too: what Hugo would stop on, or
	// publish at a path of its own, is named here with its file and line.
	// The files ingest has just written, and those unchanged since the
	// last check, are known and not read again.
	cachePath := beside(o.Content, "scan")
	tax := c.TaxonomyKeys()
	cache := content.ReadScanCache(cachePath, tax)
	for p, t := range ing.Terms {
		cache.Known(p, t) // a file it cannot stat is read instead
	}
	found, err := content.ScanDir(o.Content, tax, cache)
	if err != nil {
		return err
	}
	if err := cache.Write(cachePath); err != nil {
		rep.Warnings = append(rep.Warnings, fmt.Sprintf("%v (the next build checks every content file)", err))
	}
	stage.next(&rep.Seconds.Check, &rep.CPU.Check)

	// A name gets a page only when enough stories name it; counted over
	// the content as Hugo will read it, so edits and old issues count.
	ix := terms.New(tax)
	for _, t := range found {
		ix.Add(t)
	}
	st, err := terms.Publish(o.Content, ix, c.MinTermArticles())
	if err != nil {
		return err
	}
	rep.Terms = Terms{Pages: st.Pages, Without: st.Without}
	stage.next(&rep.Seconds.Terms, &rep.CPU.Terms)
	return nil
}

// resolve fills in the config's folders and makes every path absolute:
// Hugo runs in another folder.
func (o *Options) resolve() error {
	c := o.Config
	if c == nil {
		return errors.New("build: no configuration")
	}
	for _, f := range []struct {
		p   *string
		def string
	}{{&o.Inbox, c.Params.Generator.Inbox}, {&o.Content, c.Params.Generator.Content}, {&o.Public, c.Params.Generator.Public}} {
		if *f.p == "" {
			*f.p = c.Path(f.def)
		}
		abs, err := filepath.Abs(*f.p)
		if err != nil {
			return err
		}
		*f.p = abs
	}
	return nil
}

// logf sends a progress message to Log.
func (o *Options) logf(format string, args ...any) {
	if o.Log != nil {
		o.Log(fmt.Sprintf(format, args...))
	}
}

// EmailSettings are the email edition's settings in the config.
func EmailSettings(c *config.Config) email.Settings {
	p := c.Params
	return email.Settings{
		Name: p.Name, SenderName: p.Sender.Name, From: p.Sender.Address, ReplyTo: p.Sender.ReplyTo,
		PostalAddress: p.Sender.PostalAddress, Subject: p.Email.Subject, Unsubscribe: p.Email.Unsubscribe,
		BaseURL: c.BaseURL,
	}
}

// addIngest takes the ingest step's counts and findings into the report.
func (r *Report) addIngest(ing *ingest.Report) {
	r.Articles = ing.Articles
	r.Ingest = Ingest{Read: ing.Articles + len(ing.Merged), Written: ing.Created + ing.Updated, Unchanged: ing.Unchanged, Reused: ing.Cached}
	r.Notes = append(r.Notes, ing.Decoded...)
	r.Notes = append(r.Notes, ing.Notes...)
	r.Warnings = append(r.Warnings, ing.Warnings...)
	r.Kept = append(r.Kept, ing.Kept...)
	r.Owned = append(r.Owned, ing.Owned...)
	r.Orphans = append(r.Orphans, ing.Orphans...)
	r.Merged = append(r.Merged, ing.Merged...)
	r.Removed = append(r.Removed, ing.Removed...)
	for _, e := range ing.Skipped {
		r.Skipped = append(r.Skipped, e.Error())
	}
}

// lock takes the build lock at path, saying so when another build holds it.
func lock(path string, logf func(string, ...any)) (func() error, error) {
	said := make(chan struct{})
	waiting := time.AfterFunc(time.Second, func() {
		logf("waiting for another build to finish (%s)", path)
		close(said)
	})
	unlock, err := fsx.Lock(path)
	if !waiting.Stop() {
		<-said // the note is out before anything else is written
	}
	return unlock, err
}

// lineWriter is an io.Writer that logs each line written to it.
func lineWriter(logf func(string, ...any)) io.Writer {
	return writerFunc(func(p []byte) (int, error) {
		for _, line := range strings.Split(strings.TrimRight(string(p), "\n"), "\n") {
			logf("%s", line)
		}
		return len(p), nil
	})
}

type writerFunc func([]byte) (int, error)

func (f writerFunc) Write(p []byte) (int, error) { return f(p) }

// beside is the hidden file beside folder dir where a build keeps what it
// knows of it for the next build: .public.sums beside public.
func beside(dir, ext string) string {
	return filepath.Join(filepath.Dir(dir), "."+filepath.Base(dir)+"."+ext)
}

// background is a function running on a goroutine of its own.
type background struct{ done chan struct{} }

// goTimed runs f on a goroutine of its own and, when it returns, puts
// the seconds it took in *secs (read it after wait).
func goTimed(secs *float64, f func()) background {
	b := background{done: make(chan struct{})}
	go func() {
		defer close(b.done)
		start := time.Now()
		f()
		*secs = time.Since(start).Seconds()
	}()
	return b
}

// wait returns once the function has returned; it may be called again.
func (b background) wait() { <-b.done }

// mayHold reports whether the folder dir (a slash-separated path) may
// hold a file that pattern matches.
func mayHold(pattern, dir string) bool {
	d, p := strings.Split(dir, "/"), strings.Split(pattern, "/")
	if len(d) >= len(p) {
		return false
	}
	ok, _ := path.Match(strings.Join(p[:len(d)], "/"), dir)
	return ok
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

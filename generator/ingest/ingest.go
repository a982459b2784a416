// Package ingest turns raw articles into Hugo content: it parses each
// article, computes its metadata and writes one content file per article,
// plus the issue and archive pages, keeping every edit an editor made.
package ingest

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
	"time"

	"briefing/generator/article"
	"briefing/generator/content"
	"briefing/generator/internal/progress"
)

// Version changes whenever the generator would compute different content
// from the same article; it is part of every input hash, so a new version
// recomputes everything once.
const Version = "1"

// Options tune Run; the zero value ingests into ./content.
type Options struct {
	Issue     string // issue date for every article (YYYY-MM-DD); "" takes it from the folder
	Out       string // the Hugo content folder; "" means "content"
	KeepGoing bool   // skip bad files instead of stopping
	MaxBytes  int64  // per-file limit; 0 means article.DefaultMaxBytes
	Workers   int    // 0 means one per CPU
	// SiteName titles the home page's content file.
	SiteName string
}

// Report says what Run did.
type Report struct {
	Articles  int // articles in the input
	Created   int
	Updated   int
	Unchanged int      // files already up to date
	Cached    int      // articles whose metadata was not recomputed
	Owned     []string // content files with no generator record, left alone
	Kept      []string // "file: field, field" where an editor's edit was kept
	Decoded   []string // "file: windows-1252" for text that was not UTF-8
	Skipped   []error  // bad files left out (with KeepGoing)
	Issues    []string // issue dates touched
	Elapsed   time.Duration
}

// Error lists every bad file of a run that stopped.
type Error struct{ Errs []error }

func (e *Error) Error() string {
	var b strings.Builder
	for i, err := range e.Errs {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(err.Error())
	}
	return b.String()
}

// item is one article on its way through the run.
type item struct {
	in     input
	raw    []byte
	hash   string
	art    *article.Article
	issue  string
	slug   string
	path   string
	old    *content.Existing
	doc    content.Doc
	cached bool
}

// Run ingests the articles under paths.
func Run(ctx context.Context, paths []string, opt Options) (*Report, error) {
	start := time.Now()
	out := opt.Out
	if out == "" {
		out = "content"
	}
	if opt.Issue != "" {
		if err := checkDate(opt.Issue); err != nil {
			return nil, fmt.Errorf("--issue %q: %v - use YYYY-MM-DD", opt.Issue, err)
		}
	}
	rep := &Report{}
	inputs, errs := collect(paths)
	items := make([]*item, 0, len(inputs))
	for _, in := range inputs {
		it, err := read(in, opt)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		items = append(items, it)
	}
	if len(errs) > 0 && !opt.KeepGoing {
		return nil, &Error{errs}
	}
	rep.Skipped = errs
	if err := allocate(items, out); err != nil {
		return nil, err
	}
	if err := compute(ctx, items, opt.Workers); err != nil {
		return nil, err
	}
	rep.Articles = len(items)
	// Every article is ready: only now is anything written, so a bad file
	// never leaves content/ half updated.
	issues := map[string]bool{}
	for _, it := range items {
		issues[it.issue] = true
		if it.art != nil && it.art.Encoding != "" {
			rep.Decoded = append(rep.Decoded, it.in.path+": decoded from "+it.art.Encoding)
		}
		if it.cached {
			rep.Cached++
			rep.Unchanged++
			continue
		}
		if err := tally(rep, it.path, it.doc); err != nil {
			return rep, err
		}
	}
	for _, d := range sortedKeys(issues) {
		rep.Issues = append(rep.Issues, d)
		if err := tally(rep, filepath.Join(out, "issues", d, "_index.md"), issueDoc(d)); err != nil {
			return rep, err
		}
	}
	if len(items) > 0 {
		name := opt.SiteName
		if name == "" {
			name = "Briefing"
		}
		for _, p := range []struct {
			path string
			doc  content.Doc
		}{
			{filepath.Join(out, "_index.md"), simpleDoc(name)},
			{filepath.Join(out, "issues", "_index.md"), simpleDoc("Archive")},
		} {
			if err := tally(rep, p.path, p.doc); err != nil {
				return rep, err
			}
		}
	}
	rep.Elapsed = time.Since(start)
	return rep, nil
}

func tally(rep *Report, path string, doc content.Doc) error {
	res, kept, err := content.Write(path, doc)
	if err != nil {
		return err
	}
	switch res {
	case content.Created:
		rep.Created++
	case content.Updated:
		rep.Updated++
	case content.Unchanged:
		rep.Unchanged++
	case content.Owned:
		rep.Owned = append(rep.Owned, path)
	}
	if len(kept) > 0 {
		rep.Kept = append(rep.Kept, path+": "+strings.Join(kept, ", "))
	}
	return nil
}

// read loads and parses one file and settles its issue date.
func read(in input, opt Options) (*item, error) {
	max := opt.MaxBytes
	if max <= 0 {
		max = article.DefaultMaxBytes
	}
	st, err := os.Stat(in.path)
	if err != nil {
		return nil, fmt.Errorf("%s: %v", in.path, unwrapPathErr(err))
	}
	if st.Size() > max {
		return nil, &article.Error{File: in.path, Msg: fmt.Sprintf("file is %d bytes, over the limit of %d", st.Size(), max),
			Hint: "split it, or raise params.generator.maxBytes in config.toml"}
	}
	raw, err := os.ReadFile(in.path)
	if err != nil {
		return nil, fmt.Errorf("%s: %v - check its permissions", in.path, unwrapPathErr(err))
	}
	a, err := article.Parse(in.path, raw, article.Options{MaxBytes: max})
	if err != nil {
		return nil, err
	}
	issue := opt.Issue
	if issue == "" {
		issue = in.issue
	}
	if issue == "" {
		for _, k := range []string{"issue", "date"} {
			if s, ok := a.Fields[k].(string); ok && len(s) >= 10 {
				issue = s[:10]
				break
			}
		}
	}
	if issue == "" {
		return nil, fmt.Errorf("%s: no issue date - file it under a YYYY-MM-DD folder of the inbox, or pass --issue YYYY-MM-DD", in.path)
	}
	if err := checkDate(issue); err != nil {
		return nil, fmt.Errorf("%s: invalid issue date %q - use a real date as YYYY-MM-DD", in.path, issue)
	}
	sum := sha256.New()
	fmt.Fprintf(sum, "%s\x00%s\x00%s\x00", Version, issue, filepath.ToSlash(in.path))
	sum.Write(raw)
	return &item{in: in, raw: raw, art: a, issue: issue, hash: hex.EncodeToString(sum.Sum(nil)[:12])}, nil
}

func checkDate(s string) error {
	if !issueDir.MatchString(s) {
		return errors.New("not a date")
	}
	_, err := time.Parse("2006-01-02", s)
	return err
}

// compute fills each item's doc, in parallel, skipping articles whose
// content file was generated from the same input.
func compute(ctx context.Context, items []*item, workers int) error {
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	var todo []*item
	for _, it := range items {
		if it.old.Fresh(it.hash) {
			it.cached = true
			continue
		}
		todo = append(todo, it)
	}
	bar := progress.New(len(todo), "ingest")
	ch := make(chan *item)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for it := range ch {
				it.doc = articleDoc(it)
				bar.Add()
			}
		}()
	}
	for _, it := range todo {
		if ctx.Err() != nil {
			break
		}
		ch <- it
	}
	close(ch)
	wg.Wait()
	bar.Done()
	return ctx.Err()
}

func sortedKeys(m map[string]bool) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

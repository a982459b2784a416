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
	"time"

	"briefing/generator/article"
	"briefing/generator/content"
	"briefing/generator/internal/parallel"
	"briefing/generator/internal/progress"
)

// Version changes whenever the generator would compute different content
// from the same article; it is part of every input hash, so a new version
// recomputes everything once.
const Version = "3"

// Options tune Run; the zero value ingests into ./content.
type Options struct {
	Issue     string // issue date for every article (YYYY-MM-DD); "" takes it from the folder
	Out       string // the Hugo content folder; "" means "content"
	KeepGoing bool   // skip bad files instead of stopping
	MaxBytes  int64  // per-file limit; 0 means article.DefaultMaxBytes
	Workers   int    // 0 means one per CPU
	// SiteName titles the home page's content file.
	SiteName string
	// Base is the folder that input paths are named relative to in
	// reports and in each file's "source" (the project folder, so content
	// is the same on every clone); "" names them as given.
	Base string
	// Orphans lists the generated content files whose article is gone from
	// where it was read (build sets it; the files are kept, not deleted).
	Orphans bool
	// Taxonomies are the front matter keys Hugo makes term pages of (the
	// plural names in config.toml); nil means DefaultTaxonomies. Their
	// values are published through content.Term, so none can name a path.
	Taxonomies []string
}

// DefaultTaxonomies are the taxonomies the generator computes.
var DefaultTaxonomies = []string{"tags", "people", "places", "organizations"}

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
	Notes     []string // "file: ..." for what was published differently from the article
	Warnings  []string // "file: ..." for what is published but looks wrong (a date years ahead)
	Skipped   []error  // bad files left out (with KeepGoing)
	Issues    []string // issue dates touched
	Orphans   []string // content files whose article left the inbox (kept)
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
	in    input
	hash  string
	art   *article.Article
	issue string
	slug  string
	path  string
	old   *content.Head
	tax   []string // the taxonomy keys (Options.Taxonomies)
}

// safeDoc computes an article's doc, turning a panic in the analysis into
// an error that names the file: one odd article must not take the whole
// run down with a stack trace.
func safeDoc(it *item) (doc content.Doc, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%s: the metadata step failed on this article (%v) - report it with the file attached; --keep-going publishes the rest", it.in.name, r)
		}
	}()
	return articleDoc(it), nil
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
	for i := range inputs {
		inputs[i].name = inputs[i].path
		if opt.Base != "" {
			if abs, err := filepath.Abs(inputs[i].path); err == nil && within(opt.Base, abs) {
				inputs[i].name, _ = filepath.Rel(opt.Base, abs)
			}
		}
	}
	items := make([]*item, 0, len(inputs))
	read := readAll(inputs, opt)
	for i := range inputs {
		if read[i].err != nil {
			errs = append(errs, read[i].err)
			continue
		}
		items = append(items, read[i].it)
	}
	if len(errs) > 0 && !opt.KeepGoing {
		return nil, &Error{errs}
	}
	rep.Skipped = errs
	if err := allocate(items, out); err != nil {
		return nil, err
	}
	// Every file is computed and written to a temporary place first; only
	// when all are ready are they renamed into content/, so a bad article
	// never leaves content/ half updated.
	var jobs []*job
	issues := map[string]bool{}
	tax := opt.Taxonomies
	if tax == nil {
		tax = DefaultTaxonomies
	}
	today := time.Now().Format("2006-01-02")
	for _, it := range items {
		issues[it.issue] = true
		it.tax = tax
		if it.art.Encoding != "" {
			rep.Decoded = append(rep.Decoded, it.in.name+": decoded from "+it.art.Encoding)
		}
		rep.Notes = append(rep.Notes, termNotes(it)...)
		if w := farFuture(it, today); w != "" {
			rep.Warnings = append(rep.Warnings, w)
		}
		if it.old.Fresh(it.hash) {
			rep.Cached++
			rep.Unchanged++
			it.art = nil
			continue
		}
		jobs = append(jobs, &job{path: it.path, item: it})
	}
	for _, d := range sortedKeys(issues) {
		rep.Issues = append(rep.Issues, d)
		jobs = append(jobs, &job{path: filepath.Join(out, "issues", d, "_index.md"), doc: issueDoc(d)})
	}
	if len(items) > 0 {
		name := opt.SiteName
		if name == "" {
			name = "Briefing"
		}
		jobs = append(jobs,
			&job{path: filepath.Join(out, "_index.md"), doc: simpleDoc(name)},
			&job{path: filepath.Join(out, "issues", "_index.md"), doc: simpleDoc("Archive")})
	}
	tx, err := prepare(ctx, jobs, opt.Workers)
	defer tx.rollback()
	if err != nil {
		return nil, err
	}
	// A file the analysis could not handle is a bad file like any other.
	failed := 0
	for _, j := range jobs {
		if j.item != nil && j.err != nil {
			errs = append(errs, j.err)
			failed++
		}
	}
	if len(errs) > 0 && !opt.KeepGoing {
		return nil, &Error{errs}
	}
	rep.Skipped = errs
	rep.Articles = len(items) - failed
	if err := tx.commit(); err != nil {
		return nil, err
	}
	tally(rep, jobs)
	if opt.Orphans {
		rep.Orphans = orphans(out, opt.Base, items)
	}
	rep.Elapsed = time.Since(start)
	return rep, nil
}

// job is one content file to write: an article's (computed from item)
// or a section page's (doc).
type job struct {
	path string
	item *item
	doc  content.Doc
	tmp  string // where the new bytes wait to be renamed to path
	res  content.Result
	kept []string
	err  error
}

// tx holds what prepare wrote aside until commit moves it into place.
type tx struct {
	staged map[string]string // new folder -> its staging folder
	jobs   []*job
}

// prepare computes every job's file, in parallel, and writes it aside:
// into a staging folder when its folder is new (a new issue: creating
// files is the slowest part of a first ingest, and the folder is then
// renamed into place whole), else into a temporary file beside it. Each
// article's analysis is dropped as soon as its file is written, so memory
// does not grow with the size of the inbox.
func prepare(ctx context.Context, jobs []*job, workers int) (*tx, error) {
	staged, err := stageNewFolders(jobs)
	t := &tx{staged: staged, jobs: jobs}
	if err != nil {
		return t, err
	}
	var todo int
	for _, j := range jobs {
		if j.item != nil {
			todo++
		}
	}
	bar := progress.New(todo, "ingest")
	parallel.For(len(jobs), workers, func(i int) {
		if ctx.Err() != nil {
			return
		}
		j := jobs[i]
		if j.item != nil {
			j.doc, j.err = safeDoc(j.item)
			j.item.art = nil
			bar.Add()
			if j.err != nil {
				return
			}
		}
		var data []byte
		data, j.res, j.kept, j.err = content.Plan(j.path, j.doc)
		j.doc = content.Doc{}
		if j.err != nil || data == nil {
			return
		}
		if dir, ok := t.staged[filepath.Dir(j.path)]; ok {
			j.err = os.WriteFile(filepath.Join(dir, filepath.Base(j.path)), data, 0o644)
			return
		}
		j.tmp, j.err = content.WriteTemp(j.path, data)
	})
	bar.Done()
	if err := ctx.Err(); err != nil {
		return t, err
	}
	for _, j := range jobs {
		if j.item == nil && j.err != nil {
			return t, fmt.Errorf("write %s: %w", j.path, j.err)
		}
	}
	return t, nil
}

// commit moves every prepared file into place.
func (t *tx) commit() error {
	for _, j := range t.jobs {
		if j.tmp == "" || j.err != nil {
			continue
		}
		if err := os.Rename(j.tmp, j.path); err != nil {
			return fmt.Errorf("write %s: %w", j.path, err)
		}
		j.tmp = ""
	}
	for dir, tmp := range t.staged {
		if err := os.Chmod(tmp, 0o755); err != nil {
			return err
		}
		if err := os.Rename(tmp, dir); err != nil {
			return fmt.Errorf("write %s: %w", dir, err)
		}
		delete(t.staged, dir)
	}
	return nil
}

// rollback removes whatever commit did not move into place.
func (t *tx) rollback() {
	for _, tmp := range t.staged {
		os.RemoveAll(tmp)
	}
	for _, j := range t.jobs {
		if j.tmp != "" {
			os.Remove(j.tmp)
		}
	}
}

// tally counts the results in a stable order.
func tally(rep *Report, jobs []*job) {
	for _, j := range jobs {
		if j.err != nil {
			continue
		}
		switch j.res {
		case content.Created:
			rep.Created++
		case content.Updated:
			rep.Updated++
		case content.Unchanged:
			rep.Unchanged++
		case content.Owned:
			rep.Owned = append(rep.Owned, j.path)
		}
		if len(j.kept) > 0 {
			rep.Kept = append(rep.Kept, j.path+": "+strings.Join(j.kept, ", "))
		}
	}
}

// stageNewFolders makes a staging folder for every job folder that does
// not exist yet, deepest first, so a parent created on the way (content/
// issues for a first issue) takes its own files one by one.
func stageNewFolders(jobs []*job) (map[string]string, error) {
	var dirs []string
	seen := map[string]bool{}
	for _, j := range jobs {
		if d := filepath.Dir(j.path); !seen[d] {
			seen[d] = true
			dirs = append(dirs, d)
		}
	}
	sort.Slice(dirs, func(a, b int) bool {
		da, db := strings.Count(dirs[a], string(filepath.Separator)), strings.Count(dirs[b], string(filepath.Separator))
		if da != db {
			return da > db
		}
		return dirs[a] < dirs[b]
	})
	staged := map[string]string{}
	for _, d := range dirs {
		if _, err := os.Lstat(d); err == nil {
			continue
		}
		if err := os.MkdirAll(filepath.Dir(d), 0o755); err != nil {
			return staged, err
		}
		tmp, err := os.MkdirTemp(filepath.Dir(d), "."+filepath.Base(d)+".tmp-*")
		if err != nil {
			return staged, err
		}
		staged[d] = tmp
	}
	return staged, nil
}

// readAll reads and parses the inputs in parallel, keeping their order.
func readAll(inputs []input, opt Options) []struct {
	it  *item
	err error
} {
	out := make([]struct {
		it  *item
		err error
	}, len(inputs))
	workers := opt.Workers
	if workers <= 0 {
		workers = 2 * runtime.GOMAXPROCS(0) // reading waits on the disk
	}
	parallel.For(len(inputs), workers, func(i int) {
		out[i].it, out[i].err = read(inputs[i], opt)
	})
	return out
}

// read loads and parses one file and settles its issue date.
func read(in input, opt Options) (*item, error) {
	max := opt.MaxBytes
	if max <= 0 {
		max = article.DefaultMaxBytes
	}
	st, err := os.Stat(in.path)
	if err != nil {
		return nil, fmt.Errorf("%s: %v", in.name, unwrapPathErr(err))
	}
	if st.Size() > max {
		return nil, &article.Error{File: in.name, Msg: fmt.Sprintf("file is %d bytes, over the limit of %d", st.Size(), max),
			Hint: "split it, or raise params.generator.maxBytes in config.toml"}
	}
	raw, err := os.ReadFile(in.path)
	if err != nil {
		return nil, fmt.Errorf("%s: %v - check its permissions", in.name, unwrapPathErr(err))
	}
	a, err := article.Parse(in.name, raw, article.Options{MaxBytes: max})
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
		return nil, fmt.Errorf("%s: no issue date - file it under a YYYY-MM-DD folder of the inbox, or pass --issue YYYY-MM-DD", in.name)
	}
	if err := checkDate(issue); err != nil {
		return nil, fmt.Errorf("%s: invalid issue date %q - use a real date as YYYY-MM-DD", in.name, issue)
	}
	sum := sha256.New()
	fmt.Fprintf(sum, "%s\x00%s\x00%s\x00", Version, issue, filepath.ToSlash(in.name))
	sum.Write(raw)
	return &item{in: in, art: a, issue: issue, hash: hex.EncodeToString(sum.Sum(nil)[:12])}, nil
}

// FutureDays is how far ahead an issue or article may be dated before the
// run warns. Future dates are published (an issue prepared the evening
// before, or a week's issues prepared ahead, must go out); a date further
// away than this is more likely a typo ("2099", "2032" for "2023").
const FutureDays = 7

// farFuture warns about an article dated more than FutureDays after today
// (by its own date, else its issue's).
func farFuture(it *item, today string) string {
	date := it.issue
	if d, ok := it.art.Fields["date"].(string); ok && d > date {
		date = d
	}
	t, err := time.Parse("2006-01-02", date)
	if err != nil {
		return ""
	}
	now, _ := time.Parse("2006-01-02", today)
	days := int(t.Sub(now).Hours() / 24)
	if days <= FutureDays {
		return ""
	}
	return fmt.Sprintf("%s: dated %s, %d days from now - published all the same; check the date", it.in.name, date, days)
}

func checkDate(s string) error {
	if !issueDir.MatchString(s) {
		return errors.New("not a date")
	}
	_, err := time.Parse("2006-01-02", s)
	return err
}

// orphans finds generated article files whose source file no longer
// exists. Deleting them is the editor's call, so they are only listed.
// The files of this run's articles are known to have a source and are
// not read again.
func orphans(out, base string, items []*item) []string {
	ours := make(map[string]bool, len(items))
	for _, it := range items {
		ours[it.path] = true
	}
	files, _ := filepath.Glob(filepath.Join(out, "issues", "*", "*.md"))
	var list []string
	for _, f := range files {
		if filepath.Base(f) == "_index.md" || ours[f] {
			continue
		}
		h, err := content.Peek(f)
		if err != nil || h == nil || !h.Generated || h.Source == "" {
			continue
		}
		src := filepath.FromSlash(h.Source)
		if !filepath.IsAbs(src) {
			src = filepath.Join(base, src)
		}
		if _, err := os.Stat(src); errors.Is(err, os.ErrNotExist) {
			list = append(list, f)
		}
	}
	return list
}

func sortedKeys(m map[string]bool) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

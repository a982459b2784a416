package ingest

import (
	"context"
	"fmt"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"briefing/generator/internal/issue"
)

// Version changes whenever the generator would compute different content
// from the same article; it is part of every input hash, so a new version
// recomputes everything once.
const Version = "4"

// Options tune Run; the zero value ingests into ./content.
type Options struct {
	Issue     string // issue date for every article (YYYY-MM-DD); "" takes it from the folder
	Out       string // the Hugo content folder; "" means "content"
	KeepGoing bool   // skip bad files instead of stopping
	MaxBytes  int64  // per-file limit; 0 means article.DefaultMaxBytes
	// MaxBytesHint says how to raise MaxBytes, for the error about a larger
	// file (see article.Options).
	MaxBytesHint string
	Workers      int // 0 means one per CPU
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

// Run ingests the articles under paths.
func Run(ctx context.Context, paths []string, opt Options) (*Report, error) {
	start := time.Now()
	out := opt.Out
	if out == "" {
		out = "content"
	}
	if opt.Issue != "" {
		if _, err := issue.Parse(opt.Issue); err != nil {
			return nil, fmt.Errorf("issue date %q: %v - use YYYY-MM-DD", opt.Issue, err)
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
	today := issue.Format(time.Now())
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

func sortedKeys(m map[string]bool) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

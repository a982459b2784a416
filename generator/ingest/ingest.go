package ingest

import (
	"context"
	"fmt"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"time"

	"briefing/generator/content"
	"briefing/generator/internal/issue"
	"briefing/generator/source"
	"briefing/generator/source/fetch"
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

	// MaxPageBytes limits web pages and feeds (files and downloads); 0
	// means source.DefaultMaxPageBytes. MaxPageBytesHint says how to
	// raise it.
	MaxPageBytes     int64
	MaxPageBytesHint string
	// FollowLinks fetches the page of a feed item that carries only a
	// short description; without it such an item is left out with a
	// warning that says how to ask for it (FollowLinksHint, e.g.
	// "rerun with --follow-links").
	FollowLinks     bool
	FollowLinksHint string
	// Refetch downloads again the addresses of .urls lists (and the
	// linked pages of feed items) whose articles the content folder
	// already has. Without it they are kept as they are: a build does not
	// download the same pages every time, and works offline. A download
	// that fails never removes or blanks a story already there.
	Refetch bool
	// Fetch downloads pages and feeds; nil means a fetch.Client with its
	// defaults and MaxPageBytes as its limit.
	Fetch *fetch.Client
}

// sourceOptions are the options for reading one input.
func (o Options) sourceOptions() source.Options {
	c := o.Fetch
	if c == nil {
		c = defaultClient(o.MaxPageBytes)
	}
	return source.Options{Client: c, FollowLinks: o.FollowLinks, FollowLinksHint: o.FollowLinksHint,
		MaxBytes: o.MaxBytes, MaxBytesHint: o.MaxBytesHint, MaxPageBytes: o.MaxPageBytes, MaxPageBytesHint: o.MaxPageBytesHint}
}

var (
	clientsMu sync.Mutex
	clients   = map[int64]*fetch.Client{}
)

// defaultClient is one client per size limit, so that connections are
// shared across the inputs of a run.
func defaultClient(limit int64) *fetch.Client {
	clientsMu.Lock()
	defer clientsMu.Unlock()
	if c, ok := clients[limit]; ok {
		return c
	}
	c := &fetch.Client{MaxBytes: limit}
	clients[limit] = c
	return c
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
	Warnings  []string // "file: ..." for what is published but looks wrong (a date years ahead), and feed items left out
	Skipped   []error  // bad files, and parts of files, left out (with KeepGoing)
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

// Run ingests the articles under paths: files, folders (walked for every
// file) and http(s) addresses.
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
		if opt.Base != "" && !inputs[i].url {
			if abs, err := filepath.Abs(inputs[i].path); err == nil && within(opt.Base, abs) {
				inputs[i].name, _ = filepath.Rel(opt.Base, abs)
			}
		}
	}
	// What the content folder holds already, for the issues the inputs
	// name: .urls addresses already ingested are not fetched again.
	shelves := newShelves(out)
	for _, in := range inputs {
		id := opt.Issue
		if id == "" {
			id = in.issue
		}
		if issue.Valid(id) {
			if _, err := shelves.get(id, opt.Workers); err != nil {
				return nil, err
			}
		}
	}
	var items []*item
	clean := map[string]bool{}
	for i, r := range readAll(ctx, inputs, opt, shelves) {
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		errs = append(errs, r.errs...)
		rep.Warnings = append(rep.Warnings, r.warnings...)
		items = append(items, r.items...)
		if r.clean && len(r.errs) == 0 {
			clean[filepath.ToSlash(inputs[i].name)] = true
		}
	}
	if len(errs) > 0 && !opt.KeepGoing {
		return nil, &Error{errs}
	}
	rep.Skipped = errs
	if err := allocate(items, shelves, opt.Workers); err != nil {
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
		weight := content.Field{Key: "weight", Value: it.in.weight}
		if it.reused {
			// Kept as it is; only its place in the issue may have moved.
			if it.old.Wrote("weight", it.in.weight) {
				rep.Cached++
				rep.Unchanged++
			} else {
				jobs = append(jobs, &job{path: it.path, item: it, retouch: []content.Field{weight}})
			}
			continue
		}
		if it.art.Encoding != "" {
			rep.Decoded = append(rep.Decoded, it.origin+": decoded from "+it.art.Encoding)
		}
		rep.Notes = append(rep.Notes, termNotes(it)...)
		if w := farFuture(it, today); w != "" {
			rep.Warnings = append(rep.Warnings, w)
		}
		if it.old.Fresh(it.hash) {
			src := content.Field{Key: "source", Value: filepath.ToSlash(it.in.name)}
			if it.old.Wrote(src.Key, src.Value) && it.old.Wrote(weight.Key, weight.Value) {
				rep.Cached++
				rep.Unchanged++
				it.art = nil
				continue
			}
			// The same article from a renamed or moved file: its page
			// stays, with the new name and place.
			jobs = append(jobs, &job{path: it.path, item: it, retouch: []content.Field{src, weight}})
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
		rep.Orphans = orphans(out, opt.Base, items, shelves, clean)
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

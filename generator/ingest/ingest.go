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
	"briefing/generator/internal/parallel"
	"briefing/generator/source"
	"briefing/generator/source/fetch"
)

// Version changes whenever the generator would compute different content
// from the same article; it is part of every input hash, so a new version
// recomputes everything once.
const Version = "17"

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
	// Sections are an issue's sections in the order it shows them
	// (params.sections); nil means section.Default. Every article gets
	// one: its section: field, else an inbox sub-folder named after one,
	// else the classifier's choice.
	Sections []string

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

// issueOf is the issue of an input's articles as far as the run knows
// before reading it: the --issue date, else its folder's ("" for none).
func (o Options) issueOf(in input) string {
	if o.Issue != "" {
		return o.Issue
	}
	return in.issue
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
	Articles  int // articles published: those read, less any merged into another (Merged) or failed
	Created   int
	Updated   int
	Unchanged int      // files already up to date
	Cached    int      // articles whose metadata was not recomputed
	Owned     []string // content files with no generator record, left alone
	Kept      []string // "file: field, field" where an editor's edit was kept
	Decoded   []string // "file: windows-1252" for text that was not UTF-8
	Notes     []string // "file: ..." for what was published differently from the article
	Warnings  []string // "file: ..." for what is published but looks wrong (a date years ahead), and feed items left out
	Merged    []Merge  // articles published once, as another article's page
	Removed   []string // content files of merged articles, removed (the editor had not touched them)
	Skipped   []error  // bad files, and parts of files, left out (with KeepGoing)
	Issues    []string // issue dates touched
	Orphans   []string // content files whose article left the inbox (kept)
	// Terms are the taxonomy values of each content file this run
	// created, by path: every field in them is the generator's, so the
	// check need not read them again.
	Terms   map[string]content.Terms
	Elapsed time.Duration
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
	inputs, noteInputs := splitNotes(inputs)
	// What the content folder holds already, for the issues the inputs
	// name: .urls addresses already ingested are not fetched again.
	shelves := newShelves(out)
	for _, in := range inputs {
		if id := opt.issueOf(in); issue.Valid(id) {
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
		if len(r.errs) > 0 {
			items = append(items, keptPages(inputs[i], opt, shelves, r.items)...)
		}
		if r.clean && len(r.errs) == 0 {
			clean[filepath.ToSlash(inputs[i].name)] = true
		}
	}
	notes, decoded, nerrs := readNotes(noteInputs, opt)
	errs = append(errs, nerrs...)
	items, lerrs := loadReused(items, opt.Workers)
	errs = append(errs, lerrs...)
	if len(errs) > 0 && !opt.KeepGoing {
		return nil, &Error{errs}
	}
	rep.Skipped = errs
	rep.Decoded = decoded

	// Each article's section and the editor's wishes for its place, then
	// one page per story, issue by issue.
	sections := sectionsOf(opt)
	if len(items) > 0 {
		rep.Warnings = append(rep.Warnings, unknownSections(sections)...)
	}
	byIssue := map[string][]*item{}
	for _, it := range items {
		if w := readControls(it); w != "" {
			rep.Warnings = append(rep.Warnings, w)
		}
		note, w := editorsSection(it, sections)
		if note != "" {
			rep.Notes = append(rep.Notes, note)
		}
		if w != "" {
			rep.Warnings = append(rep.Warnings, w)
		}
		byIssue[it.issue] = append(byIssue[it.issue], it)
	}
	dates := sortedKeys(byIssue)
	keys := map[string]string{}
	for _, d := range dates {
		if _, err := shelves.get(d, opt.Workers); err != nil {
			return nil, err
		}
	}
	deduped := make([]struct {
		publish []*item
		merges  []merge
	}, len(dates))
	parallel.For(len(dates), opt.Workers, func(i int) {
		deduped[i].publish, deduped[i].merges = dedupe(byIssue[dates[i]], shelves.known(dates[i]))
	})
	items = items[:0]
	var merged []*item
	for i, d := range dates {
		publish, merges := deduped[i].publish, deduped[i].merges
		keys[d] = composeKey(publish, sections)
		in := make(map[*item]bool, len(publish))
		for _, it := range publish {
			in[it] = true
		}
		for _, it := range byIssue[d] {
			if !in[it] {
				merged = append(merged, it)
			}
		}
		for _, m := range merges {
			rep.Notes = append(rep.Notes, mergeNote(m))
			rep.Merged = append(rep.Merged, m.Merge)
		}
		byIssue[d] = publish
		items = append(items, publish...)
	}
	if err := allocate(items, shelves, opt.Workers); err != nil {
		return nil, err
	}
	// A merged article's own page goes, unless the editor edited it (or
	// another article's page is now there).
	claimed := make(map[string]bool, len(items))
	for _, it := range items {
		claimed[it.path] = true
	}
	retired := map[string]bool{}
	var remove []string
	for _, it := range merged {
		var own []string
		for _, p := range shelves.known(it.issue).own(it) {
			if !claimed[p] {
				own = append(own, p)
				retired[p] = true
			}
		}
		rm, ws, err := retire(it, own)
		if err != nil {
			return nil, err
		}
		remove = append(remove, rm...)
		rep.Warnings = append(rep.Warnings, ws...)
	}

	// Every file is computed and written to a temporary place first; only
	// when all are ready are they renamed into content/, so a bad article
	// never leaves content/ half updated. An issue whose articles and
	// composition are what its files were made from is left as it is.
	// Otherwise its new and changed articles are computed, and the others
	// are placed from what their files say and keep their files but for
	// their place, name and section (one-line fields set in place): a new
	// story can move every other.
	var jobs []*job
	tax := opt.Taxonomies
	if tax == nil {
		tax = DefaultTaxonomies
	}
	today := issue.Format(time.Now())
	for _, d := range dates {
		group := byIssue[d]
		index := filepath.Join(out, "issues", d, "_index.md")
		head, err := content.Peek(index)
		if err != nil {
			return nil, err
		}
		dirty := !head.Fresh(keys[d])
		for _, it := range group {
			dirty = dirty || !it.old.Fresh(it.hash)
		}
		for _, it := range group {
			if !it.reused {
				if it.art.Encoding != "" {
					rep.Decoded = append(rep.Decoded, it.origin+": decoded from "+it.art.Encoding)
				}
				rep.Notes = append(rep.Notes, termNotes(it, tax)...)
				if w := farFuture(it, today); w != "" {
					rep.Warnings = append(rep.Warnings, w)
				}
			}
			switch {
			case !dirty:
				rep.Cached++
				rep.Unchanged++
				it.art, it.file = nil, nil
			case it.old.Fresh(it.hash):
				// The same article (perhaps from a renamed or moved
				// file): its page stays, and only its one-line fields
				// that place it may change (see placeIssue).
				jobs = append(jobs, &job{path: it.path, item: it, retouch: []content.Field{}})
			default:
				jobs = append(jobs, &job{path: it.path, item: it})
			}
		}
		rep.Warnings = append(rep.Warnings, leadWarnings(group)...)
		rep.Issues = append(rep.Issues, d)
		jobs = append(jobs, &job{path: index, doc: issueDoc(d, notes[d], issueSections(group, sections), keys[d])})
	}
	for _, d := range sortedKeys(notes) {
		if _, ok := byIssue[d]; !ok {
			rep.Warnings = append(rep.Warnings, fmt.Sprintf("%s: a note for issue %s, which has no articles - it is published once the issue has one", notes[d].Source, d))
		}
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
	tx, err := prepare(ctx, jobs, opt.Workers, tax, sections)
	defer tx.rollback()
	tx.remove = remove
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
	rep.Removed = remove
	tally(rep, jobs)
	for _, j := range jobs {
		if j.stale {
			rep.Warnings = append(rep.Warnings, fmt.Sprintf("%s: kept as it is, without its place in the issue (weight %d, section %s): its front matter is not laid out as the generator writes it, or predates sections - set them by hand, or rerun with --refetch to compute the article again", j.path, j.item.place, j.item.section))
		}
	}
	if opt.Orphans {
		rep.Orphans = orphans(out, opt.Base, items, shelves, clean, retired)
	}
	rep.Elapsed = time.Since(start)
	return rep, nil
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

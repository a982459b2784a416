package ingest

import (
	"context"
	"fmt"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"briefing/generator/content"
	"briefing/generator/internal/issue"
	"briefing/generator/internal/parallel"
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
	// Sections are an issue's sections in the order it shows them
	// (params.sections); nil means section.Default. Every article gets
	// one: its section: field, else an inbox sub-folder named after one,
	// else the classifier's choice.
	Sections []string
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
	Warnings  []string // "file: ..." for what is published but looks wrong (a date years ahead)
	Merged    []Merge  // articles published once, as another article's page
	Removed   []string // content files of merged articles, removed (the editor had not touched them)
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
	inputs, noteInputs := splitNotes(inputs)
	items := make([]*item, 0, len(inputs))
	read := readAll(inputs, opt)
	for i := range inputs {
		if read[i].err != nil {
			errs = append(errs, read[i].err)
			continue
		}
		items = append(items, read[i].it)
	}
	notes, decoded, nerrs := readNotes(noteInputs, opt)
	errs = append(errs, nerrs...)
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
		it.sections = sections
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
	var remove []string
	items = items[:0]
	deduped := make([]struct {
		publish []*item
		merges  []Merge
	}, len(dates))
	parallel.For(len(dates), opt.Workers, func(i int) {
		deduped[i].publish, deduped[i].merges = dedupe(byIssue[dates[i]], out)
	})
	for i, d := range dates {
		keys[d] = composeKey(byIssue[d], sections)
		publish, merges := deduped[i].publish, deduped[i].merges
		in := map[*item]bool{}
		for _, it := range publish {
			in[it] = true
		}
		for _, it := range byIssue[d] {
			if in[it] {
				continue
			}
			path, w, err := retire(it, out)
			if err != nil {
				return nil, err
			}
			if path != "" {
				remove = append(remove, path)
			}
			if w != "" {
				rep.Warnings = append(rep.Warnings, w)
			}
		}
		for _, m := range merges {
			rep.Notes = append(rep.Notes, mergeNote(m))
		}
		rep.Merged = append(rep.Merged, merges...)
		byIssue[d] = publish
		items = append(items, publish...)
	}
	if err := allocate(items, out); err != nil {
		return nil, err
	}
	// Every file is computed and written to a temporary place first; only
	// when all are ready are they renamed into content/, so a bad article
	// never leaves content/ half updated. An issue whose articles and
	// composition are what its files were made from is left as it is;
	// otherwise all its articles are computed again, since a new story
	// can move every other (their metadata is cheap next to Hugo's work).
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
			it.tax = tax
			if it.art.Encoding != "" {
				rep.Decoded = append(rep.Decoded, it.in.name+": decoded from "+it.art.Encoding)
			}
			rep.Notes = append(rep.Notes, termNotes(it)...)
			if w := farFuture(it, today); w != "" {
				rep.Warnings = append(rep.Warnings, w)
			}
			if !dirty {
				rep.Cached++
				rep.Unchanged++
				it.art = nil
				continue
			}
			jobs = append(jobs, &job{path: it.path, item: it})
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
	tx, err := prepare(ctx, jobs, opt.Workers, func(issue []*job) { placeIssue(issue, sections) })
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
	if opt.Orphans {
		rep.Orphans = orphans(out, opt.Base, items)
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

package ingest

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"

	"briefing/generator/content"
	"briefing/generator/internal/fsx"
	"briefing/generator/internal/parallel"
	"briefing/generator/internal/progress"
)

// job is one content file to write: an article's (computed from item,
// or only retouched when the article is the same), or a section page's
// (doc).
type job struct {
	path string
	item *item
	doc  content.Doc
	// retouch, when not nil, says the article's file is kept and only
	// these one-line fields are set (placeIssue fills them in: source,
	// weight, section).
	retouch []content.Field
	cached  bool   // a kept file that already says all that (Report.Cached)
	stale   bool   // a kept file that could not be retouched, left as it is
	tmp     string // where the new bytes wait to be renamed to path
	res     content.Result
	kept    []string
	err     error
	// terms are the taxonomy values of a file this run created (every
	// field the generator's own); nil for any other.
	terms content.Terms
}

// tx holds what prepare wrote aside until commit moves it into place,
// and the files commit removes.
type tx struct {
	staged map[string]string // new folder -> its staging folder
	jobs   []*job
	remove []string // merged duplicates' untouched files
}

// prepare computes every job's file, in parallel, and writes it aside:
// into a staging folder when its folder is new (a new issue: creating
// files is the slowest part of a first ingest, and the folder is then
// renamed into place whole), else into a temporary file beside it.
// Articles go issue by issue (their jobs are consecutive): an issue's
// order needs all its stories, so each issue's articles are computed (or,
// for a kept file, read back) first, then placeIssue orders them under
// the configured sections, then their files are written. Each doc is
// dropped as soon as its file is written, so memory grows with the
// largest issue, not with the inbox.
func prepare(ctx context.Context, jobs []*job, workers int, taxonomies, sections []string) (*tx, error) {
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
	compute := func(j *job) {
		j.doc, j.err = safeDoc(j.item, taxonomies, sections)
		j.doc.Key = j.item.key
		j.item.art = nil
	}
	write := func(j *job) {
		if ctx.Err() != nil || j.err != nil {
			return
		}
		var data []byte
		if j.retouch != nil {
			if wroteAll(j.item.old, j.retouch) {
				j.res, j.cached = content.Unchanged, true
				j.item.art = nil
				return
			}
			data, j.res, j.kept, j.err = content.Retouch(j.path, j.retouch)
			if errors.Is(j.err, content.ErrRetouch) {
				j.err = nil
				if j.item.reused {
					// An article not read this run whose file an editor
					// reshaped (or an older generator wrote without a
					// section): it stays as it is.
					j.res, j.stale = content.Unchanged, true
					return
				}
				compute(j) // written whole, in the place it was given
				j.retouch = nil
				if j.err != nil {
					return
				}
			}
			j.item.art = nil
		}
		if j.retouch == nil {
			data, j.res, j.kept, j.err = content.Plan(j.path, j.doc)
			if j.err == nil && j.res == content.Created {
				// A new file holds the generator's fields alone; a file
				// that was there may hold an editor's (kept edits, own
				// fields such as draft), which the check reads.
				j.terms = docTerms(j.doc, taxonomies)
			}
			j.doc = content.Doc{}
		}
		if j.err != nil || data == nil {
			return
		}
		if dir, ok := t.staged[filepath.Dir(j.path)]; ok {
			j.err = os.WriteFile(filepath.Join(dir, filepath.Base(j.path)), data, 0o644)
			return
		}
		j.tmp, j.err = fsx.WriteTemp(j.path, data, 0o644)
	}
	var pages []*job
	for start := 0; start < len(jobs) && ctx.Err() == nil; {
		if jobs[start].item == nil {
			pages = append(pages, jobs[start])
			start++
			continue
		}
		end := start + 1
		for end < len(jobs) && jobs[end].item != nil && jobs[end].item.issue == jobs[start].item.issue {
			end++
		}
		batch := jobs[start:end]
		parallel.For(len(batch), workers, func(i int) {
			if ctx.Err() != nil {
				return
			}
			j := batch[i]
			if j.retouch != nil {
				if j.item.story, j.err = fileStory(j.item, sections); j.err != nil && !j.item.reused {
					// A file that cannot be read back is computed
					// again (and Plan names what is wrong with it).
					j.retouch, j.err = nil, nil
					compute(j)
				}
			} else {
				compute(j)
			}
			bar.Add()
		})
		if ctx.Err() != nil {
			break
		}
		placeIssue(batch, sections)
		parallel.For(len(batch), workers, func(i int) { write(batch[i]) })
		start = end
	}
	parallel.For(len(pages), workers, func(i int) { write(pages[i]) })
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

// docTerms are the taxonomy values of doc, as content.ScanDir would read
// them from the file it becomes.
func docTerms(doc content.Doc, taxonomies []string) content.Terms {
	fields := make(map[string]any, len(doc.Fields))
	for _, f := range doc.Fields {
		if _, ok := termList(f.Value); !ok && slices.Contains(taxonomies, f.Key) {
			return nil // a value of another shape: the check reads the file and says so
		}
		fields[f.Key] = f.Value
	}
	return content.TermsOf(fields, taxonomies)
}

// wroteAll reports whether the file's generator record already says
// these values (see content.Head.Wrote).
func wroteAll(h *content.Head, fields []content.Field) bool {
	for _, f := range fields {
		if !h.Wrote(f.Key, f.Value) {
			return false
		}
	}
	return true
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
	for _, p := range t.remove {
		if err := os.Remove(p); err != nil && !errors.Is(err, os.ErrNotExist) {
			return fmt.Errorf("remove %s: %w", p, err)
		}
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
		if j.cached {
			rep.Cached++
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
		if j.terms != nil {
			if rep.Terms == nil {
				rep.Terms = map[string]content.Terms{}
			}
			rep.Terms[j.path] = j.terms
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

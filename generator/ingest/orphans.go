package ingest

import (
	"errors"
	"os"
	"path/filepath"

	"briefing/generator/content"
)

// orphans finds the generated article files whose article is gone from
// the inbox: their source file no longer exists, or it was read whole this
// run and no longer gives the article (an item dropped from a feed, an
// address from a .urls list). Deleting them is the editor's call, so they
// are only listed, and only when deleting them is all it takes: the files
// of this run's articles have their article, and a file from an address
// given to ingest, or from an input that could not be read whole, is not
// listed. Nor is a file of an article merged into another as its
// duplicate (retired): it is removed, or kept with a warning of its own.
func orphans(out, base string, items []*item, sh *shelves, clean, retired map[string]bool) []string {
	ours := make(map[string]bool, len(items)+len(retired))
	for _, it := range items {
		ours[it.path] = true
	}
	for p := range retired {
		ours[p] = true
	}
	dirs, _ := filepath.Glob(filepath.Join(out, "issues", "*"))
	var list []string
	for _, dir := range dirs {
		heads := map[string]*content.Head{}
		if shelf := sh.known(filepath.Base(dir)); shelf != nil {
			heads = shelf.heads
		} else {
			files, _ := filepath.Glob(filepath.Join(dir, "*.md"))
			for _, f := range filesOnly(files) {
				if h, err := content.Peek(f); err == nil && h != nil {
					heads[f] = h
				}
			}
		}
		for _, f := range sortedHeads(heads) {
			h := heads[f]
			if ours[f] || !h.Generated || h.Source == "" || isURL(h.Source) {
				continue
			}
			if clean[h.Source] {
				list = append(list, f)
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
	}
	return list
}

func sortedHeads(m map[string]*content.Head) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	return filesOnly(keys)
}

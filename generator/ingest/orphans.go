package ingest

import (
	"errors"
	"os"
	"path/filepath"

	"briefing/generator/content"
)

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

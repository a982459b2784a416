package ingest

import (
	"crypto/sha256"
	"encoding/hex"
	"path/filepath"
	"sort"
	"strings"

	"briefing/generator/content"
)

// allocate gives every article its slug and content path (its place in
// the issue is placeIssue's). An article keeps the page it has: the file
// that recorded its input (the same article, even from a renamed or moved
// file), else the one read from its file and key before (the article was
// corrected). A new one
// takes the slug of its headline; two with the same headline in one issue
// are both published, the second (by file name) with a suffix derived from
// its own file name, so each slug stays the same from run to run.
func allocate(items []*item, sh *shelves, workers int) error {
	byIssue := map[string][]*item{}
	var ids []string
	for _, it := range items {
		if byIssue[it.issue] == nil {
			ids = append(ids, it.issue)
		}
		byIssue[it.issue] = append(byIssue[it.issue], it)
	}
	sort.Strings(ids)
	for _, id := range ids {
		group := byIssue[id]
		sort.SliceStable(group, func(i, j int) bool {
			if group[i].in.name != group[j].in.name {
				return group[i].in.name < group[j].in.name
			}
			return group[i].seq < group[j].seq
		})
		shelf, err := sh.get(id, workers)
		if err != nil {
			return err
		}
		dir := filepath.Join(sh.out, "issues", id)
		claimed := map[string]bool{}
		take := func(it *item, path string) {
			claimed[path] = true
			it.path, it.old = path, shelf.heads[path]
			it.slug = strings.TrimSuffix(filepath.Base(path), ".md")
		}
		for _, it := range group {
			if it.reused {
				take(it, it.path)
			}
		}
		// The first free file among paths, preferring one read from the
		// article's own file.
		pick := func(it *item, paths []string, sameSource bool) string {
			for _, p := range paths {
				if claimed[p] {
					continue
				}
				if !sameSource || shelf.heads[p].Source == filepath.ToSlash(it.in.name) && shelf.heads[p].Key == it.key {
					return p
				}
			}
			return ""
		}
		for _, pass := range []func(it *item) string{
			func(it *item) string { return pick(it, shelf.byInput[it.hash], true) },  // as it was
			func(it *item) string { return pick(it, shelf.byInput[it.hash], false) }, // renamed or moved
			func(it *item) string {
				return pick(it, shelf.bySource[sourceKey(filepath.ToSlash(it.in.name), it.key)], false)
			}, // changed
		} {
			for _, it := range group {
				if it.path == "" {
					if p := pass(it); p != "" {
						take(it, p)
					}
				}
			}
		}
		for _, it := range group {
			if it.path != "" {
				continue
			}
			s := baseSlug(it)
			free := func(s string) bool {
				p := filepath.Join(dir, s+".md")
				return !claimed[p] && shelf.heads[p] == nil
			}
			if !free(s) {
				// Taken by another article, or by a page of the editor's.
				alt := s + "-" + shortHash(it.in.name, it.key)
				for !free(alt) {
					alt += "x"
				}
				s = alt
			}
			take(it, filepath.Join(dir, s+".md"))
		}
	}
	return nil
}

// baseSlug is the slug an article asks for: its front matter slug, else
// its headline's, else (a headline with no Latin letters: 日本語, "...")
// its file name's, the next best readable, stable name.
func baseSlug(it *item) string {
	base := it.art.Headline
	if s, ok := it.art.Fields["slug"].(string); ok && s != "" {
		base = s
	}
	s, ok := content.Slugify(base)
	if !ok {
		s, _ = content.Slugify(strings.TrimSuffix(filepath.Base(it.in.name), filepath.Ext(it.in.name)))
	}
	return s
}

// shortHash tells apart articles with the same headline by their file
// and key within it.
func shortHash(name, key string) string {
	s := filepath.ToSlash(name)
	if key != "" {
		s += "\x00" + key
	}
	sum := sha256.Sum256([]byte(s))
	return hex.EncodeToString(sum[:3])
}

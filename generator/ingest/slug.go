package ingest

import (
	"crypto/sha256"
	"encoding/hex"
	"path/filepath"
	"sort"
	"strings"

	"briefing/generator/content"
)

// allocate gives every article its issue order, slug and content path.
// Two articles with the same headline in one issue are both published:
// the one that already owns the slug (or, on a first run, the first by file
// name) keeps it, and the other gets a suffix derived from its own file
// name, so each slug stays the same from run to run.
func allocate(items []*item, out string) error {
	byIssue := map[string][]*item{}
	for _, it := range items {
		byIssue[it.issue] = append(byIssue[it.issue], it)
	}
	for issue, group := range byIssue {
		sort.Slice(group, func(i, j int) bool { return group[i].in.name < group[j].in.name })
		bySlug := map[string][]*item{}
		var slugs []string
		for i, it := range group {
			it.in.weight = i + 1
			s := baseSlug(it)
			if bySlug[s] == nil {
				slugs = append(slugs, s)
			}
			bySlug[s] = append(bySlug[s], it)
		}
		sort.Strings(slugs)
		taken := map[string]bool{}
		for _, s := range slugs {
			taken[s] = true
		}
		for _, s := range slugs {
			cands := bySlug[s]
			path := filepath.Join(out, "issues", issue, s+".md")
			old, err := content.Peek(path)
			if err != nil {
				return err
			}
			// A file that came from another article (or is the editor's own
			// page) is nobody's to take over.
			owner := -1
			if old == nil {
				owner = 0
			} else {
				for i, it := range cands {
					if old.Source == filepath.ToSlash(it.in.name) {
						owner = i
					}
				}
			}
			for i, it := range cands {
				if i == owner {
					it.slug, it.path, it.old = s, path, old
					continue
				}
				alt := s + "-" + shortHash(it.in.name)
				for taken[alt] {
					alt += "x"
				}
				taken[alt] = true
				it.slug = alt
				it.path = filepath.Join(out, "issues", issue, alt+".md")
				if it.old, err = content.Peek(it.path); err != nil {
					return err
				}
			}
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

// ownFile is the generated content file an earlier run wrote for the
// article, at its slug or at the suffixed slug a namesake gave it; "" when
// there is none.
func ownFile(it *item, out string) string {
	s := baseSlug(it)
	for _, name := range []string{s, s + "-" + shortHash(it.in.name)} {
		path := filepath.Join(out, "issues", it.issue, name+".md")
		if h, err := content.Peek(path); err == nil && h != nil && h.Generated && h.Source == filepath.ToSlash(it.in.name) {
			return path
		}
	}
	return ""
}

func shortHash(s string) string {
	sum := sha256.Sum256([]byte(filepath.ToSlash(s)))
	return hex.EncodeToString(sum[:3])
}

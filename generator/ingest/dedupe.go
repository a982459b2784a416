package ingest

import (
	"fmt"
	"path/filepath"
	"sort"
	"strings"

	"briefing/generator/content"
	"briefing/generator/dedup"
)

// Merge is an article published as another's page: the same story, filed
// twice or lightly rewritten (see package dedup).
type Merge struct {
	File  string  `json:"file"`  // the article left out: its file, and the feed item or address
	Into  string  `json:"into"`  // the article published in its place, named the same way
	Exact bool    `json:"exact"` // the same words; else a near-duplicate
	Score float64 `json:"score"` // overlap of their word 3-grams (1 when exact)
}

// merge is a Merge with its articles.
type merge struct {
	Merge
	it, into *item
}

// dedupe finds the articles of one issue that are the same story and
// publishes each story once: of each group, every article whose front
// matter says keep: true, and one other. That one is the article already
// published from its own file (so its slug and page stay), else one whose
// input has a page (a renamed file), else the longest version, else the
// first by file name. It returns the articles to publish, in their order,
// and the merges. sh is what the content folder holds.
func dedupe(items []*item, sh *shelf) (publish []*item, merges []merge) {
	docs := make([]dedup.Doc, len(items))
	for i, it := range items {
		docs[i] = dedup.Doc{Headline: it.art.Headline, Body: strings.Join(it.art.Paragraphs, "\n\n")}
	}
	matches := dedup.Matches(docs)
	if len(matches) == 0 {
		return items, nil
	}
	score := map[[2]int]dedup.Match{}
	for _, m := range matches {
		score[[2]int{m.I, m.J}] = m
	}
	pair := func(a, b int) (dedup.Match, bool) {
		m, ok := score[[2]int{min(a, b), max(a, b)}]
		return m, ok
	}
	drop := map[int]bool{}
	for _, g := range dedup.GroupsOf(len(items), matches) {
		var rest []int
		for _, i := range g {
			if !items[i].keep {
				rest = append(rest, i)
			}
		}
		if len(rest) < 2 {
			continue // the editor kept every copy but at most one
		}
		// Counted once each, not at every comparison of the sort.
		published, words := map[int]int{}, map[int]int{}
		for _, i := range rest {
			published[i] = sh.standing(items[i])
			for _, p := range items[i].art.Paragraphs {
				words[i] += len(strings.Fields(p))
			}
		}
		sort.SliceStable(rest, func(a, b int) bool {
			x, y := rest[a], rest[b]
			if published[x] != published[y] {
				return published[x] > published[y]
			}
			if words[x] != words[y] {
				return words[x] > words[y]
			}
			if items[x].in.name != items[y].in.name {
				return items[x].in.name < items[y].in.name
			}
			return items[x].seq < items[y].seq
		})
		survivor := rest[0]
		for _, i := range rest[1:] {
			drop[i] = true
			m, ok := pair(i, survivor)
			if !ok { // joined to it through another copy: say how close the closest is
				for _, j := range g {
					if c, ok := pair(i, j); ok && (c.Exact && !m.Exact || c.Exact == m.Exact && c.Score > m.Score) {
						m = c
					}
				}
			}
			merges = append(merges, merge{Merge{File: items[i].origin, Into: items[survivor].origin, Exact: m.Exact, Score: m.Score}, items[i], items[survivor]})
		}
	}
	for i, it := range items {
		if !drop[i] {
			publish = append(publish, it)
		}
	}
	sort.Slice(merges, func(a, b int) bool { return merges[a].File < merges[b].File })
	return publish, merges
}

// retire settles the content files an earlier run wrote for an article
// now merged into another (own, less any another article now has): a
// file untouched by the editor is to be removed (returned as remove); an
// edited one is kept, with a warning, since only the editor may drop their
// work.
func retire(it *item, own []string) (remove, warnings []string, err error) {
	for _, path := range own {
		ok, err := content.Pristine(path)
		if err != nil {
			return nil, nil, err
		}
		if ok {
			remove = append(remove, path)
			continue
		}
		fix := "set keep: true in the article to publish both"
		if !keepable(it) {
			fix = "save the article as a .md file with keep: true to publish both"
		}
		warnings = append(warnings, fmt.Sprintf("%s: kept, though its article %s is now published as another's duplicate, because it was edited - delete it to publish the story once, or %s", path, it.origin, fix))
	}
	return remove, warnings, nil
}

// keepable says whether the article's own file can say keep: true: a
// Markdown file that is one article.
func keepable(it *item) bool {
	return it.key == "" && !it.in.url && strings.EqualFold(filepath.Ext(it.in.name), ".md")
}

// mergeNote is how the build reports a merge.
func mergeNote(m merge) string {
	merged, into := m.it, m.into
	how := "an exact copy"
	if !m.Exact {
		how = fmt.Sprintf("a near-duplicate, %.0f%% of its word sequences shared", 100*m.Score)
	}
	var fix string
	switch {
	case keepable(merged):
		fix = "set keep: true in its front matter to publish both"
	case merged.key == "" && !merged.in.url && strings.EqualFold(filepath.Ext(merged.in.name), ".txt"):
		fix = "to publish both, make it a .md file starting with ---, keep: true, ---"
	case keepable(into):
		fix = "to publish both, set keep: true in the front matter of " + into.in.name
	default:
		fix = "to publish both, save one of them as a .md file with keep: true"
	}
	return fmt.Sprintf("%s: the same story as %s (%s), published once - %s", m.File, m.Into, how, fix)
}

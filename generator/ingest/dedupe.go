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
	File  string  `json:"file"`  // the article left out
	Into  string  `json:"into"`  // the article published in its place
	Exact bool    `json:"exact"` // the same words; else a near-duplicate
	Score float64 `json:"score"` // overlap of their word 3-grams (1 when exact)
}

// dedupe finds the articles of one issue that are the same story and
// publishes each story once: of each group, every article whose front
// matter says keep: true, and one other. That one is the article already
// published (so its slug and page stay), else the longest version, else
// the first by file name. It returns the articles to publish, in their
// order, and the merges.
func dedupe(items []*item, out string) (publish []*item, merges []Merge) {
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
		words := func(i int) int {
			n := 0
			for _, p := range items[i].art.Paragraphs {
				n += len(strings.Fields(p))
			}
			return n
		}
		published := map[int]bool{}
		for _, i := range rest {
			published[i] = ownFile(items[i], out) != ""
		}
		sort.SliceStable(rest, func(a, b int) bool {
			x, y := rest[a], rest[b]
			if published[x] != published[y] {
				return published[x]
			}
			if wx, wy := words(x), words(y); wx != wy {
				return wx > wy
			}
			return items[x].in.name < items[y].in.name
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
			merges = append(merges, Merge{File: items[i].in.name, Into: items[survivor].in.name, Exact: m.Exact, Score: m.Score})
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

// retire settles the content file an earlier run wrote for an article now
// merged into another: a file untouched by the editor is to be removed
// (returned as remove); an edited one is kept, with a warning, since only
// the editor may drop their work.
func retire(it *item, out string) (remove, warning string, err error) {
	path := ownFile(it, out)
	if path == "" {
		return "", "", nil
	}
	ok, err := content.Pristine(path)
	if err != nil {
		return "", "", err
	}
	if ok {
		return path, "", nil
	}
	return "", fmt.Sprintf("%s: kept, though its article %s is now published as another's duplicate, because it was edited - delete it to publish the story once, or set keep: true in the article to publish both", path, it.in.name), nil
}

// mergeNote is how the build reports a merge.
func mergeNote(m Merge) string {
	how := "an exact copy"
	if !m.Exact {
		how = fmt.Sprintf("a near-duplicate, %.0f%% of its word sequences shared", 100*m.Score)
	}
	fix := "set keep: true in its front matter to publish both"
	if !strings.EqualFold(filepath.Ext(m.File), ".md") {
		fix = "to publish both, make it a .md file starting with ---, keep: true, ---"
	}
	return fmt.Sprintf("%s: the same story as %s (%s), published once - %s", m.File, m.Into, how, fix)
}

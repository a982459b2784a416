package ingest

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"path/filepath"
	"sort"
	"strings"

	"briefing/generator/article"
	"briefing/generator/compose"
	"briefing/generator/content"
	"briefing/generator/internal/issue"
)

// placing is an article's place in its issue: what the editor asked for,
// its section, and (once its metadata is computed) the signals the issue's
// order is decided from.
type placing struct {
	section string // its section: the editor's, else the classifier's when its doc is computed
	lead    bool   // lead: true
	keep    bool   // keep: true, published even when it duplicates another
	ordered bool   // an explicit order (order, or weight) was given
	order   int
	place   int           // its place in the issue, 1 for the lead (placeIssue)
	story   compose.Story // filled in with the article's doc, or from its kept file
}

// readControls takes the editor's composition fields from the article's
// front matter (checked by the article package) and warns about an order
// given twice.
func readControls(it *item) (warning string) {
	f := it.art.Fields
	it.lead, _ = f["lead"].(bool)
	it.keep, _ = f["keep"].(bool)
	o, hasOrder := f["order"].(int)
	w, hasWeight := f["weight"].(int)
	switch {
	case hasOrder:
		it.ordered, it.order = true, o
		if hasWeight && w != o {
			warning = fmt.Sprintf("%s: both order: %d and weight: %d; order wins - keep one of them", it.in.name, o, w)
		}
	case hasWeight:
		it.ordered, it.order = true, w
	}
	return warning
}

// composeKey identifies what an issue's order and sections are decided
// from: the generator's version, the configured sections and every
// article the issue publishes with its file, its key within the file and
// its input hash. A duplicate merged into another is left out: it changes
// no page, and an address not fetched again (whose merged items are
// not known) must give the same key. An issue whose key is the one
// recorded in its page, and whose articles are all fresh, is left as it
// is; a renamed file changes the key, so its page is retouched.
func composeKey(items []*item, sections []string) string {
	names := make([]string, len(items))
	for i, it := range items {
		names[i] = filepath.ToSlash(it.in.name) + "\x00" + it.key + "\x00" + it.hash
	}
	sort.Strings(names)
	sum := sha256.New()
	fmt.Fprintf(sum, "%s\x00%s\x00", Version, strings.Join(sections, "\x01"))
	for _, n := range names {
		fmt.Fprintf(sum, "%s\x00", n)
	}
	return "issue-" + hex.EncodeToString(sum.Sum(nil)[:12])
}

// leadWarnings names the articles of an issue marked lead: true that do
// not lead it because another does.
func leadWarnings(items []*item) []string {
	stories := make([]compose.Story, len(items))
	for i, it := range items {
		stories[i] = compose.Story{Name: it.origin, Lead: it.lead, Ordered: it.ordered, Order: it.order}
	}
	return compose.LeadWarnings(stories)
}

// placeIssue orders the articles of one issue whose stories are known
// (jobs that failed are left out) and writes each one's place, 1 for the
// lead, as its weight: Hugo's order within the issue, which the layouts,
// feeds and the links between stories follow. A computed doc gets it as
// its weight; a kept file is to be retouched with it, its source (the
// file may have been renamed or moved) and its section (the editor may
// have moved the file into a section's folder).
func placeIssue(jobs []*job, sections []string) {
	var stories []compose.Story
	var live []*job
	for _, j := range jobs {
		if j.err == nil {
			stories = append(stories, j.item.story)
			live = append(live, j)
		}
	}
	r := compose.Issue(stories, sections)
	for pos, i := range r.Order {
		j := live[i]
		j.item.place = pos + 1
		if j.retouch != nil {
			j.retouch = []content.Field{
				{Key: "source", Value: filepath.ToSlash(j.item.in.name)},
				{Key: "weight", Value: j.item.place},
				{Key: "section", Value: j.item.section},
			}
			continue
		}
		setField(&j.doc, "weight", j.item.place)
	}
}

// setField sets the value of key in doc.
func setField(doc *content.Doc, key string, v any) {
	for i := range doc.Fields {
		if doc.Fields[i].Key == key {
			doc.Fields[i].Value = v
			return
		}
	}
	doc.Fields = append(doc.Fields, content.Field{Key: key, Value: v})
}

// issueSections are the sections an issue shows, in order: the configured
// ones, then names only its editor used, by name.
func issueSections(items []*item, sections []string) []string {
	out := append([]string{}, sections...)
	seen := map[string]bool{}
	for _, s := range sections {
		seen[strings.ToLower(s)] = true
	}
	var extra []string
	for _, it := range items {
		if k := strings.ToLower(it.section); k != "" && !seen[k] {
			seen[k] = true
			extra = append(extra, it.section)
		}
	}
	sort.Slice(extra, func(a, b int) bool { return strings.ToLower(extra[a]) < strings.ToLower(extra[b]) })
	return append(out, extra...)
}

// issueDoc is the content file of one issue's page: its title (the
// editor's, from the note's front matter, else the date), its sections in
// order, and the editor's note as its text, escaped like article text.
// Which pages Hugo writes for it (the email edition among them) is Hugo's
// business: config.toml cascades the outputs to every issue section.
func issueDoc(date string, note *article.Note, sections []string, key string) content.Doc {
	title := issue.Title(date)
	var body strings.Builder
	if note != nil {
		if note.Title != "" {
			title = note.Title
		}
		for i, p := range note.Paragraphs {
			if i > 0 {
				body.WriteString("\n\n")
			}
			body.WriteString(content.EscapeMarkdown(p))
		}
	}
	return content.Doc{
		Fields: []content.Field{
			{Key: "title", Value: title},
			{Key: "date", Value: date},
			{Key: "issue", Value: date},
			{Key: "sections", Value: sections},
		},
		Body:  body.String(),
		Input: key,
	}
}

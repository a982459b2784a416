package ingest

import (
	"fmt"
	"path/filepath"
	"slices"
	"sort"
	"strings"

	"briefing/generator/compose"
	"briefing/generator/content"
	"briefing/generator/meta"
)

// safeDoc computes an article's doc, turning a panic in the analysis into
// an error that names the file: one odd article must not take the whole
// run down with a stack trace.
func safeDoc(it *item, taxonomies, sections []string) (doc content.Doc, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%s: the metadata step failed on this article (%v) - report it with the file attached; --keep-going publishes the rest", it.origin, r)
		}
	}()
	return articleDoc(it, taxonomies, sections), nil
}

// articleDoc builds the content file of one article: computed metadata,
// then whatever the author set in front matter on top. taxonomies are the
// keys published through content.Term; sections, the configured ones.
func articleDoc(it *item, taxonomies, sections []string) content.Doc {
	classify(it, sections)
	a := it.art
	m := meta.Compute(a.Headline, a.Paragraphs)
	fields := []content.Field{
		{Key: "title", Value: a.Headline},
		{Key: "date", Value: it.issue},
		{Key: "issue", Value: it.issue},
		{Key: "slug", Value: it.slug},
		{Key: "section", Value: it.section},
		{Key: "weight", Value: it.place}, // its place in the issue, set by placeIssue
		{Key: "description", Value: m.Description},
		{Key: "summary", Value: m.Summary},
		{Key: "keypoints", Value: nonNil(m.KeyPoints)},
		{Key: "wordcount", Value: m.WordCount},
		{Key: "readingtime", Value: m.ReadingTime},
		{Key: "people", Value: nonNil(m.People)},
		{Key: "places", Value: nonNil(m.Places)},
		{Key: "organizations", Value: nonNil(m.Organizations)},
		{Key: "quotes", Value: quoteRecords(m.Quotes)},
		{Key: "figures", Value: figureRecords(m.Figures)},
		{Key: "tags", Value: nonNil(m.Tags)},
		{Key: "source", Value: filepath.ToSlash(it.in.name)},
	}
	if a.Encoding != "" {
		fields = append(fields, content.Field{Key: "encoding", Value: a.Encoding})
	}
	// The author's front matter (keys already lower-cased and checked by
	// the article package) wins over computed values, except for the
	// fields that place the file and the story, which the run has
	// already settled (weight and order become the place in the issue).
	var extra []string
	for k := range a.Fields {
		switch k {
		case "slug", "issue", "section", "weight", "order":
		default:
			extra = append(extra, k)
		}
	}
	sort.Strings(extra)
	for _, k := range extra {
		v := a.Fields[k]
		if rs, ok := v.([]map[string]string); ok {
			v = authorRecords(rs, recordKeys[k]...)
		}
		i := slices.IndexFunc(fields, func(f content.Field) bool { return f.Key == k })
		if i >= 0 {
			fields[i].Value = v
		} else {
			fields = append(fields, content.Field{Key: k, Value: v})
		}
	}
	// Terms become page addresses: whoever wrote them, they are published
	// through content.Term.
	for i, f := range fields {
		if slices.Contains(taxonomies, f.Key) {
			fields[i].Value = publishTerms(f.Value)
		}
	}
	var body strings.Builder
	for i, p := range a.Paragraphs {
		if i > 0 {
			body.WriteString("\n\n")
		}
		body.WriteString(content.EscapeMarkdown(p))
	}
	it.story = storyOf(it, fields, m.WordCount)
	return content.Doc{Fields: fields, Body: body.String(), Input: it.hash}
}

// storyOf is what the issue's order is decided from, as published: the
// author's title, names and figures where they were given, else the
// computed; the section and the editor's placing as this run settled them.
func storyOf(it *item, fields []content.Field, words int) compose.Story {
	s := compose.Story{Name: it.origin, Headline: it.art.Headline, Section: it.section,
		Lead: it.lead, Ordered: it.ordered, Order: it.order, Words: words}
	for _, f := range fields {
		switch f.Key {
		case "title":
			if t, ok := f.Value.(string); ok {
				s.Headline = t
			}
		case "people":
			s.People, _ = termList(f.Value)
		case "places":
			s.Places, _ = termList(f.Value)
		case "organizations":
			s.Organizations, _ = termList(f.Value)
		case "figures":
			switch rs := f.Value.(type) {
			case []content.Record:
				s.Figures = len(rs)
			case []any: // read back from a file
				s.Figures = len(rs)
			}
		}
	}
	return s
}

// fileStory is the story of an article whose file is kept (its input is
// unchanged, or it was not fetched again): what its file publishes (as
// loadReused read it, for an article not fetched again), with the section
// and the editor's placing settled this run.
func fileStory(it *item, sections []string) (compose.Story, error) {
	classify(it, sections)
	e := it.file
	it.file = nil
	if e == nil {
		var err error
		if e, err = content.Read(it.path); err != nil {
			return compose.Story{}, err
		}
		if e == nil {
			return compose.Story{}, fmt.Errorf("%s: removed while the build ran - build again", it.path)
		}
	}
	fields := make([]content.Field, len(e.Order))
	for i, k := range e.Order {
		fields[i] = content.Field{Key: k, Value: e.Fields[k]}
	}
	words, _ := e.Fields["wordcount"].(int)
	return storyOf(it, fields, words), nil
}

func simpleDoc(title string) content.Doc {
	return content.Doc{Fields: []content.Field{{Key: "title", Value: title}}, Input: fmt.Sprintf("page-%s", Version)}
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// recordKeys are the fields of the records the generator writes, in the
// order it writes them.
var recordKeys = map[string][]string{"quotes": {"text", "speaker"}, "figures": {"value", "measure"}}

// authorRecords are the author's own quotes or figures (checked by the
// article package) as records in the generator's order.
func authorRecords(rs []map[string]string, keys ...string) []content.Record {
	out := make([]content.Record, len(rs))
	for i, r := range rs {
		for _, k := range keys {
			out[i] = append(out[i], content.Field{Key: k, Value: r[k]})
		}
	}
	return out
}

func quoteRecords(qs []meta.Quote) []content.Record {
	out := make([]content.Record, len(qs))
	for i, q := range qs {
		out[i] = content.Record{{Key: "text", Value: q.Text}, {Key: "speaker", Value: q.Speaker}}
	}
	return out
}

func figureRecords(fs []meta.Figure) []content.Record {
	out := make([]content.Record, len(fs))
	for i, f := range fs {
		out[i] = content.Record{{Key: "value", Value: f.Value}, {Key: "measure", Value: f.Measure}}
	}
	return out
}

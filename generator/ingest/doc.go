package ingest

import (
	"fmt"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"time"

	"briefing/generator/content"
	"briefing/generator/meta"
)

// articleDoc builds the content file of one article: computed metadata,
// then whatever the author set in front matter on top.
func articleDoc(it *item) content.Doc {
	a := it.art
	m := meta.Compute(a.Headline, a.Paragraphs)
	fields := []content.Field{
		{Key: "title", Value: a.Headline},
		{Key: "date", Value: it.issue},
		{Key: "issue", Value: it.issue},
		{Key: "slug", Value: it.slug},
		{Key: "weight", Value: it.in.weight},
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
	// fields that place the file, which the run has already settled.
	var extra []string
	for k := range a.Fields {
		if k != "slug" && k != "issue" {
			extra = append(extra, k)
		}
	}
	sort.Strings(extra)
	for _, k := range extra {
		i := slices.IndexFunc(fields, func(f content.Field) bool { return f.Key == k })
		if i >= 0 {
			fields[i].Value = a.Fields[k]
		} else {
			fields = append(fields, content.Field{Key: k, Value: a.Fields[k]})
		}
	}
	var body strings.Builder
	for i, p := range a.Paragraphs {
		if i > 0 {
			body.WriteString("\n\n")
		}
		body.WriteString(content.EscapeMarkdown(p))
	}
	return content.Doc{Fields: fields, Body: body.String(), Input: it.hash}
}

// issueDoc is the content file of one issue's page.
func issueDoc(date string) content.Doc {
	t, _ := time.Parse("2006-01-02", date)
	return content.Doc{
		Fields: []content.Field{
			{Key: "title", Value: t.Format("2 January 2006")},
			{Key: "date", Value: date},
			{Key: "issue", Value: date},
			{Key: "outputs", Value: []string{"html", "rss", "jsonfeed", "email", "emailtext"}},
		},
		Input: "issue-" + Version + "-" + date,
	}
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

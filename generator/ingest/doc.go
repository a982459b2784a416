package ingest

import (
	"fmt"
	"path/filepath"
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
	// The author's front matter wins over computed values, except for the
	// fields that place the file, which the run has already settled.
	var extra []string
	for k := range a.Fields {
		extra = append(extra, k)
	}
	sort.Strings(extra)
	for _, k := range extra {
		key := strings.ToLower(k)
		switch key {
		case "slug", "issue", "generated", "source":
			continue
		}
		v := a.Fields[k]
		found := false
		for i := range fields {
			if fields[i].Key == key {
				fields[i].Value, found = v, true
			}
		}
		if !found {
			fields = append(fields, content.Field{Key: key, Value: v})
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

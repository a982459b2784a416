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
		if slices.Contains(it.tax, f.Key) {
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

// termList reads a taxonomy value as the list of names Hugo reads: one
// name, or a list of them. ok is false for any other shape.
func termList(v any) (names []string, ok bool) {
	switch v := v.(type) {
	case string:
		return []string{v}, true
	case []string:
		return v, true
	case []any:
		for _, e := range v {
			switch e := e.(type) {
			case string:
				names = append(names, e)
			case int, int64, uint64, float64, bool:
				names = append(names, fmt.Sprint(e))
			default:
				return nil, false
			}
		}
		return names, true
	}
	return nil, false
}

// publishTerms is a taxonomy value as published: each name through
// content.Term, those left empty dropped, and a name repeated (Hugo
// does not tell case apart) kept once. Values of another shape are left
// for the build's check to refuse with their line.
func publishTerms(v any) any {
	names, ok := termList(v)
	if !ok {
		return v
	}
	out := []string{}
	seen := map[string]bool{}
	for _, n := range names {
		t := content.Term(n)
		if t != "" && !seen[strings.ToLower(t)] {
			seen[strings.ToLower(t)] = true
			out = append(out, t)
		}
	}
	return out
}

// termNotes says which of the author's own term names are published
// differently, so that no change to what an editor wrote is silent.
func termNotes(it *item) []string {
	var notes []string
	for _, k := range it.tax {
		names, _ := termList(it.art.Fields[k])
		for _, n := range names {
			switch t := content.Term(n); {
			case t == "":
				notes = append(notes, fmt.Sprintf("%s: %s %q left out: a term needs a letter or a digit", it.in.name, k, n))
			case t != strings.Join(strings.Fields(n), " "):
				notes = append(notes, fmt.Sprintf("%s: %s %q published as %q (a term's name is its page's address, so no slashes, dots or %%)", it.in.name, k, n, t))
			}
		}
	}
	return notes
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

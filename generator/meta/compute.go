package meta

import (
	"strings"

	"briefing/generator/meta/entity"
	"briefing/generator/meta/figure"
	"briefing/generator/meta/quote"
	"briefing/generator/meta/rank"
	"briefing/generator/meta/tag"
	"briefing/generator/meta/text"
)

// Compute returns the metadata of one article. It is pure and safe for
// concurrent use.
func Compute(headline string, paragraphs []string) Metadata {
	d := text.Prepare(headline, paragraphs)
	m := Metadata{WordCount: CountWords(paragraphs)}
	m.ReadingTime = (m.WordCount + WordsPerMinute - 1) / WordsPerMinute
	if m.ReadingTime < 1 {
		m.ReadingTime = 1
	}
	extract(d, &m)
	m.Summary, m.KeyPoints, m.Description = rank.Summarize(d, m.People, m.Organizations)
	return m
}

// extract fills in what d names: people, places, organisations, quotes,
// figures and tags. Quotes need the names.
func extract(d *text.Doc, m *Metadata) {
	names := entity.Analyse(d)
	m.People, m.Places, m.Organizations = names.Lists()
	m.Quotes = convert(quote.Find(d, names), func(q quote.Quote) Quote { return Quote(q) })
	m.Figures = convert(figure.Find(d), func(f figure.Figure) Figure { return Figure(f) })
	m.Tags = tag.Pick(d)
}

// CountWords counts the body's words the way a word processor does:
// runs of non-space characters.
func CountWords(paragraphs []string) int {
	n := 0
	for _, p := range paragraphs {
		for range strings.FieldsSeq(p) { // counted, not collected
			n++
		}
	}
	return n
}

// convert turns the extractors' own types into the public ones (which
// carry the YAML and JSON names), keeping nil for none.
func convert[T, F any](in []F, conv func(F) T) []T {
	if in == nil {
		return nil
	}
	out := make([]T, len(in))
	for i, x := range in {
		out[i] = conv(x)
	}
	return out
}

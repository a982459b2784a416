package meta

import (
	"strings"

	"briefing/generator/meta/text"
)

// doc is the prepared article with the entity analysis every extractor
// shares, computed once (see analysisOf).
type doc struct {
	*text.Doc
	ent *entAnalysis
}

func prepare(headline string, paragraphs []string) *doc {
	return &doc{Doc: text.Prepare(headline, paragraphs)}
}

// Compute returns the metadata of one article. It is pure and safe for
// concurrent use.
func Compute(headline string, paragraphs []string) Metadata {
	d := prepare(headline, paragraphs)
	m := Metadata{WordCount: CountWords(paragraphs)}
	m.ReadingTime = (m.WordCount + WordsPerMinute - 1) / WordsPerMinute
	if m.ReadingTime < 1 {
		m.ReadingTime = 1
	}
	m.People, m.Places, m.Organizations = entities(d)
	m.Quotes = quotes(d)
	m.Figures = figures(d)
	m.Tags = tags(d, &m)
	m.Summary, m.KeyPoints, m.Description = summarize(d, m.People)
	return m
}

// CountWords counts the body's words the way a word processor does:
// runs of non-space characters.
func CountWords(paragraphs []string) int {
	n := 0
	for _, p := range paragraphs {
		n += len(strings.Fields(p))
	}
	return n
}

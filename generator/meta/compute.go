package meta

import "strings"

// doc is the analysed form of an article shared by every extractor: the
// text as published, split into sentences that keep their position.
type doc struct {
	Headline   string
	Paragraphs []string   // body paragraphs as published, furniture removed
	Sentences  []sentence // every sentence of Paragraphs, in order

	ent *entAnalysis // tokens and names, computed once (see analysisOf)
}

type sentence struct {
	Text string // as written
	Para int    // index into doc.Paragraphs
	Pos  int    // index of the sentence within its paragraph
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

package meta

import (
	"testing"

	"briefing/generator/meta/internal/articletest"
	"briefing/generator/meta/text"
)

func entBenchDocs(b *testing.B) []*doc {
	var ds []*doc
	for _, n := range articletest.Named {
		ds = append(ds, loadArticle(b, n))
	}
	return ds
}

// fresh returns a copy of d without its analysis, so every benchmark op
// pays for the tokenisation it needs.
func fresh(d *doc) *doc {
	return &doc{Doc: &text.Doc{Headline: d.Headline, Paragraphs: d.Paragraphs, Sentences: d.Sentences}}
}

// Each op processes one article (the test articles in turn), from scratch.
func BenchmarkEntities(b *testing.B) {
	ds := entBenchDocs(b)
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		entities(fresh(ds[i%len(ds)]))
	}
}

func BenchmarkQuotes(b *testing.B) {
	ds := entBenchDocs(b)
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		quotes(fresh(ds[i%len(ds)]))
	}
}

func BenchmarkFigures(b *testing.B) {
	ds := entBenchDocs(b)
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		figures(fresh(ds[i%len(ds)]))
	}
}

func BenchmarkTags(b *testing.B) {
	ds := entBenchDocs(b)
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		tags(fresh(ds[i%len(ds)]), &Metadata{})
	}
}

// BenchmarkExtractors is the whole of this part of Compute for one article.
func BenchmarkExtractors(b *testing.B) {
	ds := entBenchDocs(b)
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		d := fresh(ds[i%len(ds)])
		var m Metadata
		m.People, m.Places, m.Organizations = entities(d)
		m.Quotes = quotes(d)
		m.Figures = figures(d)
		m.Tags = tags(d, &m)
	}
}

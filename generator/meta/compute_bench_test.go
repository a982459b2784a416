package meta

import (
	"testing"

	"briefing/generator/meta/internal/articletest"
)

// BenchmarkExtractors is names, quotes, figures and tags for one article
// (the test articles in turn), from scratch.
func BenchmarkExtractors(b *testing.B) {
	ds := articletest.Docs(b, articletest.Named)
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		var m Metadata
		extract(articletest.Fresh(ds[i%len(ds)]), &m)
	}
}

// BenchmarkCompute is the whole of Compute for one article (the test
// articles in turn).
func BenchmarkCompute(b *testing.B) {
	var arts [][]string
	for _, name := range append(articletest.News, articletest.Named[1:]...) {
		h, paras := articletest.Article(b, name)
		arts = append(arts, append([]string{h}, paras...))
	}
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		a := arts[i%len(arts)]
		Compute(a[0], a[1:])
	}
}

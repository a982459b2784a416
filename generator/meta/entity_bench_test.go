package meta

import (
	"testing"

	"briefing/generator/meta/internal/articletest"
)

// Each op processes one article (the test articles in turn), from scratch.
func BenchmarkTags(b *testing.B) {
	ds := articletest.Docs(b, articletest.Named)
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		tags(articletest.Fresh(ds[i%len(ds)]), &Metadata{})
	}
}

// BenchmarkExtractors is the whole of this part of Compute for one article.
func BenchmarkExtractors(b *testing.B) {
	ds := articletest.Docs(b, articletest.Named)
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		var m Metadata
		extract(articletest.Fresh(ds[i%len(ds)]), &m)
	}
}

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

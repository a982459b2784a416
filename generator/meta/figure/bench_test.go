package figure

import (
	"testing"

	"briefing/generator/meta/internal/articletest"
)

// BenchmarkFigures: each op finds the figures of one article (the test
// articles in turn) from scratch, tokenisation included.
func BenchmarkFigures(b *testing.B) {
	ds := articletest.Docs(b, articletest.Named)
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		Find(articletest.Fresh(ds[i%len(ds)]))
	}
}

package tag

import (
	"testing"

	"briefing/generator/meta/internal/articletest"
)

// BenchmarkTags: each op tags one article (the test articles in turn)
// from scratch, tokenisation included.
func BenchmarkTags(b *testing.B) {
	ds := articletest.Docs(b, articletest.Named)
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		Pick(articletest.Fresh(ds[i%len(ds)]))
	}
}

package entity

import (
	"testing"

	"briefing/generator/meta/internal/articletest"
)

// BenchmarkEntities: each op analyses one article (the test articles in
// turn) from scratch, tokenisation included.
func BenchmarkEntities(b *testing.B) {
	ds := articletest.Docs(b, articletest.Named)
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		Analyse(articletest.Fresh(ds[i%len(ds)])).Lists()
	}
}

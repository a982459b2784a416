package quote

import (
	"testing"

	"briefing/generator/meta/entity"
	"briefing/generator/meta/internal/articletest"
)

// BenchmarkQuotes: each op finds the quotes of one article (the test
// articles in turn) from scratch, tokens and names included.
func BenchmarkQuotes(b *testing.B) {
	ds := articletest.Docs(b, articletest.Named)
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		d := articletest.Fresh(ds[i%len(ds)])
		Find(d, entity.Analyse(d))
	}
}

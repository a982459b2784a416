package rank

import (
	"testing"

	"briefing/generator/meta/internal/articletest"
)

// BenchmarkSummarize is ranking and selection on a prepared article (the
// test articles in turn), from its tokens on: each op pays for the
// tokenisation it needs.
func BenchmarkSummarize(b *testing.B) {
	docs := articletest.Docs(b, articletest.News)
	people := []string{"Xi Jinping", "Vladimir Putin"}
	b.ReportAllocs()
	b.ResetTimer()
	for i := range b.N {
		Summarize(articletest.Fresh(docs[i%len(docs)]), people, nil)
	}
}

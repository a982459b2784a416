package rank

import (
	"testing"

	"briefing/generator/meta/internal/articletest"
	"briefing/generator/meta/text"
)

// benchArticles are the test articles: wire, web and feature copy of
// typical length.
func benchArticles(b *testing.B) [][]string {
	var out [][]string
	for _, name := range articletest.News {
		h, paras := articletest.Article(b, name)
		out = append(out, append([]string{h}, paras...))
	}
	return out
}

// BenchmarkSummarize is ranking and selection on a prepared article.
func BenchmarkSummarize(b *testing.B) {
	arts := benchArticles(b)
	docs := make([]*text.Doc, len(arts))
	for k, a := range arts {
		docs[k] = text.Prepare(a[0], a[1:])
	}
	people := []string{"Xi Jinping", "Vladimir Putin"}
	b.ReportAllocs()
	b.ResetTimer()
	for i := range b.N {
		Summarize(docs[i%len(docs)], people)
	}
}

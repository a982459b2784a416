package text_test

import (
	"testing"

	"briefing/generator/meta/internal/articletest"
	"briefing/generator/meta/text"
)

// benchArticles are the test articles: wire, web and feature copy of
// typical length, each as its headline followed by its paragraphs.
func benchArticles(b *testing.B) [][]string {
	var out [][]string
	for _, name := range articletest.News {
		h, paras := articletest.Article(b, name)
		out = append(out, append([]string{h}, paras...))
	}
	return out
}

func BenchmarkSplit(b *testing.B) {
	arts := benchArticles(b)
	var buf []string
	b.ResetTimer()
	for i := range b.N {
		for _, p := range arts[i%len(arts)][1:] {
			buf = text.SplitSentences(p, buf[:0])
		}
	}
}

// BenchmarkPrepare is furniture stripping plus splitting.
func BenchmarkPrepare(b *testing.B) {
	arts := benchArticles(b)
	b.ReportAllocs()
	b.ResetTimer()
	for i := range b.N {
		a := arts[i%len(arts)]
		text.Prepare(a[0], a[1:])
	}
}

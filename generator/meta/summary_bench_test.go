package meta

import (
	"path/filepath"
	"testing"
)

// benchArticles are the test articles: wire, web and feature copy of
// typical length.
func benchArticles(b *testing.B) [][]string {
	files, _ := filepath.Glob("testdata/summary/*.txt")
	if len(files) == 0 {
		b.Fatal("no test articles")
	}
	var out [][]string
	for _, f := range files {
		h, paras := readArticle(b, f)
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
			buf = splitSentences(p, buf[:0])
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
		prepare(a[0], a[1:])
	}
}

// BenchmarkSummarize is ranking and selection on a prepared article.
func BenchmarkSummarize(b *testing.B) {
	arts := benchArticles(b)
	docs := make([]*doc, len(arts))
	for k, a := range arts {
		docs[k] = prepare(a[0], a[1:])
	}
	people := []string{"Xi Jinping", "Vladimir Putin"}
	b.ReportAllocs()
	b.ResetTimer()
	for i := range b.N {
		summarize(docs[i%len(docs)], people)
	}
}

package content_test

import (
	"path/filepath"
	"strings"
	"testing"

	"briefing/generator/content"
)

func benchDoc() content.Doc {
	para := strings.Repeat("The central bank said on Tuesday that it would hold rates at 5% for now. ", 6)
	return content.Doc{
		Fields: []content.Field{
			{Key: "title", Value: "Rates held as inflation eases"}, {Key: "date", Value: "2024-03-01"},
			{Key: "description", Value: "The central bank held rates at 5%, saying inflation had eased faster than expected."},
			{Key: "summary", Value: para}, {Key: "keypoints", Value: []string{para[:90], para[:120], para[:70]}},
			{Key: "wordcount", Value: 420}, {Key: "people", Value: []string{"Jane Smith", "John Doe"}},
			{Key: "quotes", Value: []content.Record{{{Key: "text", Value: "We will act if needed"}, {Key: "speaker", Value: "Jane Smith"}}}},
			{Key: "tags", Value: []string{"rates", "inflation", "economy"}},
		},
		Body:  strings.Repeat(content.EscapeMarkdown(para)+"\n\n", 8),
		Input: "0123456789abcdef",
	}
}

// BenchmarkMerge renders a new content file: front matter and body.
func BenchmarkMerge(b *testing.B) {
	d := benchDoc()
	for i := 0; i < b.N; i++ {
		if _, _, err := content.Merge(nil, d); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkRewrite merges a doc over an existing generated file, the work
// of a re-ingest whose input changed.
func BenchmarkRewrite(b *testing.B) {
	d := benchDoc()
	path := filepath.Join(b.TempDir(), "a.md")
	if _, _, err := content.Write(path, d); err != nil {
		b.Fatal(err)
	}
	old, err := content.Read(path)
	if err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, _, err := content.Merge(old, d); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkEscapeMarkdown(b *testing.B) {
	p := "Shares in *Acme* rose 5% to $1.13bn after {{< x >}} #1 ranking - see [link](x) and <b>more</b>."
	for i := 0; i < b.N; i++ {
		content.EscapeMarkdown(p)
	}
}

// BenchmarkCheck is the build's check of one content file before Hugo
// runs (every file, every build).
func BenchmarkCheck(b *testing.B) {
	path := filepath.Join(b.TempDir(), "a.md")
	if _, _, err := content.Write(path, benchDoc()); err != nil {
		b.Fatal(err)
	}
	tax := []string{"tags", "people", "places", "organizations"}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if err := content.Check(path, tax); err != nil {
			b.Fatal(err)
		}
	}
}

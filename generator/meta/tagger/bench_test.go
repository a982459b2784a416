package tagger

import (
	"os"
	"strings"
	"testing"

	"briefing/generator/meta/tagger/internal/ptron"
)

// article returns the ~500-word fixture as sentences of words.
func article(tb testing.TB) [][]string {
	b, err := os.ReadFile("testdata/article.txt")
	if err != nil {
		tb.Fatal(err)
	}
	var sents [][]string
	for _, para := range strings.Split(string(b), "\n\n") {
		for _, s := range Sentences(Tokenize(para)) {
			sents = append(sents, Words(s))
		}
	}
	return sents
}

func countWords(sents [][]string) int {
	n := 0
	for _, s := range sents {
		n += len(s)
	}
	return n
}

// BenchmarkEntities tags a 500-word article (both passes): budget 0.5 ms.
func BenchmarkEntities(b *testing.B) {
	sents := article(b)
	m := Entities()
	b.ReportAllocs()
	for b.Loop() {
		m.TagDoc(sents)
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(countWords(sents)), "ns/token")
}

// BenchmarkPOSChunks tags ten sentences with parts of speech then chunks:
// budget 0.3 ms.
func BenchmarkPOSChunks(b *testing.B) {
	sents := article(b)[:10]
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range sents {
			POSChunks(s)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(countWords(sents)), "ns/token")
}

// BenchmarkTokenize splits the 500-word article into sentences of tokens.
func BenchmarkTokenize(b *testing.B) {
	text, err := os.ReadFile("testdata/article.txt")
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		Sentences(Tokenize(string(text)))
	}
}

// BenchmarkLoad decodes the three embedded models, as first use does.
func BenchmarkLoad(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		for _, data := range [][]byte{posBin, chunkBin, nerBin} {
			if _, err := ptron.Decode(data); err != nil {
				b.Fatal(err)
			}
		}
	}
}

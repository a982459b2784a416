package quote

import (
	"strings"
	"testing"

	"briefing/generator/meta/entity"
	"briefing/generator/meta/internal/articletest"
	"briefing/generator/meta/text"
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

// BenchmarkQuotesRunOn: one op finds the quotations of a paragraph of a
// thousand quotations that the attributions join into one sentence ("x."
// John Smith said "y." John Smith said ...), the finder's worst case: it
// must stay linear.
func BenchmarkQuotesRunOn(b *testing.B) {
	d := text.Prepare("Headline", []string{strings.Repeat(`John Smith said "we will win this one." `, 1000)})
	names := entity.Analyse(d)
	b.ReportAllocs()
	for b.Loop() {
		Find(d, names)
	}
}

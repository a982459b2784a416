package compose_test

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"briefing/generator/compose"
)

// issue is n stories as a day of wire copy names things: a few people,
// organisations and places each, drawn from pools where some names are
// in many stories (the country, the government) and most in one or two.
func issue(n int) []compose.Story {
	r := rand.New(rand.NewPCG(uint64(n), 1))
	pick := func(prefix string, k, pool int) []string {
		var out []string
		for range k {
			// Squared: low numbers, the common names, come up often.
			x := r.Float64()
			out = append(out, fmt.Sprintf("%s %d", prefix, int(x*x*float64(pool))))
		}
		return out
	}
	stories := make([]compose.Story, n)
	for i := range stories {
		stories[i] = compose.Story{Name: fmt.Sprintf("s%03d.md", i), Headline: fmt.Sprintf("Person %d meets Place %d", r.IntN(2*n), r.IntN(n)),
			Section: sections[r.IntN(len(sections))], Words: 150 + r.IntN(1000), Figures: r.IntN(6),
			People: pick("Person", 1+r.IntN(5), 2*n), Organizations: pick("Org", r.IntN(5), n), Places: pick("Place", 1+r.IntN(4), n/2)}
	}
	return stories
}

// BenchmarkScores scores an issue the size of a BBC topic folder.
func BenchmarkScores(b *testing.B) {
	stories := issue(500)
	b.ReportAllocs()
	for b.Loop() {
		compose.Scores(stories, sections)
	}
}

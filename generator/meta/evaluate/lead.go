package evaluate

import "briefing/generator/meta/text"

// Lead returns the first n sentences of an article after preparation: the
// Lead-n baseline the ranker is measured against.
func Lead(headline string, paragraphs []string, n int) []string {
	d := text.Prepare(headline, paragraphs)
	out := make([]string, 0, n)
	for _, s := range d.Sentences[:min(n, len(d.Sentences))] {
		out = append(out, s.Text)
	}
	return out
}

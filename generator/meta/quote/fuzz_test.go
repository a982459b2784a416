package quote

import (
	"strings"
	"testing"
	"unicode/utf8"

	"briefing/generator/meta/entity"
	"briefing/generator/meta/text"
)

// FuzzFind feeds the finder hostile text: unbalanced, nested and doubled
// marks of every kind, over paragraphs. It must not panic, and every
// quotation it gives must be text of the article, trimmed, long enough to
// show, and given once.
func FuzzFind(f *testing.F) {
	for _, s := range []string{
		`Gordon Brown said: "We will win."`,
		"\"Unclosed quotation runs on\n\n\"and on into the next paragraph",
		`"A," he said, "B." 'C,' she said. ''D'' '''E''' ""F""`,
		"“Curly ‘nested “deep” marks’ here,” said Mr. Smith. ” stray “",
		`'90s rock 'n' roll, the voters' choice, 'em and O'Neill's "`,
		"\"\n\n\"\n\n\"",
		`He said: "I lost three years. She added: "They wanted to break me.`,
		"« Guillemets » and „low marks“ and \"\"\"triple\"\"\"",
		`"“'‘’”"`,
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		d := text.Prepare("Headline", strings.Split(s, "\n\n"))
		qs := Find(d, entity.Analyse(d))
		body := strings.Join(d.Paragraphs, " ")
		seen := map[string]bool{}
		for _, q := range qs {
			if q.Text != strings.TrimSpace(q.Text) || !worthShowing(q.Text) {
				t.Errorf("quotation %q is not trimmed or not worth showing", q.Text)
			}
			if seen[q.Text] {
				t.Errorf("quotation %q given twice", q.Text)
			}
			seen[q.Text] = true
			// a quotation over paragraphs is joined by a space; each part
			// is text of the article
			for _, part := range strings.Fields(q.Text) {
				if !strings.Contains(body, part) {
					t.Errorf("quotation %q has %q, not in the text", q.Text, part)
				}
			}
			if q.Speaker != "" && !strings.Contains(body, lastWord(q.Speaker)) && !strings.Contains(d.Headline, lastWord(q.Speaker)) {
				// a speaker is named in the article (canonical names may be
				// longer than any one mention, not other than all of them)
				t.Errorf("speaker %q is not named in the article", q.Speaker)
			}
		}
	})
}

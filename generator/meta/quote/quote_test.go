package quote

import (
	"fmt"
	"testing"

	"briefing/generator/meta/entity"
	"briefing/generator/meta/internal/articletest"
)

// TestSampleTargets checks the target on the sample article: the
// "mutual support" quotation, spoken by Xi Jinping.
func TestSampleTargets(t *testing.T) {
	d := articletest.Doc(t, "xi-putin.txt")
	found := false
	for _, q := range Find(d, entity.Analyse(d)) {
		if len(q.Text) > 40 && q.Text[:40] == "willing to continue to offer mutual supp" {
			found = true
			if q.Speaker != "Xi Jinping" {
				t.Errorf("mutual support quote speaker = %q", q.Speaker)
			}
		}
	}
	if !found {
		t.Error("the mutual support quotation is missing")
	}
}

func TestQuoteAttribution(t *testing.T) {
	tests := []struct {
		name  string
		paras []string
		want  []Quote
	}{
		{
			name:  "said before, continued after",
			paras: []string{`Finance minister Jane Okafor said: "The budget is balanced for the first time in a decade."`, `"We will keep it that way," she added.`},
			want:  []Quote{{"The budget is balanced for the first time in a decade.", "Jane Okafor"}, {"We will keep it that way", "Jane Okafor"}},
		},
		{
			name:  "role names the last person, not the party",
			paras: []string{`Michael Howard spoke on Monday. The Tory leader said it was "not an easy issue for anyone at all".`},
			want:  []Quote{{"not an easy issue for anyone at all", "Michael Howard"}},
		},
		{
			name:  "dropped closing mark",
			paras: []string{`Ann Lee said: "I lost three years of my life. She added: "They wanted to break me but they made me stronger."`},
			want:  []Quote{{"I lost three years of my life.", "Ann Lee"}, {"They wanted to break me but they made me stronger.", "Ann Lee"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := articletest.Paragraphs(tt.paras...)
			got := Find(d, entity.Analyse(d))
			if fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("quotes = %q\nwant     %q", got, tt.want)
			}
		})
	}
}

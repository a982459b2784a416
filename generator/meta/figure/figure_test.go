package figure

import (
	"fmt"
	"testing"

	"briefing/generator/meta/internal/articletest"
)

// TestSampleTargets checks the targets on the sample article: the
// figures and what they measure.
func TestSampleTargets(t *testing.T) {
	want := map[string]string{"$147 billion": "trade volumes last year", "30 percent": "rise in trade volumes last year"}
	got := map[string]string{}
	for _, f := range Find(articletest.Doc(t, "xi-putin.txt")) {
		got[f.Value] = f.Measure
	}
	for v, m := range want {
		if got[v] != m {
			t.Errorf("%s measures %q, want %q (all: %q)", v, got[v], m, got)
		}
	}
}

// TestFigures holds each way a clause says what a figure measures, and
// each kind of figure left out because it does not say (an unexplained
// number is noise in a briefing).
func TestFigures(t *testing.T) {
	tests := []struct {
		name string
		para string
		want []Figure
	}{
		{"the subject of a change verb, to a level", "Pre-tax profits rose to £546m in 2004.",
			[]Figure{{"£546m", "pre-tax profits in 2004"}}},
		{"the subject of a change verb, by a change", "Pre-tax profits rose 12% in 2004.",
			[]Figure{{"12%", "rise in pre-tax profits in 2004"}}},
		{"the subject of a linking verb", "Beijing is Russia's largest trading partner, with trade volumes last year hitting $147 billion.",
			[]Figure{{"$147 billion", "trade volumes last year"}}},
		{"a subject with its partners", "Trade between China and Russia hit $147 billion last year, officials said.",
			[]Figure{{"$147 billion", "trade between China and Russia last year"}}},
		{"the noun the value qualifies", "Gillette agreed a $57bn takeover by Procter & Gamble on Friday.",
			[]Figure{{"$57bn", "takeover by Procter & Gamble"}}},
		{"the noun it is of, and whose", "Ericsson returned a net profit of 19bn kronor for the year.",
			[]Figure{{"19bn kronor", "Ericsson's net profit for the year"}}},
		{"what a named buyer paid", "Google paid $1.65bn for YouTube.",
			[]Figure{{"$1.65bn", "what Google paid for YouTube"}}},
		{"a count as object", "AOL lost 464,000 subscribers in the quarter.",
			[]Figure{{"464,000 subscribers", "subscribers AOL lost in the quarter"}}},
		{"a count as subject of a passive", "At least 26 militants were killed in the operation.",
			[]Figure{{"26 militants", "militants killed in the operation"}}},
		{"a count as subject", "About 120,000 people are expected to attend the trade show.",
			[]Figure{{"120,000 people", "people expected to attend the trade show"}}},
		{"a share with its predicate", "Only 40% of Starbucks employees are minorities.",
			[]Figure{{"40%", "share of Starbucks employees that are minorities"}}},
		{"a share with who holds it", "Nintendo has a 95% share of the handheld gaming market.",
			[]Figure{{"95%", "share of the handheld gaming market Nintendo has"}}},
		{"a participle after the value", "This pales beside the $5.1 billion paid by UK broadcasters for the Premier League.",
			[]Figure{{"$5.1 billion", "paid by UK broadcasters for the Premier League"}}},
		{"a change with its object", "British Airways blamed high fuel prices for a 40% drop in profits.",
			[]Figure{{"40%", "drop in profits"}}},
		{"two counts of one verb", "The money would pay for 5,000 extra nurses and 40 new diagnostic centres.",
			[]Figure{{"5,000 extra nurses", "extra nurses the money would pay for"}, {"40 new diagnostic centres", "new diagnostic centres the money would pay for"}}},
		// left out
		{"a count of years", "He was jailed for 14 years.", nil},
		{"a count of points", "Maze is another 44 points ahead of Fenninger.", nil},
		{"a subject that is a pronoun", "It made $2bn last year.", nil},
		{"a range", "Shares were valued at A$7.17 to A$8.24.", nil},
		{"a bound", "No first-class fare will be priced higher than $599.", nil},
		{"a difference", "The rebate was £300 less than the Tories offered.", nil},
		{"a group, not a measure", "The poorest 20% of society still pay more.", nil},
		{"the level something moved from", "Unemployment fell from 5.2% to 4.8%.", []Figure{{"4.8%", "unemployment"}}},
		{"a count in a reported clause is the clause's", "SBC said 5,125 positions would go as a result.",
			[]Figure{{"5,125 positions", "positions that would go"}}},
		{"a generic rate", "The economy expanded at an annual rate of 3.7% in the period.", nil},
		{"a rise in nothing named", "Nationwide reported a rise of 0.4% in the first month.", nil},
		{"a model number is not a count", "All the icons on their 7610 phone were swapped.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Find(articletest.Paragraphs(tt.para))
			if fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("figures = %q\nwant      %q", got, tt.want)
			}
		})
	}
}

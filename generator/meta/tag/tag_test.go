package tag

import (
	"slices"
	"strings"
	"testing"

	"briefing/generator/meta/internal/articletest"
	"briefing/generator/meta/text"
)

// TestPick holds the tagger to what issue 13 asks of tags: topics from the
// IPTC vocabulary chosen by evidence, never a verb, a function word or a
// fragment of a phrase ("attack" from "heart attack", "flight" from
// "flight risk", "loss" from "loss of appetite").
func TestPick(t *testing.T) {
	cases := []struct {
		name     string
		headline string
		paras    []string
		want     []string // these, first and in this order
		never    []string // and none of these
	}{
		{
			name:     "interest rates",
			headline: "Bank of England holds interest rates",
			paras: []string{"The Bank of England has kept interest rates on hold at 4.75% for the fifth month running.",
				"The Monetary Policy Committee said inflation was close to target, though economists expect a rate rise later in the year as the economy grows."},
			want:  []string{"interest rate", "central bank"},
			never: []string{"banking"},
		},
		{
			name:     "a heart attack is no terror attack",
			headline: "Singer recovering after heart attack",
			paras: []string{"The singer suffered a heart attack at his home on Sunday and was taken to hospital, his spokesman said.",
				"Doctors said he was in a stable condition after surgery. He had complained of chest pains and a loss of appetite, and a heart attack was diagnosed."},
			want:  []string{"heart disease"},
			never: []string{"act of terror", "assault", "earnings", "music"},
		},
		{
			name:     "a flight risk is no flight",
			headline: "Banker denied bail",
			paras: []string{"A judge refused bail to the former banker, ruling that he was a flight risk.",
				"Prosecutors told the court he faces fraud charges and could be jailed for 20 years if convicted. His lawyers will appeal."},
			want:  []string{"court"},
			never: []string{"air transport", "air and space accident and incident", "banking"},
		},
		{
			name:     "football",
			headline: "Wenger hails Arsenal spirit after comeback",
			paras: []string{"Arsenal came from two goals down to beat Chelsea 3-2 at Highbury, with striker Thierry Henry scoring twice in the final 10 minutes.",
				"The defeat leaves Chelsea five points behind in the Premiership, and their manager blamed the referee for the penalty."},
			want: []string{"soccer"},
		},
		{
			name:     "a rugby story's football words are no football",
			headline: "Wilkinson to miss Six Nations opener",
			paras: []string{"England fly-half Jonny Wilkinson will miss the Six Nations match against Wales with a knee injury, the head coach said.",
				"Wilkinson, who kicked a drop-goal to win the World Cup, has not played since the Premiership match in January, when he was taken off before half-time.",
				"His manager at Newcastle said the club would not rush him back, and the full-back Josh Lewsey may take the kicking duties in the scrum-half's absence."},
			want:  []string{"rugby"},
			never: []string{"soccer", "golf"},
		},
		{
			name:     "too little evidence gives no tag",
			headline: "A quiet day",
			paras:    []string{"Nothing much happened on Tuesday, and people held their breath, thanks to the weather looking fine."},
			want:     nil,
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := Pick(text.Prepare(c.headline, c.paras))
			if len(got) < len(c.want) || !slices.Equal(got[:len(c.want)], c.want) || c.want == nil && got != nil {
				t.Errorf("tags %q, want %q first", got, c.want)
			}
			for _, x := range c.never {
				if slices.Contains(got, x) {
					t.Errorf("tags %q include %q", got, x)
				}
			}
		})
	}
}

// TestTagsDeterministic: equal scores must not leave the order to map
// iteration.
func TestTagsDeterministic(t *testing.T) {
	d := articletest.Doc(t, "uk_budget.txt")
	want := Pick(d)
	for range 50 {
		if got := Pick(articletest.Fresh(d)); !slices.Equal(got, want) {
			t.Fatalf("tags changed between runs: %q then %q", want, got)
		}
	}
}

// TestVocabulary checks every tag topic is an IPTC Media Topic (the parser
// refuses unknown codes and labels) and that no topic stands twice.
func TestVocabulary(t *testing.T) {
	v := vocab()
	n := 0
	for _, tp := range v.topics {
		if tp.tagged {
			n++
		}
	}
	if n < 200 {
		t.Errorf("%d topics can be tags, want a few hundred", n)
	}
	if _, err := parseVocabulary(mediaTopicsList, "20000371 interest rates: rates"); err == nil {
		t.Error("a label that is not IPTC's was accepted")
	}
	if _, err := parseVocabulary(mediaTopicsList, "99999999 nothing: x"); err == nil {
		t.Error("an unknown code was accepted")
	}
}

// TestIrregularEndInS guards stem's shortcut: it looks up only words
// ending in "s" among the irregular plurals.
func TestIrregularEndInS(t *testing.T) {
	for w := range irregular {
		if !strings.HasSuffix(w, "s") {
			t.Errorf("irregular plural %q does not end in s: stem would never find it", w)
		}
	}
}

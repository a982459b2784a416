package rank

import (
	"testing"

	"briefing/generator/meta/text"
)

// Sentences from the dev sets that address or speak for the writer or
// the reader, or command the reader, and news sentences that do not.
func TestNotPlain(t *testing.T) {
	cases := []struct {
		name string
		s    string
		want bool // in the first or second person, or a command
	}{
		{"we, a hook", "We had no idea how much we would really, really, really, really like Tom Hanks lip-syncing to a Carly Rae Jepsen song, but we really do.", true},
		{"you, a condition", "If you mark pi at 9:26.53 in the morning or night, you're just a little more in line with the celebrated irrational number that never ends.", true},
		{"your iPad", "Even the 3-year-old playing with your iPad could tell you that.", true},
		{"us, a share", "For the first time in history over half the world's population live in cities -- more than 54% of us did in 2014.", true},
		{"I, a diary", "I still managed to do all my marathon training.", true},
		{"command, pictures", "Enjoy the latest pictures from the red carpet of the Oscars.", true},
		{"command, look", "Take a look at the best dressed stars of the night.", true},
		{"command, don't", "Don't miss the full interview on Sunday.", true},
		{"command, welcome", "Welcome to Nigeria's free readers associations, where young men debate the news.", true},
		{"command, think back", "Think back to your high school's senior prank.", true},
		{"command, imagine", "Imagine a world without bees.", true},
		{"command, discover", "Discover how an astronaut will become one of the experiments.", true},
		{"command, find out", "Find out what issues were on the minds of Nigerians.", true},
		{"command, sign up", "Sign up for the newsletter.", true},
		{"place phrase first", "Across the valley, small orchards are closing as water costs rise.", false},
		{"noun subject, search", "Search teams found the wreckage of the plane on Tuesday.", false},
		{"noun subject, support", "Support for the bill fell after the vote.", false},
		{"noun subject, travel", "Travel chaos hit Europe as snow fell.", false},
		{"plural subject, experts", "Experts warn of a bubble in house prices.", false},
		{"plural subject, officials say", "Officials say the death toll rose to 40.", false},
		{"adjective first", "Strong currents hindered the search, which lasted until Friday.", false},
		{"adverb first", "Still, the team won the cup.", false},
		// cnnval-044: the second sentence of the Pope's answer, alone
		{"a quotation with no speaker", "\"I do not know, even two or three.\"", true},
		{"a quotation and its speaker", "\"Four or five years,\" he told Televisa.", false},
		{"a quoted phrase", "He called it \"a disgrace\" and left the room.", false},
		{"US is the country", "The US and Cuba restored diplomatic relations on Monday.", false},
		{"quoted first person", "\"We will rebuild,\" the mayor said after the storm.", false},
		{"told a first person quote", "\"I feel like I've let the fans down,\" he told the UK's outlet The Sun.", false},
		{"news", "Suicide bombers attacked a Christian community in eastern Pakistan, setting off two blasts.", false},
		{"news, verb-like noun first", "Police found the car abandoned near the border.", false},
		{"news, plural subject", "Protests spread to five cities over the weekend.", false},
		{"news, name first", "Hearts wrapped up their Scottish Cup quarter-final tie against Livingston.", false},
		{"news, report verb", "Witness accounts differ on who fired first.", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var f [numFeatures]float64
			textFeatures(&f, c.s, text.Tokenize(nil, c.s, 0))
			got := f[fPersonal] == 1 || imperative(c.s) || unattributed(&f)
			if got != c.want {
				t.Errorf("personal %v, imperative %v, unattributed %v; want not plain = %v: %q", f[fPersonal], imperative(c.s), unattributed(&f), c.want, c.s)
			}
		})
	}
}

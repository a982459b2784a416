package compose_test

import (
	"fmt"
	"strings"
	"testing"

	"briefing/generator/compose"
)

var sections = []string{"World", "Politics", "Business", "Technology", "Science", "Health", "Sport", "Culture"}

// plain is an ordinary story of a section: a few hundred words, one actor,
// nothing shared, nothing in the headline.
func plain(name, sec string) compose.Story {
	return compose.Story{Name: name, Headline: "Something happened", Section: sec, Words: 400,
		People: []string{"Person " + name}}
}

func names(stories []compose.Story, order []int) string {
	var out []string
	for _, i := range order {
		out = append(out, stories[i].Name)
	}
	return strings.Join(out, " ")
}

func TestIssueOrder(t *testing.T) {
	ordered := func(s compose.Story, n int) compose.Story { s.Ordered, s.Order = true, n; return s }
	lead := func(s compose.Story) compose.Story { s.Lead = true; return s }
	tests := []struct {
		name    string
		stories []compose.Story
		want    string // names in issue order, the lead first
		warn    []string
	}{
		{"sections in the configured order, the lead first",
			[]compose.Story{plain("a", "Sport"), plain("b", "Culture"), plain("c", "World"), plain("d", "Business"), plain("e", "World")},
			"c e d a b", nil},
		{"lead: true leads from any section",
			[]compose.Story{plain("a", "World"), lead(plain("b", "Culture")), plain("c", "Sport")},
			"b a c", nil},
		{"two leads: the first by order leads, the build warns",
			[]compose.Story{lead(plain("a", "World")), ordered(lead(plain("b", "Sport")), 0)},
			"b a", []string{"a: lead: true, but b leads the issue"}},
		{"weight 0 is an order like any other: it comes first",
			[]compose.Story{plain("a", "World"), plain("b", "World"), ordered(plain("c", "World"), 0), ordered(plain("d", "World"), 5)},
			"c d a b", nil},
		{"the lowest explicit order leads the issue, across sections",
			[]compose.Story{plain("a", "World"), ordered(plain("b", "Sport"), -1), ordered(plain("c", "Sport"), 2)},
			"b a c", nil},
		{"within a section: ordered first, then by newsworthiness",
			[]compose.Story{lead(plain("x", "World")), plain("a", "Sport"), ordered(plain("b", "Sport"), 9), func() compose.Story {
				s := plain("c", "Sport")
				s.Words, s.Figures = 1200, 5
				return s
			}()},
			"x b c a", nil},
		{"a section of the editor's own comes after the configured ones",
			[]compose.Story{plain("a", "Opinion"), plain("b", "Culture"), plain("c", "Letters"), plain("d", "opinion")},
			"b c a d", nil},
		{"ties go by file name", []compose.Story{plain("b", "World"), plain("a", "World")}, "a b", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := compose.Issue(tt.stories, sections)
			if got := names(tt.stories, r.Order); got != tt.want {
				t.Errorf("order = %q, want %q (scores %.3f)", got, tt.want, r.Score)
			}
			if r.Order[0] != r.Lead {
				t.Errorf("lead %d is not first", r.Lead)
			}
			if len(r.Warnings) != len(tt.warn) {
				t.Fatalf("warnings = %q, want %q", r.Warnings, tt.warn)
			}
			for i, w := range tt.warn {
				if !strings.HasPrefix(r.Warnings[i], w) {
					t.Errorf("warning %q, want prefix %q", r.Warnings[i], w)
				}
			}
		})
	}
	if r := compose.Issue(nil, sections); r.Lead != -1 || len(r.Order) != 0 {
		t.Errorf("empty issue: %+v", r)
	}
}

// TestSignals pins what each newsworthiness signal does: two stories
// alike but for one signal, the one with more of it ranks higher.
func TestSignals(t *testing.T) {
	base := func(name string) compose.Story {
		return compose.Story{Name: name, Headline: "Talks continue", Section: "Business", Words: 400,
			People: []string{"Ann Other"}, Figures: 1}
	}
	tests := []struct {
		name     string
		more     func(*compose.Story)
		stories  []compose.Story // the rest of the issue
		moreWins bool
	}{
		{"shared entities: the running story", func(s *compose.Story) { s.Organizations = []string{"Central Bank"} },
			[]compose.Story{{Name: "x", Organizations: []string{"Central Bank"}}, {Name: "y", Organizations: []string{"central bank"}}}, true},
		{"prominence: more named actors", func(s *compose.Story) { s.People = append(s.People, "Sam Jones", "Kim Lee", "Al Roe") }, nil, true},
		{"prominence: an actor in the headline", func(s *compose.Story) { s.Headline = "Other resigns as talks fail" }, nil, true},
		{"section: earlier in the list", func(s *compose.Story) { s.Section = "Politics" }, nil, true},
		{"figures", func(s *compose.Story) { s.Figures = 4 }, nil, true},
		{"length", func(s *compose.Story) { s.Words = 1000 }, nil, true},
		{"a name in most stories of the issue tells nothing", func(s *compose.Story) { s.Places = []string{"UK"} },
			[]compose.Story{{Name: "x", Places: []string{"UK"}}, {Name: "y", Places: []string{"UK"}}, {Name: "z", Places: []string{"UK"}}, {Name: "w"}}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, b := base("a"), base("b")
			tt.more(&b)
			stories := append([]compose.Story{a, b}, tt.stories...)
			sc := compose.Scores(stories, sections)
			if got := sc[1] > sc[0]; got != tt.moreWins {
				t.Errorf("scores %.4f (plain) and %.4f (more); want more to win: %v", sc[0], sc[1], tt.moreWins)
			}
			for _, s := range sc {
				if s < 0 || s > 1 {
					t.Errorf("score %.3f out of [0, 1]", s)
				}
			}
		})
	}
}

func ExampleIssue() {
	stories := []compose.Story{
		{Name: "cup.txt", Headline: "Rovers win the cup", Section: "Sport", Words: 300, Organizations: []string{"Rovers"}},
		{Name: "budget.txt", Headline: "Chancellor sets out budget", Section: "Politics", Words: 900, Figures: 6,
			People: []string{"Jane Smith"}, Organizations: []string{"Treasury"}},
		{Name: "rates.txt", Headline: "Banks react to budget", Section: "Business", Words: 500, Figures: 3,
			Organizations: []string{"Treasury", "Lloyds"}},
		{Name: "gig.txt", Headline: "Band plays last gig", Section: "Culture", Words: 250, Lead: true},
	}
	r := compose.Issue(stories, []string{"World", "Politics", "Business", "Sport", "Culture"})
	for _, i := range r.Order {
		fmt.Println(stories[i].Section, stories[i].Name)
	}
	// Without the editor's lead: true, the budget story would lead.
	fmt.Println(stories[compose.Issue(stories[:3], nil).Lead].Name)
	// Output:
	// Culture gig.txt
	// Politics budget.txt
	// Business rates.txt
	// Sport cup.txt
	// budget.txt
}

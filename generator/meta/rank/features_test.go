package rank

import (
	"testing"

	"briefing/generator/meta/text"
)

// The features that tell news from a feature's hook, on sentences of the
// dev sets (cnnval-259, cnnval-120, cnnval-195, cnnval-220, business/338)
// and made-up ones for the edges.
func TestEventFeatures(t *testing.T) {
	cases := []struct {
		name              string
		s                 string
		past, when, scene bool
	}{
		{"arrest, a day", "Actor Darius McCrary was jailed on Wednesday for failure to pay child support.", true, true, false},
		{"regular past", "Chinese police have detained three top executives at milk firm Yili.", true, false, false},
		{"irregular past", "Rescuers found the toddler hanging upside down in the car.", true, false, false},
		{"a month", "The footage purportedly was recorded February 19, A Haber reported.", true, true, false},
		{"a scene", "There were screams.", true, false, false},
		{"description", "And finally silence.", false, false, true},
		{"a hook in the present", "It's polarizing, and the poles are pretty clearly drawn.", false, false, true},
		{"an adjective in -ed is no past", "The alleged plot is a concern for many.", false, false, true},
		{"a number is news", "More than 13 million Americans have PTSD.", false, false, false},
		{"a name is news", "Comic books have seen a lot of changes since Thor.", false, false, false},
		{"past inside a quotation only", "\"It happened so fast,\" says the neighbour.", false, false, true},
		{"a day inside a quotation only", "\"See you on Monday,\" says the neighbour.", false, false, true},
		{"May is no month it can tell", "The deal may fall through, analysts fear.", false, false, true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var f [numFeatures]float64
			textFeatures(&f, c.s, text.Tokenize(nil, c.s, 0))
			if got := f[fPast] == 1; got != c.past {
				t.Errorf("past %v, want %v: %q", got, c.past, c.s)
			}
			if got := f[fWhen] == 1; got != c.when {
				t.Errorf("when %v, want %v: %q", got, c.when, c.s)
			}
			if got := f[fScene] == 1; got != c.scene {
				t.Errorf("scene %v, want %v: %q", got, c.scene, c.s)
			}
		})
	}
}

// A sentence names the story's most salient person by surname, or a word
// of its most salient organisation; a first name alone or another
// organisation does not count.
func TestSalient(t *testing.T) {
	people := []string{"Jeremy Clarkson", "James May"}
	orgs := []string{"BBC", "Top Gear"}
	ws := salientWords(people, orgs)
	cases := []struct {
		s    string
		want bool
	}{
		{"Clarkson himself also took to Twitter.", true},
		{"The BBC reported that the next two episodes will not be aired.", true},
		{"Jeremy was not available for comment.", false},
		{"Top Gear will not be broadcast this Sunday.", false},
		{"Fans of the presenter expressed dismay at the decision.", false},
	}
	for _, c := range cases {
		if got := names(text.Tokenize(nil, c.s, 0), ws); got != c.want {
			t.Errorf("names salient %v, want %v: %q (salient words %q)", got, c.want, c.s, ws)
		}
	}
	if ws := salientWords(nil, nil); len(ws) != 0 {
		t.Errorf("no names, salient words %q", ws)
	}
}

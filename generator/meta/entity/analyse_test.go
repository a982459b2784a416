package entity

import (
	"slices"
	"testing"

	"briefing/generator/meta/internal/articletest"
)

// TestSampleTargets checks the targets on the sample article.
func TestSampleTargets(t *testing.T) {
	people, places, orgs := Analyse(articletest.Doc(t, "xi-putin.txt")).Lists()
	if !slices.Equal(people, []string{"Xi Jinping", "Vladimir Putin"}) {
		t.Errorf("people = %q", people)
	}
	for _, p := range []string{"China", "Russia", "Ukraine", "Beijing", "Moscow", "Kyiv", "Blagoveshchensk", "Heihe"} {
		if !slices.Contains(places, p) {
			t.Errorf("places %q lack %s", places, p)
		}
	}
	for _, o := range []string{"CCTV", "European Union"} {
		if !slices.Contains(orgs, o) {
			t.Errorf("organizations %q lack %s", orgs, o)
		}
		if slices.Contains(people, o) || slices.Contains(places, o) {
			t.Errorf("%s is not a person or place", o)
		}
	}
}

func TestEntities(t *testing.T) {
	cases := []struct {
		name                 string
		paras                []string
		people, places, orgs []string
	}{
		{
			name:   "title and later surname",
			paras:  []string{"Prime Minister Tony Blair met union leaders. Later Mr Blair said he was pleased."},
			people: []string{"Tony Blair"},
		},
		{
			name:  "sentence-initial common words are not names",
			paras: []string{"But the talks failed. The deal collapsed on Monday in March."},
		},
		{
			name:   "aliases share one canonical name",
			paras:  []string{"The EU and the US agreed. Officials in the United States and the European Union and the U.S. welcomed it."},
			places: []string{"United States"},
			orgs:   []string{"European Union"},
		},
		{
			name:   "possessive and multiword place",
			paras:  []string{"Russia's exports to New York rose, the firm said."},
			places: []string{"Russia", "New York"},
		},
		{
			name:  "company names",
			paras: []string{"Time Warner said profits rose. Shares in Warner Bros and the Royal Bank of Scotland fell."},
			orgs:  []string{"Time Warner", "Warner Bros", "RBS"},
		},
		{
			name:  "acronym defined in brackets",
			paras: []string{"The Office for Budget Responsibility (OBR) published its forecast. The OBR said growth would slow."},
			orgs:  []string{"Office for Budget Responsibility"},
		},
		{
			name:   "unknown town after city of",
			paras:  []string{"The bridge links the Russian city of Blagoveshchensk with the town of Heihe."},
			places: []string{"Blagoveshchensk", "Heihe"},
		},
		{
			name:   "role word before a surname",
			paras:  []string{"Arsenal drew, and coach Wenger was angry. Wenger said the referee was wrong."},
			people: []string{"Wenger"},
			orgs:   []string{"Arsenal"},
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p, pl, o := Analyse(articletest.Paragraphs(c.paras...)).Lists()
			if !slices.Equal(p, c.people) || !slices.Equal(pl, c.places) || !slices.Equal(o, c.orgs) {
				t.Errorf("got people %q places %q orgs %q\nwant people %q places %q orgs %q", p, pl, o, c.people, c.places, c.orgs)
			}
		})
	}
}

package meta

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"briefing/generator/meta/internal/articletest"
)

var updateGolden = flag.Bool("update-entities", false, "rewrite testdata/entities/*.golden.json")

func loadArticle(t testing.TB, name string) *doc {
	t.Helper()
	h, paras := articletest.Article(t, name)
	return prepare(h, paras)
}

func paraDoc(paras ...string) *doc { return prepare("Headline", paras) }

// TestSampleTargets checks the targets on the sample article.
func TestSampleTargets(t *testing.T) {
	d := loadArticle(t, "xi-putin.txt")
	people, places, orgs := entities(d)
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
	found := false
	for _, q := range quotes(d) {
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
	var values []string
	for _, f := range figures(d) {
		values = append(values, f.Value)
	}
	for _, v := range []string{"$147 billion", "30 percent"} {
		if !slices.Contains(values, v) {
			t.Errorf("figures %q lack %s", values, v)
		}
	}
}

type goldenOut struct {
	People        []string `json:"people"`
	Places        []string `json:"places"`
	Organizations []string `json:"organizations"`
	Quotes        []Quote  `json:"quotes"`
	Figures       []Figure `json:"figures"`
	Tags          []string `json:"tags"`
}

// TestGolden compares the whole output for the test articles with the
// reviewed files; run with -update-entities to rewrite them after a change.
func TestGolden(t *testing.T) {
	for _, name := range articletest.Named {
		t.Run(name, func(t *testing.T) {
			d := loadArticle(t, name)
			var g goldenOut
			g.People, g.Places, g.Organizations = entities(d)
			g.Quotes = quotes(d)
			g.Figures = figures(d)
			g.Tags = tags(d, &Metadata{People: g.People, Places: g.Places, Organizations: g.Organizations})
			got, _ := json.MarshalIndent(g, "", "  ")
			path := filepath.Join("testdata", "entities", name[:len(name)-4]+".golden.json")
			if *updateGolden {
				if err := os.WriteFile(path, append(got, '\n'), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			if string(want) != string(got)+"\n" {
				t.Errorf("output differs from %s:\n%s", path, got)
			}
		})
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
			p, pl, o := entities(paraDoc(c.paras...))
			if !slices.Equal(p, c.people) || !slices.Equal(pl, c.places) || !slices.Equal(o, c.orgs) {
				t.Errorf("got people %q places %q orgs %q\nwant people %q places %q orgs %q", p, pl, o, c.people, c.places, c.orgs)
			}
		})
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
			d := prepare("Headline", tt.paras)
			got := quotes(d)
			if fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("quotes = %q\nwant     %q", got, tt.want)
			}
		})
	}
}

// TestTagsDeterministic: a word and the phrase it opens can score the same;
// the choice between them must not follow map order.
func TestTagsDeterministic(t *testing.T) {
	d := paraDoc("Regulators questioned financial institutions about the transfers.",
		"Several financial institutions refused, and financial reporting rules were cited.")
	want := tags(d, &Metadata{})
	if !slices.Contains(want, "financial institutions") {
		t.Fatalf("tags %q lack the phrase that ties with its first word", want)
	}
	for range 50 {
		if got := tags(d, &Metadata{}); !slices.Equal(got, want) {
			t.Fatalf("tags changed between runs: %q then %q", want, got)
		}
	}
}

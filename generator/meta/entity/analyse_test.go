package entity

import (
	"slices"
	"testing"

	"briefing/generator/meta/internal/articletest"
	"briefing/generator/meta/text"
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

// TestEntities holds the error kinds issue 13 lists, and what the tagger
// and the word lists must keep doing right, on short stories. A nil list
// wants none; a list of names wants exactly those, in that order (most
// salient first).
func TestEntities(t *testing.T) {
	cases := []struct {
		name                 string
		headline             string
		paras                []string
		people, places, orgs []string
	}{
		{
			name:     "title and later surname",
			headline: "Blair meets unions",
			paras:    []string{"Prime Minister Tony Blair met union leaders. Later Mr Blair said he was pleased."},
			people:   []string{"Tony Blair"},
		},
		{
			name:     "sentence-initial common words are not names",
			headline: "Talks collapse",
			paras:    []string{"But the talks failed. The deal collapsed on Monday in March."},
		},
		{
			name:     "aliases share one canonical name",
			headline: "Trade pact agreed",
			paras:    []string{"The EU and the US agreed. Officials in the United States and the European Union and the U.S. welcomed it."},
			places:   []string{"United States"},
			orgs:     []string{"European Union"},
		},
		{
			name:     "possessive and multiword place",
			headline: "Exports rise",
			paras:    []string{"Russia's exports to New York rose, the firm said."},
			places:   []string{"Russia", "New York"},
		},
		{
			name:     "company names",
			headline: "Media shares fall",
			paras:    []string{"Time Warner said profits rose. Shares in Warner Bros and the Royal Bank of Scotland fell."},
			orgs:     []string{"Time Warner", "Warner Bros", "Royal Bank of Scotland"},
		},
		{
			name:     "acronym defined in brackets",
			headline: "Growth to slow",
			paras:    []string{"The Office for Budget Responsibility (OBR) published its forecast. The OBR said growth would slow."},
			orgs:     []string{"Office for Budget Responsibility"},
		},
		{
			name:     "unknown town after city of",
			headline: "Bridge opens",
			paras:    []string{"The bridge links the Russian city of Blagoveshchensk with the town of Heihe."},
			places:   []string{"Blagoveshchensk", "Heihe"},
		},
		{
			name:     "role word before a surname",
			headline: "Wenger angry",
			paras:    []string{"Arsenal drew on Saturday, and coach Wenger was angry. Wenger said the referee was wrong."},
			people:   []string{"Wenger"},
			orgs:     []string{"Arsenal"},
		},
		{
			name:     "companies are not people",
			headline: "Japan bank shares up",
			paras: []string{"Shares in Sumitomo Mitsui Financial rose 3% in Tokyo on Monday.",
				"WPP bought US rival Grey Global last year, creating a giant big enough to rival sector leader Omnicom."},
			places: []string{"Japan", "Tokyo", "US"},
			orgs:   []string{"Sumitomo Mitsui Financial", "WPP", "Grey Global", "Omnicom"},
		},
		{
			name:     "two people joined by and",
			headline: "Newcomers honoured",
			paras:    []string{"The most promising newcomer award went to Emily Blunt and Nathalie Press, while Bill Nighy won best actor."},
			people:   []string{"Emily Blunt", "Nathalie Press", "Bill Nighy"},
		},
		{
			name:     "a first name is not a place",
			headline: "Accuser speaks",
			paras: []string{"Virginia Roberts says she was forced to meet the prince when she was 17. Virginia, now 31, lives in Australia.",
				"Roberts said she had told the FBI in 2011."},
			people: []string{"Virginia Roberts"},
			places: []string{"Australia"},
			orgs:   []string{"FBI"},
		},
		{
			name:     "a daughter is not a city",
			headline: "Cameron baby",
			paras:    []string{"David Cameron and his wife Samantha welcomed their daughter Florence in Cornwall. Florence was born in a hospital in Truro, Cameron said."},
			people:   []string{"David Cameron", "Florence", "Samantha"},
			places:   []string{"Cornwall", "Truro"},
		},
		{
			name:     "clubs are organisations in sport",
			headline: "Liverpool beat Roma",
			paras: []string{"Liverpool beat Roma 2-0 on Tuesday to reach the Champions League final, while Stoke drew with Chelsea in the Premier League.",
				"Steven Gerrard scored twice for Liverpool, whose manager Rafael Benitez praised the midfielder. Roma coach Luciano Spalletti said his side had no answer."},
			people: []string{"Steven Gerrard", "Rafael Benitez", "Luciano Spalletti"},
			orgs:   []string{"Liverpool", "Roma", "Stoke", "Chelsea"},
		},
		{
			name:     "the same town outside sport is a place",
			headline: "Liverpool council cuts jobs",
			paras:    []string{"Liverpool will lose 300 council jobs, the mayor said. Unions in Liverpool and Stoke called a protest."},
			places:   []string{"Liverpool", "Stoke"},
		},
		{
			name:     "a greeting is no name",
			headline: "A letter to an actress",
			paras:    []string{"\"Dear Lupita, you have inspired a generation,\" the letter began.", "Lupita Nyong'o won the Oscar for best supporting actress last year."},
			people:   []string{"Lupita Nyong'o"},
		},
		{
			name:     "a people is no person",
			headline: "Holiday spending rises",
			paras:    []string{"Brits spend more on holidays than other Europeans, a survey found. Brits took 40 million trips abroad, and Londoners the most."},
		},
		{
			name:     "a surname alone is the full name",
			headline: "Apple unveils iPod mini",
			paras:    []string{"Apple chief executive Steve Jobs unveiled the iPod mini in San Francisco. Jobs said the company had sold two million iPods."},
			people:   []string{"Steve Jobs"},
			places:   []string{"San Francisco"},
			orgs:     []string{"Apple"},
		},
		{
			name:     "an agency's credit and a hashtag are no names",
			headline: "Museum reopens",
			paras: []string{"London (CNN) -- The British Museum reopened on Tuesday, a week after the fire, as #JeSuisMusee spread on Twitter.",
				"Visitors queued in London from dawn."},
			places: []string{"London"},
			orgs:   []string{"British Museum", "Twitter"},
		},
		{
			name:     "a party's MPs are the party",
			headline: "Vote on tuition fees",
			paras:    []string{"More than 70 Labour MPs voted against the government, and the Tory leader, Michael Howard, said the plan had failed."},
			people:   []string{"Michael Howard"},
			orgs:     []string{"Labour"},
		},
		{
			name:     "national sides are their countries, city clubs are clubs",
			headline: "Zambia beat Malawi",
			paras: []string{"Zambia beat Malawi 2-1 in the World Cup qualifier, and the striker scored twice in the league.",
				"Birmingham City manager Steve Bruce watched the match before the goalkeeper signed for the club."},
			people: []string{"Steve Bruce"},
			places: []string{"Zambia", "Malawi"},
			orgs:   []string{"Birmingham City"},
		},
		{
			name:     "an epithet before a name is not part of it",
			headline: "Trump mocks debate microphone",
			paras: []string{"Donald Trump spoke in Michigan on Friday about his debate with Hillary Clinton.",
				"He said: \u201cWorking that microphone was a lot more difficult than working Crooked Hillary Clinton.\u201d Hillary Clinton did not reply."},
			people: []string{"Donald Trump", "Hillary Clinton"},
			places: []string{"Michigan"},
		},
		{
			name:     "a headline in title case running two names together names neither alone",
			headline: "Chris Christie Calls Hillary Clinton A Disgrace",
			paras: []string{"New Jersey Gov. Chris Christie described Hillary Clinton as a disgrace on Tuesday.",
				"Clinton had criticised the police, and Christie said she was wrong."},
			people: []string{"Chris Christie", "Hillary Clinton"},
			places: []string{"New Jersey"},
		},
		{
			name:     "a compound surname used alone is the full name's short form",
			headline: "Investors sue Argentina",
			paras: []string{"Carlos Baez Silva, a lawyer for the bondholders, spoke in Rome on Monday.",
				"Baez Silva said the bondholders invested in good faith. Baez Silva added that the case would go on."},
			people: []string{"Carlos Baez Silva"},
			places: []string{"Argentina", "Rome"},
		},
		{
			name:     "a footnote mark is no part of a name",
			headline: "Floods close shops",
			paras:    []string{"A study from the Disaster Research Center at the University of Delaware*, found that 70% of shops closed."},
			orgs:     []string{"Disaster Research Center", "University of Delaware"},
		},
		{
			name:     "a headline in capitals and a dateline",
			headline: "SOCCER - LEICESTERSHIRE TAKE OVER AT TOP",
			paras:    []string{"AL-AIN, United Arab Emirates 1996-12-06", "Leicestershire beat Somerset by an innings."},
			places:   []string{"Al-Ain", "United Arab Emirates"},
			orgs:     []string{"Leicestershire", "Somerset"},
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p, pl, o := Analyse(text.Prepare(c.headline, c.paras)).Lists()
			if !slices.Equal(p, c.people) || !slices.Equal(pl, c.places) || !slices.Equal(o, c.orgs) {
				t.Errorf("got people %q places %q orgs %q\nwant people %q places %q orgs %q", p, pl, o, c.people, c.places, c.orgs)
			}
		})
	}
}

// A short form beside a name the document writes with "The" in front once
// cut the longer name at the short form's length in bytes and panicked.
func TestShortFormBesideNameWithThe(t *testing.T) {
	for _, body := range []string{
		"The Daiwa Securities Group said profits rose. Daiwa said it would hire more staff.",
		"Reporters at The Washington Post Company said so. Washington was quiet on Monday.",
		"The Post said the cuts were deep. The Post Office Ltd said nothing.",
	} {
		d := text.Prepare("Markets", []string{body})
		Analyse(d) // must not panic
	}
	if got := lastWords("The Daiwa Securities Group", 2); got != "Securities Group" {
		t.Errorf("lastWords = %q", got)
	}
}

// A headline's longer run of a name ("Shark Tale DVD") folds into the
// plainer name the body uses; a word that was a short form of the longer
// run ("DVD") follows it there rather than standing as a name of its own.
func TestShortFormFollowsFoldedName(t *testing.T) {
	d := text.Prepare("Shark Tale DVD is US best-seller", []string{
		"Oscar-nominated animation Shark Tale has raked in $80m in the first week of its US DVD release.",
		"Shark Tale is now the sixth-highest earning DVD for first week sales. Shark Tale sold more than 6 million DVDs.",
	})
	p, pl, o := Analyse(d).Lists()
	for _, name := range slices.Concat(p, pl, o) {
		if name == "DVD" || name == "Shark Tale DVD" {
			t.Errorf("%q listed: people %q places %q orgs %q", name, p, pl, o)
		}
	}
}

func TestPartyTag(t *testing.T) {
	for form, want := range map[string]bool{
		"R-Ky": true, "D-Md.": true, "R-Fla": true, "D-N.Y": true, "I-Vt": true,
		"D-NY": true, "R-Wis.": true, "Al-Ain": false, "R-": false, "Rolls-Royce": false, "D-Day": false, "X-Men": false,
	} {
		if got := partyTag(form); got != want {
			t.Errorf("partyTag(%q) = %v, want %v", form, got, want)
		}
	}
}

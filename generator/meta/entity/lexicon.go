package entity

import (
	"embed"
	"strings"
	"sync"

	"briefing/generator/meta/internal/wordlist"
)

// The word lists live in the repository so nothing is downloaded at run
// time; they are parsed on first use, not at init, so a command that never
// looks for names never pays for them.
//
//go:embed wordlists/*.txt
var wordlists embed.FS

type gazKind uint8

const (
	gazNone gazKind = iota
	gazPlace
	gazOrg
	gazDemonym
	gazTitle
)

type gazEntry struct {
	kind      gazKind
	canonical string
}

// lexicon is every word list, parsed; shared read-only once built.
type lexicon struct {
	gaz         map[string]gazEntry // surface form (tokens joined by one space) -> entry
	gazMax      int                 // longest surface form, in words
	firstNames  map[string]bool
	roleWords   map[string]bool // lowercase person cues: "coach", "spokesman"
	orgWords    map[string]bool // lowercase organisation cues: "firm", "rival"
	orgCues     map[string]bool // last word of an organisation name: "Bank", "Party"
	nonEntities map[string]bool // months, days, holidays, common acronyms
	titleWords  map[string]bool // every word of a title: "Deputy", "Prime", "Minister"
	honorifics  map[string]bool // titles that are part of a name: "Lord Ashcroft", "Sir Elton John"

	eventCues      map[string]bool // last word of an event, award or competition: "Cup", "Awards"
	generic        map[string]bool // words that alone name nothing in particular: "University"
	determiners    map[string]bool // "My", "Our": a name never opens with one ("My Summer of Love")
	clubs          map[string]bool // clubs known by their town's name: "Liverpool", "Roma"
	sportWords     map[string]int  // 1: a word of sports reporting; 2: a sport's name
	kin            map[string]bool // lowercase words for a relative: "daughter Florence"
	salutations    map[string]bool // "Dear", "Hello": never the start of a name
	demonymPlurals map[string]bool // "Brits", "Yanks": a people, not a person
	corporate      map[string]bool // company forms after a name: "Corp", "Inc", "Group"
	countries      map[string]bool // names of countries (the first section of places.txt)
	clubEnds       map[string]bool // a name ending in one is a club in a sports story: "Birmingham City"
	memberRoles    map[string]bool // "MP", "MPs": a party's members, not part of its name
	placeNouns     map[string]bool // "city of Leeds"
	placeEnds      map[string]bool // a name ending in one is a place: "Liverpool Street Station"

	// listedFirst holds the words a listed place or organisation can open
	// with, as longestListed splits it: most capitalised words open none,
	// and are looked up once instead of once per length.
	listedFirst map[string]bool
}

var lex = sync.OnceValue(loadLexicon)

func loadLexicon() *lexicon {
	lx := &lexicon{gaz: make(map[string]gazEntry, 2048)}
	add := func(file string, kind gazKind) {
		for _, line := range wordlist.Lines(list(file)) {
			names := strings.Split(line, "|")
			canon := strings.TrimSpace(names[0])
			if kind == gazDemonym {
				// The place a demonym points to is not needed: a demonym is
				// never itself emitted as a mention.
				names = names[:1]
			}
			for _, n := range names {
				n = strings.Join(strings.Fields(n), " ")
				if n == "" {
					continue
				}
				if _, dup := lx.gaz[n]; dup && kind != gazTitle {
					continue // first list wins: places before organisations
				}
				lx.gaz[n] = gazEntry{kind: kind, canonical: canon}
				lx.gazMax = max(lx.gazMax, strings.Count(n, " ")+1)
			}
		}
	}
	add("places.txt", gazPlace)
	// the countries open places.txt: a national side is its country (a
	// place, as CoNLL has it), never a club
	lx.countries = map[string]bool{}
	for _, line := range strings.Split(list("places.txt"), "\n") {
		if strings.HasPrefix(line, "# Continents") {
			break
		}
		if line = strings.TrimSpace(line); line != "" && line[0] != '#' {
			for _, n := range strings.Split(line, "|") {
				lx.countries[strings.TrimSpace(n)] = true
			}
		}
	}
	add("orgs.txt", gazOrg)
	add("demonyms.txt", gazDemonym)
	add("titles.txt", gazTitle)
	lx.listedFirst = map[string]bool{}
	for k, e := range lx.gaz {
		if e.kind != gazPlace && e.kind != gazOrg {
			continue
		}
		// the first word ends at the first space, or at an "'s" that
		// longestListed joins without one
		first, _, _ := strings.Cut(k, " ")
		lx.listedFirst[first] = true
		for i := 0; i+2 <= len(first); i++ {
			if first[i:i+2] == "'s" {
				lx.listedFirst[first[:i]] = true
			}
		}
	}
	lx.honorifics = wordlist.Words("Lord Lady Sir Dame Baroness Baron Earl Duke Duchess Prince Princess King Queen Pope Sheikh Emperor")
	lx.titleWords = map[string]bool{}
	for k, e := range lx.gaz {
		if e.kind == gazTitle {
			for _, x := range strings.Fields(k) {
				lx.titleWords[x] = true
			}
		}
	}
	lx.firstNames = wordlist.Words(list("firstnames.txt"))
	lx.roleWords = wordlist.Words(list("rolewords.txt"))
	lx.orgWords = wordlist.Words(list("orgwords.txt"))
	lx.orgCues = wordlist.Words(list("orgcues.txt"))
	lx.nonEntities = wordlist.Entries(list("nonentities.txt"))
	lx.eventCues = wordlist.Words(list("eventcues.txt"))
	lx.generic = wordlist.Words(`Government University College School Company Group Department Ministry
		Agency Office Committee Council Party Union Court Bank Board Authority Service Institute
		Radio Television TV News Online Breakfast Sport Internet Web Net Channel Subs Skills`)
	lx.determiners = wordlist.Words("My Our Your His Her Their Its This That These Those")
	lx.clubs = wordlist.Entries(list("clubs.txt"))
	lx.sportWords = map[string]int{}
	for _, line := range wordlist.Lines(list("sportwords.txt")) {
		weight := 1
		if w, ok := strings.CutPrefix(line, "sport:"); ok {
			line, weight = w, 2
		}
		for _, x := range strings.Fields(line) {
			lx.sportWords[x] = weight
		}
	}
	lx.kin = wordlist.Words(`wife husband son daughter father mother brother sister
		widow widower fiancee fiance girlfriend boyfriend partner cousin uncle aunt niece nephew
		grandson granddaughter grandmother grandfather baby twin stepdaughter stepson child`)
	lx.clubEnds = wordlist.Words("City United Town Rovers Athletic Wanderers Albion County Hotspur Rangers Villa Argyle Orient Alexion FC AFC")
	lx.memberRoles = wordlist.Words("MP MPs MEP MEPs MSP MSPs AM AMs Cllr councillor councillors peer peers")
	lx.salutations = wordlist.Words("Dear Hi Hello Hey Thanks Congratulations Welcome Goodbye Sorry Cheers Bye Yo")
	lx.demonymPlurals = wordlist.Words("Brits Yanks Aussies Kiwis Scots Poms Jocks Paddies Frogs Krauts Canucks Limeys Gringos")
	lx.corporate = wordlist.Words(`Corp Corporation Inc Incorporated Co Company Ltd Limited Plc PLC plc LLC LLP
		AG SA NV BV SpA SE Group Holdings Holding International Bhd Berhad Oyj ASA AB GmbH KGaA`)
	// placeNouns before "of" make the following name a place: "city of Heihe".
	lx.placeNouns = wordlist.Words(`city town village capital province region port county district island
		state suburb borough republic enclave oblast prefecture municipality outskirts`)
	lx.placeEnds = wordlist.Words(`River Lake Mount Palace Castle Park Square Street Road Avenue Bridge
		Airport Station Stadium Island Islands Mountains Valley Bay Beach Cathedral Abbey Tower Hill
		Forest Desert Canal Harbour Arena Sea Ocean Gulf Strait Straits Coast Peninsula Heights Hall
		City County Centre Center Square Hospital`)
	return lx
}

func list(name string) string {
	b, err := wordlists.ReadFile("wordlists/" + name)
	if err != nil {
		panic("entity: missing word list " + name)
	}
	return string(b)
}

// IsKnownName reports whether the capitalised word w is listed as a place,
// organisation, nationality, title or given name: a word to keep as
// written, never a topic.
func IsKnownName(w string) bool {
	lx := lex()
	_, listed := lx.gaz[w]
	return listed || lx.firstNames[w]
}

// IsNonEntity reports whether the capitalised word w is never a name:
// months, days, holidays, common acronyms.
func IsNonEntity(w string) bool { return lex().nonEntities[w] }

// IsRoleWord reports whether the lower-case word w names a person by
// role: "coach", "spokesman", "minister".
func IsRoleWord(w string) bool { return lex().roleWords[w] }

func gazToKind(k gazKind) Kind {
	switch k {
	case gazPlace:
		return Place
	case gazOrg:
		return Organization
	}
	return None
}

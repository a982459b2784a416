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
	gazMax      int                 // longest surface form, in tokens
	firstNames  map[string]bool
	roleWords   map[string]bool // lowercase person cues: "coach", "spokesman"
	orgWords    map[string]bool // lowercase organisation cues: "firm", "broadcaster"
	orgCues     map[string]bool // last word of an organisation name: "Bank", "Party"
	eventCues   map[string]bool // last word of an event or award: "Cup", "Olympics"
	nonEntities map[string]bool // months, days, holidays, common acronyms

	placeNouns     map[string]bool
	placeCues      map[string]bool
	ofJoinable     map[string]bool
	nameConnectors map[string]bool
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
				if k := strings.Count(n, " ") + 1; k > lx.gazMax {
					lx.gazMax = k
				}
			}
		}
	}
	add("places.txt", gazPlace)
	add("orgs.txt", gazOrg)
	add("demonyms.txt", gazDemonym)
	add("titles.txt", gazTitle)
	lx.firstNames = wordlist.Words(list("firstnames.txt"))
	lx.roleWords = wordlist.Words(list("rolewords.txt"))
	lx.orgWords = wordlist.Words(list("orgwords.txt"))
	lx.orgCues = wordlist.Words(list("orgcues.txt"))
	lx.eventCues = wordlist.Words(list("eventcues.txt"))
	lx.nonEntities = wordlist.Entries(list("nonentities.txt"))
	// placeNouns before "of" make the following name a place: "city of Heihe".
	lx.placeNouns = map[string]bool{
		"city": true, "town": true, "village": true, "capital": true, "province": true,
		"region": true, "port": true, "county": true, "district": true, "island": true,
		"state": true, "suburb": true, "borough": true, "republic": true, "enclave": true,
		"oblast": true, "prefecture": true, "municipality": true, "outskirts": true,
	}
	// placeCues begin or end the name of a place: "River Senne", "Hyde Park".
	lx.placeCues = map[string]bool{
		"River": true, "Lake": true, "Mount": true, "Palace": true, "Castle": true, "Park": true,
		"Square": true, "Street": true, "Road": true, "Avenue": true, "Bridge": true, "Airport": true,
		"Station": true, "Stadium": true, "Island": true, "Islands": true, "Mountains": true,
		"Valley": true, "Bay": true, "Beach": true, "Cathedral": true, "Abbey": true, "Tower": true,
		"Hill": true, "Forest": true, "Desert": true, "Canal": true, "Harbour": true, "Arena": true,
	}
	// ofJoinable words may be followed by "of" inside one name: "Bank of England".
	lx.ofJoinable = map[string]bool{
		"Republic": true, "Kingdom": true, "Isle": true, "Gulf": true, "Bay": true, "Sea": true,
		"Cape": true, "House": true, "Chancellor": true, "Secretary": true, "Duke": true,
		"Duchess": true, "Prince": true, "Princess": true, "Earl": true, "Archbishop": true,
		"Bishop": true, "Horn": true, "Lake": true, "Mount": true, "Governor": true,
		"Mayor": true, "Minister": true, "State": true, "Straits": true, "Strait": true,
		"Court": true, "Chamber": true, "Museum": true,
	}
	lx.nameConnectors = map[string]bool{
		"of": true, "de": true, "da": true, "van": true, "von": true, "der": true, "bin": true,
		"al": true, "el": true, "la": true, "le": true, "del": true, "du": true, "di": true,
		"and": true, "&": true, "the": true, "for": true,
	}
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

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
}

var words = sync.OnceValue(loadLexicon)

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
	lx := words()
	_, listed := lx.gaz[w]
	return listed || lx.firstNames[w]
}

// IsNonEntity reports whether the capitalised word w is never a name:
// months, days, holidays, common acronyms.
func IsNonEntity(w string) bool { return words().nonEntities[w] }

// IsRoleWord reports whether the lower-case word w names a person by
// role: "coach", "spokesman", "minister".
func IsRoleWord(w string) bool { return words().roleWords[w] }

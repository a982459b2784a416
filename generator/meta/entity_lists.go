package meta

import (
	"embed"
	"strings"
)

// The word lists live in the repository so nothing is downloaded at run time;
// they are parsed once, at init, into maps the extractors share read-only.
//
//go:embed wordlists/*.txt
var entWordlists embed.FS

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

var (
	entGaz         map[string]gazEntry // surface form (tokens joined by one space) -> entry
	entGazMax      int                 // longest surface form, in tokens
	entFirstNames  map[string]bool
	entRoleWords   map[string]bool // lowercase person cues: "coach", "spokesman"
	entOrgWords    map[string]bool // lowercase organisation cues: "firm", "broadcaster"
	entOrgCues     map[string]bool // last word of an organisation name: "Bank", "Party"
	entEventCues   map[string]bool // last word of an event or award: "Cup", "Olympics"
	entNonEntities map[string]bool // months, days, holidays, common acronyms
)

func init() {
	entGaz = make(map[string]gazEntry, 2048)
	add := func(file string, kind gazKind) {
		for _, line := range entListLines(file) {
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
				if _, dup := entGaz[n]; dup && kind != gazTitle {
					continue // first list wins: places before organisations
				}
				entGaz[n] = gazEntry{kind: kind, canonical: canon}
				if k := strings.Count(n, " ") + 1; k > entGazMax {
					entGazMax = k
				}
			}
		}
	}
	add("places.txt", gazPlace)
	add("orgs.txt", gazOrg)
	add("demonyms.txt", gazDemonym)
	add("titles.txt", gazTitle)
	entFirstNames = entWordSet("firstnames.txt")
	entRoleWords = entWordSet("rolewords.txt")
	entOrgWords = entWordSet("orgwords.txt")
	entOrgCues = entWordSet("orgcues.txt")
	entEventCues = entWordSet("eventcues.txt")
	entNonEntities = entLineSet("nonentities.txt")
}

// entListLines returns the non-empty, non-comment lines of an embedded list.
func entListLines(name string) []string {
	b, err := entWordlists.ReadFile("wordlists/" + name)
	if err != nil {
		panic("meta: missing word list " + name)
	}
	var out []string
	for _, line := range strings.Split(string(b), "\n") {
		if line = strings.TrimSpace(line); line != "" && line[0] != '#' {
			out = append(out, line)
		}
	}
	return out
}

// entWordSet reads a list of whitespace-separated words.
func entWordSet(name string) map[string]bool {
	m := map[string]bool{}
	for _, line := range entListLines(name) {
		for _, w := range strings.Fields(line) {
			m[w] = true
		}
	}
	return m
}

// entLineSet reads a list with one entry (possibly several words) per line.
func entLineSet(name string) map[string]bool {
	m := map[string]bool{}
	for _, line := range entListLines(name) {
		m[line] = true
	}
	return m
}

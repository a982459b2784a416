package ingest

import (
	"fmt"
	"strings"

	"briefing/generator/content"
)

// termList reads a taxonomy value as the list of names Hugo reads: one
// name, or a list of them. ok is false for any other shape.
func termList(v any) (names []string, ok bool) {
	switch v := v.(type) {
	case string:
		return []string{v}, true
	case []string:
		return v, true
	case []any:
		for _, e := range v {
			switch e := e.(type) {
			case string:
				names = append(names, e)
			case int, int64, uint64, float64, bool:
				names = append(names, fmt.Sprint(e))
			default:
				return nil, false
			}
		}
		return names, true
	}
	return nil, false
}

// publishTerms is a taxonomy value as published: each name through
// content.Term, those left empty dropped, and a name repeated (Hugo
// does not tell case apart) kept once. Values of another shape are left
// for the build's check to refuse with their line.
func publishTerms(v any) any {
	names, ok := termList(v)
	if !ok {
		return v
	}
	out := []string{}
	seen := map[string]bool{}
	for _, n := range names {
		t := content.Term(n)
		if t != "" && !seen[strings.ToLower(t)] {
			seen[strings.ToLower(t)] = true
			out = append(out, t)
		}
	}
	return out
}

// termNotes says which of the author's own term names are published
// differently, so that no change to what an editor wrote is silent.
func termNotes(it *item, taxonomies []string) []string {
	var notes []string
	for _, k := range taxonomies {
		names, _ := termList(it.art.Fields[k])
		for _, n := range names {
			switch t := content.Term(n); {
			case t == "":
				notes = append(notes, fmt.Sprintf("%s: %s %q left out: a term needs a letter or a digit", it.origin, k, n))
			case t != strings.Join(strings.Fields(n), " "):
				notes = append(notes, fmt.Sprintf("%s: %s %q published as %q (a term's name is its page's address, so no slashes, dots or %%)", it.origin, k, n, t))
			}
		}
	}
	return notes
}

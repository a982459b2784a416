package training

import (
	"fmt"
	"os"
	"strings"

	"briefing/generator/section/internal/corpus"
	"briefing/generator/section/internal/nb"
)

// Accept says which sections count as right for each kind of wire item.
// Sci/tech wire copy covers both gadgets and discoveries, so Technology and
// Science are both right for it; a world item must be World (Politics is for
// domestic politics, see the README).
var Accept = map[string][]string{
	"world":    {"World"},
	"sport":    {"Sport"},
	"business": {"Business"},
	"scitech":  {"Technology", "Science"},
	"health":   {"Health"},
	"science":  {"Science"},
	"culture":  {"Culture"},
	"politics": {"Politics"},
}

// ReadWire reads a check set: "kind<TAB>headline<TAB>sentence" lines, '#'
// comments. The kind goes in Doc.Label.
func ReadWire(path string) ([]corpus.Doc, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var docs []corpus.Doc
	for i, line := range strings.Split(string(b), "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 3 {
			return nil, fmt.Errorf("%s:%d: want 3 tab-separated fields, have %d", path, i+1, len(f))
		}
		if _, ok := Accept[f[0]]; !ok {
			return nil, fmt.Errorf("%s:%d: unknown kind %q", path, i+1, f[0])
		}
		docs = append(docs, corpus.Doc{ID: fmt.Sprintf("wire/%d", i+1), Label: f[0], Headline: f[1], Body: f[2]})
	}
	return docs, nil
}

// KindResult counts one kind's items and how many got an accepted section.
type KindResult struct {
	Kind  string         `json:"kind"`
	N     int            `json:"n"`
	Right int            `json:"right"`
	Got   map[string]int `json:"got"` // predicted section -> count
}

// WireResult is a check set's score.
type WireResult struct {
	N     int          `json:"n"`
	Right int          `json:"right"`
	Kinds []KindResult `json:"kinds"`
	// Four is the score on the world, sport, business and scitech items
	// alone, the four kinds of the held-out check.
	FourN     int `json:"four_n"`
	FourRight int `json:"four_right"`
}

// CheckWire classifies every item among all sections.
func CheckWire(m *nb.Model, docs []corpus.Doc) WireResult {
	var r WireResult
	byKind := map[string]*KindResult{}
	var order []string
	for _, d := range docs {
		k := byKind[d.Label]
		if k == nil {
			k = &KindResult{Kind: d.Label, Got: map[string]int{}}
			byKind[d.Label] = k
			order = append(order, d.Label)
		}
		c, _ := m.Predict(d.Headline, d.Body, nil)
		got := m.Classes[c]
		k.N++
		k.Got[got]++
		ok := false
		for _, a := range Accept[d.Label] {
			ok = ok || a == got
		}
		r.N++
		if ok {
			k.Right++
			r.Right++
		}
		switch d.Label {
		case "world", "sport", "business", "scitech":
			r.FourN++
			if ok {
				r.FourRight++
			}
		}
	}
	for _, k := range order {
		r.Kinds = append(r.Kinds, *byKind[k])
	}
	return r
}

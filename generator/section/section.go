// Package section gives a news story a section of the briefing (World,
// Politics, Business, ...) from its text alone.
//
// The model is multinomial naive Bayes over words, trained on the BBC corpus
// (business, entertainment, politics, sport, tech), Reuters 1996 stories of
// CoNLL-2003 (weakly labelled: world news, markets, sport) and US political
// news of PolNeAR, with curated seed words for Science and Health, which no
// usable data set labels. It is embedded in the binary and decoded on first
// use. How it was trained and what it scores: README.md beside this file;
// rebuild it with `make train-section`.
//
// World is news of other countries and between countries: wars, diplomacy,
// disasters, foreign elections. Politics is domestic politics: parliament,
// government, parties and elections at home, which for this model means
// the UK and the US (the politics its training stories cover).
package section

import (
	_ "embed"
	"strings"
	"sync"

	"briefing/generator/section/internal/nb"
)

// Default is the default list of sections, in the order an issue shows them.
var Default = []string{"World", "Politics", "Business", "Technology", "Science", "Health", "Sport", "Culture"}

//go:embed model.gob.gz
var modelFile []byte

// model decodes the embedded model once, on first use: never in init, so
// programs that never classify pay nothing.
var model = sync.OnceValue(func() *nb.Model {
	m, err := nb.Decode(modelFile)
	if err != nil {
		panic("section: the embedded model is corrupt: " + err.Error()) // a build defect, caught by the tests
	}
	return m
})

// aliases are other names editors give the model's sections.
var aliases = map[string]string{
	"sports":        "sport",
	"tech":          "technology",
	"sci-tech":      "technology",
	"entertainment": "culture",
	"arts":          "culture",
	"international": "world",
	"economy":       "business",
	"money":         "business",
	"environment":   "science",
}

// lowerClasses are the model's class names in lower case, worked out once:
// every classification looks up each allowed section.
var lowerClasses = sync.OnceValue(func() []string {
	var out []string
	for _, c := range model().Classes {
		out = append(out, strings.ToLower(c))
	}
	return out
})

// class returns the model's class for a section name, matched without
// regard to case or surrounding space, through the aliases; -1 if none.
func class(name string) int {
	key := strings.ToLower(strings.TrimSpace(name))
	if a, ok := aliases[key]; ok {
		key = a
	}
	for i, c := range lowerClasses() {
		if c == key {
			return i
		}
	}
	return -1
}

// Match returns the name in allowed (nil or empty: Default) that name
// denotes, spelled as in allowed: the same name without regard to case or
// surrounding space, else the same section through the aliases ("sports"
// finds "Sport", "Arts" finds "Culture"). It is how an editor's section
// field or inbox folder finds its configured section; ok is false when
// none matches. Names the model does not know match only by spelling.
func Match(name string, allowed []string) (match string, ok bool) {
	if len(allowed) == 0 {
		allowed = Default
	}
	key := strings.ToLower(strings.TrimSpace(name))
	if key == "" {
		return "", false
	}
	for _, a := range allowed {
		if strings.ToLower(strings.TrimSpace(a)) == key {
			return a, true
		}
	}
	if a, ok := aliases[key]; ok {
		key = a
	}
	for _, a := range allowed {
		k := strings.ToLower(strings.TrimSpace(a))
		if al, ok := aliases[k]; ok {
			k = al
		}
		if k == key {
			return a, true
		}
	}
	return "", false
}

// Known reports whether the model can assign the section name (matched
// without regard to case; "Sports", "Tech", "Entertainment" and a few other
// usual names count as their sections). A configured section it does not
// know can only be set by the editor.
func Known(name string) bool {
	return class(name) >= 0
}

// Classify returns the section of allowed (nil or empty: Default) that best
// fits the story, spelled as in allowed, and the model's confidence in it:
// its probability among the allowed sections the model knows, between
// 1/len(those) and 1. It reads the headline and body as plain text; a
// headline and one sentence are enough. If the model knows none of the
// allowed sections, it returns "" and 0. A story with no word the model
// knows gets the first known allowed section at the lowest confidence.
func Classify(headline, body string, allowed []string) (name string, confidence float64) {
	if len(allowed) == 0 {
		allowed = Default
	}
	m := model()
	mask := make([]bool, len(m.Classes))
	first := make([]string, len(m.Classes)) // class -> its name as spelled in allowed
	any := false
	for _, a := range allowed {
		if c := class(a); c >= 0 {
			if !mask[c] {
				first[c] = a
			}
			mask[c] = true
			any = true
		}
	}
	if !any {
		return "", 0
	}
	scores, n := m.Score(headline, body)
	best := -1
	if n == 0 {
		// No evidence: the first allowed section the model knows.
		for _, a := range allowed {
			if c := class(a); c >= 0 {
				best = c
				break
			}
		}
	} else {
		for c, s := range scores {
			if mask[c] && (best < 0 || s > scores[best]) {
				best = c
			}
		}
	}
	return first[best], m.PosteriorOf(scores, n, mask)[best]
}

// Scores returns the model's probability for each of allowed (nil or empty:
// Default), in the same order; 0 for a section the model does not know. The
// known sections' probabilities sum to 1.
func Scores(headline, body string, allowed []string) []float64 {
	if len(allowed) == 0 {
		allowed = Default
	}
	m := model()
	mask := make([]bool, len(m.Classes))
	for _, a := range allowed {
		if c := class(a); c >= 0 {
			mask[c] = true
		}
	}
	out := make([]float64, len(allowed))
	p := m.Posterior(headline, body, mask)
	seen := map[int]bool{}
	for i, a := range allowed {
		if c := class(a); c >= 0 && !seen[c] {
			out[i] = p[c]
			seen[c] = true
		}
	}
	return out
}

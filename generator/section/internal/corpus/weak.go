package corpus

import (
	_ "embed"
	"regexp"
	"sort"
	"strings"

	"briefing/generator/section/internal/nb"
)

//go:embed weak.txt
var weakText string

// Lexicon is a list of words for each section.
type Lexicon map[string][]string

// ParseLexicon reads "Section: word word ..." lines; '#' starts a comment.
func ParseLexicon(text string) Lexicon {
	lex := Lexicon{}
	for _, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		name, words, ok := strings.Cut(line, ":")
		if !ok {
			continue
		}
		lex[strings.TrimSpace(name)] = append(lex[strings.TrimSpace(name)], strings.Fields(words)...)
	}
	return lex
}

// WeakLexicon is the lexicon in weak.txt.
func WeakLexicon() Lexicon { return ParseLexicon(weakText) }

// sportHead matches the Reuters sports desk slug, "SOCCER - ...".
var sportHead = regexp.MustCompile(`^(?i)(soccer|cricket|australian rules|rallying|tennis|golf|baseball|basketball|nba|nfl|nhl|ice hockey|hockey|athletics|cycling|motor racing|motorcycling|formula one|boxing|horse racing|rugby union|rugby league|rugby|swimming|rowing|sailing|yachting|skiing|olympics|badminton|squash|snooker|triathlon|alpine skiing|american football|football|motocross|judo|wrestling|volleyball|handball|chess)\b[^-]*-`)

// Weak labels an unlabelled document from the lexicon: the section with the
// most lexicon tokens (headline tokens count twice) wins if it has at least
// min hits and leads the runner-up by margin; otherwise fallback. A Reuters
// sports slug in the headline makes it Sport outright. The labels are weak:
// they were spot-checked by hand (see the README), not checked one by one.
func Weak(lex Lexicon, d Doc, fallback string, min, margin float64) (label string, scores map[string]float64) {
	if sportHead.MatchString(d.Headline) {
		return "Sport", nil
	}
	words := map[string][]string{}
	for sec, ws := range lex {
		for _, w := range ws {
			for _, t := range nb.Tokens(w) {
				words[t] = append(words[t], sec)
			}
		}
	}
	scores = map[string]float64{}
	count := func(text string, wt float64) {
		for _, t := range nb.Tokens(text) {
			for _, sec := range words[t] {
				scores[sec] += wt
			}
		}
	}
	count(d.Headline, 2)
	count(d.Body, 1)
	secs := make([]string, 0, len(scores))
	for s := range scores {
		secs = append(secs, s)
	}
	sort.Slice(secs, func(i, j int) bool {
		if scores[secs[i]] != scores[secs[j]] {
			return scores[secs[i]] > scores[secs[j]]
		}
		return secs[i] < secs[j]
	})
	if len(secs) == 0 {
		return fallback, scores
	}
	best := scores[secs[0]]
	second := 0.0
	if len(secs) > 1 {
		second = scores[secs[1]]
	}
	if best >= min && best >= margin*second {
		return secs[0], scores
	}
	return fallback, scores
}

// LabelCoNLL gives a CoNLL-2003 (Reuters 1996) document its weak label:
// the lexicon's choice among the sections, World when nothing stands out
// (most of what is neither sport nor markets there is world news), and
// Politics only for US domestic politics (the 1996 campaign), since Reuters'
// foreign elections belong in World.
func LabelCoNLL(lex Lexicon, d Doc) string {
	sections := Lexicon{}
	for k, v := range lex {
		if k != "US politics" {
			sections[k] = v
		}
	}
	label, _ := Weak(sections, d, "World", 3, 1.3)
	if label != "World" {
		return label
	}
	_, us := Weak(Lexicon{"US": lex["US politics"], "World": lex["World"]}, d, "", 0, 0)
	if us["US"] >= 3 && us["US"] > us["World"] {
		return "Politics"
	}
	return "World"
}

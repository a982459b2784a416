package figure

import (
	"strings"

	"briefing/generator/meta/entity"
	"briefing/generator/meta/text"
)

// changeWords turn a percentage into a change: "up 30 percent" measures a rise.
var changeWords = map[string]string{
	"up": "rise", "rose": "rise", "rise": "rise", "risen": "rise", "jumped": "rise",
	"grew": "rise", "increased": "rise", "climbed": "rise", "soared": "rise", "gained": "rise",
	"surged": "rise", "rising": "rise", "boosted": "rise", "higher": "rise", "increase": "rise",
	"down": "fall", "fell": "fall", "fall": "fall", "fallen": "fall", "dropped": "fall",
	"slumped": "fall", "slump": "fall", "declined": "fall", "decreased": "fall", "lower": "fall",
	"plunged": "fall", "slipped": "fall", "falling": "fall", "shrank": "fall", "cut": "fall",
	"tumbled": "fall", "lost": "fall", "slipping": "fall", "slowing": "fall", "slow": "fall",
	"growing": "rise", "rises": "rise", "falls": "fall",
}

// figSkip are words between a value and what it measures: "more than", "hitting".
var figSkip = map[string]bool{
	"more": true, "than": true, "about": true, "around": true, "nearly": true, "almost": true,
	"some": true, "over": true, "under": true, "just": true, "roughly": true, "approximately": true,
	"an": true, "estimated": true, "by": true, "less": true, "at": true, "least": true, "only": true,
	"to": true, "a": true, "record": true, "of": true, "than-expected": true, "as": true, "much": true,
	"many": true, "almost-": true, "up": true, "down": true, "from": true,
}

// figLinks join a subject to its value: "volumes ... hitting $147 billion".
var figLinks = map[string]bool{
	"hitting": true, "hit": true, "reached": true, "reaching": true, "totalled": true, "totaled": true,
	"totalling": true, "was": true, "were": true, "is": true, "are": true, "be": true, "been": true,
	"stood": true, "standing": true, "worth": true, "valued": true, "cost": true, "costs": true,
	"costing": true, "raised": true, "posted": true, "reported": true, "made": true, "make": true,
	"earned": true, "generated": true, "pay": true, "paid": true, "paying": true, "spent": true,
	"spend": true, "spending": true, "invest": true, "invested": true, "owns": true, "set": true,
	"sold": true, "bought": true, "fetch": true, "fetched": true, "attracted": true, "saw": true,
	"offered": true, "offer": true, "lose": true, "losing": true, "amounted": true, "amounting": true,
	"accounted": true, "accounting": true, "grow": true, "expected": true, "forecast": true, "remained": true,
}

var npDrop = map[string]bool{
	"with": true, "while": true, "but": true, "and": true, "its": true, "their": true, "his": true,
	"her": true, "the": true, "a": true, "an": true, "which": true, "that": true, "for": true,
	"as": true, "so": true, "it": true, "they": true, "he": true, "she": true, "also": true,
	"has": true, "have": true, "had": true, "we": true, "i": true, "this": true, "these": true,
	"those": true, "there": true, "our": true, "my": true, "your": true, "already": true,
	"will": true, "would": true, "could": true, "can": true, "may": true, "might": true,
	"now": true, "still": true, "then": true, "when": true, "where": true, "who": true, "after": true,
	"before": true, "since": true, "if": true, "because": true, "although": true, "however": true,
	"being": true, "total": false, "in": true, "on": true, "at": true, "of": true, "to": true,
	"from": true, "by": true, "said": true, "says": true, "say": true, "than": true, "just": true,
}

// npCut ends a subject phrase at a preposition, keeping its head:
// "profits at US media giant TimeWarner" -> "profits".
var npCut = map[string]bool{"at": true, "in": true, "from": true, "by": true, "on": true, "after": true}

// npVerbs end a subject phrase.
var npVerbs = map[string]bool{
	"would": true, "will": true, "should": true, "could": true, "might": true, "may": true,
	"has": true, "have": true, "had": true, "did": true, "does": true, "slipping": true,
	"slowing": true, "growing": true, "expects": true, "expected": true, "fell": true,
}

var temporalTails = []string{" last year", " this year", " next year", " last month", " this month", " a year earlier", " a year ago", " year-earlier", " last week", " this week", " last quarter"}

// figMeasure finds the short phrase that says what figure f measures.
func figMeasure(d *text.Doc, toks []text.Token, f fig, prev []fig) string {
	para := toks[f.a].Para
	// the clause before the value, back to a punctuation mark
	c := f.a
	for c > 0 && toks[c-1].Para == para && toks[c-1].Kind == text.Word {
		c--
	}
	// a value in brackets or right after another value restates it: "$1.13bn (£600m)"
	if len(prev) > 0 {
		last := prev[len(prev)-1]
		if last.b <= f.a && int(toks[last.a].Para) == int(para) {
			gap := true
			for k := last.b; k < f.a; k++ {
				w := toks[k].Text
				if !(w == "(" || w == "to" || w == "from" || w == "and" || w == "or" || w == "," && k == last.b) {
					gap = false
					break
				}
			}
			if gap && last.measure != "" && last.kind != figCount {
				m := last.measure
				if last.kind == figPercent && f.kind != figPercent {
					m = strings.TrimPrefix(strings.TrimPrefix(m, "rise in "), "fall in ")
				}
				return m
			}
		}
	}
	// walk back over "more than", "to", ... to the linking word
	k := f.a - 1
	level := false // "fall to 3.3%" is a level, "fell 3%" a change
	for k >= c && figSkip[strings.ToLower(toks[k].Text)] && changeWords[strings.ToLower(toks[k].Text)] == "" {
		level = level || toks[k].Text == "to"
		k--
	}
	change := ""
	if k >= c {
		change = changeWords[strings.ToLower(toks[k].Text)]
	}
	if f.kind == figCount {
		return countMeasure(d, toks, f)
	}
	var np string
	if k >= c && (toks[k].Text == "of" || (k+1 < f.a && toks[k+1].Text == "of")) {
		// "a profit of $3.36bn"
		j := k
		if toks[j].Text != "of" {
			j++
		}
		s := j
		for s > c && j-s < 3 && toks[s-1].Kind == text.Word && !npDrop[strings.ToLower(toks[s-1].Text)] && !npCut[toks[s-1].Text] && !npVerbs[toks[s-1].Text] && !figLinks[toks[s-1].Text] && !text.SpeechVerb(toks[s-1].Text) {
			s--
		}
		np = phraseText(d, toks, s, j)
	} else if k >= c && (change != "" || figLinks[strings.ToLower(toks[k].Text)]) {
		np = phraseBefore(d, toks, c, k)
		// "set at", "offered to pay": nothing named before the verb
	} else if k >= c && toks[k].Kind == text.Word {
		np = phraseBefore(d, toks, c, k) // "US growth would reach 4.4%"
	}
	for _, tail := range temporalTails {
		if np == tail[1:] || np == tail[strings.LastIndexByte(tail, ' ')+1:] {
			np = ""
		}
	}
	if np == "" && len(prev) > 0 && int(toks[prev[len(prev)-1].a].Para) == int(para) && prev[len(prev)-1].kind != figCount {
		np = strings.TrimPrefix(strings.TrimPrefix(prev[len(prev)-1].measure, "rise in "), "fall in ")
	}
	if np == "" || toks[f.a].Para == para && allCapsWords(np) {
		// nothing named, or only who acted ("Chancellor Rachel Morgan"): what follows
		if after := phraseAfter(d, toks, f.b); after != "" {
			np = after
		}
	}
	for _, tail := range temporalTails {
		np = strings.TrimSuffix(np, tail)
	}
	if np != "" && change != "" && f.kind == figPercent && !level {
		np = change + " in " + np
	}
	return np
}

// phraseBefore is the noun phrase ending before token e, starting no earlier
// than c: "trade volumes last year" in "with trade volumes last year hitting".
func phraseBefore(d *text.Doc, toks []text.Token, c, e int) string {
	s := e
	for s > c && e-s < 8 {
		s--
	}
	// start after "said", "with", "but": the subject follows them
	for k := e - 1; k >= s; k-- {
		w := strings.ToLower(toks[k].Text)
		if w == "that" || w == "while" || w == "with" || w == "which" || w == "but" || w == "and" || text.SpeechVerb(w) {
			s = k + 1
			break
		}
	}
	for s < e && (npDrop[strings.ToLower(toks[s].Text)] || toks[s].Kind != text.Word) {
		s++
	}
	// end before the verb: "Forecasts for Japanese growth were also scaled"
	for k := s + 1; k < e; k++ {
		if w := strings.ToLower(toks[k].Text); figLinks[w] || npVerbs[w] || changeWords[w] != "" {
			e = k
			break
		}
	}
	// keep the head: "profits at US media giant TimeWarner" -> "profits"
	for k := s + 1; k < e; k++ {
		if npCut[toks[k].Text] {
			e = k
			break
		}
	}
	for e > s && (npDrop[strings.ToLower(toks[e-1].Text)] || changeWords[strings.ToLower(toks[e-1].Text)] != "" || figLinks[strings.ToLower(toks[e-1].Text)]) {
		e--
	}
	if s >= e || e-s > 6 {
		return ""
	}
	return phraseText(d, toks, s, e)
}

// phraseAfter is the short phrase after a value: "to settle charges".
func phraseAfter(d *text.Doc, toks []text.Token, b int) string {
	e := b
	for e < len(toks) && e-b < 5 && toks[e].Para == toks[b-1].Para && toks[e].Kind != text.Punct {
		e++
	}
	s := b
	for s < e && npDrop[strings.ToLower(toks[s].Text)] && toks[s].Text != "to" {
		s++
	}
	if s >= e {
		return ""
	}
	return phraseText(d, toks, s, e)
}

// countMeasure names a count by its unit and what follows: "subscribers".
// "lost 464,000 subscribers" -> "subscribers lost".
func countMeasure(d *text.Doc, toks []text.Token, f fig) string {
	unit := phraseText(d, toks, f.a+1, f.b)
	k := f.a - 1
	for k >= 0 && toks[k].Para == toks[f.a].Para && figSkip[strings.ToLower(toks[k].Text)] && toks[k].Text != "of" {
		k--
	}
	if k >= 0 && toks[k].Para == toks[f.a].Para && toks[k].Kind == text.Word && !toks[k].Is(text.Cap) {
		w := toks[k].Text
		if changeWords[w] != "" || figLinks[w] || strings.HasSuffix(w, "ed") && !npDrop[w] {
			return unit + " " + w
		}
	}
	return unit
}

func phraseText(d *text.Doc, toks []text.Token, s, e int) string {
	if s >= e {
		return ""
	}
	p := d.Paragraphs[toks[s].Para]
	phrase := p[toks[s].Start:toks[e-1].End]
	if t := &toks[s]; t.Is(text.SentStart) && t.Is(text.Cap) && !t.Is(text.AllCaps|text.Camel) && !entity.IsKnownName(t.Text) {
		phrase = strings.ToLower(phrase[:1]) + phrase[1:]
	}
	return phrase
}

// allCapsWords reports whether every word of s is capitalised: a name, not
// a measure.
func allCapsWords(s string) bool {
	for _, w := range strings.Fields(s) {
		if w[0] < 'A' || w[0] > 'Z' {
			return false
		}
	}
	return s != ""
}

package figure

import (
	"strings"

	"briefing/generator/meta/entity"
	"briefing/generator/meta/text"
)

var temporalTails = []string{" last year", " this year", " next year", " last month", " this month", " a year earlier", " a year ago", " year-earlier", " last week", " this week", " last quarter"}

// figMeasure finds the short phrase that says what figure f measures.
func figMeasure(d *text.Doc, toks []text.Token, f fig, prev []fig) string {
	lx := lex()
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
	for k >= c && lx.figSkip[strings.ToLower(toks[k].Text)] && lx.changeWords[strings.ToLower(toks[k].Text)] == "" {
		level = level || toks[k].Text == "to"
		k--
	}
	change := ""
	if k >= c {
		change = lx.changeWords[strings.ToLower(toks[k].Text)]
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
		for s > c && j-s < 3 && toks[s-1].Kind == text.Word && !lx.npDrop[strings.ToLower(toks[s-1].Text)] && !lx.npCut[toks[s-1].Text] && !lx.npVerbs[toks[s-1].Text] && !lx.figLinks[toks[s-1].Text] && !text.SpeechVerbs().Has(toks[s-1].Text) {
			s--
		}
		np = phraseText(d, toks, s, j)
	} else if k >= c && (change != "" || lx.figLinks[strings.ToLower(toks[k].Text)]) {
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
	lx := lex()
	s := e
	for s > c && e-s < 8 {
		s--
	}
	// start after "said", "with", "but": the subject follows them
	for k := e - 1; k >= s; k-- {
		w := strings.ToLower(toks[k].Text)
		if w == "that" || w == "while" || w == "with" || w == "which" || w == "but" || w == "and" || text.SpeechVerbs().Has(w) {
			s = k + 1
			break
		}
	}
	for s < e && (lx.npDrop[strings.ToLower(toks[s].Text)] || toks[s].Kind != text.Word) {
		s++
	}
	// end before the verb: "Forecasts for Japanese growth were also scaled"
	for k := s + 1; k < e; k++ {
		if w := strings.ToLower(toks[k].Text); lx.figLinks[w] || lx.npVerbs[w] || lx.changeWords[w] != "" {
			e = k
			break
		}
	}
	// keep the head: "profits at US media giant TimeWarner" -> "profits"
	for k := s + 1; k < e; k++ {
		if lx.npCut[toks[k].Text] {
			e = k
			break
		}
	}
	for e > s && (lx.npDrop[strings.ToLower(toks[e-1].Text)] || lx.changeWords[strings.ToLower(toks[e-1].Text)] != "" || lx.figLinks[strings.ToLower(toks[e-1].Text)]) {
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
	for s < e && lex().npDrop[strings.ToLower(toks[s].Text)] && toks[s].Text != "to" {
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
	lx := lex()
	unit := phraseText(d, toks, f.a+1, f.b)
	k := f.a - 1
	for k >= 0 && toks[k].Para == toks[f.a].Para && lx.figSkip[strings.ToLower(toks[k].Text)] && toks[k].Text != "of" {
		k--
	}
	if k >= 0 && toks[k].Para == toks[f.a].Para && toks[k].Kind == text.Word && !toks[k].Is(text.Cap) {
		w := toks[k].Text
		if lx.changeWords[w] != "" || lx.figLinks[w] || strings.HasSuffix(w, "ed") && !lx.npDrop[w] {
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

package figure

import (
	"strings"

	"briefing/generator/meta/entity"
	"briefing/generator/meta/text"
)

// maxFigures caps the figures of one article; they are kept in document order.
const maxFigures = 8

// Figure is a number with its unit and the phrase that says what it
// measures.
type Figure struct {
	Value   string
	Measure string
}

// Find returns the figures of d worth showing, at most eight, in document
// order, each value once: sums of money, percentages and counts of
// something whose sentence says what they measure (see clause.measure). A
// figure whose measure is unclear is left out.
func Find(d *text.Doc) []Figure {
	toks := d.Tokens()
	// The candidates, by sentence: tagging a sentence is the dear part,
	// so only sentences with a candidate worth reading are tagged, and
	// only up to a little past their last candidate.
	type candidate struct {
		fig
		sent int
	}
	var cands []candidate
	sent := -1
	for i := 0; i < len(toks); i++ {
		if toks[i].Kind != text.Number {
			continue
		}
		f, ok := figureAt(d, toks, i)
		if !ok {
			continue
		}
		i = f.b - 1
		if f.kind == figCount && !countWorthReading(toks, f) {
			continue
		}
		s := sentenceOf(d, &toks[f.a], sent)
		if s < 0 {
			continue
		}
		sent = s
		cands = append(cands, candidate{f, s})
	}
	var out []Figure
	seen := map[string]bool{}
	var prev *fig
	var cl *clause
	for k, c := range cands {
		if len(out) == maxFigures {
			break
		}
		f := c.fig
		st := &d.Sentences[c.sent]
		if k == 0 || cands[k-1].sent != c.sent {
			last := c.b
			for j := k + 1; j < len(cands) && cands[j].sent == c.sent; j++ {
				last = cands[j].b
			}
			end := int(st.End)
			if e := last + readPast; e < len(toks) && toks[e].Para == toks[f.a].Para {
				end = min(end, int(toks[e].End))
			}
			cl, prev = parse(d.Paragraphs[st.Para][st.Start:end], d.Tagging()), nil
		}
		off := int(st.Start)
		va, vb := cl.tokenAt(int(toks[f.a].Start)-off), cl.tokenAt(int(toks[f.b-1].End)-1-off)
		if va < 0 || vb < 0 {
			continue
		}
		unit := ""
		if f.kind == figCount {
			unit = unitOf(d, toks, f)
		}
		f.measure = cl.measure(va, vb+1, f.kind, unit, prev)
		prev = &f
		if f.measure == "" || seen[f.value] {
			continue
		}
		seen[f.value] = true
		out = append(out, Figure{Value: f.value, Measure: f.measure})
	}
	return out
}

// readPast is how many tokens past its last value a sentence is read: a
// measure's phrases after the value ("for YouTube", "in the operation")
// lie within it.
const readPast = 14

// countWorthReading reports whether count f may measure something: its
// unit a plural noun (or one of the plurals without an s) that is not a
// unit of time, length or score ("14 years", "330 feet", "44 points").
func countWorthReading(toks []text.Token, f fig) bool {
	u := strings.ToLower(toks[f.b-1].Text)
	if units[u] || u == "others" || u == "more" {
		return false
	}
	return strings.HasSuffix(u, "s") || irregularPlurals[u]
}

// sentenceOf returns the sentence of d holding token t, searching from
// sentence from, or -1 when it is not found as written (a sentence tidied
// out of its paragraph's text).
func sentenceOf(d *text.Doc, t *text.Token, from int) int {
	for s := max(from, 0); s < len(d.Sentences); s++ {
		st := &d.Sentences[s]
		if st.Para < int(t.Para) {
			continue
		}
		if st.Para > int(t.Para) {
			return -1
		}
		if st.Start >= 0 && st.Start <= t.Start && t.End <= st.End {
			return s
		}
	}
	return -1
}

// unitOf is the unit of count f: the words of its value after the number
// ("people" of "400 people", "diagnostic centres" of "40 new diagnostic
// centres" without "new").
func unitOf(d *text.Doc, toks []text.Token, f fig) string {
	a := f.a + 1
	for a < f.b && (toks[a].Kind != text.Word || lex().scaleWords[toks[a].Text]) {
		a++
	}
	if a >= f.b {
		return ""
	}
	p := d.Paragraphs[toks[a].Para]
	return p[toks[a].Start:toks[f.b-1].End]
}

// fig is a figure found in the tokens.
type fig struct {
	a, b    int // tokens of the value: [a,b)
	kind    figKind
	value   string
	measure string
}

type figKind uint8

const (
	figMoney figKind = iota + 1
	figPercent
	figCount
)

var scaleSuffixes = []string{"bn", "tn", "trn", "mn", "m", "k"}

func adjacent(toks []text.Token, a, b int) bool {
	return a >= 0 && b < len(toks) && toks[a].Para == toks[b].Para && toks[a].End == toks[b].Start
}

// figureAt reads the figure whose number is token i, if it is one worth
// keeping: money, a percentage or a count of something.
func figureAt(d *text.Doc, toks []text.Token, i int) (fig, bool) {
	lx := lex()
	t := &toks[i]
	num := t.Text
	f := fig{a: i, b: i + 1}
	if strings.ContainsAny(num, "-/:") {
		return f, false // scores, ranges, dates, times
	}
	suffix := ""
	k := 0
	for k < len(num) && (num[k] >= '0' && num[k] <= '9' || num[k] == '.' || num[k] == ',') {
		k++
	}
	digits, rest := num[:k], num[k:]
	if rest != "" {
		for _, s := range scaleSuffixes {
			if rest == s {
				suffix = s
			}
		}
		if suffix == "" && !isUnitSuffix(rest) {
			return f, false // "1st", "1990s", "3D", "MP3"
		}
	}
	if i > 0 && adjacent(toks, i-1, i) && lx.currencySymbols[toks[i-1].Text] {
		f.kind = figMoney
		f.a = i - 1
		if f.a > 0 && adjacent(toks, f.a-1, f.a) && toks[f.a-1].Is(text.AllCaps) {
			f.a-- // "US$5"
		}
	}
	next := func() *text.Token {
		if f.b < len(toks) && toks[f.b].Para == t.Para {
			return &toks[f.b]
		}
		return nil
	}
	if n := next(); suffix == "" && n != nil && n.Kind == text.Word && lx.scaleWords[n.Text] {
		f.b++
	}
	n := next()
	switch {
	case n != nil && n.Text == "%" && adjacent(toks, f.b-1, f.b):
		f.kind = figPercent
		f.b++
	case n != nil && (n.Text == "percent" || n.Text == "pc"):
		f.kind = figPercent
		f.b++
	case n != nil && n.Text == "per" && f.b+1 < len(toks) && toks[f.b+1].Text == "cent":
		f.kind = figPercent
		f.b += 2
	case n != nil && n.Text == "percentage" && f.b+1 < len(toks) && toks[f.b+1].Text == "points":
		f.kind = figPercent
		f.b += 2
	case f.kind == figMoney:
	case n != nil && lx.currencyWords[n.Text]:
		f.kind = figMoney
		f.b++
	default:
		if isYear(digits) && f.b == i+1 || digits == "" {
			return f, false
		}
		if i > 0 && toks[i-1].Para == t.Para && (entity.IsNonEntity(toks[i-1].Text) || toks[i-1].Kind == text.Word && toks[i-1].Is(text.Cap) && !toks[i-1].Is(text.SentStart)) {
			return f, false // "February 24", "Channel 4"
		}
		if n == nil || n.Kind != text.Word || entity.IsNonEntity(n.Text) || n.Is(text.Cap) || lx.figNotUnit[n.Text] || len(n.Text) < 2 && !isUnitSuffix(n.Text) {
			if rest != "" && isUnitSuffix(rest) {
				f.kind = figCount // "40km"
				break
			}
			return f, false
		}
		f.kind = figCount
		f.b++
		// "12 more people", "40 new diagnostic centres": modifiers before the noun
		for m := 0; m < 2; m++ {
			nn := next()
			if nn == nil || nn.Kind != text.Word || strings.HasSuffix(toks[f.b-1].Text, "s") || irregularPlurals[strings.ToLower(toks[f.b-1].Text)] || nn.Is(text.Cap) || lx.figNotUnit[nn.Text] || isUnitSuffix(toks[f.b-1].Text) || lx.npDrop[nn.Text] {
				break
			}
			f.b++
		}
	}
	p := d.Paragraphs[t.Para]
	f.value = p[toks[f.a].Start:toks[f.b-1].End]
	if toks[f.b-1].Is(text.Possessive) {
		f.value = p[toks[f.a].Start:toks[f.b-1].End]
	}
	return f, true
}

func isUnitSuffix(s string) bool {
	switch s {
	case "km", "kg", "m", "mm", "cm", "ft", "mph", "kph", "kmh", "g", "lb", "lbs", "mw", "gw", "kw", "mb", "gb", "tb", "ghz", "mhz", "bpm", "sq":
		return true
	}
	return false
}

func isYear(s string) bool {
	if len(s) != 4 {
		return false
	}
	return s >= "1800" && s <= "2099"
}

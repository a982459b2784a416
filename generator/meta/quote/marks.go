package quote

import (
	"briefing/generator/meta/text"
)

// segment is the part of a quotation inside one paragraph: the tokens
// between its marks.
type segment struct {
	open  int // token index of the opening mark
	close int // token index of the closing mark, or the paragraph's end when it runs on
	para  int
	a, b  int  // byte offsets of its text in the paragraph
	cont  bool // continues the quotation of the paragraph before
	cut   bool // ended at a stop where the copy dropped the closing mark
	quote int  // index of the quotation it belongs to
}

// markKind is the family of a quotation mark.
type markKind uint8

const (
	notMark markKind = iota
	double
	single
	twin // the second apostrophe of a double mark written as two: ''
)

func kindOf(t *text.Token) markKind {
	if t.Kind != text.Punct {
		return notMark
	}
	switch t.Text {
	case `"`, "“", "”", "„", "«", "»":
		return double
	case "'", "‘", "’":
		return single
	}
	return notMark
}

// opens reports whether mark t can open a quotation: a curly opening mark,
// or a straight one after a space (the tokenizer's OpenQuote).
func opens(t *text.Token) bool {
	switch t.Text {
	case "“", "‘", "„", "«":
		return true
	case "”", "’", "»":
		return false
	}
	return t.Is(text.OpenQuote)
}

// closes reports whether mark t can close a quotation.
func closes(t *text.Token) bool {
	switch t.Text {
	case "”", "’", "»":
		return true
	case "“", "‘", "„", "«":
		return false
	}
	return t.Is(text.CloseQuote)
}

// marker pairs the quotation marks of a document's paragraphs.
type marker struct {
	d     *text.Doc
	toks  []text.Token
	segs  []segment
	kinds []markKind // per token
}

// markKinds returns the kind of mark of every token. Two apostrophes
// written together are a double mark, as archived copy writes them; of
// three, the single mark is the inner one (opening last, closing first).
func markKinds(toks []text.Token) []markKind {
	kinds := make([]markKind, len(toks))
	for k := range toks {
		kinds[k] = kindOf(&toks[k])
	}
	adj := func(k int) bool {
		return k+1 < len(toks) && toks[k+1].Text == "'" && toks[k+1].Start == toks[k].End
	}
	for k := 0; k < len(toks); k++ {
		if toks[k].Text != "'" || !adj(k) {
			continue
		}
		first := k
		if adj(k+1) && !toks[k].Is(text.OpenQuote) {
			first = k + 1 // closing: the single mark first
		}
		kinds[first], kinds[first+1] = double, twin
		k += 2
	}
	return kinds
}

// segments returns the quoted segments of d in document order. Double
// marks quote; single marks quote outside double ones (British style), an
// apostrophe never does. A paragraph that ends inside a quotation and a
// next one that opens with a mark continue one quotation; one that ends
// inside a quotation otherwise closes it at its end. A straight mark that
// looks like an opening one where a closing one is due ("... a Muslim. He
// added: "The ...") marks a dropped closing mark: the quotation ends at its
// last full stop and a new one opens.
func segments(d *text.Doc, toks []text.Token) ([]segment, []markKind) {
	m := &marker{d: d, toks: toks, kinds: markKinds(toks)}
	quote := -1
	carry := notMark // the kind of quotation running on from the paragraph before
	for a := 0; a < len(toks); {
		b := a
		for b < len(toks) && toks[b].Para == toks[a].Para {
			b++
		}
		carry = m.paragraph(a, b, carry, &quote)
		a = b
	}
	return m.segs, m.kinds
}

// text range of the mark at token k: a double mark of two apostrophes
// ends after the second.
func (m *marker) markEnd(k int) int {
	if k+1 < len(m.toks) && m.kinds[k+1] == twin {
		return int(m.toks[k+1].End)
	}
	return int(m.toks[k].End)
}

// paragraph pairs the marks of tokens [a,b), one paragraph, and returns the
// kind of quotation left open at its end, if the next paragraph continues
// it.
func (m *marker) paragraph(a, b int, carry markKind, quote *int) markKind {
	toks := m.toks
	open, kind := -1, notMark
	cont := false
	add := func(close int) {
		s := segment{open: open, close: close, para: int(toks[open].Para), cont: cont}
		s.a = m.markEnd(open)
		if close < b {
			s.b = int(toks[close].Start)
		} else {
			s.b = int(toks[b-1].End)
		}
		if !cont {
			*quote++
		}
		s.quote = *quote
		m.segs = append(m.segs, s)
		open, kind, cont = -1, notMark, false
	}
	for k := a; k < b; k++ {
		t := &toks[k]
		mk := m.kinds[k]
		if mk == notMark || mk == twin {
			continue
		}
		if open < 0 {
			if k == a && carry == mk {
				open, kind, cont = k, mk, true
				continue
			}
			if opens(t) && (mk == double || m.singleOpens(k, b)) {
				open, kind = k, mk
			}
			continue
		}
		if mk != kind {
			continue // a single mark inside double ones, or the reverse
		}
		if kind == single {
			if closes(t) && !m.apostrophe(k, b) {
				add(k)
			}
			continue
		}
		straight := t.Text == `"` || t.Text == "'"
		if closes(t) || straight && !m.wordFollows(k, b) {
			add(k) // a closing mark, or a straight one set apart by spaces
			continue
		}
		// An opening mark where a closing one is due: the copy dropped the
		// closing mark at the last full stop before it.
		if e := m.lastStop(open, k); e > open {
			add(e + 1)
			m.segs[len(m.segs)-1].b = int(toks[e].End)
			m.segs[len(m.segs)-1].cut = true
			open, kind = k, double
			continue
		}
		if straight {
			add(k) // no stop to end at: the marks pair as they come
		}
		// "“ ... “" without a stop: keep the first
	}
	if open < 0 {
		return notMark
	}
	// Running on: the next paragraph opening with the same mark continues it.
	if kind == single && !(b < len(toks) && m.kinds[b] == single) {
		return notMark // an unclosed single mark is an apostrophe
	}
	k := kind
	add(b)
	if b < len(toks) && m.kinds[b] == k && opens(&toks[b]) {
		return k
	}
	return notMark
}

// wordFollows reports whether a word or number follows the mark at token
// k directly.
func (m *marker) wordFollows(k, b int) bool {
	if k+1 < b && m.kinds[k+1] == twin {
		k++
	}
	return k+1 < b && m.toks[k+1].Start == m.toks[k].End && m.toks[k+1].Kind != text.Punct
}

// singleOpens reports whether the single mark at k opens a quotation: a
// word follows it directly, it is not an elision ("'90s", "'em", "rock 'n'
// roll") and a closing single mark follows in the paragraph.
func (m *marker) singleOpens(k, b int) bool {
	toks := m.toks
	if !m.wordFollows(k, b) || toks[k+1].Kind == text.Number {
		return false
	}
	switch toks[k+1].Text {
	case "em", "n", "til", "cause", "tis", "twas":
		return false
	}
	for j := k + 1; j < b; j++ {
		if m.kinds[j] == single && closes(&toks[j]) && !m.apostrophe(j, b) {
			return true
		}
		if m.kinds[j] == double {
			return false
		}
	}
	// a quotation running on into the next paragraph
	return b < len(toks) && m.kinds[b] == single
}

// apostrophe reports whether the closing single mark at k is rather a
// plural possessive ("the voters' choice"): after a word ending in s and
// before a lower-case word that does not follow quotations.
func (m *marker) apostrophe(k, b int) bool {
	toks := m.toks
	if k == 0 || toks[k-1].End != toks[k].Start || toks[k-1].Kind != text.Word {
		return false
	}
	w := toks[k-1].Text
	if w[len(w)-1] != 's' && w[len(w)-1] != 'S' {
		return false
	}
	if k+1 >= b || toks[k+1].Kind != text.Word || toks[k+1].Is(text.Cap) {
		return false
	}
	return !afterQuote[toks[k+1].Text] && lex().cues[toks[k+1].Text] == 0
}

// afterQuote are lower-case words that often follow a closing mark.
var afterQuote = map[string]bool{
	"and": true, "or": true, "but": true, "he": true, "she": true, "they": true, "it": true,
	"as": true, "to": true, "in": true, "on": true, "for": true, "from": true, "with": true,
	"by": true, "at": true, "of": true, "is": true, "was": true, "are": true, "were": true,
	"which": true, "that": true, "who": true, "the": true, "a": true, "an": true, "we": true,
	"i": true, "after": true, "before": true, "because": true, "when": true, "while": true,
}

// lastStop is the last full stop, question or exclamation mark strictly
// between tokens i and j, or -1.
func (m *marker) lastStop(i, j int) int {
	for k := j - 1; k > i; k-- {
		if isStop(&m.toks[k]) {
			return k
		}
	}
	return -1
}

func isStop(t *text.Token) bool {
	return t.Kind == text.Punct && (t.Text == "." || t.Text == "!" || t.Text == "?" || t.Text == "…")
}

package quote

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"briefing/generator/meta/entity"
	"briefing/generator/meta/text"
)

// Quote is a direct quotation and who said it, when the article says.
type Quote struct {
	Text    string
	Speaker string
}

// minQuoteWords drops scare quotes ("old friend"): a quotation worth showing
// says something.
const minQuoteWords = 4

// Find returns the quotations of d, in document order, each once, with its
// speaker when the article names one: a person, or an organisation when no
// person speaks. names are the mentions meta/entity found in d.
func Find(d *text.Doc, names *entity.Analysis) []Quote {
	toks := d.Tokens()
	segs, kinds := segments(d, toks)
	if len(segs) == 0 {
		return nil
	}
	an := newScan(d, toks, names.Mentions, segs, kinds)
	an.attribute()
	return an.output()
}

// output joins each quotation's segments, drops the ones not worth showing
// and repeats.
func (an *scan) output() []Quote {
	var out []Quote
	seen := map[string]bool{}
	for q := 0; q < an.nq; q++ {
		var b strings.Builder
		for _, s := range an.segs[an.qsegs[q][0]:an.qsegs[q][1]] {
			t := strings.TrimSpace(an.d.Paragraphs[s.para][s.a:s.b])
			if t == "" {
				continue
			}
			if b.Len() > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(t)
		}
		t := strings.TrimRight(b.String(), ",;: ")
		if !worthShowing(t) || seen[t] {
			continue
		}
		seen[t] = true
		sp := an.completeName(an.speakers[q].name)
		if an.speakers[q].kind == entity.Person {
			sp = an.afterTitles(sp)
		}
		out = append(out, Quote{Text: t, Speaker: sp})
	}
	return out
}

// worthShowing reports whether t says something: enough words, and not a
// title or slogan in capitals ("Make America Great Again").
func worthShowing(t string) bool {
	words := strings.Fields(t)
	if len(words) < minQuoteWords {
		return false
	}
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && !minorWords[w] {
			return true
		}
	}
	last, _ := utf8.DecodeLastRuneInString(t)
	return last == '.' || last == '!' || last == '?'
}

// minorWords stay lower case in a title.
var minorWords = map[string]bool{
	"a": true, "an": true, "the": true, "of": true, "and": true, "or": true, "in": true, "on": true,
	"at": true, "to": true, "for": true, "by": true, "with": true, "from": true, "is": true,
}

// completeName mends a name the entity analysis cut at a middle initial
// ("Vladimir V" for "Vladimir V. Putin").
func (an *scan) completeName(name string) string {
	if full, ok := an.fullNames[name]; ok {
		return full
	}
	return name
}

// afterTitles drops what comes before the last title inside a person's
// name when a full name follows it: "Charlotte Mayor Jennifer Roberts" is
// Jennifer Roberts.
func (an *scan) afterTitles(name string) string {
	words := strings.Fields(name)
	cut := -1
	for i, w := range words[:max(len(words)-2, 0)] {
		if w = strings.TrimSuffix(w, "."); titleWord(w) || an.lx.titles[w] != unknown {
			cut = i
		}
	}
	if cut < 0 {
		return name
	}
	return strings.Join(words[cut+1:], " ")
}

// full is the complete name of person m (see completeName).
func (an *scan) full(m *entity.Mention) string {
	if full, ok := an.fullNames[m.Name]; ok {
		return full
	}
	return m.Name
}

// findFullNames finds, for each person named with a trailing initial, the
// name that follows the initial where a mention of it is followed by one.
func (an *scan) findFullNames() {
	for i := range an.mentions {
		m := &an.mentions[i]
		if j := strings.LastIndexByte(m.Name, ' '); m.Kind != entity.Person || j < 0 || len(m.Name)-j != 2 {
			continue
		}
		if _, ok := an.fullNames[m.Name]; ok {
			continue
		}
		if full := an.fullName(m); full != m.Name {
			if an.fullNames == nil {
				an.fullNames = map[string]string{}
			}
			an.fullNames[m.Name] = full
		}
	}
}

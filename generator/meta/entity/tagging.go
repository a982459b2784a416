package entity

import (
	"strings"
	"unicode/utf8"

	"briefing/generator/meta/tagger"
	"briefing/generator/meta/text"
)

// work is one document's analysis in progress.
type work struct {
	d      *text.Doc
	lx     *lexicon
	common text.Words

	sents []sent     // the tagger's sentences: headline first, then the body
	words [][]string // their words, as the tagger reads them
	found []found    // the names found, in document order
	names []name     // found grouped by kind and lower-case form
	caps  bool       // the headline is set in capitals
	sport bool       // the story is about sport (see sportsStory)

	surnames map[string]bool // last words of people's names: "May" of "Theresa May"
}

// sent is one sentence as the tagger read it.
type sent struct {
	para int            // index into d.Paragraphs; -1 for the headline
	toks []tagger.Token // offsets into the paragraph or headline
}

// found is one name the tagger found, then corrected by the word lists.
type found struct {
	kind       Kind
	form       string // as written, single-spaced
	sent       int    // index into work.sents
	a, b       int    // its words in the sentence: [a, b)
	conf       float64
	name       int // index into work.names, once grouped
	dropped    bool
	cued       bool // its kind comes from a sure cue in context: "daughter Florence"
	headline   bool
	start, end int // byte offsets in the paragraph (or headline)
}

// src returns the text a sentence's offsets index.
func (w *work) src(para int) string {
	if para < 0 {
		return w.d.Headline
	}
	return w.d.Paragraphs[para]
}

// tag runs the entity tagger over the headline and body as one document:
// the tagger reads how each word is written and tagged elsewhere in it, so
// a headline in capitals is read in the light of the body.
func (w *work) tag() {
	add := func(para int, s string) {
		for _, st := range tagger.Sentences(tagger.Tokenize(s)) {
			if para >= 0 && !w.mayName(st) {
				continue // no name to find: a seventh of the words, spared the tagger
			}
			w.sents = append(w.sents, sent{para: para, toks: st})
			w.words = append(w.words, tagger.Words(st))
		}
	}
	add(-1, w.d.Headline)
	w.caps = allCaps(w.d.Headline)
	for i, p := range w.d.Paragraphs {
		add(i, p)
	}
	if len(w.sents) == 0 {
		return
	}
	w.found = make([]found, 0, 32)
	for _, m := range tagger.Entities().Mentions(w.words) {
		f := w.at(kindOf(m.Type), m.Sentence, m.Start, m.End, m.Confidence)
		// other names (MISC: "Olympics", "Chinese") are kept dropped, so
		// that no word list finds a place inside "U.S. Open"
		f.dropped = f.kind == None
		w.found = append(w.found, f)
	}
}

// at is the name of kind k over words [a, b) of sentence s.
func (w *work) at(k Kind, s, a, b int, conf float64) found {
	st := &w.sents[s]
	start, end := st.toks[a].Start, st.toks[b-1].End
	src := w.src(st.para)
	// copy that lost a space: "(CNN)The State Department"
	if k := strings.LastIndexByte(src[start:end], ')'); k >= 0 && k+1 < end-start {
		start += k + 1
	}
	// a footnote mark the tokenizer left on the last word ("University of
	// Delaware*") is no part of the name, and would make a second term of it
	for end > start {
		r, n := utf8.DecodeLastRuneInString(src[start:end])
		if !strings.ContainsRune("*†‡", r) {
			break
		}
		end -= n
	}
	form := src[start:end]
	if strings.ContainsAny(form, "\t\n\r") || strings.Contains(form, "  ") {
		form = strings.Join(strings.Fields(form), " ")
	}
	return found{kind: k, form: form, sent: s, a: a, b: b, conf: conf, headline: st.para < 0, start: start, end: end}
}

func kindOf(t string) Kind {
	switch t {
	case "PER":
		return Person
	case "LOC":
		return Place
	case "ORG":
		return Organization
	}
	return None
}

// allCaps reports a headline set in capitals: letters, none of them lower
// case.
func allCaps(s string) bool {
	upper := 0
	for _, r := range s {
		switch {
		case r >= 'a' && r <= 'z':
			return false
		case r >= 'A' && r <= 'Z':
			upper++
		}
	}
	return upper >= 4
}

// mentions maps the names kept to the tokens of meta/text, which the quote
// extractor reads: body names to d.Tokens(), headline names to
// d.HeadlineTokens().
func (w *work) mentions(an *Analysis) {
	body := w.d.Tokens()
	var head []text.Token
	k := 0 // next body token to look at: found is in document order
	for i := range w.found {
		f := &w.found[i]
		if f.dropped {
			continue
		}
		n := &w.names[f.name]
		if n.into >= 0 {
			n = &w.names[n.into]
		}
		m := Mention{Kind: n.kind, Name: n.canon}
		para := w.sents[f.sent].para
		if para < 0 {
			if head == nil {
				head = w.d.HeadlineTokens()
			}
			if a, b, ok := overlap(head, 0, int32(para), f.start, f.end); ok {
				m.Start, m.End = a, b
				an.Headline = append(an.Headline, m)
			}
			continue
		}
		a, b, ok := overlap(body, k, int32(para), f.start, f.end)
		if !ok {
			continue
		}
		m.Start, m.End = a, b
		an.Mentions = append(an.Mentions, m)
		k = a
	}
}

// overlap finds, from index k on, the tokens of paragraph para that overlap
// the bytes [start, end): [a, b).
func overlap(toks []text.Token, k int, para int32, start, end int) (a, b int, ok bool) {
	s, e := int32(start), int32(end)
	for k < len(toks) && (toks[k].Para < para || toks[k].Para == para && toks[k].End <= s) {
		k++
	}
	a = k
	for k < len(toks) && toks[k].Para == para && toks[k].Start < e {
		k++
	}
	return a, k, k > a
}

// mayName reports a sentence with a capitalised word other than an
// ordinary word opening it: one without has no name for the tagger to find
// (CoNLL-2003 dev scores the same without them).
func (w *work) mayName(st []tagger.Token) bool {
	for i, t := range st {
		c := t.Text[0]
		if c >= 'A' && c <= 'Z' || c >= 0x80 {
			if i > 0 || !w.common.Has(strings.ToLower(t.Text)) {
				return true
			}
		}
	}
	return false
}

package text

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"briefing/generator/meta/tagger"
)

// Doc is the analysed form of an article shared by every extractor: the
// text as published, split into sentences that keep their position. A Doc
// belongs to one computation; it is not safe for concurrent use.
type Doc struct {
	Headline   string
	Paragraphs []string   // body paragraphs as published, furniture removed
	Sentences  []Sentence // every sentence of Paragraphs, in order

	tokens       []Token // see Tokens
	tokenized    bool
	sentenceToks [][2]int32 // see SentenceTokens
	headTokens   []Token    // see HeadlineTokens
	tagging      *tagger.Memo
}

// Sentence is one sentence of a Doc.
type Sentence struct {
	Text string // as written
	Para int    // index into Doc.Paragraphs
	Pos  int    // index of the sentence within its paragraph

	// Text is Paragraphs[Para][Start:End], byte offsets as in Token;
	// both are -1 when tidying mended the sentence (" ." at its end, a
	// list marker at its start) and it no longer matches the paragraph.
	Start, End int32
}

// Tokens returns the tokens of every paragraph, in order, tokenising the
// body on first use so the extractors share one pass.
func (d *Doc) Tokens() []Token {
	if !d.tokenized {
		n := 0
		for _, p := range d.Paragraphs {
			n += len(p) / 5
		}
		toks := make([]Token, 0, n+16)
		for i, p := range d.Paragraphs {
			toks = Tokenize(toks, p, i)
		}
		d.tokens, d.tokenized = toks, true
	}
	return d.tokens
}

// HeadlineTokens returns the tokens of the headline (Para -1), tokenising
// it on first use.
func (d *Doc) HeadlineTokens() []Token {
	if d.headTokens == nil {
		d.headTokens = Tokenize(make([]Token, 0, 16), d.Headline, -1)
	}
	return d.headTokens
}

// Tagging returns the memo of the parts of speech and chunks tagged for
// the document, so that the extractors that tag the same sentence (figures,
// trimming) share one tagging of it.
func (d *Doc) Tagging() *tagger.Memo {
	if d.tagging == nil {
		d.tagging = new(tagger.Memo)
	}
	return d.tagging
}

// SentenceTokens returns the tokens of sentence i and the text their
// offsets index: its paragraph, sharing the Doc's tokens, or the sentence's
// own Text when that no longer matches the paragraph (see Sentence).
func (d *Doc) SentenceTokens(i int) (src string, toks []Token) {
	s := &d.Sentences[i]
	if s.Start < 0 {
		return s.Text, Tokenize(nil, s.Text, s.Para)
	}
	if d.sentenceToks == nil {
		d.findSentenceTokens()
	}
	r := d.sentenceToks[i]
	return d.Paragraphs[s.Para], d.tokens[r[0]:r[1]:r[1]]
}

// findSentenceTokens finds the tokens of every sentence that matches its
// paragraph, in one pass over both.
func (d *Doc) findSentenceTokens() {
	all := d.Tokens()
	d.sentenceToks = make([][2]int32, len(d.Sentences))
	k := 0
	for i, s := range d.Sentences {
		if s.Start < 0 {
			continue
		}
		para, start, end := int32(s.Para), s.Start, s.End
		for k < len(all) && (all[k].Para < para || all[k].Para == para && all[k].Start < start) {
			k++
		}
		a := k
		for k < len(all) && all[k].Para == para && all[k].End <= end {
			k++
		}
		d.sentenceToks[i] = [2]int32{int32(a), int32(k)}
	}
}

// Prepare strips the furniture wire and web copy carries (bylines,
// datelines, photo credits, calls to action) and splits what is left into
// sentences, as written.
func Prepare(headline string, paragraphs []string) *Doc {
	d := &Doc{Headline: strings.TrimSpace(headline), Paragraphs: make([]string, 0, len(paragraphs))}
	var spans []span
	for _, p := range paragraphs {
		p = stripLeadFurniture(strings.TrimSpace(p))
		if p == "" || furnitureParagraph(p) {
			continue
		}
		spans = sentenceSpans(p, spans[:0])
		para, first := len(d.Paragraphs), len(d.Sentences)
		for _, sp := range spans {
			s := p[sp.start:sp.end]
			t := stripCapsHeading(unglueDateline(tidySentence(s), paragraphs))
			if t == "" || furnitureSentence(t) || outletNote(t) || headingLine(s) {
				continue
			}
			st := Sentence{Text: t, Para: para, Pos: len(d.Sentences) - first, Start: int32(sp.start), End: int32(sp.end)}
			if t != s {
				st.Start, st.End = -1, -1
			}
			d.Sentences = append(d.Sentences, st)
		}
		kept := d.Sentences[first:]
		if len(kept) == 0 {
			continue
		}
		if len(kept) != len(spans) {
			// Furniture was dropped: the paragraph is what is left, and
			// every sentence of it now matches it.
			n := len(kept) - 1
			for _, s := range kept {
				n += len(s.Text)
			}
			var b strings.Builder
			b.Grow(n)
			for k := range kept {
				if k > 0 {
					b.WriteByte(' ')
				}
				kept[k].Start = int32(b.Len())
				b.WriteString(kept[k].Text)
				kept[k].End = int32(b.Len())
			}
			p = b.String()
		}
		d.Paragraphs = append(d.Paragraphs, p)
	}
	return d
}

// tidySentence mends the " ." that scraped copy leaves where a line break
// was, and drops sentences that are nothing but punctuation.
func tidySentence(s string) string {
	for strings.HasSuffix(s, " .") {
		s = strings.TrimSpace(s[:len(s)-2])
		if s != "" && !strings.ContainsRune(".!?\"”’'", lastRuneOf(s)) {
			s += "."
		}
	}
	// A list marker or the stray period of a scraped line break.
	for _, lead := range []string{". ", "- ", "* ", "• ", "– ", "— "} {
		if strings.HasPrefix(s, lead) {
			s = strings.TrimSpace(s[len(lead):])
		}
	}
	for _, r := range s {
		if wordRune(r) {
			return s
		}
	}
	return ""
}

func lastRuneOf(s string) rune {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] < 0x80 || s[i] >= 0xC0 {
			return []rune(s[i:])[0]
		}
	}
	return 0
}

// headingMax is the most words a line without a stop of its own may have
// and still be taken for a heading.
const headingMax = 14

// headingLine reports a line the page set apart with no stop of its own,
// short enough to be a heading, not a sentence that lost its stop: a
// subheading ("Safety at Ebola funerals"), a related story's headline
// inserted between paragraphs ("Kerry denounces GOP letter to Iran
// leaders"), a label ("Last known altitude: 11,400 feet"). Scraped copy
// marks the line break with " ."; s is the sentence as split, before
// tidySentence mends that. A line that introduces what follows ("she
// wrote:") or holds a quotation is left to the quotation finder.
func headingLine(s string) bool {
	body, ok := strings.CutSuffix(s, " .")
	if !ok {
		return false
	}
	body = strings.TrimSpace(body)
	if body == "" || strings.ContainsRune(".!?:\"“”'’", lastRuneOf(body)) || strings.ContainsAny(body, "\"“”") {
		return false
	}
	n := 0
	for range strings.FieldsSeq(body) {
		n++
	}
	return n <= headingMax
}

// stripCapsHeading removes a subheading in capitals that a page ran into
// the sentence after it: "HOW IT ALL STARTED The first Academy Awards
// ..." (bbc/entertainment/314), "KEY MATCH STATS - BRENTFORD are the
// lowest ranked club ..." (bbc/sport/180). The heading is three words in
// capitals or more, or two with one of five letters or more, before a
// dash or colon or before a word in mixed case; "UKIP MEP Roger Knapman"
// and "ABN AMRO" are names.
func stripCapsHeading(s string) string {
	if len(s) < 2 || !upperASCII(rune(s[0])) || !upperASCII(rune(s[1])) {
		return s // the common case: no heading
	}
	n, longest, at := 0, 0, 0
	for at < len(s) {
		end := strings.IndexByte(s[at:], ' ')
		if end < 0 {
			return s
		}
		w := s[at : at+end]
		if !capsWord(w) {
			break
		}
		n++
		longest = max(longest, len(w))
		at += end + 1
	}
	if n < 2 || n == 2 && longest < 5 {
		return s
	}
	rest, sep := s[at:], false
	for _, mark := range []string{"- ", "-- ", "– ", "— ", ": "} {
		if after, ok := strings.CutPrefix(rest, mark); ok {
			rest, sep = after, true
			break
		}
	}
	if !sep && capsWord(strings.SplitN(rest, " ", 2)[0]) {
		return s
	}
	r, _ := utf8.DecodeRuneInString(rest)
	if !unicode.IsUpper(r) || strings.Count(rest, " ") < 3 {
		return s
	}
	return rest
}

// capsWord reports a word written in capitals, as a heading is: letters
// A-Z, with digits, apostrophes, hyphens, "&" and a closing comma.
func capsWord(w string) bool {
	letters := 0
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case c >= 'A' && c <= 'Z':
			letters++
		case c >= '0' && c <= '9', c == '\'', c == '-', c == '&', c == ',' && i == len(w)-1:
		default:
			return false
		}
	}
	return letters > 0
}

// unglueDateline removes a place run into the first word of a sentence
// where a page lost the break after a dateline ("LondonApple CEO Tim Cook
// ..."): the word is two capitalised words written together, the first
// of four letters or more, and the article writes it nowhere else but
// uses its second half on its own ("Apple"). A brand written so
// ("WhatsApp", "SoftBank") is written so again, or its half is not.
func unglueDateline(t string, paragraphs []string) string {
	end := strings.IndexByte(t, ' ')
	if end < 0 {
		return t
	}
	w := t[:end]
	k := 1
	for k < len(w) && w[k] >= 'a' && w[k] <= 'z' {
		k++
	}
	if w[0] < 'A' || w[0] > 'Z' || k < 4 || k >= len(w) || w[k] < 'A' || w[k] > 'Z' {
		return t
	}
	rest := k + 1
	for rest < len(w) && w[rest] >= 'a' && w[rest] <= 'z' {
		rest++
	}
	if rest-k < 3 || rest < len(w) && w[rest] != '\'' && w[rest] != ',' {
		return t
	}
	half := w[k:rest]
	glued, alone := 0, 0
	for _, p := range paragraphs {
		glued += strings.Count(p, w[:rest])
		for f := range strings.FieldsFuncSeq(p, func(r rune) bool { return !unicode.IsLetter(r) }) {
			if f == half {
				alone++
			}
		}
	}
	if glued != 1 || alone == 0 {
		return t
	}
	return t[k:]
}

package text

import "strings"

// Doc is the analysed form of an article shared by every extractor: the
// text as published, split into sentences that keep their position. A Doc
// belongs to one computation; it is not safe for concurrent use.
type Doc struct {
	Headline   string
	Paragraphs []string   // body paragraphs as published, furniture removed
	Sentences  []Sentence // every sentence of Paragraphs, in order

	tokens    []Token // see Tokens
	tokenized bool
}

// Sentence is one sentence of a Doc.
type Sentence struct {
	Text string // as written
	Para int    // index into Doc.Paragraphs
	Pos  int    // index of the sentence within its paragraph
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

// Prepare strips the furniture wire and web copy carries (bylines,
// datelines, photo credits, calls to action) and splits what is left into
// sentences, as written.
func Prepare(headline string, paragraphs []string) *Doc {
	d := &Doc{Headline: strings.TrimSpace(headline), Paragraphs: make([]string, 0, len(paragraphs))}
	var buf []string
	for _, p := range paragraphs {
		p = stripLeadFurniture(strings.TrimSpace(p))
		if p == "" || furnitureParagraph(p) {
			continue
		}
		buf = SplitSentences(p, buf[:0])
		kept := buf[:0]
		for _, s := range buf {
			if s = tidySentence(s); s != "" && !furnitureSentence(s) {
				kept = append(kept, s)
			}
		}
		if len(kept) == 0 {
			continue
		}
		if len(kept) != len(buf) {
			p = strings.Join(kept, " ")
		}
		para := len(d.Paragraphs)
		d.Paragraphs = append(d.Paragraphs, p)
		for j, s := range kept {
			d.Sentences = append(d.Sentences, Sentence{Text: s, Para: para, Pos: j})
		}
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

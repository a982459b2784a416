package figure

import (
	"strings"

	"briefing/generator/meta/tagger"
)

// clause is one sentence read by the tagger: its words, their parts of
// speech and the phrases (chunks) they make. The figure's measure is read
// off the phrases around its value.
type clause struct {
	text    string
	toks    []tagger.Token // offsets into text
	pos     []string
	chunks  []chunk
	chunkOf []int // per token: its chunk, or -1
}

// chunk is a phrase of a clause: tokens [a,b) of type typ ("NP", "VP",
// "PP", "ADVP", ...; "O" for a token outside every phrase).
type chunk struct {
	typ  string
	a, b int
}

// parse tags sentence text through tags, the document's memo. Currency
// signs the tagger never saw in its Reuters training text read as "$", and
// amounts written with a scale ("546m", "2bn") as plain numbers, so that
// they tag as numbers do.
func parse(text string, tags *tagger.Memo) *clause {
	cl := &clause{text: text, toks: tagger.Tokenize(text)}
	words := make([]string, len(cl.toks))
	for i, t := range cl.toks {
		words[i] = tagWord(t.Text)
	}
	pos, chunks := tags.POSChunks(words)
	cl.pos = pos
	cl.chunkOf = make([]int, len(words))
	for i := range cl.chunkOf {
		cl.chunkOf[i] = -1
	}
	spans := tagger.Spans(chunks)
	k := 0
	for i := 0; i < len(words); {
		if k < len(spans) && spans[k].Start == i {
			sp := spans[k]
			for j := sp.Start; j < sp.End; j++ {
				cl.chunkOf[j] = len(cl.chunks)
			}
			cl.chunks = append(cl.chunks, chunk{sp.Type, sp.Start, sp.End})
			i = sp.End
			k++
			continue
		}
		cl.chunkOf[i] = len(cl.chunks)
		cl.chunks = append(cl.chunks, chunk{"O", i, i + 1})
		i++
	}
	return cl
}

// tagWord is the word the tagger reads for token w.
func tagWord(w string) string {
	switch w {
	case "£", "€", "¥", "₹", "₽", "US$":
		return "$"
	}
	if w != "" && w[0] >= '0' && w[0] <= '9' {
		for _, s := range scaleSuffixes {
			if strings.HasSuffix(w, s) && isNumber(w[:len(w)-len(s)]) {
				return w[:len(w)-len(s)]
			}
		}
	}
	return w
}

func isNumber(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; (c < '0' || c > '9') && c != '.' && c != ',' {
			return false
		}
	}
	return true
}

// word returns token i's text, lower-cased.
func (cl *clause) word(i int) string { return strings.ToLower(cl.toks[i].Text) }

// span returns the text of tokens [a,b).
func (cl *clause) span(a, b int) string {
	if a >= b {
		return ""
	}
	return cl.text[cl.toks[a].Start:cl.toks[b-1].End]
}

// tokenAt returns the token starting at or covering byte offset off, or -1.
func (cl *clause) tokenAt(off int) int {
	for i, t := range cl.toks {
		if t.End > off {
			if t.Start <= off || i == 0 || cl.toks[i-1].End <= off {
				return i
			}
		}
	}
	return -1
}

// noun reports whether token i is a noun.
func (cl *clause) noun(i int) bool { return strings.HasPrefix(cl.pos[i], "NN") }

// proper reports whether token i is a proper noun.
func (cl *clause) proper(i int) bool { return strings.HasPrefix(cl.pos[i], "NNP") }

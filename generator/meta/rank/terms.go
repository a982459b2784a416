package rank

import (
	"unicode"
	"unicode/utf8"

	"briefing/generator/meta/text"
)

// termVocab turns sentences into the ids of their stemmed content words. One
// serves one document; words are interned once, so a sentence costs
// map lookups, not allocations.
type termVocab struct {
	ids  map[string]int32
	buf  []byte
	stop map[string]bool // stopwords
}

func newTermVocab(size int) *termVocab {
	return &termVocab{ids: make(map[string]int32, size), buf: make([]byte, 0, 32), stop: lex().stopwords}
}

// terms appends to dst the term ids of the tokens toks, whose offsets
// index src, and reports how many words they hold. The words are the text
// tokenizer's, normalised: lower case, curly apostrophes straight, and
// split where the tokenizer joins the parts of one name or number ("U.S.",
// "AT&T", "well-known", "1.13"); an apostrophe stays only before a letter
// ("don't", "rock'n'roll").
func (v *termVocab) terms(src string, toks []text.Token, dst []int32) ([]int32, int) {
	words := 0
	b := v.buf[:0]
	for k := range toks {
		t := &toks[k]
		if t.Kind == text.Punct {
			continue
		}
		w := t.Text
		if t.Is(text.Possessive) {
			// the word as written: add drops the 's as it drops any other
			end := int(t.End) + len("'s")
			if src[t.End] != '\'' {
				end = int(t.End) + len("’s")
			}
			w = src[t.Start:end]
		}
		for i := 0; i < len(w); {
			if c := w[i]; c < utf8.RuneSelf {
				i++
				switch {
				case c >= 'a' && c <= 'z' || c >= '0' && c <= '9':
					b = append(b, c)
					continue
				case c >= 'A' && c <= 'Z':
					b = append(b, c+'a'-'A')
					continue
				case c == '\'' && len(b) > 0 && i < len(w) && asciiLetter(w[i]):
					b = append(b, '\'')
					continue
				}
			} else {
				r, size := utf8.DecodeRuneInString(w[i:])
				i += size
				switch {
				case r == '’' && len(b) > 0 && i < len(w) && asciiLetter(w[i]):
					b = append(b, '\'')
					continue
				case unicode.IsLetter(r):
					b = utf8.AppendRune(b, unicode.ToLower(r))
					continue
				}
			}
			if len(b) > 0 { // a mark inside the token ends a word: "well-known"
				words++
				dst = v.add(b, dst)
				b = b[:0]
			}
		}
		if len(b) > 0 {
			words++
			dst = v.add(b, dst)
			b = b[:0]
		}
	}
	v.buf = b
	return dst, words
}

func asciiLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

func (v *termVocab) add(w []byte, dst []int32) []int32 {
	if n := len(w); n > 2 && w[n-2] == '\'' && w[n-1] == 's' {
		w = w[:n-2]
	}
	if len(w) < 2 || v.stop[string(w)] {
		return dst
	}
	w = lightStem(w)
	id, ok := v.ids[string(w)]
	if !ok {
		id = int32(len(v.ids))
		v.ids[string(w)] = id
	}
	return append(dst, id)
}

// lightStem is a light suffix stripper in the spirit of Porter's step 1: enough
// to match "companies" with "company" and "rose" apart from "rising" is
// no loss for sentence similarity, and it is many times faster than
// Snowball. It may rewrite w in place.
func lightStem(w []byte) []byte {
	n := len(w)
	if n <= 3 || w[0] >= '0' && w[0] <= '9' {
		return w
	}
	switch {
	case hasSuffixBytes(w, "sses"):
		w = w[:n-2]
	case hasSuffixBytes(w, "ies"):
		w = w[:n-2]
		w[len(w)-1] = 'i'
	case w[n-1] == 's' && w[n-2] != 's' && w[n-2] != 'u' && w[n-2] != 'i':
		w = w[:n-1]
	}
	n = len(w)
	switch {
	case n > 5 && hasSuffixBytes(w, "ing"):
		w = undoubleConsonant(w[:n-3])
	case n > 4 && hasSuffixBytes(w, "ed") && !hasSuffixBytes(w, "eed"):
		w = undoubleConsonant(w[:n-2])
	case n > 5 && hasSuffixBytes(w, "ly"):
		w = w[:n-2]
	}
	n = len(w)
	switch {
	case n > 3 && w[n-1] == 'e':
		w = w[:n-1]
	case n > 3 && w[n-1] == 'y':
		w[n-1] = 'i'
	}
	return w
}

func hasSuffixBytes(w []byte, s string) bool {
	return len(w) >= len(s) && string(w[len(w)-len(s):]) == s
}

// undoubleConsonant turns "runn" into "run" after "-ing" is gone.
func undoubleConsonant(w []byte) []byte {
	n := len(w)
	if n > 3 && w[n-1] == w[n-2] && w[n-1] != 'l' && w[n-1] != 's' && w[n-1] != 'z' {
		return w[:n-1]
	}
	return w
}

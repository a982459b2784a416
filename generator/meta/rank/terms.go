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
	ids map[string]int32
	buf []byte
}

func newTermVocab(size int) *termVocab {
	return &termVocab{ids: make(map[string]int32, size), buf: make([]byte, 0, 32)}
}

// terms appends to dst the term ids of the tokens toks, whose offsets
// index src, and reports how many words they hold. The words are the text
// tokenizer's, normalised: lower case, curly apostrophes straight, and
// split where the tokenizer joins the parts of one name or number ("U.S.",
// "AT&T", "well-known", "1.13"); an apostrophe stays only before a letter
// ("don't", "rock'n'roll").
func (v *termVocab) terms(src string, toks []text.Token, dst []int32) ([]int32, int) {
	words := 0
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
		dst = v.word(w, dst, &words)
	}
	return dst, words
}

// word appends the term ids of the parts of token w, counting the parts.
func (v *termVocab) word(w string, dst []int32, words *int) []int32 {
	b := v.buf[:0]
	for i := 0; i <= len(w); {
		r, size := ' ', 1
		if i < len(w) {
			if c := w[i]; c < utf8.RuneSelf {
				r = rune(c)
			} else {
				r, size = utf8.DecodeRuneInString(w[i:])
			}
		}
		i += size
		switch {
		case r >= 'a' && r <= 'z' || r >= '0' && r <= '9':
			b = append(b, byte(r))
			continue
		case r >= 'A' && r <= 'Z':
			b = append(b, byte(r)+'a'-'A')
			continue
		case r == '\'' || r == '’':
			if len(b) > 0 && i < len(w) && asciiLetter(w[i]) {
				b = append(b, '\'')
				continue
			}
		case r >= utf8.RuneSelf && unicode.IsLetter(r):
			b = utf8.AppendRune(b, unicode.ToLower(r))
			continue
		}
		if len(b) > 0 {
			*words++
			dst = v.add(b, dst)
			b = b[:0]
		}
	}
	v.buf = b
	return dst
}

func asciiLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

func (v *termVocab) add(w []byte, dst []int32) []int32 {
	if n := len(w); n > 2 && w[n-2] == '\'' && w[n-1] == 's' {
		w = w[:n-2]
	}
	if len(w) < 2 || stopwords[string(w)] {
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

// stopwords carry no topic; reporting verbs and titles are included
// because every sentence of news has them.
var stopwords = stringSet(
	"a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and",
	"any", "are", "aren't", "as", "at", "be", "because", "been", "before", "being", "below",
	"between", "both", "but", "by", "can", "can't", "cannot", "could", "couldn't", "did",
	"didn't", "do", "does", "doesn't", "doing", "don't", "down", "during", "each", "few",
	"for", "from", "further", "had", "hadn't", "has", "hasn't", "have", "haven't", "having",
	"he", "he'd", "he'll", "he's", "her", "here", "here's", "hers", "herself", "him",
	"himself", "his", "how", "how's", "i", "i'd", "i'll", "i'm", "i've", "if", "in", "into",
	"is", "isn't", "it", "it's", "its", "itself", "let's", "me", "more", "most", "mustn't",
	"my", "myself", "no", "nor", "not", "of", "off", "on", "once", "only", "or", "other",
	"ought", "our", "ours", "ourselves", "out", "over", "own", "same", "shan't", "she",
	"she'd", "she'll", "she's", "should", "shouldn't", "so", "some", "such", "than", "that",
	"that's", "the", "their", "theirs", "them", "themselves", "then", "there", "there's",
	"these", "they", "they'd", "they'll", "they're", "they've", "this", "those", "through",
	"to", "too", "under", "until", "up", "very", "was", "wasn't", "we", "we'd", "we'll",
	"we're", "we've", "were", "weren't", "what", "what's", "when", "when's", "where",
	"where's", "which", "while", "who", "who's", "whom", "why", "why's", "will", "with",
	"won't", "would", "wouldn't", "you", "you'd", "you'll", "you're", "you've", "your",
	"yours", "yourself", "yourselves", "said", "says", "say", "saying", "told", "tell",
	"mr", "mrs", "ms", "dr", "just", "now", "new", "one", "two", "year", "years", "also",
	"like", "may", "might", "must", "yet", "still", "even", "well", "much", "many", "back",
	"get", "got", "make", "made", "per", "cent", "s", "t", "ve", "ll", "re", "d", "m",
	"last", "first", "since", "however", "according", "added", "around", "another", "way")

func stringSet(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

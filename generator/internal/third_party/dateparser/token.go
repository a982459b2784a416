package dateparser

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// token is a run of ASCII digits or of letters; what lies between two
// tokens (spaces, punctuation) is the second one's gap.
type token struct {
	gap  string // the text before the token, back to the previous one
	text string // the digits, or the word in lower case
	num  int    // a number's value; -1 for a word or an over-long number
	ord  bool   // a number with an ordinal suffix: 2nd, 1er, 3º
}

func (t token) isNum() bool  { return t.num >= 0 }
func (t token) isWord() bool { return t.num < 0 && !isDigit(t.text[0]) }

// digits is the length of a number, 0 for a word.
func (t token) digits() int {
	if t.isWord() {
		return 0
	}
	return len(t.text)
}

// sep is the gap without its spaces.
func (t token) sep() string { return strings.TrimSpace(t.gap) }

// spaced reports whether the gap holds white space.
func (t token) spaced() bool { return strings.TrimSpace(t.gap) != t.gap }

// ordinalSuffixes follow a day number: 1st, 2nd, 3rd, 4th, 1er, 1re,
// 2e, 2ème, 1º, 1ª. (Not 1a or 1o: "10a.m." is a time.)
var ordinalSuffixes = []string{"st", "nd", "rd", "th", "er", "re", "e", "eme", "ème", "º", "ª"}

// tokenize splits s into numbers and words. Chinese, Japanese and
// Korean characters are one word each, so 2006年1月2日 gives 2006, 年, 1,
// 月, 2, 日.
func tokenize(s string) []token {
	var toks []token
	gapStart := 0
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		var end int
		switch {
		case isDigit(s[i]):
			end = i + 1
			for end < len(s) && isDigit(s[end]) {
				end++
			}
		case isCJK(r):
			end = i + size
		case unicode.IsLetter(r):
			end = i + size
			for end < len(s) {
				r, size := utf8.DecodeRuneInString(s[end:])
				if isCJK(r) || !unicode.IsLetter(r) && !unicode.Is(unicode.Mn, r) {
					break
				}
				end += size
			}
		default:
			i += size
			continue
		}
		t := token{gap: s[gapStart:i], text: s[i:end], num: -1}
		if isDigit(s[i]) {
			if len(t.text) <= 9 {
				t.num = atoi(t.text)
			}
		} else {
			t.text = strings.ToLower(t.text)
			// An ordinal suffix joins the number before it.
			if n := len(toks); n > 0 && t.gap == "" && toks[n-1].isNum() && !toks[n-1].ord && oneOf(t.text, ordinalSuffixes) {
				toks[n-1].ord = true
				i, gapStart = end, end
				continue
			}
		}
		toks = append(toks, t)
		i, gapStart = end, end
	}
	return toks
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

func isCJK(r rune) bool {
	return r >= 0x1100 && (unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hangul, r) ||
		unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r))
}

func atoi(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}

func oneOf(s string, list []string) bool {
	for _, x := range list {
		if s == x {
			return true
		}
	}
	return false
}

package ptron

import (
	"unicode"
	"unicode/utf8"
)

// Token is what the features need of one word, worked out once: hashes of
// its forms and affixes, and its flags. Preparing a sentence costs one pass
// over its bytes and allocates nothing.
type Token struct {
	Lower uint64    // lower-cased, digits as 0, typographic punctuation as ASCII
	Word  uint64    // as written (digits as 0, punctuation as ASCII)
	Shape uint64    // character classes, repeats collapsed: "Xx", "XX", "d-d"
	Pre   [4]uint64 // lower-cased prefixes of 1-4 runes; 0 when not shorter than the word
	Suf   [4]uint64 // lower-cased suffixes of 1-4 runes; 0 when not shorter than the word
	Flags uint16
	Runes uint8 // length in runes, at most 255
}

// Token flags.
const (
	FCap     uint16 = 1 << iota // first rune is upper case
	FAllCaps                    // has letters, none lower case
	FLower                      // has letters, all lower case
	FDigit                      // has a digit
	FHyphen                     // has a hyphen inside
	FPunct                      // no letter and no digit
	FInitial                    // first word of the sentence (after opening punctuation)
	FAlpha                      // has a letter
)

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// HashString is FNV-1a over s: used for tag names fed as features.
func HashString(s string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(s); i++ {
		h = (h ^ uint64(s[i])) * fnvPrime
	}
	return h
}

// normRune maps typographic punctuation to the ASCII that CoNLL's Reuters
// text uses, so "Germany’s" and "Germany's" share features. A rune may map to
// two ASCII bytes (the em dash is "--" in the Penn Treebank); b is 0 then.
func normRune(r rune) (a, b rune) {
	switch r {
	case '\u2018', '\u2019', '\u201a', '\u201b', '\u2032', '`':
		return '\'', 0
	case '\u201c', '\u201d', '\u201e', '\u201f', '\u2033', '\u00ab', '\u00bb':
		return '"', 0
	case '\u2013', '\u2010', '\u2011', '\u2212':
		return '-', 0
	case '\u2014', '\u2015':
		return '-', '-'
	case '\u00a0':
		return ' ', 0
	}
	return r, 0
}

// shapeClass is the shape character of a rune.
func shapeClass(r rune) rune {
	switch {
	case 'a' <= r && r <= 'z':
		return 'x'
	case 'A' <= r && r <= 'Z':
		return 'X'
	case '0' <= r && r <= '9':
		return 'd'
	case r < utf8.RuneSelf:
		return r
	case unicode.IsUpper(r):
		return 'X'
	case unicode.IsLetter(r):
		return 'x'
	case unicode.IsDigit(r):
		return 'd'
	}
	return 'u'
}

// maxAffix is the longest prefix or suffix, in runes.
const maxAffix = 4

// Prepare fills t from word w.
func Prepare(t *Token, w string) {
	*t = Token{}
	lower, word, shape := uint64(fnvOffset), uint64(fnvOffset), uint64(fnvOffset)
	var lastShape rune
	var letters, uppers, lowers int
	// ring of the lower-cased bytes of the last runes, for suffixes
	var ring [maxAffix][4]byte
	var ringLen [maxAffix]uint8
	n := 0
	dots := abbrevDots(w)
	for i, r := range w {
		if dots && r == '.' {
			continue
		}
		a, b := normRune(r)
		for k, r := range [2]rune{a, b} {
			if k == 1 && r == 0 {
				break
			}
			cls := shapeClass(r)
			switch cls {
			case 'X':
				letters++
				uppers++
				if n == 0 {
					t.Flags |= FCap
				}
			case 'x':
				letters++
				lowers++
			case 'd':
				t.Flags |= FDigit
				r = '0'
			case '-':
				if i > 0 && i < len(w)-1 {
					t.Flags |= FHyphen
				}
			}
			if cls != lastShape {
				shape = hashRune(shape, cls)
				lastShape = cls
			}
			word = hashRune(word, r)
			lr := r
			if cls == 'X' {
				lr = unicode.ToLower(r)
			}
			lower = hashRune(lower, lr)
			if n < maxAffix {
				t.Pre[n] = lower
			}
			slot := n % maxAffix
			ringLen[slot] = uint8(utf8.EncodeRune(ring[slot][:], lr))
			n++
		}
	}
	t.Lower, t.Word, t.Shape = lower, word, shape
	if n > 255 {
		t.Runes = 255
	} else {
		t.Runes = uint8(n)
	}
	// prefixes and suffixes as long as the word are the word itself
	for k := range maxAffix {
		if k+1 >= n {
			t.Pre[k] = 0
		}
	}
	for k := 0; k < maxAffix && k+1 < n; k++ {
		h := uint64(fnvOffset)
		for j := k; j >= 0; j-- {
			slot := (n - 1 - j) % maxAffix
			for _, c := range ring[slot][:ringLen[slot]] {
				h = (h ^ uint64(c)) * fnvPrime
			}
		}
		t.Suf[k] = h
	}
	if letters > 0 {
		t.Flags |= FAlpha
	}
	switch {
	case letters > 0 && lowers == 0:
		t.Flags |= FAllCaps
	case letters > 0 && uppers == 0:
		t.Flags |= FLower
	case letters == 0 && t.Flags&FDigit == 0:
		t.Flags |= FPunct
	}
}

// abbrevDots says w is a capitalised abbreviation whose full stops the
// features ignore: "U.S." reads as "US" and "Mr." as "Mr", since style
// guides differ on them (CoNLL's Reuters writes "U.S.", the BBC "US").
// Lower-case ones keep theirs: "a.m." is not "am".
func abbrevDots(w string) bool {
	if w == "" || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	dot := false
	for i := 1; i < len(w); i++ {
		switch c := w[i]; {
		case c == '.':
			dot = true
		case 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z':
		default:
			return false
		}
	}
	return dot
}

func hashRune(h uint64, r rune) uint64 {
	if r < utf8.RuneSelf {
		return (h ^ uint64(r)) * fnvPrime
	}
	var b [4]byte
	for _, c := range b[:utf8.EncodeRune(b[:], r)] {
		h = (h ^ uint64(c)) * fnvPrime
	}
	return h
}

// PrepareSentence fills toks (grown as needed) for words and marks the
// first word. It reports whether the sentence is set in capitals (a
// headline): at least two words with letters, none with a lower-case letter.
func PrepareSentence(toks []Token, words []string) ([]Token, bool) {
	toks = toks[:0]
	caps, lettered := true, 0
	first := true
	for _, w := range words {
		toks = append(toks, Token{})
		t := &toks[len(toks)-1]
		Prepare(t, w)
		if first && t.Flags&FPunct == 0 {
			t.Flags |= FInitial
			first = false
		}
		if t.Flags&FAlpha != 0 {
			lettered++
			if t.Flags&FAllCaps == 0 {
				caps = false
			}
		}
	}
	return toks, caps && lettered >= 2
}

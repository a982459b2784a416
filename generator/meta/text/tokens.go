package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Token is one word, number or punctuation mark of a paragraph. Every
// extractor and the ranker read the same tokens, made once per Doc (see
// Doc.Tokens).
type Token struct {
	Text       string // as written; a possessive 's is cut off (see Possessive)
	Start, End int32  // byte offsets of Text in its paragraph
	Para       int32  // the paragraph's index, as given to Tokenize
	Kind       Kind
	Flags      Flag
}

// Kind says what a token is.
type Kind uint8

const (
	Word   Kind = iota // starts with a letter
	Number             // starts with a digit
	Punct              // one punctuation rune
)

// Flag marks what else is known of a token.
type Flag uint16

const (
	Cap        Flag = 1 << iota // first letter upper case
	AllCaps                     // two or more letters, all upper case: "CCTV"
	Camel                       // upper case after lower case inside: "TimeWarner"
	SentStart                   // first word of a sentence or of a quotation
	Possessive                  // a possessive 's was cut off: "Russia's"
	OpenQuote                   // punctuation: an opening quotation mark
	CloseQuote                  // punctuation: a closing quotation mark
)

// Is reports whether t has any of the flags f.
func (t *Token) Is(f Flag) bool { return t.Flags&f != 0 }

func isLetter(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
	}
	return unicode.IsLetter(r)
}

func isDigit(r rune) bool { return '0' <= r && r <= '9' }

func runeAt(s string, i int) (rune, int) {
	if i >= len(s) {
		return 0, 0
	}
	if c := s[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(s[i:])
}

// Tokenize appends the tokens of paragraph p (index para) to dst.
func Tokenize(dst []Token, p string, para int) []Token {
	abbrevs := lex().abbreviations
	sent := true // the next word starts a sentence
	for i := 0; i < len(p); {
		r, size := runeAt(p, i)
		if r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == 0xa0 {
			i += size
			continue
		}
		if !isLetter(r) && !isDigit(r) {
			t := Token{Text: p[i : i+size], Start: int32(i), End: int32(i + size), Para: int32(para), Kind: Punct}
			switch r {
			case '.', '!', '?', '…':
				sent = r != '.' || !abbrevBefore(dst, para, abbrevs)
			case ';':
				// not a sentence end, but a clause boundary handled by callers
			case '"', '“', '”', '‘', '’', '\'':
				open := r == '“' || r == '‘'
				if r == '"' || r == '\'' {
					prev, _ := utf8.DecodeLastRuneInString(p[:i])
					open = i == 0 || unicode.IsSpace(prev) || prev == '(' || prev == '[' || prev == '—' || prev == '-' || prev == 0xa0
				}
				if open {
					t.Flags |= OpenQuote
					sent = true
				} else {
					t.Flags |= CloseQuote
				}
			}
			dst = append(dst, t)
			i += size
			continue
		}
		// A word or number: letters and digits joined by inner hyphens,
		// apostrophes, dots (U.S., 1.13, Amazon.com) and digit commas (464,000).
		j := i + size
		dots := false
		for j < len(p) {
			c, n := runeAt(p, j)
			if isLetter(c) || isDigit(c) {
				j += n
				continue
			}
			next, m := runeAt(p, j+n)
			if m == 0 || !(isLetter(next) || isDigit(next)) {
				break
			}
			prev, _ := utf8.DecodeLastRuneInString(p[:j])
			ok := false
			switch c {
			case '-', '\'', '’', '&':
				ok = true
			case '.':
				ok = true
				dots = true
			case ',':
				ok = isDigit(prev) && isDigit(next)
			}
			if !ok {
				break
			}
			j += n
		}
		// "U.S." keeps its final dot; it is part of the abbreviation.
		if dots && j < len(p) && p[j] == '.' && isInitialism(p[i:j]) {
			j++
		}
		t := Token{Start: int32(i), End: int32(j), Para: int32(para)}
		w := p[i:j]
		if strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") {
			if strings.HasSuffix(w, "'s") {
				w = w[:len(w)-2]
			} else {
				w = w[:len(w)-len("’s")]
			}
			t.End = int32(i + len(w))
			t.Flags |= Possessive
		}
		t.Text = w
		if isDigit(r) {
			t.Kind = Number
		} else {
			t.Kind = Word
			t.Flags |= caseFlags(w)
		}
		if sent {
			t.Flags |= SentStart
			sent = false
		}
		dst = append(dst, t)
		i = j
	}
	return dst
}

// abbrevBefore reports whether the last token of the paragraph is an
// abbreviation or an initial, so a following dot does not end a sentence.
func abbrevBefore(toks []Token, para int, abbrevs map[string]abbrevKind) bool {
	if len(toks) == 0 {
		return false
	}
	t := &toks[len(toks)-1]
	if int(t.Para) != para || t.Kind != Word {
		return false
	}
	return abbrevs[t.Text] != notAbbrev || (len(t.Text) == 1 && t.Text[0] >= 'A' && t.Text[0] <= 'Z')
}

// isInitialism reports whether w looks like "U.S" or "U.N": single letters
// separated by dots.
func isInitialism(w string) bool {
	for k := 0; k < len(w); k++ {
		if k%2 == 1 {
			if w[k] != '.' {
				return false
			}
		} else if !(w[k] >= 'A' && w[k] <= 'Z') {
			return false
		}
	}
	return true
}

func caseFlags(w string) Flag {
	ascii := true
	for k := 0; k < len(w); k++ {
		if w[k] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return asciiCaseFlags(w)
	}
	var f Flag
	upper, lower, letters := 0, 0, 0
	lowerSeen, camel := false, false
	for k, r := range w {
		switch {
		case unicode.IsUpper(r):
			if k == 0 {
				f |= Cap
			} else if lowerSeen {
				camel = true
			}
			upper++
			letters++
		case unicode.IsLower(r):
			lowerSeen = true
			lower++
			letters++
		}
	}
	if letters >= 2 && lower == 0 {
		f |= AllCaps
	}
	if camel && f&Cap != 0 && !strings.HasPrefix(w, "Mc") && !strings.HasPrefix(w, "Mac") && !strings.ContainsAny(w, "-'’") {
		f |= Camel
	}
	return f
}

// asciiCaseFlags is caseFlags for the common all-ASCII word.
func asciiCaseFlags(w string) Flag {
	var f Flag
	lower, letters := 0, 0
	lowerSeen, camel, special := false, false, false
	for k := 0; k < len(w); k++ {
		c := w[k]
		switch {
		case 'A' <= c && c <= 'Z':
			if k == 0 {
				f |= Cap
			} else if lowerSeen {
				camel = true
			}
			letters++
		case 'a' <= c && c <= 'z':
			lowerSeen = true
			lower++
			letters++
		case c == '-' || c == '\'':
			special = true
		}
	}
	if letters >= 2 && lower == 0 {
		f |= AllCaps
	}
	if camel && f&Cap != 0 && !special && !strings.HasPrefix(w, "Mc") && !strings.HasPrefix(w, "Mac") {
		f |= Camel
	}
	return f
}

package meta

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// etok is one word, number or punctuation mark of a paragraph. The entity,
// quote, figure and tag extractors share this single-pass tokenisation.
type etok struct {
	text       string // as written; a possessive 's is cut off (see efPoss)
	start, end int32  // byte offsets of text in its paragraph
	para       int32
	kind       etokKind
	flags      uint16
}

type etokKind uint8

const (
	ekWord  etokKind = iota // starts with a letter
	ekNum                   // starts with a digit
	ekPunct                 // one punctuation rune
)

const (
	efCap       uint16 = 1 << iota // first letter upper case
	efAllCaps                      // two or more letters, all upper case: "CCTV"
	efCamel                        // upper case after lower case inside: "TimeWarner"
	efSentStart                    // first word of a sentence or of a quotation
	efPoss                         // a possessive 's was cut off: "Russia's"
	efOpenQ                        // punctuation: an opening quotation mark
	efCloseQ                       // punctuation: a closing quotation mark
)

func (t *etok) is(f uint16) bool { return t.flags&f != 0 }

// sentence-final abbreviations that do not end a sentence: "Mr. Smith".
var entAbbrevs = map[string]bool{
	"Mr": true, "Mrs": true, "Ms": true, "Dr": true, "St": true, "Jr": true, "Sr": true,
	"Gen": true, "Col": true, "Lt": true, "Sgt": true, "Rev": true, "Prof": true,
	"Sen": true, "Rep": true, "Gov": true, "No": true, "vs": true, "Inc": true,
	"Corp": true, "Ltd": true, "Co": true, "Capt": true, "Det": true, "Mt": true,
}

// entTokenize appends the tokens of every paragraph of d to dst.
func entTokenizeDoc(dst []etok, d *doc) []etok {
	for i, p := range d.Paragraphs {
		dst = entTokenize(dst, p, i)
	}
	return dst
}

func entIsLetter(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
	}
	return unicode.IsLetter(r)
}

func entIsDigit(r rune) bool { return '0' <= r && r <= '9' }

func entRuneAt(s string, i int) (rune, int) {
	if i >= len(s) {
		return 0, 0
	}
	if c := s[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(s[i:])
}

// entTokenize appends the tokens of paragraph p (index para) to dst.
func entTokenize(dst []etok, p string, para int) []etok {
	sent := true // the next word starts a sentence
	for i := 0; i < len(p); {
		r, size := entRuneAt(p, i)
		if r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == 0xa0 {
			i += size
			continue
		}
		if !entIsLetter(r) && !entIsDigit(r) {
			t := etok{text: p[i : i+size], start: int32(i), end: int32(i + size), para: int32(para), kind: ekPunct}
			switch r {
			case '.', '!', '?', '…':
				sent = r != '.' || !entAbbrevBefore(dst, para)
			case ';':
				// not a sentence end, but a clause boundary handled by callers
			case '"', '“', '”', '‘', '’', '\'':
				open := r == '“' || r == '‘'
				if r == '"' || r == '\'' {
					prev, _ := utf8.DecodeLastRuneInString(p[:i])
					open = i == 0 || unicode.IsSpace(prev) || prev == '(' || prev == '[' || prev == '—' || prev == '-' || prev == 0xa0
				}
				if open {
					t.flags |= efOpenQ
					sent = true
				} else {
					t.flags |= efCloseQ
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
			c, n := entRuneAt(p, j)
			if entIsLetter(c) || entIsDigit(c) {
				j += n
				continue
			}
			next, m := entRuneAt(p, j+n)
			if m == 0 || !(entIsLetter(next) || entIsDigit(next)) {
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
				ok = entIsDigit(prev) && entIsDigit(next)
			}
			if !ok {
				break
			}
			j += n
		}
		// "U.S." keeps its final dot; it is part of the abbreviation.
		if dots && j < len(p) && p[j] == '.' && entIsInitialism(p[i:j]) {
			j++
		}
		t := etok{start: int32(i), end: int32(j), para: int32(para)}
		w := p[i:j]
		if strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") {
			if strings.HasSuffix(w, "'s") {
				w = w[:len(w)-2]
			} else {
				w = w[:len(w)-len("’s")]
			}
			t.end = int32(i + len(w))
			t.flags |= efPoss
		}
		t.text = w
		if entIsDigit(r) {
			t.kind = ekNum
		} else {
			t.kind = ekWord
			t.flags |= entCaseFlags(w)
		}
		if sent {
			t.flags |= efSentStart
			sent = false
		}
		dst = append(dst, t)
		i = j
	}
	return dst
}

// entAbbrevBefore reports whether the last etok of the paragraph is an
// abbreviation or an initial, so a following dot does not end a sentence.
func entAbbrevBefore(toks []etok, para int) bool {
	if len(toks) == 0 {
		return false
	}
	t := &toks[len(toks)-1]
	if int(t.para) != para || t.kind != ekWord {
		return false
	}
	return entAbbrevs[t.text] || (len(t.text) == 1 && t.text[0] >= 'A' && t.text[0] <= 'Z')
}

// entIsInitialism reports whether w looks like "U.S" or "U.N": single letters
// separated by dots.
func entIsInitialism(w string) bool {
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

func entCaseFlags(w string) uint16 {
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
	var f uint16
	upper, lower, letters := 0, 0, 0
	lowerSeen, camel := false, false
	for k, r := range w {
		switch {
		case unicode.IsUpper(r):
			if k == 0 {
				f |= efCap
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
		f |= efAllCaps
	}
	if camel && f&efCap != 0 && !strings.HasPrefix(w, "Mc") && !strings.HasPrefix(w, "Mac") && !strings.ContainsAny(w, "-'’") {
		f |= efCamel
	}
	return f
}

// asciiCaseFlags is entCaseFlags for the common all-ASCII word.
func asciiCaseFlags(w string) uint16 {
	var f uint16
	lower, letters := 0, 0
	lowerSeen, camel, special := false, false, false
	for k := 0; k < len(w); k++ {
		c := w[k]
		switch {
		case 'A' <= c && c <= 'Z':
			if k == 0 {
				f |= efCap
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
		f |= efAllCaps
	}
	if camel && f&efCap != 0 && !special && !strings.HasPrefix(w, "Mc") && !strings.HasPrefix(w, "Mac") {
		f |= efCamel
	}
	return f
}

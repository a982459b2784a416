package content

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// MaxTerm bounds a term's length in bytes: its page is a folder named
// after it, and file systems stop at 255.
const MaxTerm = 100

// Term returns the name under which a tag, person, place or organisation
// is published, or "" when nothing publishable is left. Hugo makes a page
// for every term at a path derived from its name, keeping dots, slashes,
// backslashes, %XX escapes and a few other marks, so a raw value such as
// "../../unsubscribe" would put that page over another. Term keeps the
// name as written except for what would reach the path:
//
//   - '/', '\', '_' and white space (tabs, line breaks) separate words: "AC/DC" is "AC DC";
//   - dots are dropped ("U.S." is "US"), except between digits, where they become a hyphen;
//   - '#', '@', '+', '~' and '%' are dropped ("#MeToo" is "MeToo");
//   - a hyphen stays only between two letters or digits;
//   - control and invisible formatting characters are dropped.
//
// Every other character is kept for the reader, and Hugo leaves it out of
// the path, so the page's address is a slug: letters and digits joined by
// single hyphens, lower-cased ("AC DC" is /tags/ac-dc/). Term(Term(s)) ==
// Term(s).
func Term(s string) string {
	t := cleanTerm(s)
	if len(t) <= MaxTerm {
		return t
	}
	cut := MaxTerm
	for cut > 0 && !utf8.RuneStart(t[cut]) {
		cut--
	}
	if i := strings.LastIndexByte(t[:cut], ' '); i > MaxTerm/2 {
		cut = i
	}
	return cleanTerm(t[:cut])
}

func cleanTerm(s string) string {
	rs := []rune(norm.NFC.String(s))
	var b strings.Builder
	b.Grow(len(s))
	space := false // a word break is pending
	last := rune(0)
	word := func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
	// next is the first rune after i that is not dropped outright.
	next := func(i int) rune {
		for j := i + 1; j < len(rs); j++ {
			if r := rs[j]; unicode.IsSpace(r) || r != '.' && !dropped(r) && !unicode.IsMark(r) {
				return r
			}
		}
		return 0
	}
	// A combining mark belongs to the letter before it; one standing
	// alone (after a space, a hyphen, or first) would be a word of its
	// own that Hugo strips, leaving a hyphen dangling.
	attached := false
	emit := func(r rune) {
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
		last = r
		attached = word(r) || (attached && unicode.IsMark(r))
	}
	for i, r := range rs {
		switch {
		case unicode.IsSpace(r) || r == '/' || r == '\\' || r == '_':
			space = true
		case r == '.':
			if i > 0 && unicode.IsDigit(rs[i-1]) && i+1 < len(rs) && unicode.IsDigit(rs[i+1]) && !space && last == rs[i-1] {
				emit('-')
			}
		case dropped(r):
		case unicode.IsMark(r):
			if attached && !space {
				emit(r)
			}
		case r == '-':
			if !space && attached && word(next(i)) {
				emit('-')
			} else {
				space = true
			}
		default:
			emit(r)
		}
	}
	// Dropping a character can bring a letter and a mark together.
	out := norm.NFC.String(b.String())
	if !strings.ContainsFunc(out, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) {
		return ""
	}
	return out
}

// dropped reports the runes a term loses: the marks Hugo would keep in a
// path, and what no reader sees.
func dropped(r rune) bool {
	switch r {
	case '#', '@', '+', '~', '%', utf8.RuneError:
		return true
	}
	return unicode.In(r, unicode.Cc, unicode.Cf, unicode.Co, unicode.Cs, unicode.Zl, unicode.Zp)
}

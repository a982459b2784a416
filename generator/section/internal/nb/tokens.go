package nb

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Tokens splits text into the lower-cased word features the model counts.
// Classification and training must share it byte for byte, so it lives here
// and nowhere else.
//
// Rules, each chosen for wire copy: acronyms keep their letters ("U.S." and
// "US" are both "us"); a possessive "'s" is dropped; hyphenated words split
// ("al-Qaeda" counts "al" and "qaeda"); numbers become "#" so that results
// tables and prices still say "many numbers" without a vocabulary of scores;
// stop words and one-letter tokens are dropped; a plural "s" is folded so that
// "shares" and "share" meet.
func Tokens(text string) []string {
	var out []string
	var t tokenizer
	t.each(text, func(tok []byte) { out = append(out, string(tok)) })
	return out
}

// tokenizer holds the buffer a story's tokens are lower-cased into, so
// that scoring a story allocates nothing per word.
type tokenizer struct{ buf []byte }

// each calls emit with every token of text, in order. The token is valid
// only until emit returns.
func (t *tokenizer) each(text string, emit func(tok []byte)) {
	start := -1
	for i, r := range text {
		if r < utf8.RuneSelf && wordByte[r] || r >= utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r) || r == '’') {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			t.field(text[start:i], emit)
			start = -1
		}
	}
	if start >= 0 {
		t.field(text[start:], emit)
	}
}

// field emits the tokens of one run of letters, digits, full stops and
// apostrophes.
func (t *tokenizer) field(f string, emit func([]byte)) {
	f = trimMarks(f)
	if f == "" {
		return
	}
	// Lower-cased, with typographic apostrophes made plain.
	b := t.buf[:0]
	for _, r := range f {
		switch {
		case r < utf8.RuneSelf:
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			b = append(b, byte(r))
		case r == '’':
			b = append(b, '\'')
		default:
			b = utf8.AppendRune(b, unicode.ToLower(r))
		}
	}
	t.buf = b
	b = bytes.TrimSuffix(b, []byte("'s"))
	if bytes.IndexByte(b, '.') < 0 {
		word(b, emit)
		return
	}
	if acronym(b) {
		k := 0
		for _, c := range b {
			if c != '.' {
				b[k] = c
				k++
			}
		}
		word(b[:k], emit)
		return
	}
	for {
		part, rest, more := bytes.Cut(b, []byte("."))
		word(part, emit)
		if !more {
			return
		}
		b = rest
	}
}

// wordByte says which ASCII bytes belong to a word: letters, digits, full
// stops and apostrophes.
var wordByte = func() (t [utf8.RuneSelf]bool) {
	for c := range t {
		r := rune(c)
		t[c] = unicode.IsLetter(r) || unicode.IsDigit(r) || r == '.' || r == '\''
	}
	return t
}()

// trimMarks is strings.Trim(f, ".'’") without working out a set of runes
// every call.
func trimMarks(f string) string {
	for {
		switch {
		case f == "":
			return f
		case f[0] == '.' || f[0] == '\'':
			f = f[1:]
		case strings.HasPrefix(f, "’"):
			f = f[len("’"):]
		default:
			goto right
		}
	}
right:
	for {
		n := len(f)
		switch {
		case n == 0:
			return f
		case f[n-1] == '.' || f[n-1] == '\'':
			f = f[:n-1]
		case strings.HasSuffix(f, "’"):
			f = f[:n-len("’")]
		default:
			return f
		}
	}
}

// acronym reports whether every dot-separated part is a single letter
// ("u.s", "u.n"), the form wire copy uses for initials.
func acronym(s []byte) bool {
	for {
		p, rest, more := bytes.Cut(s, []byte("."))
		r, _ := utf8.DecodeRune(p)
		if utf8.RuneCount(p) != 1 || !unicode.IsLetter(r) {
			return false
		}
		if !more {
			return true
		}
		s = rest
	}
}

// number is the token every number becomes.
var number = []byte("#")

// word emits w as a token unless it is empty, one letter or a stop word:
// numbers as "#", plurals folded.
func word(w []byte, emit func([]byte)) {
	w = bytes.Trim(w, "'")
	if len(w) == 0 {
		return
	}
	digits := true
	for _, r := range string(w) {
		if !unicode.IsDigit(r) {
			digits = false
			break
		}
	}
	if digits {
		emit(number)
		return
	}
	if utf8.RuneCount(w) < 2 || stop[string(w)] {
		return
	}
	emit(fold(w))
}

// fold strips a plural "s" from longer words; "ss", "us" and "is" endings
// (business, virus, analysis) are words of their own.
func fold(w []byte) []byte {
	n := len(w)
	if n > 4 && w[n-1] == 's' {
		switch w[n-2] {
		case 's', 'u', 'i':
			return w
		}
		if bytes.HasSuffix(w, []byte("ies")) && n > 5 {
			return append(w[:n-3], 'y')
		}
		return w[:n-1]
	}
	return w
}

var stop = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`a an the and or but if of to in on at by for from with as into onto
	about over under after before between during than then so such this that these those there here
	is are was were be been being am has have had having do does did doing will would shall should can
	could may might must it its it's he him his she her hers they them their theirs we us our ours you
	your yours i me my mine who whom whose which what when where why how all any both each few more most
	other some no nor not only own same too very just also said says say saying mr mrs ms one two
	three new up out off again further once s t don now isn't it'll he'd she'd they'd we'd
	i'd you'd he'll she'll they'll we'll i'll you'll i'm you're they're we're there's that's what's
	let's can't won't don't didn't doesn't wasn't weren't haven't hasn't hadn't wouldn't couldn't
	shouldn't year years last first while because through against among per via told according
	since until yet still even however although though whether re ve ll`) {
		m[w] = true
	}
	// "us" the pronoun is gone, but "U.S." must survive as a country: the
	// acronym path produces "us" before this check, so keep it.
	delete(m, "us")
	return m
}()

// Bigrams returns adjacent token pairs joined by a space. Stop words were
// already removed, so "bank of england" pairs as "bank england".
func Bigrams(toks []string) []string {
	if len(toks) < 2 {
		return nil
	}
	out := make([]string, 0, len(toks)-1)
	for i := 1; i < len(toks); i++ {
		if toks[i-1] == "#" || toks[i] == "#" {
			continue
		}
		out = append(out, toks[i-1]+" "+toks[i])
	}
	return out
}

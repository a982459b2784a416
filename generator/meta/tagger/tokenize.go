package tagger

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Token is a word or punctuation mark of a text: Text is text[Start:End].
type Token struct {
	Text       string
	Start, End int
}

// Tokenize splits text into tokens the way the models' training text was
// split (Penn Treebank style, as in CoNLL-2003): punctuation on its own,
// "Germany's" as "Germany" "'s", "don't" as "do" "n't", "can't" as "ca"
// "n't", "$147" as "$" "147", "30%" as "30" "%"; hyphenated words,
// numbers ("1,000", "3.5", "1996-08-22"), initials ("M.") and abbreviations
// ("U.S.", "Mr.", "Inc.") stay whole. Every token is a slice of text.
func Tokenize(text string) []Token {
	out := make([]Token, 0, len(text)/5+1)
	for i := 0; i < len(text); {
		r, n := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(text[i:])
		}
		if isSpace(r) {
			i += n
			continue
		}
		j := i
		for j < len(text) {
			r, n := rune(text[j]), 1
			if r >= utf8.RuneSelf {
				r, n = utf8.DecodeRuneInString(text[j:])
			}
			if isSpace(r) {
				break
			}
			j += n
		}
		out = splitChunk(out, text, i, j)
		i = j
	}
	return out
}

func isSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return r == ' ' || '\t' <= r && r <= '\r'
	}
	return unicode.IsSpace(r) // no-break and thin spaces too
}

// Words returns the texts of toks.
func Words(toks []Token) []string {
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = t.Text
	}
	return out
}

// Sentences groups tokens into sentences: one ends after ".", "!", "?" or
// "..." (and any closing quotes or brackets after it) when the next token
// opens with a capital, a digit, a quote or a bracket. Abbreviations keep
// their full stop inside the token, so "Mr." ends nothing; one with inner
// stops ("U.S.") ends a sentence when a word that opens sentences ("The",
// "He", "But") follows.
func Sentences(toks []Token) [][]Token {
	var out [][]Token
	start := 0
	for i := 0; i < len(toks); i++ {
		t := toks[i].Text
		stop := t == "." || t == "!" || t == "?" || t == "..." || t == "\u2026"
		if !stop {
			if i+1 < len(toks) && strings.Count(t, ".") >= 2 && strings.HasSuffix(t, ".") && openers[toks[i+1].Text] {
				out = append(out, toks[start:i+1])
				start = i + 1
			}
			continue
		}
		end := i + 1
		for end < len(toks) && isCloser(toks[end].Text) && attached(toks[end-1], toks[end]) {
			end++
		}
		if end < len(toks) && !opensSentence(toks[end].Text) {
			continue
		}
		out = append(out, toks[start:end])
		start, i = end, end-1
	}
	if start < len(toks) {
		out = append(out, toks[start:])
	}
	return out
}

// openers are words that open far more sentences than they follow an
// abbreviation.
var openers = map[string]bool{
	"The": true, "A": true, "An": true, "He": true, "She": true, "It": true, "They": true,
	"We": true, "I": true, "But": true, "And": true, "This": true, "That": true, "These": true,
	"Those": true, "His": true, "Her": true, "Its": true, "Their": true, "Our": true,
	"There": true, "When": true, "While": true, "However": true, "Meanwhile": true, "In": true,
}

// attached says b follows a with no space between: a straight quote right
// after a stop closes the sentence, one after a space opens the next.
func attached(a, b Token) bool {
	if b.Text == "\"" || b.Text == "'" {
		return a.End == b.Start
	}
	return true
}

func isCloser(t string) bool {
	switch t {
	case "\"", "'", ")", "]", "}", "\u201d", "\u2019", "\u00bb":
		return true
	}
	return false
}

func opensSentence(t string) bool {
	r, _ := utf8.DecodeRuneInString(t)
	return unicode.IsUpper(r) || unicode.IsDigit(r) || strings.ContainsRune("\"'([{\u201c\u2018\u00ab", r)
}

// leading marks split off the front of a word.
func isOpener(r rune) bool {
	switch r {
	case '"', '\'', '(', '[', '{', '`', '\u201c', '\u2018', '\u00ab', '$', '\u00a3', '\u20ac', '\u00a5', '#':
		return true
	}
	return false
}

// trailing marks split off the end of a word (the full stop is decided
// apart, for abbreviations).
func isTrailer(r rune) bool {
	switch r {
	case ',', ';', ':', '!', '?', '"', '\'', ')', ']', '}', '%', '\u201d', '\u2019', '\u00bb', '\u2026':
		return true
	}
	return false
}

// abbrevs keep their full stop: titles, company forms, months and the like.
var abbrevs = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "st": true, "jr": true,
	"sr": true, "inc": true, "corp": true, "ltd": true, "co": true, "bros": true, "vs": true,
	"v": true, "etc": true, "gen": true, "col": true, "lt": true, "sgt": true, "capt": true,
	"cmdr": true, "adm": true, "rev": true, "gov": true, "sen": true, "rep": true, "pres": true,
	"no": true, "nos": true, "jan": true, "feb": true, "mar": true, "apr": true, "jun": true,
	"jul": true, "aug": true, "sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
	"mt": true, "ft": true, "ave": true, "blvd": true, "dept": true, "univ": true, "est": true,
	"approx": true, "fig": true, "op": true, "plc": true, "ag": true, "cie": true,
}

// clitics split off the end of a word, longest first; "n't" takes the
// letter before the apostrophe with it ("do|n't", "ca|n't").
var clitics = []string{"n't", "'s", "'re", "'ve", "'ll", "'m", "'d"}

// splitChunk appends the tokens of the space-free text[i:j].
func splitChunk(out []Token, text string, i, j int) []Token {
	tok := func(a, b int) Token { return Token{text[a:b], a, b} }
	// leading marks, but not the apostrophe of a lone clitic ("'s") or a
	// decade ("'90s")
	for i < j {
		r, n := utf8.DecodeRuneInString(text[i:])
		if !isOpener(r) || i+n == j {
			break
		}
		if (r == '\'' || r == '\u2019' || r == '\u2018') && keepsApostrophe(text[i+n:j]) {
			break
		}
		out = append(out, tok(i, i+n))
		i += n
	}
	// trailing marks, gathered from the end
	var tailBuf [6]Token
	tail := tailBuf[:0]
	for j > i {
		r, n := utf8.DecodeLastRuneInString(text[i:j])
		if j-n == i {
			break
		}
		switch {
		case r == '.':
			if strings.HasSuffix(text[i:j], "...") {
				if j-3 == i {
					goto core
				}
				tail = append(tail, tok(j-3, j))
				j -= 3
				continue
			}
			if isAbbrev(text[i:j]) {
				goto core
			}
			tail = append(tail, tok(j-1, j))
			j--
			continue
		case isTrailer(r):
			// the apostrophe of "players'" and a closing quote alike
			tail = append(tail, tok(j-n, j))
			j -= n
			continue
		}
		break
	}
core:
	// clitics
	var clitic Token
	hasClitic := false
	hasApostrophe := strings.IndexByte(text[i:j], '\'') >= 0 || strings.Contains(text[i:j], "\u2019")
	for _, c := range clitics {
		if !hasApostrophe {
			break
		}
		if n := suffixFold(text[i:j], c); n > 0 && n < j-i {
			clitic, hasClitic = tok(j-n, j), true
			j -= n
			break
		}
	}
	out = splitDashes(out, text, i, j)
	if hasClitic {
		out = append(out, clitic)
	}
	for k := len(tail) - 1; k >= 0; k-- {
		out = append(out, tail[k])
	}
	return out
}

// suffixFold returns the length in bytes of the suffix of w that matches
// c, a lower-case ASCII clitic, ignoring case and reading the typographic
// apostrophe as "'"; 0 when w does not end with c.
func suffixFold(w, c string) int {
	j := len(w)
	for k := len(c) - 1; k >= 0; k-- {
		switch {
		case j == 0:
			return 0
		case c[k] == '\'' && w[j-1] == '\'':
			j--
		case c[k] == '\'' && strings.HasSuffix(w[:j], "\u2019"):
			j -= len("\u2019")
		case c[k] != '\'' && w[j-1]|0x20 == c[k]:
			j--
		default:
			return 0
		}
	}
	return len(w) - j
}

// splitDashes appends text[i:j], split at dashes that join words: "--"
// and the em dash stand alone, as in the Treebank; a single hyphen keeps
// its word whole.
func splitDashes(out []Token, text string, i, j int) []Token {
	// (both dashes open with the byte 0xE2, which most words lack)
	if strings.IndexByte(text[i:j], '-') < 0 && (strings.IndexByte(text[i:j], 0xE2) < 0 || !strings.Contains(text[i:j], "\u2014") && !strings.Contains(text[i:j], "\u2015")) {
		if j > i {
			out = append(out, Token{text[i:j], i, j})
		}
		return out
	}
	start := i
	for k := i; k < j; {
		r, n := utf8.DecodeRuneInString(text[k:])
		dash := 0
		switch {
		case r == '\u2014' || r == '\u2015':
			dash = n
		case r == '-' && k+1 < j && text[k+1] == '-':
			dash = 2
			for k+dash < j && text[k+dash] == '-' {
				dash++
			}
		}
		if dash == 0 {
			k += n
			continue
		}
		if k > start {
			out = append(out, Token{text[start:k], start, k})
		}
		out = append(out, Token{text[k : k+dash], k, k + dash})
		k += dash
		start = k
	}
	if j > start {
		out = append(out, Token{text[start:j], start, j})
	}
	return out
}

// keepsApostrophe says a word that follows an apostrophe is a clitic or a
// decade that keeps it: "'s", "'re", "'90s".
func keepsApostrophe(rest string) bool {
	switch strings.ToLower(rest) {
	case "s", "re", "ve", "ll", "m", "d", "t":
		return true
	}
	return len(rest) >= 2 && rest[0] >= '0' && rest[0] <= '9' && rest[1] >= '0' && rest[1] <= '9'
}

// isAbbrev says a word ending in a full stop keeps it: initials ("M.",
// "U.S.", "a.m."), known abbreviations ("Mr.", "Inc.", "Sept.").
func isAbbrev(w string) bool {
	core := w[:len(w)-1]
	if core == "" {
		return false
	}
	if strings.Contains(core, ".") {
		// every part between stops is a letter or two: "U.S", "a.m", "Ph.D"
		for p := range strings.SplitSeq(core, ".") {
			if p == "" || utf8.RuneCountInString(p) > 2 || !isLetters(p) {
				return false
			}
		}
		return true
	}
	if utf8.RuneCountInString(core) == 1 {
		r, _ := utf8.DecodeRuneInString(core)
		return unicode.IsUpper(r)
	}
	return abbrevs[strings.ToLower(core)]
}

func isLetters(s string) bool {
	for _, r := range s {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

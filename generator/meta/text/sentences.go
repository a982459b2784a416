package text

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"briefing/generator/meta/internal/wordlist"
)

// A hand-written splitter: github.com/neurosnap/sentences measured ~260 µs
// for a 420-word article, more than the whole summarizer's budget. News copy
// is regular enough that a scan for terminators plus an abbreviation list
// does as well on it.

// SplitSentences appends to dst the sentences of paragraph p, trimmed and
// as written.
func SplitSentences(p string, dst []string) []string {
	var buf [32]span
	for _, s := range sentenceSpans(p, buf[:0]) {
		dst = append(dst, p[s.start:s.end])
	}
	return dst
}

// span is the place of a sentence in its paragraph: p[start:end].
type span struct{ start, end int }

// sentenceSpans appends to dst the places of the sentences of paragraph p,
// trimmed of white space.
func sentenceSpans(p string, dst []span) []span {
	start := 0
	for i := 0; i < len(p); {
		c := p[i]
		isEllipsis := c == 0xE2 && strings.HasPrefix(p[i:], "…")
		if c != '.' && c != '!' && c != '?' && !isEllipsis {
			i++
			continue
		}
		// The run of terminators, then closing quotes and brackets.
		j := i
		for j < len(p) {
			switch {
			case p[j] == '.' || p[j] == '!' || p[j] == '?':
				j++
				continue
			case strings.HasPrefix(p[j:], "…"):
				j += len("…")
				continue
			}
			break
		}
		for j < len(p) {
			if k := closingMarkLen(p[j:]); k > 0 {
				j += k
				continue
			}
			break
		}
		if j < len(p) && p[j] != ' ' {
			i = j // "3.5%", "$1.13bn", "U.S." mid-token, "Yahoo!'s"
			continue
		}
		next := j
		for next < len(p) && p[next] == ' ' {
			next++
		}
		if next < len(p) && !sentenceBoundaryAt(p, i, j, next) {
			i = j
			continue
		}
		dst = appendTrimmed(dst, p, start, j)
		start, i = next, next
	}
	return appendTrimmed(dst, p, start, len(p))
}

// appendTrimmed appends p[a:b] trimmed of white space, as strings.TrimSpace
// trims, unless nothing is left.
func appendTrimmed(dst []span, p string, a, b int) []span {
	seg := p[a:b]
	t := strings.TrimSpace(seg)
	if t == "" {
		return dst
	}
	if c := seg[0]; c >= utf8.RuneSelf || asciiSpace(c) {
		a += len(seg) - len(strings.TrimLeftFunc(seg, unicode.IsSpace))
	}
	return append(dst, span{a, a + len(t)})
}

func asciiSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'
}

// closingMarkLen reports the byte length of a closing quote or bracket at the
// start of s, 0 if there is none.
func closingMarkLen(s string) int {
	switch s[0] {
	case '"', '\'', ')', ']':
		return 1
	}
	if strings.HasPrefix(s, "”") || strings.HasPrefix(s, "’") {
		return 3
	}
	return 0
}

// sentenceBoundaryAt decides whether the terminator run p[i:j], followed by white
// space and the text at next, ends a sentence.
func sentenceBoundaryAt(p string, i, j, next int) bool {
	r, _ := utf8.DecodeRuneInString(p[next:])
	if !unicode.IsUpper(r) && !unicode.IsDigit(r) && !opensSentence(r) && !camelCased(p[next:]) {
		return false // "... he said", "3 p.m. on Friday", "Why?" he asked
	}
	if (p[i] == '?' || p[i] == '!') && quoteClosed(p[i:j]) && speakerFollows(p[next:]) {
		return false // `"Maybe because gay people just look like ... people?" Rowling wrote`
	}
	if p[i] != '.' || j-i > 1 && p[i+1] == '.' {
		return true // "!", "?", "...", "…" before a capital
	}
	if j > i+1 && closingMarkLen(p[i+1:]) > 0 && p[i+1] != ')' {
		return true // the period sits inside a closing quote: `."`
	}
	// The word the period ends.
	w := i
	for w > 0 && p[w-1] != ' ' && p[w-1] != '(' && p[w-1] != '"' {
		w--
	}
	word := strings.TrimLeft(p[w:i], "\"'“‘([")
	if word == "" {
		return true
	}
	nextWord := p[next:]
	if k := strings.IndexByte(nextWord, ' '); k >= 0 {
		nextWord = nextWord[:k]
	}
	nextWord = strings.TrimRight(strings.TrimLeft(nextWord, "\"'“‘(["), ",;:")
	lx := lex()
	kind := lx.abbreviations[word]
	switch {
	case kind == titleAbbrev:
		return false // "Mr. Smith", "Dr. Who", "St. Louis"
	case kind == numberAbbrev:
		return !leadingDigit(nextWord) // "No. 10", "Jan. 5"
	case dottedAbbrev(word):
		// "U.S.", "p.m.", "J. K. Rowling": a sentence ends here only when
		// the next word is one that commonly starts a sentence.
		return lx.sentenceStarters[nextWord]
	case kind == endingAbbrev:
		return lx.sentenceStarters[nextWord] // "Inc.", "Ltd.", "etc."
	}
	return true
}

func leadingDigit(s string) bool { return s != "" && s[0] >= '0' && s[0] <= '9' }

func opensSentence(r rune) bool {
	switch r {
	case '"', '\'', '“', '‘', '(', '[', '£', '$', '€',
		'©': // "... when contacted by THR. ©2015 The Hollywood Reporter.": a notice of its own
		return true
	}
	return false
}

// dottedAbbrev reports "U.S", "p.m", "e.g" or an initial "J": letters
// separated by periods, the last period being the one under test.
func dottedAbbrev(w string) bool {
	if len(w) == 1 {
		return w[0] >= 'A' && w[0] <= 'Z'
	}
	dots := 0
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case c == '.':
			dots++
		case !asciiLetter(c):
			return false
		}
	}
	return dots > 0 && len(w) <= 2*dots+2
}

// sentenceStartersList is the words that commonly begin a sentence.
func sentenceStartersList() map[string]bool {
	return wordlist.Set("The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "But",
		"And", "In", "On", "At", "For", "This", "That", "These", "Those", "Its", "His", "Her",
		"Their", "Our", "There", "However", "Meanwhile", "If", "When", "While", "As", "After",
		"Before", "Last", "Some", "Many", "Most", "Other", "Officials", "Police", "Shares",
		"Analysts", "According", "Now", "So", "Yet", "Still", "Earlier", "Later", "Also", "Since",
		"With", "Under", "By", "From", "More", "Both", "Such", "Several", "No", "Not", "Although",
		"Despite", "What", "Why", "How", "Who", "Where", "Mr", "Mrs", "Ms", "Dr")
}

// camelCased reports a word written with a small first letter and a
// capital second, as a brand is ("eBay", "iPhone"): it may open a
// sentence.
func camelCased(s string) bool {
	return len(s) > 2 && s[0] >= 'a' && s[0] <= 'z' && s[1] >= 'A' && s[1] <= 'Z'
}

// quoteClosed reports whether a terminator run closes a quotation: `?"`.
func quoteClosed(run string) bool {
	return strings.ContainsAny(run, "\"'") || strings.Contains(run, "”") || strings.Contains(run, "’")
}

// speakerFollows reports whether s opens with a name of one to four
// capitalised words and then a verb of saying: the speaker of the
// quotation before it ("Rowling wrote in her reply", "President Obama
// asked"), which belongs to its sentence.
func speakerFollows(s string) bool {
	names := 0
	for w := range strings.FieldsSeq(s) {
		w = strings.TrimRight(w, ",.;:")
		if names > 0 && saidVerb(w) {
			return true
		}
		r, _ := utf8.DecodeRuneInString(w)
		if names == 4 || !unicode.IsUpper(r) {
			return false
		}
		names++
	}
	return false
}

func saidVerb(w string) bool {
	switch w {
	case "said", "says", "asked", "asks", "wrote", "writes", "told", "tells", "added", "adds", "replied",
		"replies", "tweeted", "posted", "explained", "continued", "joked", "insisted", "recalled",
		"exclaimed", "wondered", "shouted", "yelled", "responded", "responds", "answered", "declared":
		return true
	}
	return false
}

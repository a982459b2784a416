package trim

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"briefing/generator/meta/internal/wordlist"
)

// Broken reports why s does not read as a whole sentence, or "" when it
// does. It is the definition of a broken trim, applied as well to
// the source's own sentences so the two rates can be compared: no capital
// (or digit) at the start, no final stop, a last word that is a function
// word, quotation marks or brackets that do not pair up, or stray
// punctuation (a mark after a space, doubled marks, a mark that opens the
// sentence).
func Broken(s string) string {
	s = strings.TrimSpace(s)
	if s == "" {
		return "empty"
	}
	body := strings.TrimLeft(s, "\"'“‘([")
	r, _ := utf8.DecodeRuneInString(body)
	switch {
	case r == utf8.RuneError || body == "":
		return "no words"
	case unicode.IsLower(r):
		return "no capital"
	case !unicode.IsUpper(r) && !unicode.IsDigit(r) && !currency(r):
		return "stray punctuation"
	}
	end := strings.TrimRight(s, "\"'”’)]")
	last, _ := utf8.DecodeLastRuneInString(end)
	if last != '.' && last != '!' && last != '?' && last != '…' {
		return "no final stop"
	}
	if w := lastWord(end); functionWords[strings.ToLower(w)] {
		return "ends on a function word"
	} else if clauseVerbs[strings.ToLower(w)] && subordinateTail(end, w) {
		return "ends on a verb without its object"
	}
	if !balanced(s) {
		return "unbalanced quotes or brackets"
	}
	if stray(s) {
		return "stray punctuation"
	}
	return ""
}

func currency(r rune) bool { return r == '$' || r == '£' || r == '€' || r == '¥' || r == '#' }

// lastWord is the word before the final stop.
func lastWord(s string) string {
	s = strings.TrimRight(s, ".!?…\"'”’)] ")
	k := strings.LastIndexAny(s, " \"“(‘—–")
	return s[k+1:]
}

// balanced checks straight double quotes pair up, curly ones and brackets
// open before they close. Single quotes are left alone: they double as
// apostrophes.
func balanced(s string) bool {
	if strings.Count(s, "\"")%2 != 0 {
		return false
	}
	curly, paren, square := 0, 0, 0
	for _, r := range s {
		switch r {
		case '“':
			curly++
		case '”':
			curly--
		case '(':
			paren++
		case ')':
			paren--
		case '[':
			square++
		case ']':
			square--
		}
		if curly < 0 || paren < 0 || square < 0 {
			return false
		}
	}
	return curly == 0 && paren == 0 && square == 0
}

// stray finds a comma, colon or stop after a space (" ,"), two marks in a
// row that never meet (",,", ",.", ", .", ";,"), an empty bracket, or a
// dash or comma left at the end of the sentence.
func stray(s string) bool {
	// a comma left at the end of a quotation that the sentence no
	// longer goes on after: `... "doing the voices for,".` (cnnval-243)
	for _, bad := range []string{",\".", ",”.", ",'.", ",’.", " ,", " ;", " :", ",,", ",.", ";.", ":.", ", .", ";,", ",;", "()", "( )", "  ", " .", ",)", "(,", "—.", "– .", "- .", "-- ."} {
		if strings.Contains(s, bad) {
			if bad == " ." && strings.Contains(s, " ...") && !strings.Contains(strings.ReplaceAll(s, " ...", ""), " .") {
				continue // a spaced ellipsis
			}
			return true
		}
	}
	if strings.Contains(s, "..") && !strings.Contains(s, "...") {
		return true
	}
	return false
}

// functionWords may not end a sentence: articles, prepositions,
// conjunctions, possessive determiners and relative words. Particles of
// phrasal verbs ("up", "in", "out", "off", "over", "down", "by", "on")
// and words that also stand alone ("that", "this", "about", "before",
// auxiliaries: "as it should.") are left out.
var functionWords = wordlist.Set(
	"a", "an", "the", "of", "to", "for", "with", "from", "at", "into", "onto", "upon",
	"and", "or", "but", "nor", "if", "than", "which", "whom", "whose", "whether", "because",
	"although", "though", "while", "where", "as", "his", "her", "its", "their", "our", "my",
	"your", "including", "between", "among", "during", "via", "per",
)

// clauseVerbs need what they found, showed or decided said: "after a
// court found." is a cut that left the verb without its clause. Verbs
// of saying are left out: "..., as police said." ends a sentence.
var clauseVerbs = wordlist.Set(
	"found", "finds", "determined", "concluded", "discovered", "revealed", "showed", "shows",
	"realized", "realised", "learned", "learnt", "believed", "decided", "suggested", "indicated",
)

// subordinateTail reports whether the last clause of s (after its last
// comma) opens a subordinate clause before its last word w, the verb:
// "Busch was suspended after a Delaware civil court found." A wh-word
// makes the clause its own object: "what the court found."
func subordinateTail(s, w string) bool {
	clause := s[strings.LastIndexByte(s, ',')+1 : len(s)-len(w)-1]
	sub := false
	for f := range strings.FieldsSeq(strings.ToLower(clause)) {
		switch strings.Trim(f, "\"'“”‘’()") {
		case "what", "which", "who", "whom", "whatever", "how", "why", "where", "as":
			return false
		case "after", "before", "when", "because", "since", "until", "once", "if", "while", "although", "though", "that":
			sub = true
		}
	}
	return sub
}

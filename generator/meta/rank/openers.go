package rank

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"briefing/generator/meta/text"
)

// A key point is read alone, so a sentence that leans on the one before it
// ("He added ...", "But the firm ...", "This means ...") makes a poor one.

// dropConnectives may be cut from the start of a sentence, leaving a
// sentence that says the same thing on its own.
var dropConnectives = []string{
	"However, ", "But ", "And ", "Also, ", "Meanwhile, ", "Moreover, ", "Furthermore, ",
	"In addition, ", "Additionally, ", "Separately, ", "Elsewhere, ", "Indeed, ", "Still, ",
	"Nevertheless, ", "Nonetheless, ", "Yet ", "So ", "Now, ", "Besides, ", "Instead, ",
	"And yet, ", "But now, ", "Later, ", "At the same time, ", "On the other hand, ",
	"In turn, ", "Even so, ", "By contrast, ", "In contrast, ", "As a result, ",
}

// multiWordConnectives are dangling openers longer than one word.
var multiWordConnectives = []string{
	"In addition", "As a result", "On the other hand", "At the same time", "In turn",
	"Even so", "By contrast", "In contrast", "Despite this", "Because of this", "As well",
	"The latter", "The former", "In doing so", "Not only that", "On top of that",
}

// openingWord returns the first word of s after any opening quote, with
// trailing punctuation removed.
func openingWord(s string) string {
	s = strings.TrimLeft(s, "\"'“‘([")
	end := len(s)
	for i, r := range s {
		if r == ' ' || r == ',' || r == ';' || r == ':' || r == '.' || r == '!' || r == '?' || r == '"' || r == '”' {
			end = i
			break
		}
	}
	w := s[:end]
	return strings.Replace(w, "’", "'", 1)
}

// OpensDangling reports whether s opens with a word that points back to an
// earlier sentence ("He", "This", "But", "However", ...).
func OpensDangling(s string) bool {
	if lex().danglingWords[openingWord(s)] {
		return true
	}
	s = strings.TrimLeft(s, "\"'“‘([")
	for _, c := range multiWordConnectives {
		if strings.HasPrefix(s, c) && (len(s) == len(c) || s[len(c)] == ' ' || s[len(c)] == ',') {
			return true
		}
	}
	return false
}

// standaloneText rewrites s, sentence i of d, so that it can be read alone:
// a leading personal pronoun becomes the person it refers to, a leading
// connective is dropped when the rest stands alone. It reports the new
// text, whether it was rewritten, and false when s cannot stand alone.
func standaloneText(d *text.Doc, i int, people []string) (string, bool, bool) {
	s := d.Sentences[i].Text
	if !OpensDangling(s) {
		return s, false, true
	}
	for _, c := range dropConnectives {
		if strings.HasPrefix(s, c) {
			rest := capitalizeFirst(s[len(c):])
			if rest == "" || OpensDangling(rest) || leadingLower(s[len(c):]) && !commonLowerStart(rest) {
				break
			}
			return rest, true, true
		}
	}
	w := openingWord(s)
	switch w {
	case "He", "She", "His", "Her":
		name := pronounAntecedent(d, i, people)
		if name == "" || len(s) == len(w) || s[len(w)] != ' ' || !genderAgrees(w, name) || mentions(s, name) {
			// Not sure who is meant; "He said Mr X had ..." is someone
			// other than Mr X.
			return s, false, false
		}
		if w == "His" || w == "Her" {
			name += "'s"
			if strings.HasSuffix(name, "s's") {
				name = name[:len(name)-2] + "'"
			}
		}
		return name + s[len(w):], true, true
	}
	return s, false, false
}

func leadingLower(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}

// commonLowerStart accepts a rest like "the company said" whose first word
// was lower case only because it followed the connective; a proper noun
// with odd casing ("eBay") is left alone.
func commonLowerStart(rest string) bool {
	return text.SentenceStarters().Has(openingWord(rest))
}

func capitalizeFirst(s string) string {
	r, size := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError || unicode.IsUpper(r) {
		return s
	}
	return string(unicode.ToUpper(r)) + s[size:]
}

// pronounAntecedent finds the person a leading "he" or "she" in sentence i most
// likely means: the first person named in the nearest earlier sentence
// that names one, looking back at most three sentences.
func pronounAntecedent(d *text.Doc, i int, people []string) string {
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		s := d.Sentences[j].Text
		best, bestAt := "", len(s)+1
		for _, p := range people {
			at := strings.Index(s, p)
			if k := strings.LastIndexByte(p, ' '); at < 0 && k > 0 {
				// A later mention by surname: last name first in Western
				// order, first in Chinese ("Mr Xi").
				at = indexWholeWord(s, p[k+1:])
				if first, _, _ := strings.Cut(p, " "); at < 0 {
					at = indexWholeWord(s, first)
				}
			}
			if at >= 0 && at < bestAt {
				best, bestAt = p, at
			}
		}
		if best == "" && len(people) == 0 {
			best = titledName(s)
		}
		if best != "" {
			return best
		}
	}
	return ""
}

// indexWholeWord is strings.Index for a whole word.
func indexWholeWord(s, w string) int {
	for off := 0; ; {
		k := strings.Index(s[off:], w)
		if k < 0 {
			return -1
		}
		k += off
		end := k + len(w)
		if (k == 0 || !wordByte(s[k-1])) && (end == len(s) || !wordByte(s[end])) {
			return k
		}
		off = k + 1
	}
}

func wordByte(c byte) bool { return asciiLetter(c) || c >= '0' && c <= '9' }

// titledName finds "Mr Blair" or "Mrs. Clinton" when the entity extractor
// named nobody: British and American copy name people that way.
func titledName(s string) string {
	for _, t := range []string{"Mr ", "Mrs ", "Ms ", "Dr ", "Mr. ", "Mrs. ", "Ms. ", "Dr. "} {
		k := indexWholeWord(s, strings.TrimRight(t, ". "))
		if k < 0 || !strings.HasPrefix(s[k:], t) {
			continue
		}
		rest := s[k+len(t):]
		end := 0
		for end < len(rest) && (asciiLetter(rest[end]) || rest[end] == '-' || rest[end] == '\'') {
			end++
		}
		if end > 1 && rest[0] >= 'A' && rest[0] <= 'Z' {
			return s[k : k+len(t)+end]
		}
	}
	return ""
}

// genderAgrees rejects only the mismatches a title makes certain.
func genderAgrees(pronoun, name string) bool {
	male := pronoun == "He" || pronoun == "His"
	switch {
	case strings.HasPrefix(name, "Mrs"), strings.HasPrefix(name, "Ms"):
		return !male
	case strings.HasPrefix(name, "Mr"):
		return male
	}
	return true
}

// mentions reports whether s names the person name, in full or by a part
// of the name.
func mentions(s, name string) bool {
	for part := range strings.FieldsSeq(name) {
		if part != "Mr" && part != "Mrs" && part != "Ms" && part != "Dr" && indexWholeWord(s, part) >= 0 {
			return true
		}
	}
	return false
}

// balanceQuotes mends a sentence the splitter cut from a quotation that
// runs on: an opened quote left unclosed gets its closing mark; a sentence
// that closes a quote opened in an earlier one is a fragment (false).
func balanceQuotes(s string) (string, bool) {
	if open, closed := strings.Count(s, "“"), strings.Count(s, "”"); open != closed {
		if open < closed {
			return s, false
		}
		return s + "”", true
	}
	if strings.Count(s, "\"")%2 == 0 {
		return s, true
	}
	k := strings.LastIndexByte(s, '"')
	if k == 0 || s[k-1] == ' ' || s[k-1] == ':' || s[k-1] == '(' {
		return s + "\"", true // the last mark opens a quote
	}
	return s, false
}

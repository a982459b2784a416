package rank

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"briefing/generator/meta/tagger"
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
	"No, ", "Yes, ", // an answer to the sentence before: "No, she was just concerned that ..."
	// an item of the writer's list: "Second, regardless of pilots'
	// backgrounds, airlines ... may need to ..." (cnnval-291)
	"First, ", "Second, ", "Third, ", "Fourth, ", "Firstly, ", "Secondly, ", "Thirdly, ", "Finally, ", "Lastly, ",
}

// multiWordConnectives are dangling openers longer than one word.
var multiWordConnectives = []string{
	"In addition", "As a result", "On the other hand", "At the same time", "In turn",
	"Even so", "By contrast", "In contrast", "Despite this", "Because of this", "As well",
	"The latter", "The former", "In doing so", "Not only that", "On top of that",
	"No,", "Yes,",
	"First,", "Second,", "Third,", "Fourth,", "Firstly,", "Secondly,", "Thirdly,", "Finally,", "Lastly,",
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

// standaloneText rewrites s, sentence i of d or a trimmed form of it, so
// that it can be read alone: a leading personal pronoun becomes the
// person it refers to, a leading connective is dropped when the rest
// stands alone. It reports the new text, whether it was rewritten, and
// false when s cannot stand alone.
func standaloneText(d *text.Doc, i int, s string, people []string) (string, bool, bool) {
	t, changed, ok := standaloneOpening(d, i, s, people)
	if !ok {
		return t, changed, ok
	}
	if named, found := nameSpeaker(d, i, t, people); found {
		return named, true, true
	}
	return t, changed, ok
}

// nameSpeaker gives a speaker the sentence names only by a pronoun after
// what they said ("\"Four or five years,\" he told Televisa.") the name
// of the person the pronoun means, found as for an opening "He", when
// nothing before the pronoun outside quotation marks could be meant
// instead: in "Catherine, 33, is scheduled to give birth in April, she
// said" or "Douglas went to talk to the man -- \"...,\" he writes" the
// speaker may be the name before it, and the sentence is left as it is.
// Naming such a pronoun from the sentences before it named the wrong
// person ("Baroness Lawrence said", for "she"); a sentence whose speaker
// cannot be named stays a candidate, since a short article may have
// few others.
func nameSpeaker(d *text.Doc, i int, s string, people []string) (string, bool) {
	at, w := speakerPronoun(s)
	if at < 0 || w == "they" || speakerNamed(s, people) || capitalBefore(s[:at]) {
		return s, false
	}
	// Only the one person the sentence just before names: further back,
	// "..., he added" after "Gordon Brown has failed ..., Charles Kennedy
	// has said. How was it right ..., the Lib Dem leader asked." is not
	// the first person named.
	before, named := antecedents(d, i, people)
	if i == 0 || len(named) != 1 || before != d.Sentences[i-1].Text {
		return s, false
	}
	name := named[0].name
	if !properName(name) || !genderAgrees(capitalizeFirst(w), name) || mentions(s, name) {
		return s, false
	}
	return s[:at] + name + s[at+len(w):], true
}

// capitalBefore reports a capitalised word outside quotation marks, other
// than a first word that sentences open with: a name the pronoun after it
// may mean.
func capitalBefore(s string) bool {
	inQuote := false
	for k, f := range strings.Fields(s) {
		if n := strings.Count(f, "\"") + strings.Count(f, "“") + strings.Count(f, "”"); n > 0 {
			opens := strings.HasPrefix(f, "\"") || strings.HasPrefix(f, "“")
			if opens && !inQuote {
				inQuote = true
				if n == 1 {
					continue
				}
			}
			if strings.HasSuffix(strings.TrimRight(f, ",.?!"), "\"") || strings.Contains(f, "”") || n > 1 {
				inQuote = false
				continue
			}
		}
		if inQuote {
			continue
		}
		r, _ := utf8.DecodeRuneInString(f)
		if unicode.IsUpper(r) && !(k == 0 && text.SentenceStarters().Has(strings.TrimRight(f, ","))) {
			return true
		}
	}
	return false
}

// speakerNamed reports whether the person a speaker pronoun after a
// quotation or a claim means is named before it in the sentence ("Mr
// Blair ..., he said"), or the pronoun is the opening's own ("He said
// ..., he added"), or there is no such pronoun.
func speakerNamed(s string, people []string) bool {
	at, w := speakerPronoun(s)
	if at < 0 {
		return true
	}
	if w != "they" && (strings.Contains(s[:at], " "+w+" ") || strings.HasPrefix(s, capitalizeFirst(w)+" ")) {
		return true // "He said ..., he added": the opening's own
	}
	for _, p := range people {
		if properName(p) && mentions(s[:at], p) && (w == "they" || genderAgrees(capitalizeFirst(w), p)) {
			return true // "Mr Blair ..., he said": named already
		}
	}
	return false
}

// speakerPronoun finds "he", "she" or "they" as the speaker of an
// attribution after a comma or a closing quotation mark: ", he said",
// "\" he told". It returns the pronoun's offset and the pronoun, or -1.
func speakerPronoun(s string) (int, string) {
	for _, w := range []string{"he", "she", "they"} {
		for off := 0; ; {
			k := strings.Index(s[off:], " "+w+" ")
			if k < 0 {
				break
			}
			at := off + k + 1
			off = at
			before := strings.TrimRight(s[:at-1], "\"”")
			if !strings.HasSuffix(before, ",") && (len(before) == at-1 || !strings.HasSuffix(before, "?") && !strings.HasSuffix(before, "!")) {
				continue
			}
			verb, _, _ := strings.Cut(s[at+len(w)+1:], " ")
			switch strings.TrimRight(verb, ".,;") {
			case "said", "says", "added", "adds", "told", "tells", "wrote", "writes", "explained", "insisted",
				"argued", "warned", "claimed", "stressed", "noted", "continued", "recalled", "admitted":
				return at, w
			}
		}
	}
	return -1, ""
}

// standaloneOpening is standaloneText for the sentence's opening: a
// pronoun named, a connective dropped.
func standaloneOpening(d *text.Doc, i int, s string, people []string) (string, bool, bool) {
	if !OpensDangling(s) {
		if named, ok := nameDescription(d, i, s, people); ok {
			return named, true, true
		}
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
	case "The":
		if named, ok := nameDescription(d, i, s, people); ok {
			return named, true, true
		}
	case "He", "She", "His", "Her":
		name := pronounAntecedent(d, i, people)
		if name == "" || !properName(name) || len(s) == len(w) || s[len(w)] != ' ' || !genderAgrees(w, name) || mentions(s, name) {
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
// that names one, looking back at most three sentences; nobody when that
// sentence names two and the first may not be its subject.
func pronounAntecedent(d *text.Doc, i int, people []string) string {
	s, named := antecedents(d, i, people)
	if len(named) == 0 {
		return ""
	}
	// Of two people, the first is meant only when it is the subject,
	// not someone in a phrase about another's thing: "Frank Capra's
	// 1946 movie starring James Stewart, is being turned into a
	// musical by producer Jon Thoday. He is working with ..."
	if len(named) > 1 && (strings.Contains(s[:named[0].at], "'s ") || strings.Contains(s[:named[0].at], "’s ")) {
		return ""
	}
	// Nor one named in a phrase about something else: "Frank Capra's
	// 1946 movie starring James Stewart, is being turned into a musical
	// by producer Jon Thoday. He is working with ..." is Thoday (whom
	// the entity lists missed), not Stewart.
	if inModifier(s[:named[0].at]) {
		return ""
	}
	return named[0].name
}

// inModifier reports whether the text before a name ends in a word that
// makes the name part of a phrase about something else ("starring",
// "featuring", "including"), a role noun or two between.
func inModifier(before string) bool {
	words := strings.Fields(before)
	for k := len(words) - 1; k >= 0 && k >= len(words)-3; k-- {
		w := strings.ToLower(strings.Trim(words[k], ",;:\"'“”"))
		switch w {
		case "starring", "featuring", "including", "co-starring", "alongside", "like":
			return true
		}
		if r, _ := utf8.DecodeRuneInString(words[k]); !unicode.IsLower(r) || !personHead(w) && !lowerRole(w) {
			return false
		}
	}
	return false
}

// lowerRole is a word of a role written before a name: "producer Jon
// Thoday", "US actor".
func lowerRole(w string) bool {
	switch w {
	case "producer", "chef", "presenter", "composer", "writer", "songwriter", "executive", "officer", "secretary", "minister":
		return true
	}
	return false
}

// mention is a person named in a sentence, at byte offset at.
type mention struct {
	name string
	at   int
}

// antecedents are the people named in the nearest of the three sentences
// before sentence i that names anyone, in the order they are named, and
// that sentence. A name that is part of a longer one ("Perro Aguayo" in
// "Hijo del Perro Aguayo") or a possessive ("Frank Capra's 1946 movie")
// names no one a later sentence can point to.
func antecedents(d *text.Doc, i int, people []string) (string, []mention) {
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		s := d.Sentences[j].Text
		var named []mention
		for _, p := range people {
			at, n := strings.Index(s, p), len(p)
			if k := strings.LastIndexByte(p, ' '); at < 0 && k > 0 {
				// A later mention by surname: last name first in Western
				// order, first in Chinese ("Mr Xi").
				at, n = indexWholeWord(s, p[k+1:]), len(p)-k-1
				if first, _, _ := strings.Cut(p, " "); at < 0 {
					at, n = indexWholeWord(s, first), len(first)
				}
			}
			// A name inside quotation marks is what someone said or a
			// nickname ("We called her the \"White Bread Lady,\""), not
			// the person a later pronoun means.
			if at >= 0 && !possessiveAt(s, at) && !partOfName(s, at, at+n) && !modifierAt(s, at+n) && !quotedAt(s, at) && (n == len(p) || !otherNamed(d, p, s[at:at+n])) {
				named = append(named, mention{p, at})
			}
		}
		if len(named) == 0 && len(people) == 0 {
			if t := titledName(s); t != "" {
				named = append(named, mention{t, strings.Index(s, t)})
			}
		}
		if len(named) > 0 {
			slices.SortStableFunc(named, func(a, b mention) int { return a.at - b.at })
			return s, named
		}
	}
	return "", nil
}

// otherNamed reports whether the article first uses part, a surname or
// first name of p, in another person's name: "Johnson said" after
// Dwayne "The Rock" Johnson is not his father Rocky Johnson, named
// later. A title before it ("Mr Xi") is no other name.
func otherNamed(d *text.Doc, p, part string) bool {
	for _, sent := range d.Sentences {
		s := sent.Text
		at := indexWholeWord(s, part)
		if at < 0 {
			continue
		}
		if full := strings.Index(s, p); full >= 0 && full <= at && at < full+len(p) {
			return false
		}
		before := strings.TrimRight(s[:at], " \"”'’")
		prev := before[strings.LastIndexAny(before, " \"“")+1:]
		r, _ := utf8.DecodeRuneInString(prev)
		switch strings.TrimSuffix(prev, ".") {
		case "", "Mr", "Mrs", "Ms", "Miss", "Dr", "Sir", "Lord", "Lady", "President", "Prince", "Princess", "King", "Queen":
			return false
		}
		return unicode.IsUpper(r) && len(before) < at
	}
	return false
}

// modifierAt reports whether the name that ends at s[end] qualifies the
// noun after it, as a club or a firm does a role ("the former Chelsea
// chairman"): it names no one a pronoun may mean.
func modifierAt(s string, end int) bool {
	if end+1 >= len(s) || s[end] != ' ' {
		return false
	}
	next, _, _ := strings.Cut(s[end+1:], " ")
	next = strings.TrimRight(next, ",.;:")
	// a band's or a party's "member" too: "Former One Direction member
	// Zayn Malik" (cnnval-180) is who a later "he" means, not the band
	return next != "" && next == strings.ToLower(next) && (personHead(next) || lex().thingHeads[next] || next == "member" || next == "members" ||
		next == "character" || next == "role") // "the much loved Adam Sandler character" (cnnval-003)
}

// partOfName reports whether s[at:end] is part of a longer name: a
// particle before it ("del", "van", "bin") or a capitalised word right
// after it.
func partOfName(s string, at, end int) bool {
	before := strings.TrimRight(s[:at], " ")
	if k := strings.LastIndexByte(before, ' '); len(before) < at && k >= -1 {
		switch before[k+1:] {
		case "del", "de", "da", "di", "du", "van", "von", "der", "bin", "ibn", "al", "el", "la", "le", "dos", "das":
			return true
		}
	}
	if end+1 < len(s) && s[end] == ' ' {
		r, _ := utf8.DecodeRuneInString(s[end+1:])
		next, _, _ := strings.Cut(s[end+1:], " ")
		return unicode.IsUpper(r) && !dayWord(strings.TrimRight(next, ",.;:"))
	}
	return false
}

func dayWord(w string) bool {
	switch w {
	case "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday":
		return true
	}
	return false
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

// DanglingOpener reports whether key point s, read after the key points
// earlier, opens with something the reader cannot resolve: a pronoun or
// connective (see OpensDangling), a description of a person ("The
// 19-year-old", "The striker") whose head no earlier key point uses, or
// a description of a thing ("The company", "The attack") with no key
// point before it to set the scene.
func DanglingOpener(s string, earlier []string) bool {
	if OpensDangling(s) || pointsBack(s) || speakerLabel(s) || aside(s) || sameBack(s, earlier) {
		return true
	}
	d, ok := definiteHead(s)
	if !ok {
		return false
	}
	if !d.person && !documentHead(d.head) {
		return len(earlier) == 0
	}
	for _, e := range earlier {
		if containsFold(e, d.head) {
			return false
		}
	}
	return true
}

// speakerLabel reports a line of a transcript or a Q&A: a name and a
// colon before words that are not a quotation ("Moss: It's more an
// interest in the number 40.", cnnval-059). Read alone it is someone's
// unquoted first person, and the label is the page's layout. A name
// before a quotation ("Brentford boss Martin Allen: \"After ...\"")
// attributes it, and stays.
func speakerLabel(s string) bool {
	label, rest, ok := strings.Cut(s, ": ")
	if !ok || label == "" || strings.HasPrefix(rest, "\"") || strings.HasPrefix(rest, "“") || strings.HasPrefix(rest, "'") {
		return false
	}
	words := strings.Fields(label)
	if len(words) > 4 {
		return false
	}
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) || strings.ContainsAny(w, "\"“”0123456789") {
			return false
		}
	}
	r, _ := utf8.DecodeRuneInString(rest)
	return unicode.IsUpper(r)
}

// sameBack reports "the same" and a noun that point back to a sentence
// no earlier key point is: opening a sentence ("During the same quarter,
// Yahoo earned $187m") or closing it with nothing after to say the same
// as what ("appeared in court accused of the same offences.",
// bbc/entertainment/114 of the seed-8642 read). "At the same time" is an
// idiom; "the same period last year" says which.
func sameBack(s string, earlier []string) bool {
	k := strings.Index(s, "the same ")
	if k < 0 || strings.Contains(s, "at the same time") || strings.Contains(s, "At the same time") {
		return false
	}
	noun, rest, _ := strings.Cut(s[k+len("the same "):], " ")
	noun = strings.TrimRight(noun, ",.")
	if noun == "" || slices.ContainsFunc(earlier, func(e string) bool { return containsFold(e, noun) }) {
		return false
	}
	if first, _, _ := strings.Cut(s, " "); k <= len(first)+1 && openingPreposition(strings.ToLower(first)) {
		return strings.HasPrefix(s[k+len("the same ")+len(noun):], ",") // "During the same quarter,"
	}
	if rest != "" || !strings.HasSuffix(s, noun+".") {
		return false
	}
	// the sentence's own clause may say what is the same: "Two years
	// after she underwent a double mastectomy to cut her cancer risk,
	// Angelina Jolie has had surgery ... for the same reason" (cnnval-149)
	for w := range strings.FieldsSeq(strings.ToLower(s[:k])) {
		switch w {
		case "after", "before", "when", "like", "as", "while", "since":
			return false
		}
	}
	return true
}

// aside reports a sentence wholly in brackets: the writer's aside to the
// sentence before ("(Adam West declares they can, in a suitably
// Batman-esque authoritative tone.)", cnnval-243), no news of its own.
func aside(s string) bool {
	s = strings.TrimSpace(s)
	for _, b := range [][2]string{{"(", ")"}, {"[", "]"}} {
		if strings.HasPrefix(s, b[0]) && (strings.HasSuffix(s, b[1]) || strings.HasSuffix(s, b[1]+".")) &&
			strings.Index(s, b[1]) >= len(s)-2 {
			return true
		}
	}
	return false
}

// pointsBack reports a sentence whose opening phrase or clause leans on
// an earlier sentence through a pronoun: "In it, fraternity members
// ...", "For them, ...", "Once he did, ...", "When they arrived, ...",
// or whose subject after an opening phrase is one ("For years, she's
// had ...").
// A demonstrative counts only standing alone ("After that, ..."), not
// before its noun ("In this year's vote").
func pointsBack(s string) bool {
	s = strings.TrimLeft(s, "\"'“‘(")
	if afterOpening(s) {
		return true
	}
	first, rest, ok := strings.Cut(s, " ")
	if !ok {
		return false
	}
	if !openingPreposition(strings.ToLower(first)) {
		return false
	}
	second, _, _ := strings.Cut(rest, " ")
	bare := strings.TrimRight(second, ",")
	switch strings.ToLower(bare) {
	case "him", "them":
		return true // "For them, the vote came too late"
	case "he", "she", "it", "they", "her", "his", "its", "their":
		// The name may follow: "When he arrived, Smith was arrested",
		// "In his speech, Obama said ...", "When it opened, the museum
		// ..."; not in "Once he did, student after student ...".
		_, main, ok := strings.Cut(rest, ", ")
		next := openingWord(main)
		if !ok || strings.EqualFold(next, "the") {
			return !ok
		}
		r, _ := utf8.DecodeRuneInString(next)
		return !unicode.IsUpper(r) || text.SentenceStarters().Has(next) || lex().danglingWords[next]
	case "this", "that", "these", "those":
		return bare != second // "After that, ..."
	}
	return false
}

// openingPreposition opens a phrase or clause a sentence may start with.
func openingPreposition(w string) bool {
	switch w {
	case "in", "for", "with", "of", "to", "from", "by", "at", "on", "after", "before", "despite",
		"among", "like", "unlike", "without", "behind", "under", "about", "against", "during",
		"through", "within", "besides", "beyond", "once", "when", "while", "whilst", "as",
		"although", "though", "because", "since", "if", "until", "unless", "whenever":
		return true
	}
	return false
}

// timeOpener opens a phrase of time: "Last week,", "Ever since,".
func timeOpener(w string) bool {
	switch w {
	case "last", "earlier", "later", "ever", "then", "now", "today", "yesterday", "tonight", "next", "this", "one", "two", "years", "months", "weeks", "days", "well":
		return true
	}
	return false
}

// afterOpening reports a sentence whose subject, after a short opening
// phrase, is a pronoun: "For years, she's had a reputation as one of her
// sport's top players", "In 2004, it grew".
func afterOpening(s string) bool {
	head, rest, ok := strings.Cut(s, ", ")
	if !ok || strings.Count(head, " ") > 5 || strings.ContainsAny(head, "\"“") {
		return false
	}
	words := strings.Fields(head)
	// a phrase, not a clause with its subject ("The firm grew, it
	// said"), and no name in it the pronoun may mean ("When Vladimir
	// Putin reappears, he does it with style")
	first := strings.ToLower(words[0])
	if !openingPreposition(first) && !strings.HasSuffix(first, "ly") && !strings.HasSuffix(first, "ing") &&
		!strings.HasSuffix(first, "ed") && !timeOpener(first) {
		return false
	}
	// A demonstrative subject means something said before, whatever the
	// phrase names: "For example in West Ham, this might allow only women
	// ... to be candidates" (bbc/politics/143, every key point).
	if dem, verb, ok := strings.Cut(rest, " "); ok && (dem == "this" || dem == "these" || dem == "that") {
		v, _, _ := strings.Cut(verb, " ")
		switch v {
		case "is", "was", "are", "were", "has", "have", "had", "will", "would", "could", "might", "may", "can", "should", "must", "means", "meant":
			return true
		}
	}
	for _, w := range words[1:] {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
			return false
		}
	}
	switch openingWord(rest) {
	case "he", "she", "it", "they", "he's", "she's", "it's", "they're", "they've", "he'd", "she'd", "they'd":
		return true
	}
	return false
}

// description is an opening definite description.
type description struct {
	head   string // its head noun, lower case
	end    int    // byte offset in the sentence just after the head
	person bool   // it stands for a person or people
}

// definiteHead finds an opening definite description that leans on an
// earlier sentence: "The" (or "The two", "The former") and a head from
// the words news copy uses for someone or something already named, not
// followed by what would identify it ("The man who ...", "The company
// behind ...", "The mayor of ...").
func definiteHead(s string) (description, bool) {
	trimmed := strings.TrimLeft(s, "\"'“‘")
	off := len(s) - len(trimmed)
	if !strings.HasPrefix(trimmed, "The ") {
		return description{}, false
	}
	pos := off + len("The ")
	rest := s[pos:]
	for k := 0; k < 3; k++ {
		sp := strings.IndexByte(rest, ' ')
		word := rest
		if sp >= 0 {
			word = rest[:sp]
		}
		w := strings.TrimRight(word, ",;:.")
		possessive := strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s")
		if possessive {
			w = w[:strings.LastIndexAny(w, "'’")]
		}
		lw := strings.ToLower(w)
		if w == "" || w != lw && !strings.Contains(w, "-year-old") && !(k == 0 && !possessive && lowerNext(rest, sp)) {
			return description{}, false // a name: "The White House"
		}
		if w != lw && !strings.Contains(w, "-year-old") {
			// a name that qualifies a head: "The Bath fly-half", "The
			// Arsenal striker"; the head decides
			pos += sp + 1
			rest = rest[sp+1:]
			continue
		}
		person, thing := personHead(lw), lex().thingHeads[lw]
		if !person && !thing {
			if sp < 0 {
				return description{}, false
			}
			pos += sp + 1
			rest = rest[sp+1:]
			continue
		}
		if sp >= 0 && w == word && !possessive {
			next, _, _ := strings.Cut(rest[sp+1:], " ")
			switch strings.ToLower(next) {
			case "of", "who", "whose", "which", "that", "behind", "in", "at", "from", "for", "accused",
				"named", "charged", "known", "responsible", "with", "on", "to", "called", "dubbed":
				return description{}, false
			}
		}
		return description{head: lw, end: pos + len(w), person: person}, true
	}
	return description{}, false
}

// lowerNext reports whether the word after the space at sp in rest is
// written in lower case.
func lowerNext(rest string, sp int) bool {
	if sp < 0 || sp+1 >= len(rest) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(rest[sp+1:])
	return unicode.IsLower(r)
}

// personHead reports the heads of descriptions that stand for a person
// or people named earlier.
func personHead(w string) bool {
	if strings.HasSuffix(w, "-year-old") || strings.HasSuffix(w, "-year-olds") {
		return true
	}
	// "The Bath fly-half-cum-centre": either role is the person's
	if a, b, ok := strings.Cut(w, "-cum-"); ok {
		return lex().personHeads[a] || lex().personHeads[b]
	}
	return lex().personHeads[w]
}

func containsFold(s, sub string) bool {
	return strings.Contains(strings.ToLower(s), sub)
}

// nameDescription replaces an opening description of one person ("The
// 29-year-old", "The striker") with the person it stands for. A plural
// or a group ("The couple") is left alone, as is a description whose
// person is not certain. The person is the first one named in the
// nearest of the three sentences before it, as for "he".
func nameDescription(d *text.Doc, i int, s string, people []string) (string, bool) {
	desc, ok := definiteHead(s)
	if !ok || !desc.person || strings.HasSuffix(desc.head, "s") || groupHead(desc.head) {
		return s, false
	}
	name := describedPerson(d, i, people, desc.head)
	if name == "" || !properName(name) || mentions(s[desc.end:], name) {
		return s, false
	}
	switch desc.head {
	case "woman", "girl", "mother", "daughter", "wife", "actress", "widow", "girlfriend", "fiancee", "businesswoman", "spokeswoman", "ex-wife":
		if !genderAgrees("She", name) {
			return s, false
		}
	case "man", "boy", "father", "son", "husband", "boyfriend", "businessman", "spokesman", "congressman", "ex-husband", "frontman":
		if !genderAgrees("He", name) {
			return s, false
		}
	}
	start := strings.Index(s, "The ")
	end, ok := phraseEnd(s, start, desc.end)
	if !ok {
		return s, false
	}
	// "The officer, Darren Wilson, was cleared": the name is there
	if rest, ok := strings.CutPrefix(s[end:], ", "); ok {
		if r, _ := utf8.DecodeRuneInString(rest); unicode.IsUpper(r) {
			return s, false
		}
		// "The Mercedes driver, and current world champion, beat ...":
		// the description goes on past its comma
		if strings.HasPrefix(rest, "and ") || strings.HasPrefix(rest, "or ") {
			return s, false
		}
	}
	return s[:start] + name + s[end:], true
}

// describedPerson is the person a description ("The 29-year-old", "The
// striker") stands for: the one person named in the nearest earlier
// sentence that names anyone, or, of several, the one its head
// introduces there ("striker Robbie Fowler"). Of "Kevin Keegan has
// praised striker Robbie Fowler", "The 29-year-old" could be either.
func describedPerson(d *text.Doc, i int, people []string, head string) string {
	s, named := antecedents(d, i, people)
	// "A trooper caught a driver using a cardboard cutout of Jonathan
	// Goldsmith. The driver ...": the head names someone else there.
	for off := 0; ; {
		k := indexWholeWord(strings.ToLower(s[off:]), head)
		if k < 0 {
			break
		}
		off += k + len(head)
		if !slices.ContainsFunc(named, func(m mention) bool { return strings.HasPrefix(strings.TrimLeft(s[off:], " "), m.name) }) {
			return ""
		}
	}
	if len(named) == 1 {
		return named[0].name
	}
	found := ""
	for _, m := range named {
		before := strings.Fields(strings.ToLower(s[max(0, m.at-40):m.at]))
		if n := len(before); n > 0 && strings.TrimRight(before[n-1], ",") == head {
			if found != "" {
				return ""
			}
			found = m.name
		}
	}
	return found
}

// phraseEnd is where the noun phrase that opens at s[start:] with the
// head ending at head ends: the whole of "The 31-year-old South African
// comic" goes for the name, not "The 31-year-old" alone ("Trevor Noah
// South African comic"). A phrase that names someone already ("The
// 29-year-old Gomis") is not replaced.
func phraseEnd(s string, start, head int) (int, bool) {
	toks := tagger.Tokenize(s)
	pos, chunks := tagger.POSChunks(tagger.Words(toks))
	end, last := head, -1
	for k, tk := range toks {
		if tk.Start < start {
			continue
		}
		// the tagger may take the comma after "The 47-year-old" into
		// the phrase: it is not the name's to replace
		if tk.Start > start && (chunks[k] != "I-NP" || !wordByte(tk.Text[0]) && tk.Text[0] < 0x80) || tk.Text == "'s" || tk.Text == "’s" {
			break
		}
		if tk.End > end {
			end, last = tk.End, k
		}
	}
	if last >= 0 && strings.HasPrefix(pos[last], "NNP") {
		return 0, false // "The 29-year-old Gomis"
	}
	// A word straight after the phrase that the tagger starts a new noun
	// phrase with is still the description's: "The 25-year-old number
	// eight made a scoring return" is not "Simon Taylor eight made ..."
	// (bbc/sport/410, seed-8642 read). Where the phrase ends is unsure.
	if last >= 0 && last+1 < len(toks) && toks[last+1].Start == toks[last].End+1 &&
		strings.HasSuffix(chunks[last+1], "NP") && (pos[last+1] == "CD" || pos[last+1] == "NN" || pos[last+1] == "NNS") {
		return 0, false
	}
	return end, true
}

func groupHead(w string) bool {
	switch w {
	case "couple", "pair", "trio", "former", "latter", "accused":
		return true
	}
	return false
}

// possessiveAt reports whether the name at s[at:] is a possessive ("Frank
// Capra's 1946 movie"): it names whose thing the sentence is about, not
// who acts in it.
func possessiveAt(s string, at int) bool {
	end := at
	for end < len(s) && (wordByte(s[end]) || s[end] == ' ' || s[end] == '-' || s[end] == '.') {
		if s[end] == ' ' && end+1 < len(s) && !(s[end+1] >= 'A' && s[end+1] <= 'Z') {
			break
		}
		end++
	}
	rest := s[end:]
	return strings.HasPrefix(rest, "'s") || strings.HasPrefix(rest, "’s") || strings.HasPrefix(rest, "' ")
}

// properName reports a name every word of which is capitalised: a name
// the entity lists took with its context ("James-produced Starz") is
// not put in a key point.
func properName(name string) bool {
	for w := range strings.FieldsFuncSeq(name, func(r rune) bool { return r == ' ' || r == '-' }) {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// fullNames gives each person a key point names by surname alone ("Kim
// denied it", "Mr Blair went back on a pledge") the full name the
// article gives them, at their first mention in the key points: a reader
// of the briefing has not read the article's introduction. earlier are
// the key points before s. A surname two people share, a mention inside
// a quotation and a key point that would grow past MaxWords are left
// alone.
func fullNames(d *text.Doc, s string, earlier, people, orgs []string) string {
	for _, p := range people {
		k := strings.LastIndexByte(p, ' ')
		if k < 0 || !properName(p) || strings.Contains(s, p) || slices.ContainsFunc(earlier, func(e string) bool { return strings.Contains(e, p) }) {
			continue
		}
		surname := p[k+1:]
		if first := p[:strings.IndexByte(p, ' ')]; familyNameFirst(p) {
			surname = first // "Kim" of Kim Jong Un, "Xi" of Xi Jinping
		}
		if len(surname) < 3 && !familyNameFirst(p) || sharedSurname(surname, p, people) || !plainName(p) || !introduced(d, p, surname) ||
			slices.ContainsFunc(orgs, func(o string) bool { return indexWholeWord(o, surname) >= 0 }) {
			continue // "Kasabian" the band is not "Linda Kasabian"
		}
		at := indexWholeWord(s, surname)
		if at < 0 || quotedAt(s, at) || slices.ContainsFunc(earlier, func(e string) bool { return indexWholeWord(e, surname) >= 0 }) {
			continue
		}
		end := at + len(surname)
		if at > 0 && s[at-1] == '-' || end < len(s) && s[end] == '-' || strings.HasPrefix(s[end:], " &") || strings.HasSuffix(s[:at], "& ") {
			continue // "anti-Bush", "Blair-era", "Dolce & Gabbana"
		}
		start := at
		// "Mr Blair" becomes "Tony Blair"; "Jack Straw" is already whole
		// (a first name other than the article's is another person).
		before := strings.TrimSuffix(s[:at], " ")
		prev := before[strings.LastIndexByte(before, ' ')+1:]
		switch strings.TrimSuffix(prev, ".") {
		case "Mr", "Mrs", "Ms", "Miss", "Dr", "Sir":
			start = at - (len(s[:at]) - len(before)) - len(prev)
		case "the", "The", "a", "A", "an", "An":
			continue // "The Passion of the Christ"
		default:
			// a capitalised word before the surname may be another first
			// name ("Jack Straw"); one a comma ends is not ("Eventually,
			// Le-May told ITV")
			if r, _ := utf8.DecodeRuneInString(prev); len(before) < at && prev != "" && unicode.IsUpper(r) && start > 0 && !dangerousCap(prev) &&
				!strings.HasSuffix(prev, ",") && !strings.HasSuffix(prev, ";") && !strings.HasSuffix(prev, ":") {
				continue
			}
		}
		if partOfName(s, at, at+len(surname)) || titlePossessive(s[at+len(surname):]) || countWords(s)+strings.Count(p, " ") > MaxWords ||
			twoHonorifics(d, surname) { // last: it reads the whole article
			continue
		}
		s = s[:start] + p + s[at+len(surname):]
	}
	return s
}

// twoHonorifics reports a surname the article gives both a man's and a
// woman's title ("Mr Howard" and "Mrs Howard"): a husband and wife the
// people list may hold as one, so the surname alone is neither's to
// expand. "Mrs Howard will make solo visits ... accompanying her
// husband" had become "Michael Howard will make ..." (bbc/politics/011,
// seed-8642 read).
func twoHonorifics(d *text.Doc, surname string) bool {
	male, female := false, false
	for _, s := range d.Sentences {
		for off := 0; ; {
			k := indexWholeWord(s.Text[off:], surname)
			if k < 0 {
				break
			}
			before := strings.TrimRight(s.Text[:off+k], " ")
			switch strings.TrimSuffix(before[strings.LastIndexByte(before, ' ')+1:], ".") {
			case "Mr", "Sir", "Lord":
				male = true
			case "Mrs", "Ms", "Miss", "Lady", "Dame":
				female = true
			}
			off += k + len(surname)
		}
		if male && female {
			return true
		}
	}
	return false
}

// plainName reports a name with no word that is a month, a day or a word
// sentences open with: the entity lists' "Before December" is no one.
// The months that are also names ("Theresa May", "June Whitfield") and
// the short forms written without their stop ("Mar Dixon", cnnval-126 of
// the seed-8642 read; "Jan Smith") are names.
func plainName(p string) bool {
	for w := range strings.FieldsSeq(p) {
		if text.MonthName(w) && len(w) > 4 && w != "April" && w != "June" || dayWord(w) || text.SentenceStarters().Has(w) {
			return false
		}
	}
	return true
}

// introduced reports whether the article names p in full where it first
// uses the surname: the surname is then the person's. The band Kasabian,
// named long before "Linda Kasabian", its namesake, is not her; nor is
// the planet Mercury "Freddy Mercury", nor "Dolce & Gabbana" the people;
// a name the entity lists took from the headline alone ("Blunkett
// Sheffield", of "Blair and Blunkett Sheffield trip") is no one's.
func introduced(d *text.Doc, p, surname string) bool {
	for _, s := range d.Sentences {
		at := indexWholeWord(s.Text, surname)
		if at < 0 {
			continue
		}
		full := strings.Index(s.Text, p)
		if familyNameFirst(p) && strings.HasPrefix(p, surname+" ") {
			return full >= 0 && full == at
		}
		return full >= 0 && full+len(p)-len(surname) == at
	}
	return false
}

// dangerousCap is a capitalised word that may come before a surname
// without being part of the name: a sentence's first word.
func dangerousCap(w string) bool {
	return text.SentenceStarters().Has(w)
}

// sharedSurname reports whether another person of the article has the
// same surname or is named by it alone: last in Western order, first in
// East Asian ("Kim Jong Un" and "Kim Yo Jong").
func sharedSurname(surname, p string, people []string) bool {
	for _, q := range people {
		if q != p && (q == surname || strings.HasSuffix(q, " "+surname) || strings.HasPrefix(q, surname+" ")) {
			return true
		}
	}
	return false
}

// familyNameFirst reports a Korean or Chinese name written family name
// first, as news copy writes them: a family name of the lists below and a
// given name of two parts ("Kim Jong Un", "Park Geun-hye") or, for the
// Chinese names, one ("Xi Jinping"). A Western name that opens with such
// a word ("Lee Westwood", "Kim Kardashian") has a one-word given name
// after it, which is not taken.
func familyNameFirst(p string) bool {
	parts := strings.Fields(p)
	if len(parts) < 2 || len(parts) > 3 {
		return false
	}
	switch parts[0] {
	case "Kim", "Lee", "Park", "Choi", "Jung", "Chung", "Kang", "Cho", "Yoon", "Jang", "Lim", "Han", "Shin", "Kwon",
		"Hwang", "Ahn", "Yoo", "Hong", "Jeon", "Moon", "Roh", "Ri", "Pak", "Ban":
		return len(parts) == 3 || strings.Contains(parts[1], "-")
	case "Xi", "Hu", "Wen", "Li", "Wang", "Zhang", "Liu", "Chen", "Zhao", "Zhou", "Mao", "Deng", "Jiang", "Xu", "Zhu", "Guo":
		return true
	}
	return false
}

// quotedAt reports whether byte offset at of s is inside quotation marks.
func quotedAt(s string, at int) bool {
	before := s[:at]
	return strings.Count(before, "\"")%2 == 1 || strings.Count(before, "“") > strings.Count(before, "”")
}

// titlePossessive reports a possessive before a capitalised word: the
// surname opens a title ("Brown's Britain"), not a mention.
func titlePossessive(rest string) bool {
	for _, mark := range []string{"'s ", "’s "} {
		if after, ok := strings.CutPrefix(rest, mark); ok {
			r, _ := utf8.DecodeRuneInString(after)
			return unicode.IsUpper(r)
		}
	}
	return false
}

// documentHead is a thing a reader cannot guess from the scene alone:
// "The report highlighted ..." after a key point that names no report
// is some report the reader never met.
func documentHead(w string) bool {
	switch w {
	case "report", "study", "survey", "letter", "statement", "ruling", "verdict", "bill", "proposal", "findings":
		return true
	}
	return false
}

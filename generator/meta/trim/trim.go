package trim

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"briefing/generator/meta/tagger"
)

// Cut is one deletion: the rule that made it and the words it removed.
type Cut struct {
	Rule string // one of the Rule constants
	Text string // the words removed, as written
}

// The rules, in the order they are tried. A cut is kept only when what
// is left still reads as a whole sentence.
const (
	Attribution   = "attribution"   // ", police said", ", according to the agency"
	LeadPhrase    = "lead-phrase"   // "On Wednesday,", "In a statement,", "Speaking to reporters,"
	Time          = "time"          // "on Wednesday", "last week", a bare "Tuesday"
	Parenthetical = "parenthetical" // "(pictured)", "-- a brave new dawn --"
	Appositive    = "appositive"    // ", a former head of the RAF,"
	Relative      = "relative"      // ", who has a history of fainting,"
	Participle    = "participle"    // ", saying he was tired", ", including three children"
	Adverb        = "adverb"        // "also"
)

// Options are what the trimmer knows of the article beyond the sentence.
// The zero value is ready to use.
type Options struct {
	// People are the names of people the article mentions: an attribution
	// to one of them is a claim, and stays.
	People []string
	// Target is the length in words above which the second tier of cuts
	// (closing and opening clauses, an opening "Police said") is tried;
	// 0 makes only the first, safe tier.
	Target int
	// Truncate lets a sentence still over Target lose its closing
	// phrases, from the end, down to its main clause.
	Truncate bool
	// Organizations are the organisations the article names: an
	// attribution to one of them is an institution's report.
	Organizations []string
}

// Sentence returns s shortened by deletion, and the cuts made, in the
// order of the sentence. A sentence the rules cannot shorten safely comes
// back as it was.
func Sentence(s string, opt Options) (string, []Cut) {
	return Parse(s).Trim(opt)
}

// Parsed is a sentence tagged for trimming, to be trimmed once or more
// with different options without tagging it again.
type Parsed struct {
	src    string
	t      *sentence // nil when there is nothing to cut
	tagged bool      // parse has run: a nil t is then final
	tags   *tagger.Memo
}

// Parse tags s for trimming. A sentence with nothing any rule could cut
// (no comma, bracket, dash, day's name, "also" or reporting verb) is not
// tagged unless it is to be truncated.
func Parse(s string) *Parsed { return ParseTagged(s, nil) }

// ParseTagged is Parse through tags, the memo of the document s comes
// from: a sentence another step tagged is not tagged again.
func ParseTagged(s string, tags *tagger.Memo) *Parsed {
	p := &Parsed{src: s, tags: tags}
	if hasCue(s) {
		p.t, p.tagged = parse(s, tags), true
	}
	return p
}

// Trim returns the sentence shortened by deletion under opt, and the cuts
// made, in the order of the sentence.
func (p *Parsed) Trim(opt Options) (string, []Cut) {
	// Truncation counts the tagger's words ("Rome's" is two), so only
	// the parse can tell whether a sentence is over the target. A
	// sentence parse refused (too short, too long) stays refused: it is
	// not tokenised again on every call (rank's shortened calls in a loop).
	if !p.tagged && opt.Truncate && opt.Target > 0 {
		p.t, p.tagged = parse(p.src, p.tags), true
	}
	t := p.t
	if t == nil {
		return p.src, nil
	}
	t.reset()
	t.people, t.orgs = opt.People, opt.Organizations
	for _, c := range t.candidates() {
		t.try(c)
	}
	if opt.Target > 0 {
		for _, c := range t.shorter() {
			if t.kept() <= opt.Target {
				break
			}
			t.try(c)
		}
		if opt.Truncate && t.kept() > opt.Target {
			for _, c := range t.tail() {
				if t.kept() <= opt.Target {
					break
				}
				t.try(c)
			}
		}
	}
	return t.text(), t.cutList()
}

// hasCue reports whether s has something a rule short of truncation
// could cut: every such rule starts at a comma, a semicolon, a bracket, a
// dash, a day's name, "also" or a reporting verb.
func hasCue(s string) bool {
	if strings.ContainsAny(s, ",;([—–-") || strings.Contains(s, " also ") {
		return true
	}
	for _, v := range []string{" said ", " says ", " say ", " told ", " reported ", " reports ", " announced ", " confirmed "} {
		if strings.Contains(s, v) {
			return true // "Police said the fire was deliberate"
		}
	}
	for _, d := range []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"} {
		if strings.Contains(s, d) {
			return true
		}
	}
	return false
}

// kept counts the words left.
func (t *sentence) kept() int {
	n := 0
	for i, w := range t.words {
		if !t.gone[i] && isWordToken(w) {
			n++
		}
	}
	return n
}

// reset undoes every cut, for trimming again.
func (t *sentence) reset() {
	clear(t.gone)
	clear(t.rules)
}

// token roles the rules read.
type sentence struct {
	src       string
	toks      []tagger.Token
	words     []string
	pos       []string
	chunk     []string
	quoted    []bool // inside quotation marks, the marks included
	bracketed []bool // inside brackets, the brackets included
	gone      []bool // deleted
	rules     []string
	stop      int // index of the final stop
	people    []string
	orgs      []string
}

// span is a candidate cut of tokens [a, b).
type span struct {
	a, b int
	rule string
}

func parse(s string, tags *tagger.Memo) *sentence {
	if len(s) > 2000 || strings.TrimSpace(s) == "" || !utf8.ValidString(s) {
		return nil
	}
	toks := tagger.Tokenize(s)
	if len(toks) < 6 || len(toks) > 150 {
		return nil
	}
	words := tagger.Words(toks)
	pos, chunk := tags.POSChunks(words)
	t := &sentence{src: s, toks: toks, words: words, pos: pos, chunk: chunk,
		quoted: make([]bool, len(toks)), gone: make([]bool, len(toks)), rules: make([]string, len(toks))}
	t.markQuotes()
	t.bracketed = make([]bool, len(toks))
	depth := 0
	for i, w := range words {
		if w == "(" || w == "[" {
			depth++
		}
		t.bracketed[i] = depth > 0
		if (w == ")" || w == "]") && depth > 0 {
			depth--
		}
	}
	t.stop = -1
	for i := len(toks) - 1; i >= 0; i-- {
		if w := words[i]; w == "." || w == "!" || w == "?" {
			t.stop = i
			break
		}
		if !isCloseMark(words[i]) {
			break
		}
	}
	if t.stop < 3 {
		return nil // not a sentence: no final stop to keep
	}
	return t
}

func isCloseMark(w string) bool {
	return w == "\"" || w == "”" || w == "'" || w == "’" || w == ")" || w == "]"
}

// markQuotes marks the tokens inside quotation marks. Straight double
// quotes toggle; curly ones open and close; a lone single quote opens
// when a word follows it without a space and closes an open single
// quote (otherwise it is the apostrophe of "players'"). A quotation left
// open runs to the end.
func (t *sentence) markQuotes() {
	double, single := false, false
	for i, w := range t.words {
		in := double || single
		switch w {
		case "\"":
			double = !double
			in = true
		case "“":
			double, in = true, true
		case "”":
			double, in = false, true
		case "'", "‘", "’":
			glued := i+1 < len(t.toks) && t.toks[i+1].Start == t.toks[i].End
			spaced := i == 0 || t.toks[i-1].End < t.toks[i].Start
			switch {
			case single && !glued:
				single, in = false, true
			case !single && spaced && glued && w != "’" && !(i+1 < len(t.words) && hasDigit(t.words[i+1][:1])):
				// not before a year cut short: "the brand Batman '66", "the '90s"
				single, in = true, true
			}
		default:
			// a mark inside a token the tokenizer left whole: `WTKR."That`
			if n := strings.Count(w, "\"") + strings.Count(w, "“") + strings.Count(w, "”"); n > 0 {
				in = true
				if strings.Contains(w, "“") {
					double = true
				}
				if strings.Contains(w, "”") {
					double = false
				}
				if strings.Count(w, "\"")%2 == 1 {
					double = !double
				}
			}
		}
		t.quoted[i] = in
	}
}

// candidates lists the cuts the rules propose, safest first.
func (t *sentence) candidates() []span {
	var out []span
	out = t.parentheticals(out)
	out = t.timePhrases(out)
	out = t.leadPhrase(out)
	out = t.attribution(out)
	out = t.relatives(out)
	out = t.appositives(out)
	out = t.participles(out)
	out = t.adverbs(out)
	return out
}

// try makes cut c when it is safe: no quotation, name or number cut
// through, and what is left still a whole sentence with a verb.
func (t *sentence) try(c span) bool {
	if c.a < 0 || c.b > len(t.toks) || c.a >= c.b {
		return false
	}
	for i := c.a; i < c.b; i++ {
		if t.quoted[i] {
			return false
		}
	}
	if !t.edgesClean(c) {
		return false
	}
	saved := make([]bool, c.b-c.a)
	copy(saved, t.gone[c.a:c.b])
	for i := c.a; i < c.b; i++ {
		t.gone[i] = true
	}
	if !t.whole() {
		copy(t.gone[c.a:c.b], saved)
		return false
	}
	for i := c.a; i < c.b; i++ {
		if !saved[i-c.a] {
			t.rules[i] = c.rule
		}
	}
	return true
}

// edgesClean reports whether cut c leaves names and numbers whole: it
// must not start or end inside a run of capitalised words or between a
// number and its unit.
func (t *sentence) edgesClean(c span) bool {
	before, after := t.prevKept(c.a), t.nextKept(c.b)
	host := before
	if host > 0 && t.clitic(host) {
		host-- // "A's At": the word of "'s" is "A"
	}
	// A day's name is not part of the name beside it: "Old Trafford Monday".
	if before >= 0 && before == c.a-1 && capWord(t.words[c.a]) && capWord(t.words[host]) && !dayName(t.words[c.a]) {
		return false
	}
	if after < len(t.toks) && after == c.b && capWord(t.words[after]) && capWord(t.words[c.b-1]) && !dayName(t.words[c.b-1]) {
		return false
	}
	// nor take the clitic from its word ("can't", "Russia's"), nor any
	// word from what it is glued to ("AA--a0")
	if t.clitic(c.a) || c.a > 0 && t.toks[c.a].Start == t.toks[c.a-1].End && isWordToken(t.words[c.a]) {
		return false
	}
	// nor glue what follows to what precedes ("A--0--aed", "bd - --!0",
	// "Tuesday%"): only a closing mark may follow a cut without a space.
	glued := after < len(t.toks) && after > c.a && t.toks[after].Start == t.toks[after-1].End
	if glued && !isTrailingMark(t.words[after]) && t.words[after] != "\"" {
		return false
	}
	if glued && isTrailingMark(t.words[after]) {
		for k := after + 1; k < len(t.toks) && t.toks[k].Start == t.toks[k-1].End; k++ {
			if isWordToken(t.words[k]) {
				return false // "bd!0"
			}
		}
	}
	// nor cut a name at its small words: "the Centers for Disease Control"
	if before >= 0 && before == c.a-1 && capWord(t.words[host]) && nameJoiner(t.words[c.a]) &&
		c.a+1 < len(t.toks) && capWord(t.words[c.a+1]) && !dayName(t.words[c.a+1]) {
		return false
	}
	// nor join two names into one: "Airbus A320 (twin-jet) Airline"
	if before >= 0 && after < len(t.toks) && capWord(t.words[before]) && capWord(t.words[after]) && !dayName(t.words[after]) {
		return false
	}
	if before >= 0 && before == c.a-1 && numberWord(t.words[before]) && strings.HasPrefix(t.pos[c.a], "NN") {
		return false // "$5 million" less its unit
	}
	if after < len(t.toks) && after == c.b && numberWord(t.words[c.b-1]) && strings.HasPrefix(t.pos[after], "NN") {
		return false
	}
	return true
}

func (t *sentence) prevKept(i int) int {
	for i--; i >= 0 && t.gone[i]; i-- {
	}
	return i
}

func (t *sentence) nextKept(i int) int {
	for ; i < len(t.toks) && t.gone[i]; i++ {
	}
	return i
}

// capWord reports a word whose first letter or digit is a capital.
func capWord(w string) bool {
	for _, r := range w {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return unicode.IsUpper(r)
		}
	}
	return false
}

func numberWord(w string) bool {
	for _, r := range w {
		if unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// whole reports whether the kept tokens read as a whole sentence: enough
// words, a finite verb, a subject before it, and nothing Broken.
func (t *sentence) whole() bool {
	words, finite := 0, false
	first := -1
	// A verb of a relative clause set off by commas (", who will hold
	// talks,") is not the sentence's: "Jack Straw, who will hold talks in
	// Beijing." has none.
	relative := false
	for i := range t.toks {
		if t.gone[i] {
			continue
		}
		if first < 0 && !isOpenMark(t.words[i]) {
			first = i
		}
		if isWordToken(t.words[i]) {
			words++
		}
		if t.words[i] == "," && !t.quoted[i] {
			relative = false
			if n := t.nextKept(i + 1); n < t.stop && relativeWord(t.words[n]) {
				relative = true
			}
		}
		if relative {
			continue
		}
		switch t.pos[i] {
		case "VBD", "VBZ", "VBP", "MD":
			// "said Dr. Sohbin" attributes the sentence; it is not its verb
			finite = finite || !t.quoted[i] && !(t.invertedSaid(i) && t.prevKept(i) >= 0 && t.words[t.prevKept(i)] == ",")
		case "VBN":
			// the tagger reads some past tenses as participles:
			// "police arrested a man"
			if p := t.prevKept(i); p >= 0 && !t.quoted[i] && (strings.HasPrefix(t.pos[p], "NN") || t.pos[p] == "PRP") {
				finite = true
			}
			// and after an appositive: "Christina Lee, an expert on
			// Anglo-Saxon society, translated the manuscript"
			if !t.quoted[i] && t.afterAppositive(i) {
				finite = true
			}
		}
	}
	if words < 6 || !finite || first < 0 {
		return false
	}
	// nor leave a clause without its verb: "to ensure that the pages."
	// once ", videos and other content ... reaches visitors" is cut
	if t.verblessClause() || t.danglingConjunction() {
		return false
	}
	// nor with a relative pronoun, the rest of a clause cut before it:
	// "Which begins on 17 January, Clijsters would ..."
	if t.gone[0] && relativeWord(t.words[first]) {
		return false
	}
	// A cut at the start must leave the sentence opening as a clause
	// does: with its subject (a noun phrase), a quotation or "There".
	if t.gone[0] && !strings.HasSuffix(t.chunk[first], "NP") && !t.quoted[first] && t.pos[first] != "EX" {
		return false
	}
	// nor with a numeral, which style books spell out there, or a sign
	if t.gone[0] && (numberWord(t.words[first]) || !t.quoted[first] && !unicode.IsLetter([]rune(t.words[first])[0])) {
		return false
	}
	// nor end on a word that needs more: "cover for Russia by.", "later
	// due.", "after." before a cut clause
	if last := t.prevKept(t.stop); last >= 0 && t.gone[last+1] {
		if t.pos[last] == "IN" && isWordToken(t.words[last+1]) {
			return false // a stranded preposition
		}
		switch strings.ToLower(t.words[last]) {
		case "due", "according", "because", "instead", "ahead", "prior", "such", "rather", "thanks", "regardless",
			"even", "just", "only", "very", "also", // "... some surprises - even."
			"so", "and", "but", "or", "nor", "yet": // "not individual members, so."
			return false
		case "is", "are", "was", "were", "be", "been", "being", "am", "isn't", "aren't", "wasn't", "weren't",
			"n't", "will", "would", "can", "could", "should", "must", "may", "might", "shall", "has", "have", "had":
			// a verb that needs what follows it: "Any organisation that
			// processes personal data is.", "... representation isn't."
			// ("in May." is a month)
			if strings.HasPrefix(t.pos[last], "VB") || t.pos[last] == "MD" || t.pos[last] == "RB" {
				return false
			}
		}
		switch t.pos[last] {
		case "TO", "DT", "CC", "PRP$", "WDT", "WP", "POS":
			return false
		case "IN":
			switch strings.ToLower(t.words[last]) {
			case "of", "for", "with", "from", "at", "by", "into", "onto", "upon", "than", "as", "like",
				"via", "per", "among", "between", "during", "without", "including", "against", "toward",
				"towards", "despite", "amid", "that", "if", "because", "although", "whether", "while":
				return false
			}
		}
	}
	// A sentence whose subject is a "What" clause needs the verb after
	// it: "What might be more surprising to learn, though, is that ..."
	// is not "What might be more surprising to learn."
	if f := t.nextKept(0); f < t.stop && t.pos[f] == "WP" && !t.quoted[f] && t.words[t.stop] != "?" && t.cutAfter(f) {
		return false
	}
	// A sentence that opens with a subordinate clause needs its main
	// clause: "Although the Kremlin released photos." is not one.
	k := t.nextKept(0)
	if k < t.stop && t.pos[k] == "CC" {
		k = t.nextKept(k + 1) // "And when it comes to longevity."
	}
	if k < t.stop && subordinator(strings.ToLower(t.words[k])) && (!t.keptComma() || !t.mainClauseAfter(k)) {
		return false
	}
	// nor when the subordinate clause follows an opening phrase: "Last
	// week, when India's government ... faced off over a film." lost the
	// main clause after it (cnnval-050, seed-8642 read)
	if c := t.openingComma(k); c >= 0 {
		if s := t.nextKept(c + 1); s < t.stop && cuttableSubordinator(strings.ToLower(t.words[s])) && !t.mainClauseAfter(s) {
			return false
		}
	}
	return Broken(t.text()) == ""
}

// openingComma is the kept comma that ends a short opening phrase from
// k, one with no finite verb ("Last week,", "In the French capital,"), or
// -1.
func (t *sentence) openingComma(k int) int {
	for j, n := k, 0; j < t.stop && n < 8; j++ {
		if t.gone[j] {
			continue
		}
		if t.quoted[j] {
			return -1
		}
		if t.words[j] == "," {
			return j
		}
		switch t.pos[j] {
		case "VBD", "VBZ", "VBP", "MD":
			return -1
		}
		n++
	}
	return -1
}

// danglingConjunction reports whether a kept "and" or "or" is followed
// by a comma and then a cut: "... to fund spending and, amongst other
// things." lost what "and" joins.
func (t *sentence) danglingConjunction() bool {
	for i := 0; i < t.stop; i++ {
		if t.gone[i] || t.pos[i] != "CC" || t.quoted[i] {
			continue
		}
		if n := t.nextKept(i + 1); n < t.stop && t.words[n] == "," {
			for j := n + 1; j < t.stop; j++ {
				if t.gone[j] {
					return true
				}
			}
		}
	}
	return false
}

// verblessClause reports whether the last clause a "that", "which",
// "who" or "whether" opens has lost its verb to a cut after it.
func (t *sentence) verblessClause() bool {
	open := -1
	for i := 0; i < t.stop; i++ {
		if t.gone[i] || t.quoted[i] {
			continue
		}
		switch {
		case strings.EqualFold(t.words[i], "that"), // the tagger may read "that Herzog" as a determiner
			t.pos[i] == "WDT" || t.pos[i] == "WP", strings.EqualFold(t.words[i], "whether"):
			open = i
		case strings.HasPrefix(t.pos[i], "VB") || t.pos[i] == "MD":
			open = -1
		}
	}
	if open < 0 {
		return false
	}
	for i := open + 1; i < t.stop; i++ {
		if t.gone[i] {
			return true
		}
	}
	return false
}

// keptComma reports whether a comma outside quotations is left.
func (t *sentence) keptComma() bool {
	for k := 0; k < t.stop; k++ {
		if !t.gone[k] && !t.quoted[k] && t.words[k] == "," {
			return true
		}
	}
	return false
}

func isOpenMark(w string) bool {
	return w == "\"" || w == "“" || w == "'" || w == "‘" || w == "(" || w == "["
}

func isWordToken(w string) bool {
	return strings.ContainsFunc(w, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) })
}

// text rebuilds the sentence from its kept tokens, keeping the spacing
// as written (a cut leaves the space that came before the next kept
// word, if any), and capitalises its new first word.
func (t *sentence) text() string {
	var b strings.Builder
	b.Grow(len(t.src))
	prev := -1
	for i := range t.toks {
		if t.gone[i] {
			continue
		}
		if prev >= 0 {
			if prev == i-1 {
				b.WriteString(t.src[t.toks[prev].End:t.toks[i].Start])
			} else if t.toks[i].Start > t.toks[i-1].End {
				b.WriteByte(' ')
			}
		}
		b.WriteString(t.src[t.toks[i].Start:t.toks[i].End])
		prev = i
	}
	out := b.String()
	if t.gone[0] {
		out = capitalise(out)
	}
	return out
}

// isTrailingMark is punctuation that attaches to the word before it.
func isTrailingMark(w string) bool {
	switch w {
	case ".", ",", ";", ":", "!", "?", ")", "]", "”", "’":
		return true
	}
	return false
}

func capitalise(s string) string {
	for i, r := range s {
		if unicode.IsLetter(r) {
			if unicode.IsUpper(r) || camelCased(s[i:]) {
				return s // "eBay" keeps its casing
			}
			return s[:i] + string(unicode.ToUpper(r)) + s[i+utf8.RuneLen(r):]
		}
		if unicode.IsDigit(r) {
			return s
		}
	}
	return s
}

func (t *sentence) cutList() []Cut {
	var out []Cut
	for i := 0; i < len(t.toks); {
		if !t.gone[i] {
			i++
			continue
		}
		j := i
		for j < len(t.toks) && t.gone[j] && t.rules[j] == t.rules[i] {
			j++
		}
		out = append(out, Cut{Rule: t.rules[i], Text: t.src[t.toks[i].Start:t.toks[j-1].End]})
		i = j
	}
	return out
}

// clitic reports whether token k is a clitic glued to the word before it:
// "'s", "n't", "'re".
func (t *sentence) clitic(k int) bool {
	w := t.words[k]
	return k > 0 && t.toks[k].Start == t.toks[k-1].End && (strings.HasPrefix(w, "'") || strings.HasPrefix(w, "’") ||
		strings.EqualFold(w, "n't") || strings.EqualFold(w, "n’t"))
}

// relativeWord opens a non-restrictive relative clause.
func relativeWord(w string) bool {
	switch strings.ToLower(w) {
	case "who", "which", "whose", "whom", "where":
		return true
	}
	return false
}

// nameJoiner is a small word inside a name: "Bank of England", "Centers
// for Disease Control", "Marks and Spencer".
func nameJoiner(w string) bool {
	switch w {
	case "of", "for", "and", "&", "de", "del", "da", "von", "van", "the", "on", "upon":
		return true
	}
	return false
}

// camelCased reports a word written with a small first letter and a
// capital second, as a brand is ("eBay", "iPhone").
func camelCased(s string) bool {
	return len(s) > 2 && s[0] >= 'a' && s[0] <= 'z' && s[1] >= 'A' && s[1] <= 'Z'
}

// afterAppositive reports whether the verb at v follows a kept noun
// phrase set off by two commas, with no verb between them, and is not a
// passive's participle ("by"): the verb of the noun the phrase describes.
func (t *sentence) afterAppositive(v int) bool {
	c := t.prevKept(v)
	if c < 1 || t.words[c] != "," || t.quoted[c] || v+1 < t.stop && t.words[v+1] == "by" {
		return false
	}
	if p := t.prevKept(c); p < 0 || !strings.HasPrefix(t.pos[p], "NN") {
		return false
	}
	for k := t.prevKept(c); k >= 0; k = t.prevKept(k) {
		switch {
		case t.quoted[k] || strings.HasPrefix(t.pos[k], "VB") || t.pos[k] == "MD":
			return false
		case t.words[k] == ",":
			return k > 0 && strings.HasPrefix(t.pos[t.prevKept(k)], "NN")
		}
	}
	return false
}

// cutAfter reports whether any token after k is cut.
func (t *sentence) cutAfter(k int) bool {
	for j := k + 1; j < len(t.toks); j++ {
		if t.gone[j] {
			return true
		}
	}
	return false
}

// mainClauseAfter reports whether a finite verb is kept after the first
// kept comma past k: the main clause an opening subordinate clause needs
// ("And when it comes to longevity, Japan." has none).
func (t *sentence) mainClauseAfter(k int) bool {
	c := -1
	for j := k + 1; j < t.stop; j++ {
		if !t.gone[j] && !t.quoted[j] && t.words[j] == "," {
			c = j
			break
		}
	}
	if c < 0 {
		return false
	}
	for j := c + 1; j < t.stop; j++ {
		if t.gone[j] {
			continue
		}
		switch t.pos[j] {
		case "VBD", "VBZ", "VBP", "MD":
			return true
		case "VBN":
			if p := t.prevKept(j); p >= 0 && (strings.HasPrefix(t.pos[p], "NN") || t.pos[p] == "PRP") {
				return true
			}
		}
	}
	return false
}

package trim

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"briefing/generator/meta/text"
)

// The second tier of cuts shortens a sentence that is still long once the
// safe cuts are made: each removes a whole clause that adds to the news
// rather than being it, and is made only while the sentence is over its
// target, least informative first.
const (
	Rest        = "rest"        // "; ..." after the main clause
	With        = "with"        // a closing ", with ..."
	Trailing    = "trailing"    // a closing participial clause: ", potentially handing ..."
	Subordinate = "subordinate" // a closing ", as ...", ", after ..." or an opening "When ...,"
	Coordinate  = "coordinate"  // a closing ", and ..." clause with its own subject
	Frame       = "frame"       // an opening "Police said" before the news
)

// shorter lists the second-tier cuts, in the order they are tried.
func (t *sentence) shorter() []span {
	var out []span
	for c := 2; c < t.stop; c++ {
		if t.quoted[c] {
			continue
		}
		w := t.words[c]
		if w == ":" {
			break // "; B; and C" end a list the colon opened: "three schools: A; B; and C"
		}
		if w == ";" && t.stop-c > 3 && !t.bracketed[c] {
			out = append(out, span{c, t.stop, Rest})
			break
		}
	}
	out = t.closingClauses(out)
	out = t.openingClause(out)
	out = t.reportingFrame(out)
	return out
}

// closingClauses proposes a clause after a comma that runs to the end:
// ", with ...", a participial ", VBG ...", a subordinate ", as ...", a
// coordinate ", and ..." that has its own subject and verb.
func (t *sentence) closingClauses(out []span) []span {
	var with, part, sub, coord []span
	for c := 3; c+1 < t.stop; c++ {
		if t.words[c] != "," || t.quoted[c] {
			continue
		}
		next := strings.ToLower(t.words[c+1])
		// Before c there must be a main clause for the clause after it to
		// close: in "Today, 20 years after it came into force, with more
		// than 26 states now participating, Schengen has altered ..." the
		// only verb before the with-phrase is a subordinate clause's, and
		// the main clause comes after it (cnnval-054, seed-2468 read).
		if !t.mainFiniteBefore(c) {
			continue
		}
		// The clause runs to the end, or to a closing attribution, which
		// stays: ", killing seven people, the governor said".
		end, contrast := t.stop, false
		for k := c + 2; k < t.stop; k++ {
			if t.words[k] == "," && !t.quoted[k] && t.attributionAt(k+1) {
				end = k
				break
			}
			// nor past a contrast, often the news: "had hit a snag, with
			// diplomats describing Iran as refusing to budge, but as the
			// ministers arrived, the mood seemed more optimistic"
			if t.words[k] == "," && !t.quoted[k] && k+1 < t.stop && (strings.EqualFold(t.words[k+1], "but") || strings.EqualFold(t.words[k+1], "yet")) {
				// A contrast with no clause of its own qualifies the
				// clause just before it and goes with it: ", with the
				// win leaving United in fourth spot, but only two points
				// adrift of second-placed Manchester City" (cnnval-200,
				// seed-9319 read) is not to leave ", but only two points
				// adrift" behind.
				if !t.hasFinite(k+2, t.stop) {
					continue
				}
				end, contrast = k, true
				break
			}
		}
		// What comes before the clause must keep a verb of its own: in
		// "Cheap copies of its drugs, ..., and a weak dollar had hit
		// profits, but global sales were up" the "and" joins subjects
		// (the tagger may read "copies" as a verb), so no ", and ..."
		// ends at a contrast.
		if contrast && (next == "and" || !t.keptFinite(0, c)) {
			continue
		}
		quoted, numbers := false, false
		for k := c; k < end; k++ {
			quoted = quoted || t.quoted[k] || t.bracketed[k]
			numbers = numbers || t.pos[k] == "CD"
		}
		if quoted || end-c > 40 || next == "according" {
			continue
		}
		switch {
		case next == "with":
			with = append(with, span{c, end, With})
		case t.pos[c+1] == "VBG" || (next == "potentially" || next == "effectively" || next == "possibly") && c+2 < t.stop && t.pos[c+2] == "VBG":
			if !numbers && !t.closesRelative(c) && !t.perceived(c) { // ", killing seven people" is the news
				part = append(part, span{c, end, Trailing})
			}
		case cuttableSubordinator(next):
			if !t.scopes(c + 1) {
				sub = append(sub, span{c, end, Subordinate})
			}
		case next == "and":
			// A further fact may go; a contrast (", but ...", ", while
			// ...") is often the news: "Vonn may have missed out on gold,
			// but the skier has set her sights on the title", "The fury
			// of the cyclone has moved on, but the misery it left behind
			// is just starting to become apparent".
			// not the last item of a list that is the subject:
			// "The latest trends in digital imaging, ..., gaming, and
			// broadband technologies will all be on show"
			if t.clauseAt(c+2) && !t.itemsBefore(c) {
				coord = append(coord, span{c, end, Coordinate})
			}
		}
	}
	// the clause nearest the end first: it is the least central
	for _, group := range [][]span{with, part, sub, coord} {
		for k := len(group) - 1; k >= 0; k-- {
			out = append(out, group[k])
		}
	}
	return out
}

// mainFiniteBefore reports whether a finite verb kept before c is a
// main clause's, not a subordinate clause's.
func (t *sentence) mainFiniteBefore(c int) bool {
	for v := 0; v < c; v++ {
		if !t.gone[v] && t.hasFinite(v, v+1) && !t.subordinateVerb(v) {
			return true
		}
	}
	return false
}

// subordinateVerb reports whether a subordinator stands between verb v
// and the comma before it (or the sentence's start): v is then the verb of
// a subordinate clause ("20 years after it came into force"), not the main
// one.
func (t *sentence) subordinateVerb(v int) bool {
	for k := v - 1; k >= 0 && t.words[k] != ","; k-- {
		if w := strings.ToLower(t.words[k]); !t.quoted[k] && subordinator(w) && w != "so" && w != "even" && w != "rather" {
			return true
		}
	}
	return false
}

// perceived reports whether the clause before the comma at c is one of
// seeing or recording someone ("are caught on camera", "was filmed",
// "were seen"): the participle after it is what they were seen doing,
// the news. "An apparent group of Chelsea fans are caught on camera,
// appearing to prevent a black man boarding the Paris Metro" is not
// "... are caught on camera." (cnnval-070, seed-8642 read).
func (t *sentence) perceived(c int) bool {
	for k := c - 1; k >= 0 && k >= c-5; k-- {
		if t.words[k] == "," {
			return false
		}
		if !strings.HasPrefix(t.pos[k], "VB") {
			continue
		}
		switch strings.ToLower(t.words[k]) {
		case "caught", "seen", "filmed", "pictured", "spotted", "photographed", "captured", "recorded",
			"videotaped", "shown", "heard", "witnessed", "depicted", "observed", "glimpsed":
			return true
		}
		return false
	}
	return false
}

// clauseAt reports whether a clause starts at token k: a noun phrase
// followed by a finite verb.
func (t *sentence) clauseAt(k int) bool {
	if k >= t.stop || !strings.HasSuffix(t.chunk[k], "NP") {
		return false
	}
	for ; k < t.stop && strings.HasSuffix(t.chunk[k], "NP"); k++ {
	}
	return t.finiteAt(k)
}

// openingClause proposes an opening adverbial clause set off by a comma:
// "When the match resumed,", "After collapsing during the game,".
func (t *sentence) openingClause(out []span) []span {
	if !cuttableSubordinator(strings.ToLower(t.words[0])) && t.pos[0] != "VBG" && t.pos[0] != "VBN" {
		return out
	}
	if strings.EqualFold(t.words[0], "according") {
		// no participle's clause but a source, which leadPhrase weighs:
		// "According to the PTSD Alliance, more than 13 million Americans
		// have PTSD" lost whose figure it is (cnnval-277)
		return out
	}
	if strings.EqualFold(t.words[0], "as") && t.capacity() {
		return out // "As an offensive guard for the Baltimore Ravens," is who the subject is
	}
	for c := 1; c < t.stop && c < 25; c++ {
		if t.quoted[c] || t.words[c] == ";" || t.words[c] == ":" {
			return out
		}
		if t.words[c] == "," && relativeWord(t.words[c+1]) {
			// the clause's own relative clause goes with it: "Despite
			// being absent from the list for the tournament, which begins
			// on 17 January, Clijsters ..."
			continue
		}
		if t.words[c] == "," {
			// "While texting has not overtaken the call, it is heading that
			// way": the pronoun's antecedent would go with the clause; and
			// "Slated for March 14, tickets will go on sale" keeps its date.
			// A participle's clause with a finite verb of its own is the
			// sentence's subject and verb: "Detaining suspects without
			// trial breaks human rights laws, the court has ruled".
			if (t.pos[0] == "VBG" || t.pos[0] == "VBN") && t.mainFinite(1, c) || t.attributionAt(c+1) {
				return out // nor is an opening that all the rest attributes
			}
			if t.clauseAt(c+1) && t.pos[c+1] != "PRP" && !relativeWord(t.words[c+1]) && !t.antecedentIn(c) && !t.dated(c) && !t.countsOn(c+1) {
				out = append(out, span{0, c + 1, Subordinate})
			}
			return out
		}
	}
	return out
}

// dated reports whether the opening clause [0, c) is a short one that
// gives a date: "Slated for March 14," is when the show is. A longer one
// ("Since that inquiry was launched in October,") sets a scene.
func (t *sentence) dated(c int) bool {
	if c > 6 {
		return false
	}
	for k := 0; k < c; k++ {
		if t.words[k] == "," && relativeWord(t.words[k+1]) {
			return false
		}
		if text.MonthName(t.words[k]) || year(t.words[k]) || dayName(t.words[k]) {
			return true
		}
	}
	return false
}

// antecedentIn reports whether the opening clause [0, c) has a subject of
// its own and what follows it points back with a pronoun: "When a
// reporter asked him to name all 62 counties, Schumer did her one
// better" loses who "her" is with the clause.
func (t *sentence) antecedentIn(c int) bool {
	subject := false
	for k := 1; k < c; k++ {
		if strings.HasSuffix(t.chunk[k], "NP") && t.pos[k] != "PRP" && !relativeWord(t.words[k]) && t.finiteAt(k+1) {
			subject = true
			break
		}
	}
	if !subject {
		return false
	}
	for k := c + 1; k < t.stop; k++ {
		if !t.quoted[k] && thirdPerson(t.words[k]) {
			return true
		}
	}
	return false
}

// thirdPerson is a pronoun that points to someone or something named
// before it. Possessives are left out: they mostly point to the subject
// of their own clause ("Marsh has replaced its chief executive").
func thirdPerson(w string) bool {
	switch strings.ToLower(w) {
	case "he", "him", "she", "her", "they", "them", "it":
		return true
	}
	return false
}

// reportingFrame proposes an opening "Police said", "Officials say that":
// an institution's report of a fact that is not an allegation.
func (t *sentence) reportingFrame(out []span) []span {
	v := -1
	for k := 0; k < t.stop && k < 8; k++ {
		if speechVerb(t.words[k]) && strings.HasPrefix(t.pos[k], "VB") {
			v = k
			break
		}
		if !nounPhraseTag(t.pos[k]) {
			return out
		}
	}
	if v < 1 {
		return out
	}
	speaker := make([]int, v)
	for k := range speaker {
		speaker[k] = k
	}
	b := v + 1
	if b < t.stop && t.words[b] == "that" {
		b++
	}
	if !t.impersonal(speaker) || t.allegation(b, t.stop) || !t.clauseAt(b) || t.pos[b] == "PRP" || t.pos[b] == "PRP$" {
		return out
	}
	// A named speaker is whose news it is: "Upscale department store
	// Nordstrom said same store sales were 9.3% higher" is Nordstrom's
	// sales, and "The Kremlin said" its claim.
	for _, k := range speaker {
		if t.pos[k] == "NNP" || t.pos[k] == "NNPS" {
			return out
		}
	}
	return append(out, span{0, b, Frame})
}

// Tail is the last resort for a sentence over its target: its closing
// phrases go, one at a time from the end, down to the main clause.
const Tail = "tail"

// tail proposes, from the end, the sentence less its closing phrases:
// each cut runs from the start of a chunk (a prepositional, adverb or
// subordinate phrase, or a noun phrase after a comma) to the stop.
func (t *sentence) tail() []span {
	var out []span
	verb := -1
	for k := 0; k < t.stop; k++ {
		if !t.quoted[k] && !t.gone[k] && (t.pos[k] == "VBD" || t.pos[k] == "VBZ" || t.pos[k] == "VBP" || t.pos[k] == "MD" || t.pos[k] == "VBN") {
			verb = k
			break
		}
	}
	if verb < 0 {
		return nil
	}
	// A subject with a relative clause of its own ("A veteran who
	// allegedly tried to join ISIS but was turned back ... entered a
	// plea"): the first verb is the clause's, and the main one may be
	// anywhere after it.
	// (The tagger may read a noun before "who" as a modal: "veteran/MD".)
	for k := 1; k < t.stop && k < verb+3; k++ {
		if t.pos[k] == "VBD" || t.pos[k] == "VBZ" || t.pos[k] == "VBP" {
			break
		}
		if !t.quoted[k] && !t.gone[k] && t.pos[k] == "WP" && t.words[k-1] != "," {
			return nil
		}
	}
	// A sentence that opens with a subordinate clause or a phrase that
	// holds one ("While X is expressed in ..., Herzog's would sound
	// softer", "With the caveat that only one city could be assessed,
	// PwC set out ...") has its main verb after the opening's comma; cut
	// before it, only the opening is left.
	first := 0
	if t.pos[0] == "CC" && t.stop > 2 {
		first = 1 // "And when it comes to longevity, Japan ... appears"
	}
	if subordinator(strings.ToLower(t.words[first])) || t.pos[first] == "IN" {
		verb = t.mainVerbAfterOpening(verb)
		if verb < 0 {
			return nil
		}
	}
	// A first verb after a subordinator is its clause's, whatever opened
	// the sentence ("Today, 20 years after it came into force, ...,
	// Schengen has altered ..."): the main verb comes after that clause.
	if t.subordinateVerb(verb) {
		verb = t.verbAfterClause(verb)
		if verb < 0 {
			return nil
		}
	}
	// A closing attribution stays: the cuts end before it.
	end := t.stop
	for k := t.stop - 1; k > verb; k-- {
		if t.words[k] == "," && !t.quoted[k] && t.attributionAt(k+1) {
			end = k
			break
		}
	}
	contrast := false
	// A contrast stays too, whole: "was surplus to requirements at
	// United, but was quick to capitalize ... to grab the winner"; cuts
	// inside it would leave "..., but when Zully Broussard decided to
	// give one of her kidneys to a stranger."
	for k := verb + 1; k < end; k++ {
		if t.words[k] == "," && !t.quoted[k] && k+1 < end {
			if next := strings.ToLower(t.words[k+1]); next == "but" || next == "yet" {
				// A contrast with no clause of its own ("in Rotterdam,
				// where Federer triumphed, but not until Ljubicic had
				// stretched him") qualifies what comes just before it:
				// a cut there would leave it qualifying something else.
				if t.dependentContrast(k+2, end) {
					return nil
				}
				end, contrast = k, true
				break
			}
		}
	}
	// A verb that asks someone to do something has the doing as its
	// complement: "are asking the watchdog overseeing the rules to stop
	// the calls", "is urging telecoms regulator, Ofcom, to reduce ...":
	// no cut starts before its infinitive.
	floor := verb + 1
	if inf := t.controlled(verb, end); inf > 0 {
		floor = inf + 1
	}
	finite := false // the tail from k on has a finite verb
	for k := end - 1; k > verb+1; k-- {
		if t.quoted[k] || t.bracketed[k] {
			break
		}
		if k <= floor {
			break
		}
		if t.gone[k] {
			// a cut made already ("The explosions, which struck the
			// area in the city of Lahore, wounded 78 people") is no
			// phrase of the main clause to cut from
			continue
		}
		switch t.pos[k] {
		case "VBD", "VBZ", "VBP", "MD":
			finite = true
		}
		c := t.chunk[k]
		prev := t.pos[k-1]
		switch {
		case t.words[k] == ",":
			// a clause boundary, unless the verb of a clause follows:
			// "before "Mad Men," which ..., returns"; nor inside a date:
			// "born March 10, 1940"
			// (a closing with-phrase is no list item for the "and" inside
			// it: ", with Warner Bros. Consumer Products and DC
			// Entertainment releasing ...", cnnval-243)
			if t.finiteAt(k+1) || t.inDate(k) || t.listAt(k, end) && !strings.EqualFold(t.words[k+1], "with") || t.headAfter(k, end) {
				continue
			}
			// nor a relative clause an ", and ..." follows that is no
			// clause: "recovering the helicopter, which searchers found
			// ..., and the bodies of all seven Marines" joins objects
			if relativeWord(t.words[k+1]) && t.objectAfter(k+2, end) {
				continue
			}
			// nor the role of a name given bare: "said Rafik Abdessalem,
			// Tunisia's former foreign minister, who was among the crowd"
			// may lose its last clause, not who he is
			if t.bareName(k) && t.speakerOrSubject(k) && k+1 < end && (t.pos[k+1] == "DT" || t.pos[k+1] == "PRP$" || t.pos[k+1] == "JJ" ||
				strings.HasPrefix(t.pos[k+1], "NN")) {
				continue
			}
			// before a contrast, ", and ..." may join the subjects of
			// the clause the contrast answers: "Cheap copies of its drugs,
			// ..., and a weak dollar had hit profits, but ..."
			if contrast && k+1 < end && (strings.EqualFold(t.words[k+1], "and") || strings.EqualFold(t.words[k+1], "or")) {
				continue
			}
			// nor after a subordinate clause's subject, its verb still
			// to come: "after Japan, one of the biggest creditors,
			// finally signed up"
			if t.clauseAwaitsVerb(k, verb, end) || t.closesCondition(k, verb) || t.closesRelative(k) {
				continue
			}
			// nor what a video showed or what someone was seen doing
			if t.evidenceClause(k) || t.perceived(k) {
				continue
			}
		case strings.ToLower(t.words[k]) == "as" || capWord(t.words[k]):
			continue // "quoted Xi as saying", "such as"; "When the Game Stands Tall" is a title
		case cuttableSubordinator(strings.ToLower(t.words[k])):
			// a subordinate clause of time, reason or concession may go
			// whole (a verb's "that ..." is what it says: "will mean
			// that ..."; a condition changes it), but not from a span
			// of time: "two weeks after gunmen attacked"
			if timeAmount(strings.ToLower(t.words[k-1])) || t.scopes(k) {
				continue
			}
			// "at a time when ...", "the day after ...": the clause
			// tells which time the noun is, and the noun needs it
			if strings.EqualFold(t.words[k], "when") && strings.HasPrefix(prev, "NN") && timeNoun(strings.ToLower(t.words[k-1])) {
				continue
			}
			if !t.takesObject(k) || strings.EqualFold(t.words[k], "following") && nounFollowing(t.pos[k-1]) {
				continue // "an online following, which ...": a noun
			}
		case finite:
			// a phrase that runs into a clause would leave its subject
			// behind: "warned that another 5 inches"
			continue
		case c == "B-PP" && placePreposition(t.words[k]) && (strings.HasPrefix(prev, "NN") || prev == "CD"):
			// a phrase of place or time on a noun; one on the verb
			// ("rotated between") is what the verb needs, and others
			// ("the fourth player since 1940") finish the noun. An "on"
			// or "in" must name a place or a time: "focuses its efforts
			// on two major issues", "a reduction in the cost of living"
			// need theirs.
			if (strings.EqualFold(t.words[k], "on") || strings.EqualFold(t.words[k], "in")) && !t.placeOrTime(k+1) {
				continue
			}
			// An "at" before a bare noun is an idiom the verb needs: "was
			// putting the country at risk" is not "putting the country."
			// (bbc/politics/191, every key point); "at stake", "at odds".
			if strings.EqualFold(t.words[k], "at") && k+1 < end && strings.HasPrefix(t.pos[k+1], "NN") && !capWord(t.words[k+1]) && !t.placeOrTime(k+1) {
				continue
			}
			// nor the place or time a figure counts over: "has sold
			// more than 800,000 units in Japan" is not "800,000 units"
			if t.figureBefore(k) || t.rangeAcross(k, end) {
				continue
			}
		case c == "B-VP" && t.pos[k] == "VBG" && (strings.HasPrefix(prev, "NN") && !t.definesObject(k) && !t.compoundNoun(k) && !t.withSubject(k) && !pluralNoun(prev) || prev == "," && !t.closesRelative(k-1)) && t.takesObject(k):
		default:
			continue
		}
		// A last resort that leaves a stub ("The Russian President
		// attended a large concert.", "Schultz even took out full-page
		// ads.") has cut the news with the words: it leaves nine or more.
		if t.keptWords(0, k)+t.keptWords(end, t.stop) < minTailWords {
			continue
		}
		// Nor one that leaves a word without what it needs: a verb its
		// complement, a noun its argument, a gerund its subject.
		if t.leavesWanting(k) {
			continue
		}
		// Nor one that takes a figure: "valued its film unit at £300m",
		// "grew 4.4%, the best figure in five years" lose what they
		// report with it (a year is a time, and may go).
		if t.figureIn(k, end) {
			continue
		}
		out = append(out, span{k, end, Tail})
	}
	return out
}

// figureIn reports whether the kept words from k to end hold the
// sentence's last figure: a number other than a year, not part of a name
// ("Halo 2", "Batman '66"). A cut may take a second figure ("grew 4.6%,
// up from 1.6%"), a day or an age, so long as one is kept before it.
func (t *sentence) figureIn(k, end int) bool {
	in := false
	for j := 0; j < end; j++ {
		if t.gone[j] || !t.figureAt(j) {
			continue
		}
		if j < k {
			return false
		}
		in = true
	}
	return in
}

// figureAt reports whether word j is a figure: it starts with a digit or a
// currency sign, is no year and does not follow a capitalised word other
// than a month's name ("March 10" is a day).
func (t *sentence) figureAt(j int) bool {
	w := strings.TrimLeft(t.words[j], "'‘’")
	if w == "" || year(w) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsDigit(r) && !strings.ContainsRune("£$€¥", r) {
		return false
	}
	return j == 0 || !capWord(t.words[j-1]) || text.MonthName(t.words[j-1])
}

// inDate reports whether the comma at k is inside a date: "March 10,
// 1940", "Monday, March 9".
func (t *sentence) inDate(k int) bool {
	if k+1 >= t.stop || k == 0 {
		return false
	}
	return year(t.words[k+1]) && numberWord(t.words[k-1]) || dayName(t.words[k-1]) && text.MonthName(t.words[k+1])
}

// listAt reports whether the comma at k separates the items of a list
// that goes on to an "and" or "or" before any verb: "rotated between
// Blackpool, Bournemouth and Brighton", "in screen size, onboard memory
// or the chip inside".
func (t *sentence) listAt(k, end int) bool {
	if k > 0 && k+1 < end && hasDigit(t.words[k-1]) && hasDigit(t.words[k+1]) {
		return true // a list of scores or figures: "6-3, 6-4, 6-1"
	}
	if w := strings.ToLower(t.words[k+1]); (w == "and" || w == "or") && (!t.hasVerb(k+2, end) || t.itemsBefore(k)) {
		return true // "in the 10s, 100s, and 1,000s"
	}
	for j := k + 2; j < end; j++ {
		switch {
		case t.pos[j] == "CC" && (strings.EqualFold(t.words[j], "and") || strings.EqualFold(t.words[j], "or")):
			return true
		case strings.HasPrefix(t.pos[j], "VB") || t.pos[j] == "MD" || t.words[j] == ";":
			return false
		}
	}
	return false
}

// placeOrTime reports whether the noun phrase from k names a place or a
// time: a name, a year, a date, or a word for a place or a time ("two
// major issues" is none).
func (t *sentence) placeOrTime(k int) bool {
	for j := k; j < t.stop && j < k+6; j++ {
		if j > k && !strings.HasPrefix(t.chunk[j], "I-") {
			break
		}
		lw := strings.ToLower(t.words[j])
		if t.pos[j] == "NNP" || t.pos[j] == "NNPS" || year(t.words[j]) || timeWord(lw) || placeWord(lw) || text.MonthName(t.words[j]) {
			return true
		}
	}
	return false
}

// placeWord is a common noun for a place.
func placeWord(w string) bool {
	switch w {
	case "city", "town", "village", "country", "area", "region", "state", "province", "capital", "street",
		"road", "home", "house", "building", "hospital", "school", "airport", "station", "scene", "court",
		"park", "stadium", "ground", "field", "border", "coast", "sea", "river", "island", "district",
		"neighborhood", "neighbourhood", "prison", "jail", "camp", "base", "office", "headquarters", "world",
		"valley", "mountains", "hills", "desert", "forest", "lake", "bay", "port", "harbour", "harbor", "village's",
		"market", "markets", "economy", "industry", "sector", "league", "division", "final", "tournament", "race",
		"year", "season", "time", "period", "week", "month", "quarter", "morning", "evening", "afternoon":
		return true
	}
	return false
}

// scopes reports whether the phrase at k ("since they joined in 2000",
// "until 2010") gives the span a figure before it counts over: "Italy
// have only recorded three wins" is not what "... three wins since they
// joined the Six Nations in 2000" says.
func (t *sentence) scopes(k int) bool {
	switch strings.ToLower(t.words[k]) {
	case "since", "until", "till":
	default:
		return false
	}
	for i := 0; i < k; i++ {
		if !t.gone[i] && !t.quoted[i] && t.pos[i] == "CD" {
			return true
		}
	}
	return false
}

// placePreposition opens a phrase of place or time.
func placePreposition(w string) bool {
	switch w {
	case "in", "at", "on", "near", "across", "around", "throughout", "during", "amid", "outside", "inside", "within":
		return true
	}
	return false
}

// timeAmount is a span of time a clause may be measured from: "two weeks
// after", "shortly before".
func timeAmount(w string) bool {
	switch w {
	case "weekend", "season", "summer", "winter", "spring", "autumn", // "the weekend before last"
		"seconds", "minutes", "hours", "days", "weeks", "months", "years", "decades", "moments",
		"day", "week", "month", "year", "hour", "shortly", "soon", "just", "immediately", "long", "ago", "later":
		return true
	}
	return false
}

// mainVerbAfterOpening is the first finite verb after the comma that ends
// an opening subordinate clause whose own verb is at v, or -1.
func (t *sentence) mainVerbAfterOpening(v int) int {
	for k := 1; k < v; k++ {
		if t.words[k] == "," && !t.quoted[k] && !t.bracketed[k] {
			return v // the opening ended before v: "In September, the IMF had said"
		}
	}
	return t.verbAfterClause(v)
}

// verbAfterClause is the first finite verb after the comma that closes
// the clause verb v is in, or -1.
func (t *sentence) verbAfterClause(v int) int {
	comma := -1
	for k := v + 1; k < t.stop; k++ {
		if t.words[k] == "," && !t.quoted[k] && !t.bracketed[k] {
			comma = k
			break
		}
	}
	if comma < 0 {
		return -1
	}
	for k := comma + 1; k < t.stop; k++ {
		if !t.quoted[k] && t.finiteAt(k) {
			return k
		}
	}
	return -1
}

// clauseAwaitsVerb reports whether a subordinate clause opens between the
// main verb and the comma at k ("after", "when", "because") with no
// finite verb of its own before k, and one follows before end: what
// follows k finishes it.
func (t *sentence) clauseAwaitsVerb(k, verb, end int) bool {
	follows := false
	for j := k + 1; j < end && !follows; j++ {
		follows = !t.quoted[j] && t.finiteAt(j)
	}
	if !follows {
		return false
	}
	for j := k - 1; j > verb; j-- {
		if t.finiteAt(j) {
			return false
		}
		if w := strings.ToLower(t.words[j]); subordinator(w) || w == "that" {
			return true
		}
	}
	return false
}

func hasDigit(w string) bool { return strings.ContainsAny(w, "0123456789") }

// itemsBefore reports whether the comma at k closes the second or later
// short item of a list: "through cable, satellite, telecoms companies,
// and broadband providers" (the tagger may read a verb in the last item,
// "broadband/VB", so what follows the "and" cannot tell).
func (t *sentence) itemsBefore(k int) bool {
	items, last := 0, k
	for j := k - 1; j >= 0 && last-j <= 5; j-- {
		// ("gaming" may be read as a participle; an item has no finite verb)
		if t.quoted[j] || t.pos[j] == "VBD" || t.pos[j] == "VBZ" || t.pos[j] == "VBP" || t.pos[j] == "MD" || t.words[j] == ";" {
			return false
		}
		if t.words[j] == "," {
			if last-j < 2 {
				return false // ", ,"
			}
			items++
			if items == 2 {
				return true
			}
			last = j
		}
	}
	return false
}

// figureBefore reports whether the noun phrase that ends before token k
// holds a number: "more than 800,000 units" before "in Japan".
func (t *sentence) figureBefore(k int) bool {
	if k == 0 || !strings.HasPrefix(t.pos[k-1], "NN") {
		return false // a score or a bare figure: "beat Israel 3-0 in Euro 2016 qualification"
	}
	for j := k - 1; j >= 0 && j >= k-5; j-- {
		switch {
		case t.pos[j] == "CD":
			// a date is not a figure: "Monday, March 9 at 10 a.m."
			return !year(t.words[j]) && !(j > 0 && text.MonthName(t.words[j-1]))
		case t.pos[j] == "JJS" || ordinal(strings.ToLower(t.words[j])):
			return true // "their first away win in the Six Nations"
		case strings.HasPrefix(t.pos[j], "NN") || strings.HasPrefix(t.pos[j], "JJ") || t.pos[j] == "DT" ||
			strings.EqualFold(t.words[j], "than"):
		default:
			return false
		}
	}
	return false
}

// pluralNoun is the tag of a plural noun, which a participle right after
// it defines: "increase tuition fees for English students studying in
// Scotland" is not fees for English students (bbc/politics/047,
// seed-9319 read).
func pluralNoun(tag string) bool { return tag == "NNS" || tag == "NNPS" }

// withSubject reports whether the participle at k is the verb of a
// "with" phrase's subject: "with Warner Bros. Consumer Products and DC
// Entertainment releasing a line of merchandise" is not "with Warner
// Bros. Consumer Products and DC Entertainment." (cnnval-243).
func (t *sentence) withSubject(k int) bool {
	for j := k - 1; j >= 0 && j >= k-12; j-- {
		switch {
		case strings.EqualFold(t.words[j], "with"):
			return true
		case t.words[j] == "," || t.words[j] == ";" || strings.HasPrefix(t.pos[j], "VB") || t.pos[j] == "MD":
			return false
		}
	}
	return false
}

// rangeAcross reports whether a cut of [k, end) would take the far end
// of a range whose near end stays: "has dropped from 240 in 2000 to
// fewer than 60 today" is not "has dropped from 240".
func (t *sentence) rangeAcross(k, end int) bool {
	from := false
	for j := max(0, k-4); j < k; j++ {
		if strings.EqualFold(t.words[j], "from") && !t.gone[j] {
			from = true
		}
	}
	if !from {
		return false
	}
	for j := k; j+1 < end; j++ {
		if strings.EqualFold(t.words[j], "to") && t.hasNumber(j+1, min(end, j+4)) {
			return true
		}
	}
	return false
}

// capacity reports whether the sentence opens with "As" and a noun
// phrase, no verb, before its comma: the role its subject has ("As an
// offensive guard for the Baltimore Ravens, John Urschel ..."), which a
// reader needs to place them.
func (t *sentence) capacity() bool {
	if len(t.words) < 3 || (t.pos[1] != "DT" && t.pos[1] != "PRP$" && !strings.HasPrefix(t.pos[1], "JJ") && !strings.HasPrefix(t.pos[1], "NN")) {
		return false
	}
	for k := 1; k < t.stop; k++ {
		switch {
		case t.words[k] == ",":
			return k > 2
		case t.quoted[k] || strings.HasPrefix(t.pos[k], "VB") || t.pos[k] == "MD":
			return false
		}
	}
	return false
}

// dependentContrast reports whether the contrast from k (after its
// "but") is no clause of its own: "not until ...", "only after ...", or
// no finite verb before the next comma.
func (t *sentence) dependentContrast(k, end int) bool {
	if k >= end {
		return false
	}
	switch w := strings.ToLower(t.words[k]); {
	case w == "not" || w == "only" || w == "never":
		return !t.finiteAt(k + 1)
	case subordinator(w) && w != "so":
		return true
	}
	stop := end
	for j := k; j < end; j++ {
		if t.words[j] == "," && !t.quoted[j] {
			stop = j
			break
		}
	}
	return !t.hasFinite(k, stop)
}

// headAfter reports whether what follows the comma at k, to end, is the
// bare noun that the adjectives (or participles) before the comma
// qualify: "faced by many different, and conflicting, content control
// systems".
func (t *sentence) headAfter(k, end int) bool {
	if k == 0 || k+1 >= end {
		return false
	}
	adjective := func(p string) bool { return strings.HasPrefix(p, "JJ") || p == "VBG" || p == "VBN" }
	qualifies := adjective(t.pos[k-1])
	// ", and conflicting," set into the adjectives: the tagger may read
	// the inserted word as a noun
	for p := k - 1; p > 1 && p >= k-4 && !qualifies; p-- {
		if t.words[p] == "," {
			w := strings.ToLower(t.words[p+1])
			qualifies = (w == "and" || w == "or" || w == "but" || w == "if") && adjective(t.pos[p-1])
			break
		}
	}
	if !qualifies {
		return false
	}
	for j := k + 1; j < end; j++ {
		if t.gone[j] {
			continue
		}
		if j == k+1 && (t.pos[j] == "DT" || t.pos[j] == "PRP$") || !strings.HasPrefix(t.pos[j], "NN") && !strings.HasPrefix(t.pos[j], "JJ") {
			return false
		}
	}
	return true
}

// timeNoun is a noun a clause of time may define: "at a time when",
// "the moment after".
func timeNoun(w string) bool {
	switch w {
	case "time", "times", "moment", "day", "days", "period", "era", "point", "stage", "age", "year", "years",
		"week", "month", "night", "morning", "hour", "occasion", "place", "places", "situation", "case", "cases":
		return true
	}
	return false
}

// takesObject reports whether the -ing word at k goes on to more words
// (as a participle does: "a man carrying a gun") rather than ending its
// phrase, as a noun does: "cultivated an online following, which ...".
func (t *sentence) takesObject(k int) bool {
	n := k + 1
	return n < t.stop && !t.gone[n] && t.words[n] != "," && t.words[n] != ";" && t.words[n] != ":" && !isDash(t.words[n])
}

// mainFinite reports whether tokens [a, b) hold a finite verb outside
// quotations and outside a relative clause set off by a comma (",
// which educates only African American students").
func (t *sentence) mainFinite(a, b int) bool {
	relative := false
	for k := a; k < b; k++ {
		if t.words[k] == "," {
			relative = k+1 < b && relativeWord(t.words[k+1])
			continue
		}
		if !relative && t.hasFinite(k, k+1) {
			return true
		}
	}
	return false
}

// controlled is the "to" of the infinitive that the main verb at v (or
// the verb its auxiliaries lead to) takes with its object, "asking the
// watchdog ... to stop", or -1.
func (t *sentence) controlled(v, end int) int {
	control := false
	for k := v; k < end && k < v+4 && (k == v || strings.HasPrefix(t.pos[k], "VB") || t.pos[k] == "RB"); k++ {
		control = control || objectControl(strings.ToLower(t.words[k]))
	}
	if !control {
		return -1
	}
	for k := v + 1; k+1 < end; k++ {
		if !t.gone[k] && strings.EqualFold(t.words[k], "to") && t.pos[k+1] == "VB" {
			return k
		}
	}
	return -1
}

// objectControl is a verb that takes an object and an infinitive: "urge
// X to act".
func objectControl(w string) bool {
	switch strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(w, "ing"), "ed"), "s") {
	case "ask", "urg", "urge", "tell", "told", "want", "allow", "forc", "force", "persuad", "persuade",
		"encourag", "encourage", "order", "invit", "invite", "requir", "require", "help", "expect", "call",
		"warn", "enabl", "enable", "press", "pressur", "pressure", "lobby", "lobbi", "appeal", "permit", "permitt",
		"advis", "advise", "instruct", "compell", "compel", "oblig", "oblige", "prompt":
		return true
	}
	return false
}

// definesObject reports whether the -ing clause at k says which thing
// the verb's object is, the object following its verb straight away:
// "Beijing issued rules allowing foreign investment ..." is not "Beijing
// issued rules."; "a man carrying a gun" after a preposition may go.
func (t *sentence) definesObject(k int) bool {
	j := k - 1
	for j > 0 && (strings.HasPrefix(t.pos[j], "NN") || strings.HasPrefix(t.pos[j], "JJ") || t.pos[j] == "DT" || t.pos[j] == "CD" || t.pos[j] == "PRP$") {
		j--
	}
	return j >= 0 && j < k-1 && strings.HasPrefix(t.pos[j], "VB") && !t.gone[j]
}

// keptFinite reports whether tokens [a, b) keep a finite verb outside
// quotations.
func (t *sentence) keptFinite(a, b int) bool {
	for k := a; k < b; k++ {
		if !t.gone[k] && t.hasFinite(k, k+1) {
			return true
		}
	}
	return false
}

// ordinal is a word that ranks what it qualifies: a phrase of place or
// time after it says among what ("the first away win in the Six Nations
// for nearly four years").
func ordinal(w string) bool {
	switch w {
	case "first", "second", "third", "fourth", "fifth", "last", "only", "latest", "next", "previous":
		return true
	}
	return false
}

// speakerOrSubject reports whether the name that ends before the comma
// at k opens the sentence or follows a verb of saying: a person the
// sentence is about or quotes ("said Rafik Abdessalem,"), not a place or
// a side in a phrase ("against Livingston,").
func (t *sentence) speakerOrSubject(k int) bool {
	s := k - 1
	for s > 0 && (t.pos[s-1] == "NNP" || t.pos[s-1] == "NNPS") {
		s--
	}
	return s == 0 || speechVerb(t.words[s-1]) || s == 1 && t.pos[0] == "CC"
}

// minTailWords is the fewest words the last resort may leave.
const minTailWords = 9

// keptWords counts the words kept in tokens [a, b).
func (t *sentence) keptWords(a, b int) int {
	n := 0
	for k := a; k < b; k++ {
		if !t.gone[k] && isWordToken(t.words[k]) {
			n++
		}
	}
	return n
}

// countsOn reports a main clause that opens by counting on from what the
// opening clause named: "(After Myskina became the first Russian woman
// to win a Grand Slam,) two more followed", "another", "others".
func (t *sentence) countsOn(k int) bool {
	if k >= t.stop {
		return false
	}
	switch w := strings.ToLower(t.words[k]); {
	case w == "another" || w == "others" || w == "both" || w == "neither" || w == "each":
		return true
	case t.pos[k] == "CD" && k+1 < t.stop && (strings.EqualFold(t.words[k+1], "more") || strings.EqualFold(t.words[k+1], "others")):
		return true
	}
	return false
}

// objectAfter reports whether an ", and" or ", or" between k and end
// goes on with a noun phrase that is no clause of its own: another item
// of what the relative clause's noun belongs to.
func (t *sentence) objectAfter(k, end int) bool {
	for j := k; j+2 < end; j++ {
		if t.words[j] == "," && !t.quoted[j] && (strings.EqualFold(t.words[j+1], "and") || strings.EqualFold(t.words[j+1], "or")) {
			return !t.clauseAt(j+2) && !t.finiteAt(j+2)
		}
	}
	return false
}

// closesRelative reports whether the comma at c closes a relative clause
// set off by commas ("shows the Doors frontman, who died aged 27 in
// 1971, playing the part of ..."): what follows goes with the noun's
// verb, not with the clause.
func (t *sentence) closesRelative(c int) bool {
	for j := c - 1; j > 0; j-- {
		if t.words[j] == "," && !t.quoted[j] {
			return relativeWord(t.words[j+1])
		}
	}
	return false
}

// nounFollowing reports a "following" that is a noun, by the word before
// it: "a Twitter following of 61.3 million", "an online following".
func nounFollowing(prev string) bool {
	return prev == "DT" || prev == "PRP$" || prev == "NNP" || prev == "NNPS" || strings.HasPrefix(prev, "JJ")
}

// closesCondition reports whether the comma at k ends an "if" or
// "unless" clause that opened after the main verb at v, its consequent
// to follow: "people who said that if there had been a quota in the
// 1930s, his parents might not have been allowed".
func (t *sentence) closesCondition(k, v int) bool {
	for j := k - 1; j > v; j-- {
		if t.words[j] == "," && !t.quoted[j] {
			return false
		}
		if w := strings.ToLower(t.words[j]); w == "if" || w == "unless" {
			return t.clauseAt(k + 1)
		}
	}
	return false
}

// compoundNoun reports an -ing word after a bare noun that a preposition
// governs: "in charge of election planning" is one noun, not "election"
// and a participle.
func (t *sentence) compoundNoun(k int) bool {
	return k >= 2 && strings.HasPrefix(t.pos[k-1], "NN") && (t.pos[k-2] == "IN" || t.pos[k-2] == "TO")
}

// leavesWanting reports whether a last-resort cut from k takes what the
// last word kept needs, so that the sentence left, though it parses, has
// lost its point:
//   - a verb whose prepositional complement the cut takes: "the title
//     refers, instead, to the vast array ..." is not "the title refers.",
//     "is set to fully focus on the ATP Tour" not "to fully focus.";
//   - a noun of change or position whose argument the cut takes: "has
//     been blamed for a decline in CD sales", "restore Liverpool to their
//     place at European football's top table";
//   - the subject of a gerund after a preposition: "the signs pointed
//     towards Mike Ruddock handing a first cap to Richie Pugh" is not
//     about Mike Ruddock.
func (t *sentence) leavesWanting(k int) bool {
	j := k - 1
	for j > 0 && t.gone[j] {
		j--
	}
	if j <= 0 {
		return false
	}
	// A particle is the verb's, with or without an object before it:
	// "cannot turn things around now" is not "cannot turn things."; nor
	// is "ever" without its "since": "to be cool ever since Mr Blair ...".
	if t.pos[k] == "RP" || t.pos[k] == "IN" && t.objectless(k+1) || strings.EqualFold(t.words[j], "ever") {
		return true
	}
	// the first word the cut takes past a comma and adverbs: "refers,
	// instead, to"
	n := k
	for n < t.stop && (t.words[n] == "," || t.pos[n] == "RB") {
		n++
	}
	opens := n < t.stop-1 && (t.pos[n] == "IN" || t.pos[n] == "TO")
	// An adverb set off by commas interrupts a phrase that carries on
	// ("the title refers, instead, to the vast array", where the tagger
	// may read "refers" as a noun): the phrase after it is the one
	// interrupted, and stays with it.
	if opens && t.words[k] == "," && t.words[n-1] == "," && n-1 > k+1 {
		return true
	}
	if opens && t.verbAt(j) && placeless(strings.ToLower(t.words[j])) {
		// "The first sign that something was wrong with flight MH370
		// came after the plane failed to check in" is not "... came."
		return true
	}
	prep := opens && !t.clauseFrom(n+1)
	if prep && t.verbAt(j) {
		// A phrase of time or reason may leave a verb that has its
		// object ("had been axed after a poor display", "the awards
		// Holmes has received since her success"); a verb of going or
		// coming is left with nowhere: "when the bill would go before
		// Parliament", "which banks it has gone after".
		// So may a phrase of time: "have seen their audience share
		// decline in a year on year comparison".
		if !cuttableSubordinator(strings.ToLower(t.words[n])) && !t.timeFrom(n+1) {
			return true
		}
	}
	if prep && strings.HasPrefix(t.pos[j], "NN") && !capWord(t.words[j]) && argumentNoun(strings.ToLower(t.words[j])) && t.determined(j) && !t.timeFrom(n+1) {
		return true
	}
	// "the same period in 2003": what it is the same as is the cut's.
	if opens && t.same(j) {
		return true
	}
	// "will lead to a formal bid being accepted": the bid is the
	// subject of "being", not what it leads to.
	if strings.EqualFold(t.words[k], "being") && t.afterPreposition(k) {
		return true
	}
	if t.pos[k] == "VBG" && (t.prepositionObject(k) || t.headless(j)) {
		return true
	}
	return false
}

// verbAt reports whether word j is a verb, by its tag or by its place:
// after an infinitive's "to" ("to fully focus", which the tagger may read
// as a noun) or a form of "be" ("is set").
func (t *sentence) verbAt(j int) bool {
	switch t.pos[j] {
	case "VB", "VBD", "VBZ", "VBP", "VBN":
		return true
	case "NN", "JJ":
	default:
		return false
	}
	i := j - 1
	for i > 0 && t.pos[i] == "RB" {
		i--
	}
	if i < 0 {
		return false
	}
	w := strings.ToLower(t.words[i])
	return w == "to" && t.pos[j] == "NN" && i < j-1 // "to fully focus"; "to power" may be a noun
}

// timeFrom reports whether the noun phrase from k names a time: "a year
// on year comparison", "1998", "last season".
func (t *sentence) timeFrom(k int) bool {
	for j := k; j < t.stop && j < k+4; j++ {
		if j > k && !strings.HasPrefix(t.chunk[j], "I-") {
			break
		}
		lw := strings.ToLower(t.words[j])
		if year(t.words[j]) || timeWord(lw) || text.MonthName(t.words[j]) || timeNoun(lw) {
			return true
		}
	}
	return false
}

// placeless reports whether w is a verb of going, coming or being set
// that a phrase after it places: "came in", "went before", "is set
// before the original series".
func placeless(w string) bool {
	switch w {
	case "go", "goes", "went", "gone", "come", "comes", "came", "set", "sets":
		return true
	}
	return false
}

// clauseFrom reports whether a finite verb follows n within a few words:
// the preposition before it is a subordinator opening a clause ("after
// police found ..."), which may go whole.
func (t *sentence) clauseFrom(n int) bool {
	for i := n; i < t.stop && i < n+6; i++ {
		switch t.pos[i] {
		case "VBD", "VBZ", "VBP", "MD":
			return true
		}
		if t.words[i] == "," {
			return false
		}
	}
	return false
}

// argumentNoun reports whether a noun's prepositional phrase is its
// argument rather than a circumstance: "a decline in CD sales", "their
// place at the top table", "a strong performance in the Americas".
func argumentNoun(w string) bool {
	switch w {
	case "decline", "rise", "fall", "increase", "decrease", "drop", "place", "role", "part",
		"performance", "share", "stake", "impact", "effect", "lack", "rest", "return", "look":
		return true
	}
	return false
}

// determined reports whether the noun phrase ending at noun j opens with
// a determiner or a possessive: "a strong performance", "their place".
func (t *sentence) determined(j int) bool {
	for i := j - 1; i >= 0 && i >= j-5; i-- {
		switch {
		case t.pos[i] == "DT" || t.pos[i] == "PRP$" || t.pos[i] == "POS":
			return true
		case t.pos[i] == "JJ" || t.pos[i] == "JJR" || t.pos[i] == "JJS" || t.pos[i] == "RB" || strings.HasPrefix(t.pos[i], "NN") || t.pos[i] == "CD":
		default:
			return false
		}
	}
	return false
}

// objectless reports whether a preposition before k has no object: the
// sentence or a clause ends at k, or after an adverb ("around now").
func (t *sentence) objectless(k int) bool {
	if k < t.stop && t.pos[k] == "RB" {
		k++
	}
	return k >= t.stop || t.words[k] == "," || t.words[k] == ";" || t.pos[k] == "CC"
}

// same reports whether the noun phrase ending at j says "the same".
func (t *sentence) same(j int) bool {
	for i := j - 1; i >= 0 && i >= j-3; i-- {
		if strings.EqualFold(t.words[i], "same") {
			return true
		}
		if !strings.HasPrefix(t.pos[i], "JJ") && !strings.HasPrefix(t.pos[i], "NN") {
			return false
		}
	}
	return false
}

// afterPreposition reports whether the noun phrase before k is the
// object of a preposition.
func (t *sentence) afterPreposition(k int) bool {
	for i := k - 1; i >= 0 && i >= k-8; i-- {
		switch {
		case t.pos[i] == "IN" || t.pos[i] == "TO":
			return i < k-1
		case t.pos[i] == "DT" || t.pos[i] == "PRP$" || t.pos[i] == "POS" || strings.HasPrefix(t.pos[i], "JJ") || strings.HasPrefix(t.pos[i], "NN") || t.pos[i] == "CD":
		default:
			return false
		}
	}
	return false
}

// headless reports whether the noun phrase ending at j has a
// determiner and no common noun yet: in "dip under the European
// qualifying mark" the -ing word modifies the noun to come.
func (t *sentence) headless(j int) bool {
	for i := j; i >= 0 && i >= j-4; i-- {
		switch {
		case t.pos[i] == "DT" || t.pos[i] == "PRP$":
			return i < j
		case t.pos[i] == "NNP" || t.pos[i] == "NNPS" || strings.HasPrefix(t.pos[i], "JJ"):
		default:
			return false
		}
	}
	return false
}

// prepositionObject reports whether the noun phrase before the gerund at
// k is the object of a preposition that takes the gerund's clause whole:
// "pointed towards Wales coach Mike Ruddock handing a first cap".
func (t *sentence) prepositionObject(k int) bool {
	for i := k - 1; i >= 0 && i >= k-8; i-- {
		switch {
		case t.pos[i] == "IN" || t.pos[i] == "TO":
			switch strings.ToLower(t.words[i]) {
			case "towards", "toward", "about", "on", "upon", "against":
				return true
			}
			return false
		case t.pos[i] == "DT" || t.pos[i] == "PRP$" || t.pos[i] == "POS" || t.pos[i] == "JJ" || strings.HasPrefix(t.pos[i], "NN") || t.pos[i] == "CD":
		default:
			return false
		}
	}
	return false
}

package trim

import (
	"slices"
	"strings"

	"briefing/generator/meta/text"
)

// Each rule appends the cuts it proposes to out. Rules read the tagger's
// parts of speech and chunks; try decides whether a cut is safe.

// parentheticals proposes brackets ("(pictured)", "(£3 million)") and
// dashed asides ("-- which is based in Leeds --", a trailing "-- a brave
// new dawn ..."). An acronym in brackets stays: later text may use it.
func (t *sentence) parentheticals(out []span) []span {
	for i := 0; i < t.stop; i++ {
		w := t.words[i]
		switch {
		case w == "(" || w == "[":
			closer := ")"
			if w == "[" {
				closer = "]"
			}
			j := i + 1
			for j < t.stop && j < i+25 && t.words[j] != closer && t.words[j] != "(" {
				j++
			}
			if j >= t.stop || t.words[j] != closer || j == i+1 {
				continue
			}
			if j == i+2 && acronym(t.words[i+1]) {
				continue // "(ISIS)"
			}
			out = append(out, span{i, j + 1, Parenthetical})
			i = j
		case isDash(w) && i > 0 && t.toks[i].Start > t.toks[i-1].End:
			// a dash set apart, not one inside a word ("X--0")
			j := i + 1
			for j < t.stop && !isDash(t.words[j]) {
				j++
			}
			switch {
			case j < t.stop:
				// "-- Superman, Wonder Woman and Archie --" names what it
				// follows: it stays
				if j-i <= 25 && !t.introBefore(i) && t.pos[i+1] != "NNP" {
					out = append(out, span{i, j + 1, Parenthetical})
				}
				i = j
			case j-i <= 30 && i > 4 && i+1 < j && !t.hasVerb(i+1, j) && !(capWord(t.words[i-1]) && capWord(t.words[i+1]) && t.pos[i-1] == "NNP"):
				// A closing aside; a closing clause ("- they are coming")
				// is the point, and "Jerry Springer - The Opera" a name.
				out = append(out, span{i, j, Parenthetical})
				i = j
			}
		}
	}
	return out
}

func isDash(w string) bool { return w == "--" || w == "—" || w == "–" || w == "-" }

func acronym(w string) bool {
	if len(w) < 2 || len(w) > 8 {
		return false
	}
	for _, r := range w {
		if !(r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '-' || r == '.' || r == '&') {
			return false
		}
	}
	return true
}

// timePhrases proposes days named in passing: "on Wednesday", "late on
// Tuesday night", "early Friday", a bare "Wednesday" after a verb. Dates
// with a year and spans ("since Wednesday") stay: they carry the news.
func (t *sentence) timePhrases(out []span) []span {
	for i := 0; i < t.stop; i++ {
		if !dayName(t.words[i]) || i+1 < len(t.words) && (t.words[i+1] == "'s" || t.words[i+1] == "’s") {
			continue
		}
		if i+2 < t.stop && t.words[i+1] == "," && text.MonthName(t.words[i+2]) {
			continue // "Saturday, April 18" is a date
		}
		if i > 0 && t.words[i-1] != "," && i+2 < t.stop && t.words[i+1] == "," && capWord(t.words[i+2]) && !t.finiteAt(i+2) {
			// the day's own appositive follows: "release the program
			// Sunday, International Women's Day" is not "the program,
			// International Women's Day" (cnnval-050, seed-8642 read)
			continue
		}
		a, b := i, i+1
		for b < t.stop && partOfDay(t.words[b]) {
			b++
		}
		if b < t.stop && (t.words[b] == "morning" || t.words[b] == "night") {
			b++
		}
		prev := ""
		if a > 0 {
			prev = strings.ToLower(t.words[a-1])
		}
		switch prev {
		case "on":
			a--
			if a > 0 && (strings.EqualFold(t.words[a-1], "late") || strings.EqualFold(t.words[a-1], "early") ||
				strings.EqualFold(t.words[a-1], "earlier") || strings.EqualFold(t.words[a-1], "later")) {
				a--
			}
		case "late", "early", "earlier", "later":
			a--
		case "since", "until", "till", "by", "before", "after", "from", "to", "through", "between", "and", "or", "of", "next", "last", "this", "every", "each", "the", "a":
			continue
		default:
			if a == 0 || !strings.HasPrefix(t.pos[a-1], "VB") && t.pos[a-1] != "," && !strings.HasPrefix(t.pos[a-1], "NN") && t.pos[a-1] != "RP" {
				continue
			}
		}
		// "the report released Wednesday" needs its day; "was arrested on
		// Wednesday" does not.
		if v := a - 1; v > 0 && t.pos[v] == "VBN" && !auxiliary(t.words[v-1]) {
			continue
		}
		// "the indictment announced Tuesday", "In an order issued Friday":
		// a participle that needs its day.
		if v := a - 1; v > 0 && strings.HasPrefix(t.pos[v], "VB") && (t.finiteBefore(v) || t.objectBefore(v)) {
			continue
		}
		// A comma before it goes with it; the one after too when the verb
		// follows: "Police, on Wednesday, arrested", but "in Houston,
		// Texas, on Tuesday, a day after".
		if a > 0 && t.words[a-1] == "," && (b < len(t.words) && t.words[b] == "," || b == t.stop) {
			a--
			if b < t.stop && t.finiteAt(b+1) {
				b++
			}
		}
		if a == 0 && (b < t.stop && t.words[b] == ",") {
			continue // leadPhrase takes "On Wednesday,"
		}
		// The comma after a day goes with it before a clause of time:
		// "The investigation started Friday, after police learned".
		if a > 0 && t.words[a-1] != "," && b+1 < t.stop && t.words[b] == "," && cuttableSubordinator(strings.ToLower(t.words[b+1])) {
			b++
		}
		out = append(out, span{a, b, Time})
		i = b - 1
	}
	return out
}

func dayName(w string) bool {
	switch w {
	case "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday":
		return true
	}
	return false
}

func partOfDay(w string) bool {
	switch w {
	case "morning", "afternoon", "evening", "night":
		return true
	}
	return false
}

// leadPhrase proposes an opening phrase set off by a comma that only sets
// the scene: a time ("On Wednesday,", "Earlier this month,", "Two days
// later,"), the occasion of a statement ("In a statement,", "Speaking to
// reporters,"), or "According to X," before a claim that is not an
// allegation. A phrase with a year stays: it dates history.
func (t *sentence) leadPhrase(out []span) []span {
	c := -1
	for i := 0; i < t.stop && i < 14; i++ {
		if t.quoted[i] || t.words[i] == ";" || t.words[i] == ":" {
			return out
		}
		if t.words[i] == "," {
			c = i
			break
		}
	}
	if c < 1 {
		return out
	}
	first := strings.ToLower(t.words[0])
	phrase := t.words[:c]
	ok := false
	if subordinator(first) {
		return out // "If you feel a ripple in the Force today," is a clause
	}
	switch {
	case first == "according" && len(phrase) > 2 && strings.EqualFold(phrase[1], "to"):
		// an institution's report of what is not an allegation; a
		// book's or a person's account is their claim
		speaker := make([]int, 0, c-2)
		for k := 2; k < c; k++ {
			speaker = append(speaker, k)
		}
		ok = t.impersonal(speaker) && !t.allegation(c+1, t.stop) && !t.statistic(c+1, t.stop)
	case first == "speaking" || first == "writing" || first == "talking":
		ok = true
	case first == "meanwhile" || first == "earlier" || first == "later" || first == "separately" || first == "elsewhere":
		ok = len(phrase) <= 5
	case commentAdverb(strings.ToLower(strings.Join(phrase, " "))):
		// the writer's aside, no part of the news: "Thankfully, no one
		// was wounded" (cnnval-050, seed-8642 read), "Of course, ..."
		ok = true
	default:
		for k, w := range phrase {
			lw := strings.ToLower(w)
			if timeWord(lw) || k > 0 && occasionWord(lw) && (first == "in" || first == "at" || first == "during") {
				ok = true
			}
			if lw == "old" || lw == "aged" || lw == "age" {
				return out // "At a week old," is an age, not a time
			}
			if year(w) || strings.HasPrefix(t.pos[k], "VB") && t.pos[k] != "VBG" && t.pos[k] != "VBN" || t.pos[k] == "MD" || t.pos[k] == "PRP" {
				return out // "In 2010,"; a clause, not a phrase
			}
		}
		// a phrase opens with a preposition, an adverb or a time noun
		if ok && t.pos[0] != "IN" && t.pos[0] != "RB" && !timeWord(first) && t.pos[0] != "CD" && t.pos[0] != "JJ" && t.pos[0] != "DT" {
			ok = false
		}
	}
	// The phrase must end at its comma: in "According to a new book,
	// Brown's Britain, Mr Blair went ..." the title is its appositive.
	k := c + 1
	for k < t.stop && strings.HasSuffix(t.chunk[k], "NP") && t.words[k] != "," {
		k++
	}
	if ok && k > c+1 && k < t.stop && t.words[k] == "," && !t.quoted[k] && !relativeWord(t.words[k+1]) && t.clauseAt(k+1) {
		ok = false
	}
	if ok {
		out = append(out, span{0, c + 1, LeadPhrase})
	}
	return out
}

// commentAdverb is an opening the writer comments with: it says how the
// writer feels about the news, not what happened.
func commentAdverb(phrase string) bool {
	switch phrase {
	case "thankfully", "fortunately", "unfortunately", "luckily", "sadly", "tragically", "ironically",
		"interestingly", "curiously", "surprisingly", "unsurprisingly", "predictably", "remarkably",
		"obviously", "of course", "in fact", "needless to say":
		return true
	}
	return false
}

func year(w string) bool {
	if len(w) != 4 && !(len(w) == 5 && w[4] == 's') {
		return false
	}
	return (w[0] == '1' && w[1] == '9' || w[0] == '2' && w[1] == '0') && w[2] >= '0' && w[2] <= '9' && w[3] >= '0' && w[3] <= '9'
}

func timeWord(w string) bool {
	switch w {
	case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
		"week", "weekend", "month", "day", "days", "weeks", "months", "morning", "afternoon",
		"evening", "night", "tonight", "today", "yesterday", "earlier", "later", "recently",
		"ago", "hours", "minutes", "moments", "meanwhile", "overnight", "now":
		return true
	}
	return false
}

// occasionWord is what a statement is made in: "In a statement", "At a
// news conference", "In an interview with CNN".
func occasionWord(w string) bool {
	switch w {
	case "statement", "interview", "post", "tweet", "letter", "conference", "briefing", "video",
		"speech", "email", "e-mail", "release", "blog", "message", "appearance":
		return true
	}
	return false
}

// attribution proposes a closing attribution: ", police said", ", the
// agency said in a statement", ", said a spokesman for the firm",
// ", according to the hospital". It stays when the speaker is a person
// (whose claim it is) or the clause is an allegation.
func (t *sentence) attribution(out []span) []span {
	c := -1
	for i := t.stop - 1; i > 2; i-- {
		if t.quoted[i] {
			return out
		}
		if t.words[i] == "," {
			c = i
			break
		}
	}
	if c < 0 || t.stop-c > 16 {
		return out
	}
	tail := t.words[c+1 : t.stop]
	if len(tail) < 2 {
		return out
	}
	var speaker []int // token indices of the speaker
	switch {
	case strings.EqualFold(tail[0], "according") && len(tail) > 2 && tail[1] == "to":
		for k := c + 3; k < t.stop; k++ {
			speaker = append(speaker, k)
		}
	case speechVerb(tail[0]):
		// ", said a spokesman for the firm"
		for k := c + 2; k < t.stop && t.words[k] != ","; k++ {
			speaker = append(speaker, k)
		}
	default:
		// ", police said ...": a noun phrase, then the verb, then no clause
		v := -1
		for k := c + 1; k < t.stop; k++ {
			if speechVerb(t.words[k]) && strings.HasPrefix(t.pos[k], "VB") {
				v = k
				break
			}
			if !nounPhraseTag(t.pos[k]) {
				return out
			}
			speaker = append(speaker, k)
		}
		if v < 0 || len(speaker) == 0 {
			return out
		}
		for k := v + 1; k < t.stop; k++ {
			switch t.pos[k] {
			case "VBD", "VBZ", "VBP", "MD", "WDT", "WP", "IN":
				if t.pos[k] == "IN" && (t.words[k] == "on" || t.words[k] == "in" || t.words[k] == "at" || t.words[k] == "to" || t.words[k] == "during") {
					continue
				}
				return out // a clause follows: ", police said that ..."
			}
		}
	}
	if len(speaker) == 0 || !t.impersonal(speaker) || t.allegation(0, c) {
		return out
	}
	if strings.EqualFold(tail[0], "according") && t.statistic(0, c) {
		return out // a figure keeps its source: ", according to the UN"
	}
	return append(out, span{c, t.stop, Attribution})
}

func nounPhraseTag(p string) bool {
	switch p {
	case "DT", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "POS", "PRP$", "CD", "IN", "HYPH", "CC":
		return true
	}
	return false
}

func speechVerb(w string) bool {
	switch w {
	case "said", "says", "say", "told", "tells", "added", "reported", "reports", "announced",
		"stated", "confirmed", "explained", "wrote", "tweeted", "posted", "noted", "according":
		return true
	}
	return false
}

// impersonal reports whether the speaker is an institution or a document
// rather than a person: its head is one of the words for them ("police",
// "officials", "the agency", "a spokesman", "a statement", "CNN affiliate
// KGO") and it names no one the article names as a person.
func (t *sentence) impersonal(speaker []int) bool {
	inst := false
	for _, k := range speaker {
		w := t.words[k]
		lw := strings.ToLower(w)
		switch {
		case t.pos[k] == "PRP":
			return false // "he said", "they said"
		case t.pos[k] == "PRP$" && lw != "its" && !t.institutionAfter(k):
			return false // "his former headmaster ... told CNN": a person
		case lw == "mr" || lw == "mrs" || lw == "ms" || lw == "dr" || lw == "sir" || lw == "lord" || lw == "mr." || lw == "mrs." || lw == "ms." || lw == "dr.":
			return false
		case institutional(lw):
			inst = true
		case lw == "affiliate" || lw == "cnn" || lw == "reuters":
			inst = true
		}
		if capWord(w) && t.namesPerson(w) {
			return false
		}
		// the speaker is an organisation when it opens with one ("the
		// Kremlin said"), not when a person is "at" one
		if capWord(w) && (k == speaker[0] || k == speaker[0]+1 && t.pos[speaker[0]] == "DT") && t.namesOrganization(k) {
			inst = true
		}
	}
	return inst
}

// institutionAfter reports whether the noun that the possessive at k
// goes with is an institution's or a document ("his office", "their
// figures"), not a person ("his former headmaster").
func (t *sentence) institutionAfter(k int) bool {
	for j := k + 1; j < t.stop && j < k+5; j++ {
		if strings.HasPrefix(t.pos[j], "NN") && !(j+1 < t.stop && strings.HasPrefix(t.pos[j+1], "NN")) {
			return institutional(strings.ToLower(t.words[j]))
		}
	}
	return false
}

// namesOrganization reports whether the words from k on name one of the
// article's organisations ("the Kremlin", "the Australian Red Cross").
func (t *sentence) namesOrganization(k int) bool {
	for _, o := range t.orgs {
		parts := strings.Fields(o)
		if len(parts) == 0 || k+len(parts) > len(t.words) {
			continue
		}
		match := true
		for j, p := range parts {
			if t.words[k+j] != p {
				match = false
				break
			}
		}
		if match {
			return true
		}
	}
	return false
}

func (t *sentence) namesPerson(w string) bool {
	for _, p := range t.people {
		for part := range strings.FieldsSeq(p) {
			if part == w {
				return true
			}
		}
	}
	return false
}

func institutional(w string) bool {
	switch w {
	case "police", "officials", "official", "authorities", "spokesman", "spokeswoman", "spokesperson",
		"statement", "report", "reports", "agency", "ministry", "department", "company", "firm",
		"club", "team", "government", "military", "army", "navy", "media", "network", "website",
		"organizers", "organisers", "researchers", "scientists", "study", "survey", "data", "figures",
		"hospital", "office", "service", "council", "board", "court", "commission", "authority",
		"airline", "channel", "newspaper", "broadcaster", "station", "museum", "university",
		"center", "centre", "association", "federation", "league", "union", "organization",
		"organisation", "embassy", "police.", "force", "forces", "sheriff's", "coroner", "coroner's",
		"group", "prosecutors", "investigators", "regulator", "regulators", "watchdog", "administration",
		"spokespeople", "representatives", "representative", "officers", "department's", "agency's",
		"release", "tweet", "post", "documents", "records", "data.", "estimates", "ministry's", "biography", "website's":
		return true
	}
	return false
}

// allegation reports whether tokens [a, b) accuse someone or make a claim
// whose source the reader must keep: "alleged", "accused", "claimed",
// hedges ("may", "reportedly", "believed"), or a crime done by someone
// ("killed his wife", not "was killed").
func (t *sentence) allegation(a, b int) bool {
	for k := a; k < b; k++ {
		lw := strings.ToLower(t.words[k])
		switch lw {
		case "alleged", "allegedly", "allegations", "allegation", "accused", "accuses", "accusing",
			"accusation", "accusations", "claim", "claims", "claimed", "claiming", "blamed", "blames",
			"deny", "denies", "denied", "suspect", "suspects", "suspected", "believed", "believe",
			"reportedly", "responsible", "guilty", "may", "might", "could", "possibly", "likely",
			"probably", "apparently", "appears", "appeared", "seems", "seemed", "would", "should",
			"must", "think", "thinks", "thought", "expects", "expected", "hopes", "fears", "feared", "plot", "plotted",
			"will", "'ll", "need", "needs", "proves", "prove", "wrong", "unfair", "best", "worst", "failed",
			"mistake", "better", "worse", "vital", "crucial", "urged", "warned", "insisted":
			return true
		}
		if crimeVerb(lw) && t.pos[k] == "VBD" {
			return true // "He killed his wife", not "two were killed"
		}
		if crimeVerb(lw) && t.pos[k] == "VBN" && k+1 < b && t.words[k+1] == "by" {
			return true // "was shot by her husband"
		}
	}
	return false
}

func crimeVerb(w string) bool {
	switch w {
	case "killed", "murdered", "shot", "stabbed", "raped", "assaulted", "attacked", "abused",
		"kidnapped", "abducted", "stole", "stolen", "robbed", "beat", "beaten", "strangled", "molested",
		"poisoned", "tortured", "threatened", "lied", "bribed", "cheated", "hacked", "defrauded",
		"harassed", "hit", "punched", "kicked", "slapped", "strangle", "smuggled", "trafficked":
		return true
	}
	return false
}

// finiteAt reports whether token k starts a finite verb phrase, perhaps
// after an adverb: the main verb that follows a subject's aside.
func (t *sentence) finiteAt(k int) bool {
	for ; k < t.stop && (t.pos[k] == "RB" || t.pos[k] == "ADVP"); k++ {
	}
	if k >= t.stop {
		return false
	}
	switch t.pos[k] {
	case "VBD", "VBZ", "VBP", "MD":
		return !t.quoted[k] && !t.invertedSaid(k)
	case "VBN":
		// the tagger reads some past tenses as participles: ", which
		// struck Lahore, wounded 78 people"
		return !t.quoted[k] && strings.HasSuffix(t.words[k], "ed") && (k+1 >= t.stop || t.words[k+1] != "by")
	}
	return false
}

// invertedSaid reports "said Dr. Sohbin": a speech verb before its
// speaker, which attributes the sentence rather than being its verb. A
// clause after it makes it the verb: "said an EU arms code was more
// effective".
func (t *sentence) invertedSaid(k int) bool {
	if !speechVerb(t.words[k]) || k+1 >= t.stop || t.pos[k+1] != "NNP" && t.pos[k+1] != "DT" {
		return false
	}
	end := k + 1
	for end < t.stop && t.words[end] != "," {
		end++
	}
	return !t.hasFinite(k+1, end)
}

// relatives proposes non-restrictive relative clauses: ", who has a
// history of fainting," before the main verb, or ", which ..." to the
// end, and participles set off like them before the main verb (",
// known for ...,"). A clause followed by "and" or "but" may be a list;
// it stays.
func (t *sentence) relatives(out []span) []span {
	for c := 1; c+1 < t.stop; c++ {
		if t.words[c] != "," || t.quoted[c] {
			continue
		}
		// a participle set off the same way is a relative clause less
		// its "who is": "The minister, known for being a prosperity
		// preacher, is seeking ..."; it must end before the main verb
		reduced := false
		switch strings.ToLower(t.words[c+1]) {
		case "who", "which", "whose", "whom", "where":
		default:
			if (t.pos[c+1] != "VBN" && t.pos[c+1] != "VBG") || !strings.HasPrefix(t.pos[c-1], "NN") || t.openingPhrase(c) {
				continue
			}
			reduced = true
		}
		end := -1
		for k := c + 2; k <= t.stop; k++ {
			if k == t.stop {
				end = t.stop
				break
			}
			if t.quoted[k] || t.words[k] == ";" || t.words[k] == ":" || isDash(t.words[k]) {
				break
			}
			if t.words[k] != "," {
				continue
			}
			if t.attributionAt(k + 1) {
				end = k // the clause ends; its attribution stays
				break
			}
			if reduced {
				// the main verb, plainly finite: in "cast aside, ignored,
				// covered up or denied" the tagger's participles are a list
				if v := t.nextWord(k + 1); v < t.stop && (t.pos[v] == "VBD" || t.pos[v] == "VBZ" || t.pos[v] == "VBP" || t.pos[v] == "MD") && !t.quoted[v] {
					end = k + 1
				}
				break
			}
			if t.finiteAt(k + 1) {
				end = k + 1
				break
			}
			if t.openingPhrase(c) {
				// "Then days after the tournament, which she won, her
				// father told ...": the subject follows the clause
				end = k
				break
			}
			if next := strings.ToLower(t.words[k+1]); next == "and" || next == "but" || next == "or" {
				break
			}
		}
		if reduced && (end < 0 || end == t.stop || t.words[end-1] != ",") {
			continue // ", killing seven people" closing a sentence is the news
		}
		if t.hasNumber(c, end) {
			continue // ", who has died at the age of 84,": the news
		}
		if end == t.stop && t.asideBefore(c) {
			continue // "pilots, a handful over the years, who have ...": it is their point
		}
		if end == t.stop && t.evidenceClause(c) {
			continue // ", which contradicted her son's claims": what the video showed is the news
		}
		if t.referentIn(c, end) {
			continue // ", which is building the new Wembley stadium, ... on the project": what the project is
		}
		if end > 0 && end-c >= 3 && end-c <= 30 {
			out = append(out, span{c, end, Relative})
			c = end - 1
		}
	}
	return out
}

// appositives proposes a noun phrase set off by commas after a noun:
// "Col. Mahad Abdi, a Somali police officer, said ..." and a
// closing one, "..., said Smith, a spokesman for the firm." An age (", 13,")
// or a name (", John Smith,") stays: it identifies. So does the role of a
// name given bare, with no title or description before it ("Christina
// Lee, an expert on Anglo-Saxon society, translated ..."): without it the
// reader does not know who is meant.
func (t *sentence) appositives(out []span) []span {
	for c := 1; c+2 < t.stop; c++ {
		if t.words[c] != "," || t.quoted[c] || !strings.HasPrefix(t.pos[c-1], "NN") {
			continue
		}
		switch t.pos[c+1] {
		case "DT", "PRP$", "JJ", "JJS", "NN", "NNS":
		default:
			continue
		}
		if strings.ToLower(t.words[c+1]) == "both" || strings.ToLower(t.words[c+1]) == "all" {
			continue
		}
		// "in screen size, onboard memory or the chip inside, shows a
		// study": the items of a list, not an appositive
		if t.pos[c+1] != "DT" && t.pos[c+1] != "PRP$" && t.hasOr(c+1) {
			continue
		}
		// A comma that ends an opening phrase ("Then days after the
		// tournament, her father told ...") is followed by the subject,
		// not by an appositive.
		if t.openingPhrase(c) {
			continue
		}
		end := -1
		for k := c + 1; k <= t.stop; k++ {
			if k == t.stop {
				if strings.HasPrefix(t.pos[c-1], "NNP") {
					end = t.stop
				}
				break
			}
			if t.quoted[k] {
				break
			}
			if t.words[k] == "," {
				if t.finiteAt(k + 1) {
					end = k + 1
				}
				break
			}
			if !appositiveTag(t.pos[k]) {
				break
			}
		}
		if end > 0 && end-c >= 3 && end-c <= 20 {
			if t.bareName(c) {
				// The appositive is all the reader learns of who the
				// name is ("Christina Lee, an expert on Anglo-Saxon
				// society ..."): it stays, less a closing phrase of
				// where when it is long.
				if sub, ok := t.roleTail(c, end); ok {
					out = append(out, sub)
				}
				c = end - 1
				continue
			}
			out = append(out, span{c, end, Appositive})
			c = end - 1
		}
	}
	return out
}

// bareName reports whether the noun before the comma at c is a name
// given with nothing that says who it is: no word before it in its noun
// phrase ("CNN correspondent Shasta Darlington", "Arsenal's Patrick
// Vieira") and no title of office or rank ("President", "Col.").
func (t *sentence) bareName(c int) bool {
	s := c - 1
	if t.pos[s] != "NNP" && t.pos[s] != "NNPS" {
		return false
	}
	for s > 0 && (t.pos[s-1] == "NNP" || t.pos[s-1] == "NNPS") && !t.quoted[s-1] {
		s--
	}
	for k := s; k < c; k++ {
		if officeTitle(t.words[k]) {
			return false
		}
	}
	if s == 0 {
		return true
	}
	// a word before the name in its phrase says who they are; "But" and
	// a preposition do not
	switch p := t.pos[s-1]; {
	case p == "CC" || p == "IN" || p == "TO" || p == "," || p == "RB" || strings.HasPrefix(p, "VB") || p == "WDT" || p == "WP":
		return true
	case p == "DT":
		return false // "the Rev. X", "the striker Bale"
	}
	return !strings.HasPrefix(t.chunk[s], "I-")
}

// roleTail is the cut a long role appositive of a bare name may take:
// its closing phrase of where, from the first "from", "at", "in",
// "with" or "based" after its head ("an expert on Anglo-Saxon society
// from the School of English at the University of Nottingham"). A short
// one (eight words or fewer) stays whole; a long one with no such phrase
// may still go whole.
func (t *sentence) roleTail(c, end int) (span, bool) {
	close := end // the appositive's last token + 1
	if end < t.stop {
		close = end - 1 // the comma that closes it
	}
	words := 0
	for k := c + 1; k < close; k++ {
		if isWordToken(t.words[k]) {
			words++
		}
	}
	if words <= 8 {
		return span{}, false
	}
	for k := c + 3; k < close-1; k++ {
		switch strings.ToLower(t.words[k]) {
		case "from", "at", "in", "with", "based":
			// on a noun: "an expert on Anglo-Saxon society from ...";
			// "the man controversially put in charge of ..." needs it
			if k-c-1 <= 8 && strings.HasPrefix(t.pos[k-1], "NN") && !t.hasVerbTag(c+1, k) {
				return span{k, close, Appositive}, true
			}
		}
	}
	if words > 12 {
		return span{c, end, Appositive}, true
	}
	return span{}, false
}

// officeTitle is a title of office or rank written before a name: it
// says who they are.
func officeTitle(w string) bool {
	switch strings.TrimSuffix(w, ".") {
	case "President", "Minister", "Secretary", "Senator", "Sen", "Rep", "Gov", "Governor", "Mayor",
		"General", "Gen", "Col", "Colonel", "Captain", "Capt", "Lt", "Sgt", "Sergeant", "Major", "Maj",
		"Judge", "Justice", "Chancellor", "Chairman", "Chief", "Coach", "Professor", "Prof", "Bishop",
		"Archbishop", "Pope", "King", "Queen", "Prince", "Princess", "Rev", "Inspector", "Sheriff",
		"Commissioner", "Ambassador", "Director", "Detective", "Det", "Speaker", "Admiral", "Adm",
		"Commander", "Cmdr", "Officer", "Superintendent", "Supt", "Constable", "PC", "Insp", "Premier",
		"Chairwoman", "Attorney", "Councillor", "Councilman", "Councilwoman", "Dean", "Cardinal", "Sheikh":
		return true
	}
	return false
}

func appositiveTag(p string) bool {
	switch p {
	case "DT", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "POS", "PRP$", "CD", "IN", "TO", "HYPH", "VBN", "VBG", "RB", "CC":
		return true
	}
	return false
}

// nextWord is the first token from k that is not an adverb.
func (t *sentence) nextWord(k int) int {
	for ; k < t.stop && (t.pos[k] == "RB" || t.pos[k] == "ADVP"); k++ {
	}
	return k
}

// hasOr reports whether an "or" comes after k before the next comma.
func (t *sentence) hasOr(k int) bool {
	for ; k < t.stop && t.words[k] != ","; k++ {
		if strings.EqualFold(t.words[k], "or") {
			return true
		}
	}
	return false
}

// openingPhrase reports whether the comma at c ends the sentence's
// opening phrase ("Then days after the tournament,"), before its subject
// and verb: what follows the comma is the subject.
func (t *sentence) openingPhrase(c int) bool {
	first := 0
	if t.pos[0] == "CC" && c > 1 {
		first = 1 // "But Mr Balls, a prospective MP, said"
	}
	return !strings.HasSuffix(t.chunk[first], "NP") && !t.hasFinite(0, c) && !slices.Contains(t.words[:c], ",")
}

// participles proposes a closing clause that reports rather than tells:
// ", saying ...", ", adding that ...", ", citing ...", and a closing list
// of examples, ", including ...".
func (t *sentence) participles(out []span) []span {
	for c := 3; c+1 < t.stop; c++ {
		if t.words[c] != "," || t.quoted[c] {
			continue
		}
		switch strings.ToLower(t.words[c+1]) {
		case "saying", "adding", "noting", "citing", "explaining", "insisting", "stressing",
			"arguing", "telling", "writing", "describing", "calling", "urging", "including":
			end := t.stop
			if strings.EqualFold(t.words[c+1], "including") {
				// the examples end where the purpose begins: ", including
				// $18m from their own pockets, to settle a class action"
				for k := c + 2; k+2 < t.stop; k++ {
					if t.words[k] == "," && !t.quoted[k] && strings.EqualFold(t.words[k+1], "to") && t.pos[k+2] == "VB" {
						end = k
						break
					}
				}
			}
			if end-c <= 40 {
				out = append(out, span{c, end, Participle})
			}
			return out
		}
	}
	return out
}

// adverbs proposes "also" between a subject and its verb, and an
// interjected ", however,".
func (t *sentence) adverbs(out []span) []span {
	for i := 1; i+1 < t.stop; i++ {
		switch {
		case strings.EqualFold(t.words[i], "also") && t.pos[i] == "RB" && strings.HasPrefix(t.pos[i+1], "VB"):
			out = append(out, span{i, i + 1, Adverb})
		case t.words[i] == "," && i+2 < t.stop && strings.EqualFold(t.words[i+1], "however") && t.words[i+2] == "," &&
			(strings.HasPrefix(t.pos[i-1], "NN") && t.finiteAt(i+3) || t.invertedAfter(i)):
			out = append(out, span{i, i + 3, Adverb})
		}
	}
	return out
}

// cuttableSubordinator opens an adverbial clause that may go: one of
// time, reason or concession. A condition ("if", "unless", "until")
// changes what is said, and stays.
func cuttableSubordinator(w string) bool {
	switch w {
	case "when", "whenever", "while", "whilst", "as", "because", "although", "though", "since",
		"before", "after", "once", "despite", "following", "amid":
		return true
	}
	return false
}

// subordinator opens an adverbial clause.
func subordinator(w string) bool {
	switch w {
	case "if", "when", "whenever", "while", "whilst", "as", "because", "although", "though",
		"since", "unless", "until", "before", "after", "once", "whether", "where", "despite",
		"following", "amid", "even", "so", "rather", "given":
		return true
	}
	return false
}

func auxiliary(w string) bool {
	switch strings.ToLower(w) {
	case "was", "were", "is", "are", "be", "been", "being", "has", "have", "had", "got", "get", "gets":
		return true
	}
	return false
}

// hasFinite reports whether tokens [a, b) hold a finite verb outside
// quotations.
func (t *sentence) hasFinite(a, b int) bool {
	for k := a; k < b; k++ {
		switch t.pos[k] {
		case "VBD", "VBZ", "VBP", "MD":
			if !t.quoted[k] {
				return true
			}
		}
	}
	return false
}

// finiteBefore reports whether a finite verb comes before token v in its
// clause (since the last comma): v is then a participle.
func (t *sentence) finiteBefore(v int) bool {
	for k := v - 1; k >= 0 && t.words[k] != ","; k-- {
		switch t.pos[k] {
		case "VBD", "VBZ", "VBP", "MD":
			return true
		}
	}
	return false
}

// attributionAt reports whether tokens [k, stop) are a closing
// attribution: "a Turkish TV network reported Friday", "police said",
// "according to the ministry", "said a spokesman".
func (t *sentence) attributionAt(k int) bool {
	if k >= t.stop {
		return false
	}
	if strings.EqualFold(t.words[k], "according") {
		return true
	}
	if speechVerb(t.words[k]) && t.pos[k] != "VBG" {
		if k+1 < t.stop && (t.words[k+1] == ":" || t.quoted[k+1]) {
			return false // "Dallaglio, who ..., said: \"I ...\"": the verb of the sentence
		}
		return !t.hasFinite(k+1, t.stop) // "said a spokesman", not "says the church has"
	}
	for j := k; j < t.stop && j < k+10; j++ {
		// the tagger may read a verb that ends the clause as a noun:
		// "the UNECE forecasts, due to ..."
		verb := strings.HasPrefix(t.pos[j], "VB") || j > k && (j+1 == t.stop || t.words[j+1] == ",")
		if (speechVerb(t.words[j]) || claimVerb(t.words[j]) || findingVerb(t.words[j])) && verb {
			return j > k && !t.hasFinite(j+1, t.stop)
		}
		if !nounPhraseTag(t.pos[j]) && !(j > k && auxiliary(t.words[j])) {
			return false
		}
	}
	return false
}

// claimVerb reports what a speaker claims rather than reports: its
// attribution stays.
func claimVerb(w string) bool {
	switch w {
	case "predicted", "predicts", "warned", "warns", "estimated", "estimates", "claimed", "claims",
		"argued", "argues", "insisted", "insists", "believe", "believes", "believed", "alleged",
		"alleges", "suggested", "suggests", "forecast", "forecasts", "expect", "expects":
		return true
	}
	return false
}

// statistic reports whether tokens [a, b) give a figure, a number that is
// not a year or a day of a date: "more than 13 million Americans have
// PTSD". An "according to" before or after it is the figure's source,
// which the reader needs to weigh it.
func (t *sentence) statistic(a, b int) bool {
	for k := a; k < b; k++ {
		if t.pos[k] != "CD" || t.quoted[k] || year(t.words[k]) {
			continue
		}
		if k > 0 && text.MonthName(t.words[k-1]) || k+1 < b && text.MonthName(t.words[k+1]) {
			continue // "March 1", "1 March"
		}
		return true
	}
	return false
}

// hasNumber reports whether tokens [a, b) hold a number.
func (t *sentence) hasNumber(a, b int) bool {
	for k := a; k < b; k++ {
		if t.pos[k] == "CD" {
			return true
		}
	}
	return false
}

// hasVerb reports whether tokens [a, b) hold a verb that is not a
// participle, outside quotations.
func (t *sentence) hasVerb(a, b int) bool {
	for k := a; k < b; k++ {
		if p := t.pos[k]; !t.quoted[k] && (p == "VB" || p == "VBD" || p == "VBZ" || p == "VBP" || p == "MD") {
			return true
		}
	}
	return false
}

// asideBefore reports whether another comma comes between the clause's
// verb and the comma at c: what c follows may itself be an aside.
func (t *sentence) asideBefore(c int) bool {
	for k := c - 1; k >= 0; k-- {
		switch {
		case t.words[k] == "," && !t.quoted[k]:
			return true
		case t.pos[k] == "VBD" || t.pos[k] == "VBZ" || t.pos[k] == "VBP" || t.pos[k] == "MD":
			return false
		}
	}
	return false
}

// objectBefore reports whether the noun phrase before token v is the
// object of a preposition ("In an order issued"): v cannot be its verb.
func (t *sentence) objectBefore(v int) bool {
	k := v - 1
	if k < 0 || !strings.HasPrefix(t.pos[k], "NN") {
		return false
	}
	for k > 0 && strings.HasPrefix(t.chunk[k], "I-") {
		k--
	}
	return k > 0 && (t.pos[k-1] == "IN" || t.pos[k-1] == "TO")
}

// introBefore reports whether the sentence opens with a subordinate
// clause that the dash at i ends ("When the book came out -- weeks
// after his death -- it ..."): without the dashes it would run on.
func (t *sentence) introBefore(i int) bool {
	if !subordinator(strings.ToLower(t.words[0])) {
		return false
	}
	for k := 1; k < i; k++ {
		if t.words[k] == "," {
			return false
		}
	}
	return true
}

// referentIn reports whether a clause [c, end) that would go is all that
// says what a later "the project" (or scheme, work, deal, ...) is: "Shares
// in Multiplex Group, which is building the new Wembley stadium, fell ...
// after it said it would not make any money on the project" is not
// "... any money on the project." (bbc/business/062, seed-9319 read).
func (t *sentence) referentIn(c, end int) bool {
	if !t.hasVerbTag(c, end) {
		return false
	}
	for k := end; k+1 < t.stop; k++ {
		if !strings.EqualFold(t.words[k], "the") || t.quoted[k] {
			continue
		}
		head := strings.ToLower(t.words[k+1])
		switch head {
		case "project", "scheme", "work", "works", "job", "deal", "contract", "plan", "site", "venture", "programme", "program":
		default:
			continue
		}
		named := false
		for j := 0; j < c; j++ {
			named = named || strings.EqualFold(t.words[j], head)
		}
		if !named {
			return true
		}
	}
	return false
}

// evidenceClause reports a closing ", which" clause whose verb says what
// the thing before it showed: "released dash cam video of the encounter,
// which contradicted her son's claims" (cnnval-170, seed-8642 read).
func (t *sentence) evidenceClause(c int) bool {
	if c+1 >= t.stop || !strings.EqualFold(t.words[c+1], "which") {
		return false
	}
	for k := c + 2; k < t.stop && k < c+5; k++ {
		switch strings.ToLower(t.words[k]) {
		case "contradicted", "contradicts", "contradict", "confirmed", "confirms", "showed", "shows", "show",
			"revealed", "reveals", "proved", "proves", "disproved", "refuted", "refutes", "undermined",
			"undermines", "backed", "backs", "supported", "supports", "appeared", "appears", "suggested", "suggests":
			return true
		}
	}
	return false
}

// findingVerb is what a court or an inquiry does with its conclusion:
// ", the UK's highest court has ruled".
func findingVerb(w string) bool {
	switch w {
	case "ruled", "rules", "found", "finds", "concluded", "concludes", "revealed", "reveals", "decided":
		return true
	}
	return false
}

// hasVerbTag reports whether tokens [a, b) hold any verb, participles
// included.
func (t *sentence) hasVerbTag(a, b int) bool {
	for k := a; k < b; k++ {
		if strings.HasPrefix(t.pos[k], "VB") || t.pos[k] == "MD" {
			return true
		}
	}
	return false
}

// invertedAfter reports an opening "Only recently, however, did Frayer
// ...": the aside sits between a fronted adverb and the inverted verb.
func (t *sentence) invertedAfter(i int) bool {
	if i+3 >= t.stop || !strings.EqualFold(t.words[0], "only") {
		return false
	}
	switch strings.ToLower(t.words[i+3]) {
	case "did", "does", "do", "was", "were", "is", "are", "has", "have", "had", "could", "would", "will", "can":
		return true
	}
	return false
}

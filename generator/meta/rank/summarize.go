package rank

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"briefing/generator/meta/tagger"
	"briefing/generator/meta/text"
	"briefing/generator/meta/trim"
)

// DescriptionMax is the longest description in characters: what search
// engines show of a page's meta description.
const DescriptionMax = 160

// selection are the settings of choose: human highlights of news stories
// run to three or four bullets of 12-13 words, about 50 words a story.
type selection struct {
	budget     int     // words of key points a story aims at
	minPoints  int     // key points when the article has enough sentences
	maxPoints  int     // key points at most
	floor      float64 // probability under which a sentence is not taken past minPoints
	pool       int     // best sentences trimmed and considered
	redundancy float32 // similarity above which a sentence repeats a chosen one
	target     int     // words above which a key point is trimmed harder
	// for the inspection tools only: what the editor's rules cost
	anyVoice bool // questions and the first or second person are not put last
	dangling bool // a key point may lean on what it does not name
	truncate int  // words each key point is cut down to its main clause to fit, once chosen
}

var defaultSelection = selection{budget: 50, minPoints: 3, maxPoints: 4, floor: 0.3, pool: 7, redundancy: 0.5, target: 14}

// Summarize picks the key points of d, trimmed and standing alone, a
// summary that adds to them (the article's lede, when it is not one of
// them) and the description. people are the names found in the article,
// used to resolve a leading "he" or "she" and to keep attributions to
// them; organizations are those it names, whose reports need no
// attribution in a key point.
func Summarize(d *text.Doc, people, organizations []string) (summary string, keypoints []string, description string) {
	return summarize(d, people, organizations, DefaultModel, defaultSelection)
}

func summarize(d *text.Doc, people, orgs []string, m *Model, sel selection) (summary string, keypoints []string, description string) {
	if len(d.Sentences) == 0 {
		// Nothing survived preparation; fall back on what there is.
		text := strings.TrimSpace(strings.Join(d.Paragraphs, " "))
		if text == "" {
			text = d.Headline
		}
		if text == "" {
			return "", nil, ""
		}
		return "", []string{text}, wholeSentences(text)
	}
	r := scoreSentences(d, people, orgs, m)
	r.orgs = orgs
	chosen, keypoints := r.keyPoints(people, orgs, sel)
	return r.lede(chosen), keypoints, r.describe(chosen, people)
}

// keyPoints chooses the key points and gives them full names, in article
// order.
func (r *ranking) keyPoints(people, orgs []string, sel selection) (chosen []int, keypoints []string) {
	chosen = r.choose(people, sel)
	if sel.truncate > 0 {
		for _, i := range chosen {
			r.truncate(i, people, sel.truncate)
		}
	}
	if len(chosen) == 0 {
		// Every sentence leans on another one (or is a fragment): the lead
		// as written is still better than nothing.
		chosen = []int{0}
		r.cands[0].text = r.d.Sentences[0].Text
	}
	slices.Sort(chosen)
	var earlier []string
	for _, i := range chosen {
		c := &r.cands[i]
		c.text = fullNames(r.d, c.text, earlier, people, orgs)
		earlier = append(earlier, c.text)
	}
	keypoints = make([]string, len(chosen))
	for k, i := range chosen {
		keypoints[k] = r.cands[i].text
	}
	return chosen, keypoints
}

// choose picks the key points: the pool of the best usable sentences is
// trimmed, then taken best first, a long one marked down, skipping any
// that repeats one already taken, until the budget of words is spent.
// Plain sentences are taken first; questions, commands to the reader and
// sentences in the first or second person only when too few plain ones
// are left. It returns
// indices into r.cands in order of choice.
func (r *ranking) choose(people []string, sel selection) []int {
	chosen := r.chooseFrom(people, sel, nil, !sel.anyVoice)
	if len(chosen) < sel.minPoints {
		chosen = r.chooseFrom(people, sel, chosen, false)
	}
	return chosen
}

func (r *ranking) chooseFrom(people []string, sel selection, chosen []int, plainOnly bool) []int {
	order := make([]int, 0, r.n)
	for i, c := range r.cands {
		if c.usable && (c.plain || !plainOnly) && !slices.Contains(chosen, i) {
			order = append(order, i)
		}
	}
	slices.SortStableFunc(order, func(a, b int) int {
		switch {
		case r.cands[a].score > r.cands[b].score:
			return -1
		case r.cands[a].score < r.cands[b].score:
			return 1
		}
		return a - b
	})
	if len(order) > sel.pool {
		order = order[:sel.pool]
	}
	r.target = sel.target
	words := 0
	for _, i := range chosen {
		words += r.cands[i].words
	}
	// After each pick the scan starts again from the best: a sentence
	// passed over because it leaned on one not yet chosen ("The officer
	// fired" before "An officer shot") may now stand.
	for picked := true; picked; {
		picked = false
		if len(chosen) == sel.maxPoints || len(chosen) >= sel.minPoints && words >= sel.budget-3 {
			break
		}
		for _, i := range order {
			c := &r.cands[i]
			if slices.Contains(chosen, i) || !c.usable || len(chosen) >= sel.minPoints && c.score < sel.floor {
				continue
			}
			if r.repeats(i, chosen, sel.redundancy) {
				continue
			}
			if plainOnly && imperative(c.text) {
				// told only of the sentences considered: it takes the tagger
				c.plain = false
				continue
			}
			r.trim(i, people) // only the sentences considered pay for tagging
			if !c.usable || !sel.dangling && r.dangles(i, chosen) {
				continue
			}
			if words+c.words > sel.budget+3 {
				// Too long to take whole: its main clause may fit what is left.
				// Short of the fewest key points, it is cut as far as it
				// takes rather than passed over.
				room := sel.budget - words
				if len(chosen) < sel.minPoints {
					room = max(room, minRoom)
				}
				if room >= minRoom {
					r.truncate(i, people, room)
				}
				if words+c.words > sel.budget+5 && len(chosen) >= sel.minPoints {
					continue
				}
			}
			if c.words > MaxWords || !c.usable || r.restates(i, chosen) {
				continue
			}
			chosen = append(chosen, i)
			words += c.words
			picked = true
			break
		}
	}
	return chosen
}

// minRoom is the fewest words worth cutting a sentence down to.
const minRoom = 8

// MaxWords is the longest key point, in words, once trimmed.
const MaxWords = 35

// dangles reports whether candidate i, read after the chosen key points
// that come before it in the article, opens with something they do not
// resolve ("The company", "The 19-year-old").
func (r *ranking) dangles(i int, chosen []int) bool {
	var earlier []string
	for _, j := range chosen {
		if j < i {
			earlier = append(earlier, r.cands[j].text)
		}
	}
	return DanglingOpener(r.cands[i].text, earlier)
}

// restates reports whether candidate i, as it would be shown, and a
// chosen key point restate one another (see Restates): what the article's
// term vectors, in repeats, cannot see.
func (r *ranking) restates(i int, chosen []int) bool {
	ci := r.claim(i)
	for _, j := range chosen {
		if cj := r.claim(j); ci.restates(cj) || cj.restates(ci) {
			return true
		}
	}
	return false
}

// claim is candidate i's text read for restates, read again only when a
// trim has changed the text.
func (r *ranking) claim(i int) *claim {
	c := &r.cands[i]
	if c.claim == nil || c.claimOf != c.text {
		c.claim, c.claimOf = readClaim(c.text), c.text
	}
	return c.claim
}

// repeats reports whether sentence i says what a chosen one says.
func (r *ranking) repeats(i int, chosen []int, limit float32) bool {
	for _, j := range chosen {
		if r.sim[i*r.n+j] > limit {
			return true
		}
	}
	return false
}

// trim shortens candidate i by deletion and makes it stand alone again:
// a cut opening phrase may leave a pronoun first.
func (r *ranking) trim(i int, people []string) {
	c := &r.cands[i]
	if c.trimmed {
		return
	}
	c.trimmed, c.whole = true, c.text
	// A sentence the source left broken is no key point.
	if trim.Broken(c.text) != "" {
		c.usable = false
		return
	}
	c.words = countWords(c.text)
	r.retrim(i, people, trim.Options{Target: r.target})
}

// truncate cuts candidate i down to its main clause, to fit in room
// words, when trimming alone left it longer.
func (r *ranking) truncate(i int, people []string, room int) {
	r.retrim(i, people, trim.Options{Target: room, Truncate: true})
}

func (r *ranking) retrim(i int, people []string, opt trim.Options) {
	c := &r.cands[i]
	opt.People, opt.Organizations = people, r.orgs
	if c.parsed == nil {
		c.parsed = trim.ParseTagged(c.whole, r.d.Tagging())
	}
	t, _ := c.parsed.Trim(opt)
	if t == c.text {
		return
	}
	if s, _, ok := standaloneText(r.d, i, t, people); ok {
		c.text = s
		c.words = countWords(s)
	} else if r.cands[i].text == c.whole {
		// the cut left a pronoun no one can resolve: keep it whole
		return
	}
}

// countWords counts the fields of s without collecting them.
func countWords(s string) int {
	n := 0
	for range strings.FieldsSeq(s) {
		n++
	}
	return n
}

// lede is the summary: the article's opening sentences, as written, when
// they are not key points, so the summary adds to the key points rather
// than repeating them. It is empty when the lede is a key point, and the
// page then shows no summary.
func (r *ranking) lede(chosen []int) string {
	var parts []string
	total := 0
	for i := range r.d.Sentences {
		if slices.Contains(chosen, i) || i > 2 {
			break
		}
		s := r.d.Sentences[i].Text
		if total > 0 && total+utf8.RuneCountInString(s) > 400 {
			break
		}
		// The summary is whole sentences: a heading or a fixture's venue
		// before the story ("Griffin Park") is none, nor a sentence the
		// source broke.
		if trim.Broken(s) != "" {
			if len(parts) == 0 {
				continue
			}
			break
		}
		parts = append(parts, s)
		total += utf8.RuneCountInString(s) + 1
	}
	return strings.Join(parts, " ")
}

// describe is the teaser: the first key point, and the next one too when
// both fit in DescriptionMax characters. When the first is too long, it is
// cut down to its main clause to fit; failing that, the best-scored other
// key point that fits and stands alone is taken, then the best other
// sentence (trimmed) that fits, then the headline.
func (r *ranking) describe(chosen []int, people []string) string {
	fits := func(s string) bool { return utf8.RuneCountInString(s) <= DescriptionMax }
	best := chosen[0]
	desc := r.cands[best].text
	if !fits(desc) {
		// The first key point cut down says the news; a later one whole is
		// most often colour or a follow-on leaning on the first ("The
		// four-time major winner launched ...", "North Korean officials
		// could not be reached for comment."), and a teaser is read alone.
		// Cutting from the end keeps the opening, so a sentence that opens
		// with a phrase or clause of its own ("By the time ...,", "Last
		// summer, amid ...,") can come back as that phrase alone.
		if !opensAdverbial(desc) {
			if t := r.shortened(best, people); t != "" && !DanglingOpener(t, nil) {
				return t
			}
		} else if t := r.mainClause(best, people); t != "" {
			return t
		}
		// A later key point read alone should say whom or what it is
		// about: "Busch was suspended ..." becomes "Kurt Busch was
		// suspended ...", and one that opens "The event is ..." or "The
		// driver was ..." gives way to one that names its subject.
		desc = ""
		named := false
		for _, i := range chosen[1:] {
			t := r.cands[i].text
			if full := nameInFull(t, people, r.d.Tagging()); fits(full) {
				t = full
			}
			if !fits(t) || DanglingOpener(t, nil) {
				continue
			}
			n := namesSubject(t, people, r.d.Tagging())
			if desc == "" || n && !named || n == named && r.cands[i].score > r.cands[best].score {
				desc, best, named = t, i, n
			}
		}
	} else if full := nameInFull(desc, people, r.d.Tagging()); fits(full) {
		desc = full
	}
	if desc == "" {
		return r.anyFitting(people)
	}
	for _, i := range chosen {
		t := r.cands[i].text
		if i == best || !fits(desc+" "+t) {
			continue
		}
		if i < best {
			desc = t + " " + desc
		} else {
			desc += " " + t
		}
		break
	}
	return desc
}

// namesSubject reports whether s, read alone, names what it is about:
// it does not open with a definite description ("The event is one of the
// industry's largest", "The driver was ...") or with a person's surname
// or first name alone ("Kelly was particularly eager"). A name that
// follows "The" is a name ("The United States", "The Pakistani Taliban").
func namesSubject(s string, people []string, tags *tagger.Memo) bool {
	if opensAdverbial(s) {
		// the opening phrase may lean back: "Soon after the incident,",
		// "For the study,"
		opening, _, _ := strings.Cut(s, ",")
		words := strings.Fields(opening)
		for k := 0; k+1 < len(words); k++ {
			switch strings.ToLower(words[k]) {
			case "the", "this", "that", "these", "those":
				if next := words[k+1]; next == strings.ToLower(next) {
					return false
				}
			}
		}
		return true
	}
	if w := openingWord(s); w == "Another" || w == "Other" || w == "Such" {
		return false // "Another seller is pushing ..."
	}
	if rest, ok := strings.CutPrefix(s, "The "); ok {
		w := openingWord(rest)
		if strings.ContainsAny(w, "0123456789") {
			return !strings.Contains(w, "-year-old") // "The 77th annual Academy Awards"
		}
		if w != strings.ToLower(w) {
			return !strings.HasSuffix(w, "woman") && !strings.HasSuffix(w, "man") // "The Frenchwoman"
		}
		// a restrictive relative clause says which: "The player who staked
		// the biggest claim ... was Gavin Henson."
		head := strings.Fields(rest)
		for _, h := range head[:min(len(head), 4)] {
			if h == "who" || h == "that" || h == "which" {
				return true
			}
		}
		return false
	}
	_, ok := shortNameAt(s, people, tags)
	return !ok
}

// nameInFull is s with a person's surname or first name that opens it
// ("Busch was suspended") given in full ("Kurt Busch was suspended"),
// when one person of the article has that name; else s.
func nameInFull(s string, people []string, tags *tagger.Memo) string {
	full, ok := shortNameAt(s, people, tags)
	if !ok || full == "" {
		return s
	}
	first, rest, _ := strings.Cut(s, " ")
	tail := first[len(shortName(first)):] // "'s", ","
	return full + tail + " " + rest
}

// shortName is an opening word without its possessive or comma.
func shortName(w string) string {
	w = strings.TrimRight(w, ",;:")
	return strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
}

// shortNameAt reports whether s opens with one word of a person's
// multi-word name without the rest, and that person's full name when
// only one person fits ("" when several do).
func shortNameAt(s string, people []string, tags *tagger.Memo) (string, bool) {
	first, _, ok := strings.Cut(s, " ")
	if !ok {
		return "", false
	}
	w := shortName(first)
	full, found := "", false
	for _, p := range people {
		if strings.HasPrefix(s, p) {
			return "", false
		}
		names := strings.Fields(p)
		if len(names) < 2 || w != names[0] && w != names[len(names)-1] {
			continue
		}
		if found && full != p {
			full = ""
		} else {
			full = p
		}
		found = true
	}
	// tagged last: only a word that is part of a name pays for it
	if found && !personWord(s, strings.HasSuffix(first, "s") && w != first, tags) {
		return "", false
	}
	return full, found
}

// personWord reports whether the opening word of s is a subject before
// its verb or a possessive ("Busch was", "Isaacson's book", "Jolie, 39,
// carries"), not a word of a longer name or of a phrase ("President
// Obama", "Ford, the US car company", "Rock 'n' roll", "A video").
func personWord(s string, possessive bool, tags *tagger.Memo) bool {
	toks := tagger.Tokenize(s)
	words := tagger.Words(toks)
	if len(words) < 3 || len(words[0]) < 3 {
		return false
	}
	if possessive {
		return true
	}
	pos, _ := tags.POSChunks(words)
	if words[1] == "," && pos[2] == "CD" {
		return true // an age: "Jolie, 39, carries"
	}
	return strings.HasPrefix(pos[1], "VB") || pos[1] == "MD"
}

// opensAdverbial reports whether s opens with a phrase or clause before
// its subject: a preposition or subordinator ("By the time", "When"), a
// phrase of time ("Last summer,", "Two years ago,"), or a subordinator after one word ("Just
// when", "Even as").
func opensAdverbial(s string) bool {
	w := strings.ToLower(openingWord(s))
	if openingPreposition(w) {
		return true
	}
	rest := strings.TrimSpace(strings.TrimLeft(s, "\"'“‘(["))
	// "One of the world's largest ..." is a subject; "One day," is not.
	if head := strings.Fields(rest); timeOpener(w) && strings.Contains(strings.Join(head[:min(len(head), 4)], " "), ",") {
		return true
	}
	if _, after, ok := strings.Cut(rest, " "); ok {
		switch strings.ToLower(openingWord(after)) {
		case "when", "whenever", "while", "whilst", "as", "although", "though", "because", "since",
			"if", "unless", "until", "after", "before", "once":
			return true
		}
	}
	return false
}

// shortened is key point i trimmed harder, by deletion, until it fits in
// DescriptionMax characters; "" when it cannot be made to.
func (r *ranking) shortened(i int, people []string) string {
	c := &r.cands[i]
	if c.parsed == nil {
		c.parsed = trim.ParseTagged(c.whole, r.d.Tagging())
	}
	return fitTrim(c.parsed, c.words, c.words-2, trim.Options{People: people, Organizations: r.orgs})
}

// fitTrim is p trimmed harder, two words of target at a time from from
// down to 8, until it fits in DescriptionMax characters; "" when it
// cannot be made to. Below words, the sentence's length, it may be cut
// down to its main clause.
func fitTrim(p *trim.Parsed, words, from int, opt trim.Options) string {
	for target := from; target >= 8; target -= 2 {
		opt.Target, opt.Truncate = target, target < words
		if t, _ := p.Trim(opt); utf8.RuneCountInString(t) <= DescriptionMax {
			return t
		}
	}
	return ""
}

// mainClause is key point i without its opening phrase or clause, then
// trimmed harder until it fits in DescriptionMax characters: "Last
// summer, amid reports of ..., Congress came together and passed ..."
// becomes "Congress came together and passed ...". Cutting from the end
// alone would keep the opening and lose the main clause. It is "" unless
// what is left is a whole sentence that opens with its own subject.
func (r *ranking) mainClause(i int, people []string) string {
	rest := subjectOnward(r.cands[i].text, r.d.Tagging())
	if rest == "" {
		return ""
	}
	n := countWords(rest)
	t := fitTrim(trim.ParseTagged(rest, r.d.Tagging()), n, n, trim.Options{People: people, Organizations: r.orgs})
	if t == "" || trim.Broken(t) != "" || DanglingOpener(t, nil) || opensAdverbial(t) {
		return ""
	}
	return t
}

// subjectOnward is s from the subject of its main clause on, capitalised:
// the words after the first comma that are a noun phrase followed at once
// by a finite verb. It is "" when no comma is followed by one, or the
// opening holds a quotation.
func subjectOnward(s string, tags *tagger.Memo) string {
	toks := tagger.Tokenize(s)
	words := tagger.Words(toks)
	pos, chunks := tags.POSChunks(words)
	for c, w := range words {
		if c+2 >= len(words) {
			break
		}
		if w == "\"" || w == "“" || w == "``" || w == "''" || w == ";" || w == ":" {
			return ""
		}
		// A pronoun's referent is most often in the opening cut ("When Rory
		// McIlroy pulled ..., he might as well ..."), which the article's
		// earlier sentences cannot tell.
		if w != "," || !strings.HasSuffix(chunks[c+1], "NP") || pos[c+1] == "PRP" {
			continue
		}
		if subjectThenVerb(pos[c+1:], chunks[c+1:]) {
			rest := s[toks[c+1].Start:]
			r, n := utf8.DecodeRuneInString(rest)
			return string(unicode.ToUpper(r)) + rest[n:]
		}
	}
	return ""
}

// subjectThenVerb reports words that open with a noun phrase (with any
// "of ..." or other prepositional phrases on it) followed at once by a
// verb phrase whose first verb is finite.
func subjectThenVerb(pos, chunks []string) bool {
	k := 0
	for k < len(chunks) && (strings.HasSuffix(chunks[k], "NP") || chunks[k] == "B-PP" && k > 0) {
		if pos[k] == "WP" || pos[k] == "WDT" {
			return false // an appositive's relative clause: ", a little boy who got ..."
		}
		k++
	}
	if k == 0 || k >= len(chunks) || chunks[k] != "B-VP" {
		return false
	}
	for ; k < len(chunks) && strings.HasSuffix(chunks[k], "VP"); k++ {
		switch pos[k] {
		case "VBD", "VBZ", "VBP", "MD":
			return true
		case "VB", "VBG", "VBN", "TO":
			return false
		}
	}
	return false
}

// anyFitting is the best-scored usable sentence that, trimmed, fits in
// DescriptionMax characters; else the headline when it fits.
func (r *ranking) anyFitting(people []string) string {
	order := make([]int, 0, r.n)
	for i := range r.cands {
		if r.cands[i].usable {
			order = append(order, i)
		}
	}
	slices.SortStableFunc(order, func(a, b int) int {
		if r.cands[a].score > r.cands[b].score {
			return -1
		}
		if r.cands[a].score < r.cands[b].score {
			return 1
		}
		return 0
	})
	for k, i := range order {
		if k == 10 {
			break
		}
		r.trim(i, people)
		if t := r.cands[i].text; r.cands[i].usable && utf8.RuneCountInString(t) <= DescriptionMax {
			return t
		}
	}
	if utf8.RuneCountInString(r.d.Headline) <= DescriptionMax {
		return r.d.Headline
	}
	return ""
}

// wholeSentences is the longest run of s's opening sentences that fits in
// DescriptionMax characters, or "" when even the first does not.
func wholeSentences(s string) string {
	out := ""
	for _, sent := range text.SplitSentences(s, nil) {
		next := sent
		if out != "" {
			next = out + " " + sent
		}
		if utf8.RuneCountInString(next) > DescriptionMax {
			break
		}
		out = next
	}
	return out
}

package quote

import (
	"sort"
	"strings"

	"briefing/generator/meta/entity"
	"briefing/generator/meta/text"
)

// source is who an attribution names.
type source struct {
	name string
	kind entity.Kind // None when read off capitalised words no mention covers
}

// attribute finds the speaker of every quotation: first from its own
// sentence ("X said", "said X", "according to X", "X told ...: "), then
// from the sentences around it.
func (an *scan) attribute() {
	for q := 0; q < an.nq; q++ {
		for i := an.qsegs[q][0]; i < an.qsegs[q][1]; i++ {
			if src, ok := an.fromSentence(&an.segs[i]); ok {
				an.speakers[q] = src
				break
			}
		}
	}
	for q := 0; q < an.nq; q++ {
		if an.speakers[q].name == "" {
			an.speakers[q] = an.fromContext(q)
		}
	}
}

// reach bounds how far from a quotation its attribution is looked for:
// a sentence of quotation after quotation ("x," he said, "y," he added,
// ...) must not cost the square of its length.
const reach = 48

// frame returns the tokens [a,b) of the sentence around segment s, within
// reach of its marks.
func (an *scan) frame(s *segment) (a, b int) {
	a, b = an.sentenceOf(an.sent[s.open])
	return max(a, s.open-reach), min(b, s.close+reach)
}

// cueAt is a reporting cue in a sentence's frame: its token and distance
// from the quotation.
type cueAt struct{ k, dist int }

// fromSentence reads the speaker of segment s off the words of its
// sentence outside quotation marks, trying the reporting cues nearest the
// quotation first.
func (an *scan) fromSentence(s *segment) (source, bool) {
	a, b := an.frame(s)
	var cues []cueAt
	for k := a; k < b; k++ {
		if an.quoted(k) {
			continue
		}
		if an.isCue(k) || k+1 == s.open && an.toks[k].Text == ":" {
			d := s.open - k
			if k > s.close {
				d = k - s.close
			}
			if an.toks[k].Text == ":" {
				d += 4 // a verb beside the colon says more: "X said: "...""
			}
			cues = append(cues, cueAt{k, d})
		}
	}
	if src, ok := an.signedOff(s); ok {
		return src, true
	}
	if src, ok := an.trailing(s, b); ok {
		return src, true
	}
	sort.SliceStable(cues, func(i, j int) bool { return cues[i].dist < cues[j].dist })
	for _, c := range cues {
		if src, ok := an.cueSource(c.k, a, b, s); ok {
			return src, true
		}
	}
	return source{}, false
}

// trailing reads an attribution right after a quotation that ends with a
// comma, question or exclamation mark, whatever its verb: ""...," an angry
// Hollande retaliated", ""...?" Hannity pressed".
func (an *scan) trailing(s *segment, b int) (source, bool) {
	toks := an.toks
	c := s.close
	if c >= b || c == 0 || an.kinds[c] == notMark {
		return source{}, false
	}
	if p := toks[c-1].Text; p != "," && p != "?" && p != "!" && p != "—" && p != "–" && p != "-" {
		return source{}, false
	}
	k := c + 1
	if k < b && an.kinds[k] == twin {
		k++
	}
	if k < b && toks[k].Text == "," {
		k++
	}
	// the phrase: a name, a pronoun or a short description, then a verb
	e := k
	for e < b && e < k+6 && !an.quoted(e) && toks[e].Kind == text.Word {
		if m := an.mention(e); m != nil {
			e = m.End
			break
		}
		t := &toks[e]
		if w := lower(t.Text); w == "he" || w == "she" || t.Is(text.Cap) {
			e++
			for e < b && toks[e].Kind == text.Word && toks[e].Is(text.Cap) && an.mention(e) == nil {
				e++
			}
			break
		}
		e++
	}
	if e >= b || e == k || toks[e].Kind != text.Word || toks[e].Is(text.Cap) || an.quoted(e) {
		return source{}, false
	}
	v := toks[e].Text
	if an.lx.roleNouns[v] || entity.IsRoleWord(v) || modifierNouns[v] {
		return source{}, false // "White House press secretary Josh Earnest said": a title, not a verb
	}
	if !(strings.HasSuffix(v, "ed") || strings.HasSuffix(v, "s") || an.lx.cues[v] != 0) || an.lx.preps[v] || v == "was" || v == "is" || v == "has" || v == "had" {
		return source{}, false
	}
	return an.headAt(e-1, k, true)
}

// signedOff reads a quotation signed with a dash and its speaker's name,
// as readers' comments and epigraphs are: ""...." ― Pamela Padilla". The
// name must end the signature: the paragraph, a stop or the next
// quotation follow it.
func (an *scan) signedOff(s *segment) (source, bool) {
	toks := an.toks
	c := s.close
	if c+2 >= len(toks) || an.kinds[c] == notMark || toks[c].Para != int32(s.para) {
		return source{}, false
	}
	k := c + 1
	if an.kinds[k] == twin {
		k++
	}
	if k+1 >= len(toks) || toks[k].Para != toks[c].Para || !dashes[toks[k].Text] {
		return source{}, false
	}
	k++
	// the name: capitalised words, initials and mentions other than places
	e := k
	var person *entity.Mention
	for e < len(toks) && e < k+8 && toks[e].Para == toks[k].Para {
		t := &toks[e]
		if m := an.mention(e); m != nil && m.Start == e {
			if m.Kind == entity.Place && e == k {
				return source{}, false
			}
			if m.Kind == entity.Person && person == nil {
				person = m
			}
			e = m.End
			continue
		}
		if t.Kind == text.Word && t.Is(text.Cap) && an.kinds[e] == notMark {
			e++
			continue
		}
		if t.Text == "." && len(toks[e-1].Text) == 1 && e > k && e+1 < len(toks) && toks[e+1].Is(text.Cap) && toks[e+1].Kind == text.Word {
			e++ // "Julie A. Diaz Martinez"
			continue
		}
		break
	}
	if e == k {
		return source{}, false
	}
	if e < len(toks) && toks[e].Para == toks[k].Para {
		n := &toks[e]
		if !(isStop(n) || an.kinds[e] != notMark && opens(n)) {
			return source{}, false
		}
	}
	if person != nil && person.Start == k && person.End == e {
		return source{an.fullName(person), person.Kind}, true
	}
	if m := an.mention(k); m != nil && m.Start == k && m.End == e {
		return source{m.Name, m.Kind}, true
	}
	if entity.IsNonEntity(toks[e-1].Text) {
		return source{}, false
	}
	kind := entity.None
	if person != nil {
		kind = entity.Person
	}
	p := an.d.Paragraphs[toks[k].Para]
	return source{p[toks[k].Start:toks[e-1].End], kind}, true
}

// dashes sign a quotation with its speaker's name.
var dashes = map[string]bool{"—": true, "–": true, "―": true, "-": true, "--": true, "~": true}

// isCue reports whether token k is a reporting verb or "according (to)".
func (an *scan) isCue(k int) bool {
	t := &an.toks[k]
	if t.Kind != text.Word || an.mention(k) != nil || t.Is(text.Cap) && !t.Is(text.SentStart) {
		return false // "United States", "Wells Fargo Reports": a name, no verb
	}
	w := lower(t.Text)
	switch w {
	case "according":
		return k+1 < len(an.toks) && an.toks[k+1].Text == "to"
	case "went":
		return k+1 < len(an.toks) && an.toks[k+1].Text == "on" // "Trump went on"
	}
	return an.lx.cues[w] != 0
}

// cueSource reads who speaks by the cue at token k of the sentence [a,b)
// around segment s.
func (an *scan) cueSource(k, a, b int, s *segment) (source, bool) {
	toks := an.toks
	w := lower(toks[k].Text)
	if w == ":" {
		// a colon introduction with no verb: "Mr Blair's answer: "...""
		return an.subjectOf(a, k)
	}
	if w == "according" {
		return an.npAfter(k+2, b)
	}
	if w == "quoted" {
		// "CCTV quoted Xi as saying": the one quoted speaks
		for j := k + 1; j < b && j <= k+4 && !an.quoted(j); j++ {
			if m := an.mention(j); m != nil && m.Kind == entity.Person {
				return source{an.fullName(m), m.Kind}, true
			}
		}
		if src, ok := an.capName(k+1, min(b, k+8)); ok {
			return src, true
		}
	}
	if p := k - 1; p >= a && (toks[p].Is(text.Possessive) || determinerWords[lower(toks[p].Text)]) {
		return source{}, false // "Trump's early-morning tweets", "the statement": a noun
	}
	if strings.HasSuffix(w, "ing") {
		// "footage of Hillary Clinton asking, "...": the one saying it,
		// even in a prepositional phrase
		if m := an.mention(k - 1); m != nil && m.Kind == entity.Person && !toks[k-1].Is(text.Possessive) && !an.quoted(k-1) {
			return source{an.fullName(m), m.Kind}, true
		}
	}
	c := an.lx.cues[w]
	if w == "went" {
		c = cueSubject | cueInverted
	}
	// right after the quotation: "...," said Mr Smith / "...," he said
	adjacent := k > s.close
	for j := s.close + 1; adjacent && j < k; j++ {
		if t := &toks[j]; an.kinds[j] != twin && (t.Kind != text.Punct || t.Text != "," && t.Text != "—" && t.Text != "-" && t.Text != "–") {
			adjacent = false
		}
	}
	if adjacent && c&cueInverted != 0 {
		if src, ok := an.npAfter(k+1, b); ok {
			return src, true
		}
	}
	if c&cueSubject != 0 {
		if src, ok := an.npBefore(k-1, a); ok {
			return src, true
		}
	}
	if c&cueInverted != 0 && k > s.close && toks[k-1].Text == "," {
		// ""...," like the recent volatility of markets, said Richard Curtin"
		if src, ok := an.npAfter(k+1, b); ok {
			return src, true
		}
	}
	if c&cueInverted != 0 && k < s.open && (k == a || toks[k-1].Text == ",") {
		// "But, said Solovey, "...""
		if src, ok := an.npAfter(k+1, s.open); ok {
			return src, true
		}
	}
	if strings.HasSuffix(w, "ing") && k < s.open {
		// "Clinton claimed victory in a tweet, saying: "...""
		return an.subjectOf(a, k)
	}
	return source{}, false
}

// subjectOf returns who the sentence [a,e) is about: the first person or
// organisation named outside quotation marks and prepositional phrases
// ("Beck" in "Much of Beck's ire was directed at Bannon, who Beck
// called ..."), or "he" or "she" resolved.
func (an *scan) subjectOf(a, e int) (source, bool) {
	for k := a; k < e; k++ {
		if an.quoted(k) {
			continue
		}
		if m := an.mention(k); m != nil {
			if m.Kind != entity.Place && !an.inPP(m.Start, a) && !an.lx.outlets[lower(m.Name)] && !an.modifies(m) && !an.toks[m.End-1].Is(text.Possessive) {
				if src, ok := an.nameAfterTitle(m, e); ok {
					return src, true
				}
				return source{an.fullName(m), m.Kind}, true
			}
			k = m.End - 1
			continue
		}
		if t := &an.toks[k]; k == a && t.Kind == text.Word && t.Is(text.Cap) && !an.common.Has(lower(t.Text)) && !an.starters.Has(t.Text) && !entity.IsNonEntity(t.Text) && !titleWord(t.Text) {
			// a name opening the sentence that no mention covers
			r := k
			for r+1 < e && an.toks[r+1].Kind == text.Word && an.toks[r+1].Is(text.Cap) && an.mention(r+1) == nil && r-k < 3 {
				r++
			}
			if m := an.mention(r + 1); r+1 < e && m != nil && m.Kind == entity.Person && !an.toks[r].Is(text.Possessive) {
				k = r // "Rival Hillary Clinton had mocked": a word before the name
				continue
			}
			if n := &an.toks[min(r+1, len(an.toks)-1)]; !an.toks[r].Is(text.Possessive) && r+1 < e && n.Kind == text.Word && !an.lx.roleNouns[n.Text] && !entity.IsRoleWord(n.Text) {
				return an.nameRun(r, k)
			}
		}
		switch an.toks[k].Text {
		case "he", "He":
			if !an.inPP(k, a) {
				return an.resolve(k, male)
			}
		case "she", "She":
			if !an.inPP(k, a) {
				return an.resolve(k, female)
			}
		}
	}
	return source{}, false
}

// nameAfterTitle reads the person named right after mention m, before
// token e, when m is a title the entity analysis took for a name and the
// person's name it missed: "Senate Majority Leader Mitch McConnell" (a
// given name opens it).
func (an *scan) nameAfterTitle(m *entity.Mention, e int) (source, bool) {
	toks := an.toks
	k := m.End
	if m.Kind == entity.Person || k+1 >= e || an.mention(k) != nil || !(an.lx.male[toks[k].Text] || an.lx.female[toks[k].Text]) {
		return source{}, false
	}
	r := k
	for r+1 < e && toks[r+1].Kind == text.Word && toks[r+1].Is(text.Cap) && an.mention(r+1) == nil && r-k < 2 {
		r++
	}
	if r == k || toks[r].Is(text.Possessive) {
		return source{}, false
	}
	p := an.d.Paragraphs[toks[k].Para]
	return source{p[toks[k].Start:toks[r].End], entity.Person}, true
}

// firstPerson returns the first person named in [a,e) outside quotation
// marks who is not inside a prepositional phrase nor owns what follows
// ("Rubio's deputy campaign manager, Rich Beeson, ...").
func (an *scan) firstPerson(a, e int) (source, bool) {
	for k := a; k < e; k++ {
		m := an.mention(k)
		if m == nil || an.quoted(k) {
			continue
		}
		if m.Kind == entity.Person && !an.toks[m.End-1].Is(text.Possessive) && !an.inPP(m.Start, a) && !an.modifies(m) {
			return source{m.Name, m.Kind}, true
		}
		k = m.End - 1
	}
	return source{}, false
}

// inPP reports whether the phrase starting at token k follows a
// preposition or "told" (the one who listened), within [a,...).
func (an *scan) inPP(k, a int) bool {
	for j := k - 1; j >= a && j >= k-3; j-- {
		t := &an.toks[j]
		if t.Kind != text.Word {
			return false
		}
		w := lower(t.Text)
		if an.lx.preps[w] || an.lx.cues[w]&cueListener != 0 {
			return true
		}
		if !an.lx.skipAfter[w] && !t.Is(text.Cap) {
			return false
		}
	}
	return false
}

func lower(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; 'A' <= c && c <= 'Z' || c >= 0x80 {
			return strings.ToLower(s)
		}
	}
	return s
}

// isAdverb reports whether token k may stand between a speaker and the
// verb: "X also said", "X has repeatedly said".
func (an *scan) isAdverb(k int) bool {
	t := &an.toks[k]
	if t.Kind != text.Word || t.Is(text.Cap) {
		return false
	}
	return an.lx.adverbs[t.Text] || len(t.Text) > 4 && strings.HasSuffix(t.Text, "ly")
}

// npBefore reads the speaker named by the noun phrase ending at token e
// (the subject of a verb after it), not before token a.
func (an *scan) npBefore(e, a int) (source, bool) {
	toks := an.toks
	for e >= a && !an.quoted(e) && an.isAdverb(e) {
		e--
	}
	if e < a || an.quoted(e) {
		return source{}, false
	}
	if toks[e].Text == ")" {
		// "Sen. Marco Rubio (R-Fla.) said"
		j := e - 1
		for j >= a && j > e-8 && toks[j].Text != "(" {
			j--
		}
		if j < a || toks[j].Text != "(" {
			return source{}, false
		}
		e = j - 1
	}
	if j := an.adverbialBefore(e, a); j >= 0 {
		e = j
		for e >= a && !an.quoted(e) && an.isAdverb(e) {
			e--
		}
		if e < a {
			return source{}, false
		}
	}
	if e >= a && toks[e].Text == "," {
		// an apposition: "Doug Usher, director of research at Widmeyer, said";
		// "the firm's chief, Richard Parsons, said"; "Smith, 45, said"
		j := e - 1
		for j >= a && j > e-30 && toks[j].Text != "," && !an.quoted(j) {
			j--
		}
		if j < a || toks[j].Text != "," || an.quoted(j) {
			return source{}, false
		}
		if m := an.mention(j + 1); m != nil && m.Start == j+1 && m.End == e && m.Kind == entity.Person {
			return source{m.Name, m.Kind}, true
		}
		// "Harry Bond, 30, of Raleigh, N.C., who was polled, said": the
		// first person named, back to the quotation or the sentence start
		lo := j
		for lo > a && !an.quoted(lo-1) && j-lo < 40 {
			lo--
		}
		if src, ok := an.firstPerson(lo, e); ok {
			return src, true
		}
		e = j - 1
		if e < a {
			return source{}, false
		}
	}
	return an.headAt(e, a, true)
}

// adverbialBefore returns the token before a short phrase of time or
// manner that ends at token e and names no one ("on Wednesday", "in a
// statement", "last week"), or -1.
func (an *scan) adverbialBefore(e, a int) int {
	toks := an.toks
	for j := e; j >= a && j >= e-4; j-- {
		t := &toks[j]
		if an.quoted(j) || an.mention(j) != nil || t.Kind == text.Punct {
			return -1
		}
		if t.Kind == text.Word && t.Is(text.Cap) && !entity.IsNonEntity(t.Text) {
			return -1
		}
		w := lower(t.Text)
		if an.lx.preps[w] && j < e {
			return j - 1
		}
		if j == e-1 && (w == "last" || w == "this" || w == "earlier" || w == "later") {
			return j - 1 // "last week", "earlier Tuesday"
		}
	}
	return -1
}

// headAt reads the speaker named by the phrase whose last word is token e:
// a name, a pronoun, or a description ("the senator", "a spokesman for
// Reporters Without Borders").
func (an *scan) headAt(e, a int, subject bool) (source, bool) {
	toks := an.toks
	t := &toks[e]
	if m := an.mention(e); m != nil {
		if m.Kind == entity.Organization || m.Kind == entity.Place {
			// "Mr. Morgan of the Sierra Club said", "former Gov. Jeb Bush
			// of Florida said": the person speaks
			p := m.Start - 1
			if p >= a && lower(toks[p].Text) == "the" {
				p--
			}
			if p-1 >= a && (toks[p].Text == "of" || toks[p].Text == "at" || toks[p].Text == "from") {
				if n := an.mention(p - 1); n != nil && n.Kind == entity.Person && !toks[p-1].Is(text.Possessive) {
					return source{an.fullName(n), n.Kind}, true
				}
				if q := &toks[p-1]; an.mention(p-1) == nil && q.Kind == text.Word && q.Is(text.Cap) && !q.Is(text.Possessive) && !q.Is(text.SentStart) {
					if src, ok := an.nameRun(p-1, a); ok && (src.kind == entity.Person || an.lx.titles[strings.TrimSuffix(toks[max(p-3, 0)].Text, ".")] != unknown) {
						return src, true
					}
				}
			}
		}
		if p := m.Start - 1; p >= a && an.lx.preps[lower(toks[p].Text)] {
			// "a spokesman for Amnesty said": the organisation speaks
			// through someone unnamed; "an aide to Clinton said": nobody named
			if m.Kind == entity.Organization && an.spokesBefore(p, a) {
				return source{m.Name, m.Kind}, true
			}
			return source{}, false
		}
		if m.Kind == entity.Place {
			if p := m.Start - 1; p >= 0 && an.lx.titles[toks[p].Text] != unknown {
				// "Baroness Scotland said"
				para := an.d.Paragraphs[toks[p].Para]
				return source{para[toks[p].Start:toks[m.End-1].End], entity.Person}, true
			}
			if !subject {
				return source{}, false
			}
		}
		return source{an.fullName(m), m.Kind}, true
	}
	if t.Kind != text.Word {
		return source{}, false
	}
	w := lower(t.Text)
	switch w {
	case "he":
		return an.resolve(e, male)
	case "she":
		return an.resolve(e, female)
	case "it":
		return an.lastOrg(e, false)
	case "they", "we", "i", "you", "who", "that", "which", "this", "one", "there":
		return source{}, false
	}
	if t.Is(text.Cap) && (!t.Is(text.SentStart) || t.Is(text.AllCaps) || !an.common.Has(w) && !an.starters.Has(t.Text)) {
		return an.nameRun(e, a)
	}
	if t.Is(text.Cap) {
		return source{}, false
	}
	return an.nominal(e, a)
}

// spokesBefore reports whether the word before the preposition at p names
// one who speaks for an organisation: "a spokesman for", "an official at".
func (an *scan) spokesBefore(p, a int) bool {
	if p-1 < a {
		return false
	}
	switch lower(an.toks[p-1].Text) {
	case "spokesman", "spokeswoman", "spokesperson", "spokespeople", "official", "officials",
		"representative", "representatives", "statement", "spokesmen", "spokeswomen":
		return true
	}
	return false
}

// nominal reads the speaker a description ending at token e stands for:
// "the group" is the last organisation named, "the senator" the last
// person named with that role, "Amnesty's spokesman" the organisation.
func (an *scan) nominal(e, a int) (source, bool) {
	toks := an.toks
	head := lower(toks[e].Text)
	det := ""
	var owner, modifier *entity.Mention
	for j := e - 1; j >= a && j >= e-6; j-- {
		t := &toks[j]
		if m := an.mention(j); m != nil {
			if toks[m.End-1].Is(text.Possessive) {
				owner = m
				break
			}
			// "the Tory leader", "the White House spokesman"
			modifier = m
			j = m.Start
			continue
		}
		if t.Kind != text.Word {
			break
		}
		w := lower(t.Text)
		if w == "the" || w == "a" || w == "an" || w == "its" || w == "his" || w == "her" || w == "their" || w == "this" || w == "that" {
			det = w
			break
		}
	}
	if owner != nil {
		if owner.Kind == entity.Organization && an.lx.orgNouns[head] {
			return source{owner.Name, owner.Kind}, true
		}
		return source{}, false
	}
	if det != "the" && det != "its" && det != "this" {
		return source{}, false
	}
	if docNouns[head] && modifier != nil && modifier.Kind == entity.Organization {
		// "the IMF report stated": what an organisation publishes is its word
		return source{modifier.Name, modifier.Kind}, true
	}
	if head == "spokesman" || head == "spokeswoman" || head == "spokesperson" {
		if modifier != nil && modifier.Kind == entity.Organization {
			return source{modifier.Name, modifier.Kind}, true
		}
		return an.lastOrg(e, false)
	}
	if an.lx.orgNouns[head] {
		return an.lastOrg(e, media[head])
	}
	if an.lx.roleNouns[head] || entity.IsRoleWord(head) {
		return an.role(e, head)
	}
	return source{}, false
}

// determinerWords before a cue make a noun of it: "the statement".
var determinerWords = map[string]bool{
	"the": true, "a": true, "an": true, "his": true, "her": true, "their": true, "its": true, "our": true,
	"my": true, "your": true, "this": true, "that": true, "these": true, "those": true,
}

// docNouns are what an organisation publishes, speaking through it.
var docNouns = map[string]bool{
	"report": true, "statement": true, "study": true, "survey": true, "release": true, "letter": true,
	"memo": true, "filing": true, "analysis": true, "document": true, "review": true,
}

// media are descriptions of an outlet: "the newspaper reported".
var media = map[string]bool{
	"newspaper": true, "paper": true, "network": true, "broadcaster": true, "magazine": true,
	"channel": true, "station": true, "website": true, "site": true,
}

// nameRun reads a capitalised name ending at token e that no mention
// covers, in its canonical form when a mention shares its last word.
func (an *scan) nameRun(e, a int) (source, bool) {
	toks := an.toks
	s := e
	for s-1 >= a && toks[s-1].Kind == text.Word && toks[s-1].Is(text.Cap) && !toks[s-1].Is(text.Possessive) && an.mention(s-1) == nil && e-s < 3 {
		s--
	}
	for i := s; i < e; i++ {
		// "Charlotte Mayor Jennifer Roberts": the name follows the last title
		if an.lx.titles[toks[i].Text] != unknown || titleWord(toks[i].Text) {
			s = i + 1
		}
	}
	last := toks[e].Text
	if entity.IsNonEntity(last) || titleWord(last) {
		return source{}, false
	}
	if m := an.bySurname(last); m != nil {
		return source{an.full(m), m.Kind}, true
	}
	if m := an.byName()[last]; m != nil {
		return source{an.full(m), m.Kind}, true
	}
	if s == e && kind0(an, s) == entity.None && an.wordNotName(s) {
		return source{}, false // "Harsh? He doesn't think so", "Surveying the crowd, ..."
	}
	p := an.d.Paragraphs[toks[s].Para]
	kind := entity.None
	// "Mr. Trump", "spokesman Hope Hicks": a person
	if b := s - 1; b >= 0 && (toks[b].Text == "." && b > 0 && an.lx.titles[toks[b-1].Text] != unknown || an.lx.titles[toks[b].Text] != unknown || an.lx.roleNouns[toks[b].Text] || entity.IsRoleWord(toks[b].Text)) {
		kind = entity.Person
	}
	return source{p[toks[s].Start:toks[e].End], kind}, true
}

// kind0 is the kind a title or role before token s gives the word at s:
// a person, or None.
func kind0(an *scan, s int) entity.Kind {
	toks := an.toks
	if b := s - 1; b >= 0 && (toks[b].Text == "." && b > 0 && an.lx.titles[toks[b-1].Text] != unknown || an.lx.titles[toks[b].Text] != unknown || an.lx.roleNouns[toks[b].Text] || entity.IsRoleWord(toks[b].Text)) {
		return entity.Person
	}
	return entity.None
}

// wordNotName reports whether the lone capitalised word at token k, which
// no mention covers, reads as a word rather than a name: a number, a
// party's adjective opening a sentence ("Democratic presidential candidate
// ..."), or, opening its sentence, a participle, an adverb, a plural or an
// ordinary word ("Surveying", "Signs", "Harsh"). "a New Hampshire
// Republican" still speaks.
func (an *scan) wordNotName(k int) bool {
	t := &an.toks[k]
	w := lower(t.Text)
	if numberWords[w] || rankWords[t.Text] || partyWords[w] && t.Is(text.SentStart) && k+1 < len(an.toks) && an.toks[k+1].Kind == text.Word {
		return true // "Democratic presidential candidate ...": an adjective, not a Democrat
	}
	if !t.Is(text.SentStart) {
		return false
	}
	if an.common.Has(w) || an.starters.Has(t.Text) || len(w) > 4 && (strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ly")) {
		return true
	}
	// a plural subject before its verb: "Pollsters say", not "Citizens for
	// Tax Justice"
	n := k + 1
	return len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && an.bySurname(t.Text) == nil &&
		n < len(an.toks) && an.toks[n].Kind == text.Word && !an.toks[n].Is(text.Cap) && !an.lx.preps[an.toks[n].Text]
}

// partyWords may name a party's member ("a Republican said") or qualify a
// name ("Democratic presidential candidate"); numberWords are no one.
var (
	partyWords = map[string]bool{"republican": true, "republicans": true, "democratic": true, "democrat": true,
		"democrats": true, "conservative": true, "conservatives": true, "liberal": true, "liberals": true,
		"labour": false, "tory": true, "tories": true, "gop": true}
	numberWords = map[string]bool{"one": true, "two": true, "three": true, "four": true, "five": true, "six": true,
		"seven": true, "eight": true, "nine": true, "ten": true, "eleven": true, "twelve": true, "thirteen": true,
		"fourteen": true, "fifteen": true, "twenty": true, "thirty": true, "forty": true, "fifty": true,
		"hundred": true, "hundreds": true, "thousands": true, "millions": true, "dozens": true}
)

func lastWord(name string) string {
	if i := strings.LastIndexByte(name, ' '); i >= 0 {
		return name[i+1:]
	}
	return name
}

// titleWord reports whether w is a title or rank written before a name.
func titleWord(w string) bool {
	switch w {
	case "Alderman", "Councilman", "Councilwoman", "Assemblyman", "Assemblywoman", "Del", "Pastor",
		"Bishop", "Rabbi", "Imam", "Coach", "Officer", "Detective", "Det", "Supt", "Insp", "Cllr", "Lord",
		"Baroness", "Reverend", "Father", "Sister", "Brother", "Dean", "Chair", "Commissioner", "Trooper":
		return true
	case "Sen", "Rep", "Gov", "Gen", "Lt", "Col", "Sgt", "Capt", "Dr", "Prof", "Rev", "President",
		"Senator", "Governor", "Speaker", "Secretary", "Minister", "Chancellor", "Judge", "Justice",
		"Mayor", "Chairman", "Director", "Representative", "Congressman", "Congresswoman", "Ambassador",
		"Former", "Chief", "Leader", "Prime", "Vice", "Attorney", "General", "Deputy", "Sheriff":
		return true
	}
	return false
}

// npAfter reads the speaker named right after an inverted reporting verb
// or "according to", starting at token k within the sentence ending at b:
// "said Mr Smith", "said the chairman of the committee, Labour MP Barry
// Sheerman" (a person named in the phrase wins over an organisation),
// "said Rubio's deputy campaign manager, Rich Beeson" (not Rubio).
func (an *scan) npAfter(k, b int) (source, bool) {
	toks := an.toks
	for k < b && !an.quoted(k) && (toks[k].Text == "," || an.lx.skipAfter[lower(toks[k].Text)] || an.isAdverb(k)) {
		k++
	}
	if k >= b || an.quoted(k) {
		return source{}, false
	}
	if t := &toks[k]; t.Kind == text.Word && (clauseWords[t.Text] || an.lx.preps[t.Text]) {
		return source{}, false // "adding that Sanders is ...": a clause, not a speaker
	}
	if w := lower(toks[k].Text); (w == "he" || w == "she") && k+1 < b && toks[k+1].Kind == text.Word {
		// "Perdue said he didn't believe it did Romney in": the clause's
		// subject, not a speaker after the verb, and no one named in it speaks
		return source{}, false
	}
	start := k
	// the phrase: up to the clause's end
	e := k
	for e < b && e < start+16 && !an.quoted(e) && !(toks[e].Kind == text.Punct && toks[e].Text != "," && toks[e].Text != "." && toks[e].Text != "(" && toks[e].Text != ")" && toks[e].Text != "-" && toks[e].Text != "/") {
		if toks[e].Text == "." && e+1 < b && toks[e+1].Is(text.SentStart) && !an.titleStop(e) {
			break
		}
		e++
	}
	var org *entity.Mention
	for j := start; j < e; j++ {
		m := an.mention(j)
		if m == nil {
			if t := &toks[j]; t.Kind == text.Word && t.Is(text.Cap) && org == nil {
				// a name the entity analysis missed comes first: "said Austan
				// D. Goolsbee, an economic adviser to President Obama"
				if w := t.Text; an.lx.male[w] || an.lx.female[w] {
					if src, ok := an.capName(j, e); ok && src.kind == entity.None {
						return src, true
					}
				}
			}
			continue
		}
		j = m.End - 1
		if toks[m.End-1].Is(text.Possessive) || an.modifies(m) {
			continue
		}
		if m.Kind == entity.Person {
			if m.Start > start && an.lx.cues[lower(toks[m.Start-1].Text)]&cueListener != 0 {
				break // "said he told Mr Smith"
			}
			if an.inPP(m.Start, start) {
				continue // "said a spokesman for Gordon Brown": not Brown
			}
			return source{an.fullName(m), m.Kind}, true
		}
		if m.Kind == entity.Organization && org == nil && m.Start <= start+4 {
			org = m
		}
	}
	if src, ok := an.capName(start, e); ok {
		return src, true
	}
	switch lower(toks[start].Text) {
	case "he":
		return an.resolve(start, male)
	case "she":
		return an.resolve(start, female)
	}
	if org != nil {
		return source{org.Name, org.Kind}, true
	}
	// "said the company", "said a spokesman for the group"
	n := start
	for n < e && toks[n].Kind == text.Word && !toks[n].Is(text.Cap) && !an.lx.preps[lower(toks[n].Text)] {
		n++
	}
	if n > start {
		if n+1 < e && an.lx.preps[lower(toks[n].Text)] && an.spokesBefore(n, start) {
			if m := an.mention(n + 1); m != nil && m.Kind == entity.Organization {
				return source{m.Name, m.Kind}, true
			}
		}
		return an.nominal(n-1, start-1)
	}
	return source{}, false
}

// capName reads a name no mention covers from the phrase [k,e) after an
// inverted verb, past titles, modifiers and organisations before it:
// "Senate Minority Whip Dick Durbin", "Democratic pollster Geoff Garin".
func (an *scan) capName(k, e int) (source, bool) {
	toks := an.toks
	for j := k; j < e; j++ {
		t := &toks[j]
		if m := an.mention(j); m != nil {
			j = m.End - 1
			continue
		}
		if t.Kind != text.Word {
			if t.Text == "," || t.Text == "." {
				continue
			}
			return source{}, false
		}
		if !t.Is(text.Cap) {
			if an.lx.roleNouns[t.Text] || entity.IsRoleWord(t.Text) || an.isAdverb(j) || t.Text == "campaign" {
				continue // "Democratic pollster ..."
			}
			return source{}, false
		}
		if j > 0 && lower(toks[j-1].Text) == "the" && (j+1 >= e || !toks[j+1].Is(text.Cap)) {
			// "said the German": a description of someone named before
			return an.role(j+1, lower(t.Text))
		}
		// a run of capitalised words and initials
		r := j
		for r+1 < e {
			if n := &toks[r+1]; n.Kind == text.Word && n.Is(text.Cap) && an.mention(r+1) == nil {
				r++
			} else if n.Text == "." && (len(toks[r].Text) == 1 || an.lx.titles[toks[r].Text] != unknown || titleWord(toks[r].Text)) && r+2 < e && toks[r+2].Is(text.Cap) {
				r += 2 // an initial or a title: "William D. Burns", "Mr. Rhodes"
			} else {
				break
			}
		}
		if m := an.mention(r + 1); m != nil && m.Kind == entity.Person && toks[r].Text != "." {
			// "Mr." or "Sen." before a name the mention starts after
			if w := toks[r].Text; an.lx.titles[w] != unknown || titleWord(w) || rankWords[w] {
				return source{an.fullName(m), m.Kind}, true
			}
			// a given name the mention left out: "Patrick" of "Patrick J. Tiberi"
			if w := toks[r].Text; (an.lx.male[w] || an.lx.female[w]) && toks[m.Start].Para == toks[r].Para {
				p := an.d.Paragraphs[toks[r].Para]
				return source{p[toks[r].Start:toks[m.End-1].End], entity.Person}, true
			}
		}
		if r+1 < e && toks[r+1].Kind == text.Word && !toks[r+1].Is(text.Cap) && (an.lx.roleNouns[toks[r+1].Text] || entity.IsRoleWord(toks[r+1].Text)) {
			j = r // a modifier: "Democratic pollster"
			continue
		}
		// the name starts at a given name, or after the titles
		s := j
		for i := j; i <= r; i++ {
			if an.lx.male[toks[i].Text] || an.lx.female[toks[i].Text] || entity.IsKnownName(toks[i].Text) {
				s = i
				break
			}
		}
		for s < r && (titleWord(toks[s].Text) || an.lx.titles[toks[s].Text] != unknown || rankWords[toks[s].Text] || toks[s].Text == ".") {
			s++
		}
		if titleWord(toks[r].Text) || rankWords[toks[r].Text] || entity.IsNonEntity(toks[r].Text) {
			return source{}, false
		}
		return an.nameRun(r, s)
	}
	return source{}, false
}

// clauseWords open a clause, not a phrase naming someone: "adding that
// Sanders is ...".
var clauseWords = map[string]bool{
	"that": true, "if": true, "whether": true, "how": true, "what": true, "why": true, "when": true,
	"where": true, "it": true, "they": true, "we": true, "i": true, "you": true, "there": true,
	"this": true, "these": true, "those": true, "and": true, "but": true, "or": true, "so": true,
	"not": true, "no": true, "yes": true, "as": true, "because": true, "while": true, "which": true,
	"who": true, "his": true, "her": true, "their": true, "its": true, "our": true, "my": true,
	"was": true, "is": true, "are": true, "were": true, "has": true, "had": true, "have": true,
	"will": true, "would": true, "could": true, "should": true, "can": true, "may": true, "might": true,
	"must": true, "did": true, "does": true, "do": true, "be": true, "been": true, "being": true,
}

// rankWords are capitalised words of a title before a name.
var rankWords = map[string]bool{
	"Minority": true, "Majority": true, "Whip": true, "Leader": true, "House": true, "Senate": true,
	"State": true, "Assistant": true, "Deputy": true, "Press": true, "Executive": true, "Senior": true,
	"National": true, "Security": true, "Adviser": true, "Advisor": true, "Campaign": true, "Manager": true,
	"Spokesman": true, "Spokeswoman": true, "Lt": true, "1st": true, "Army": true, "Navy": true,
	"Air": true, "Force": true, "Marine": true, "Corps": true, "Pvt": true, "Cpl": true, "Maj": true,
}

// fullName is the name of person m, with a middle initial the mention
// cut off: "Harry M. Reid" for a mention "Harry M" followed by ". Reid".
func (an *scan) fullName(m *entity.Mention) string {
	toks := an.toks
	// "Carly Fiorina" split into a person "Carly" and an organisation
	// "Fiorina": a given name alone and the one capitalised word after it
	if e := m.End; m.Kind == entity.Person && m.End-m.Start == 1 && e < len(toks) && (an.lx.male[m.Name] || an.lx.female[m.Name]) &&
		toks[e].Kind == text.Word && len(toks[e].Text) > 1 && toks[e].Is(text.Cap) && toks[e].Para == toks[m.Start].Para && !toks[e-1].Is(text.Possessive) {
		if n := an.mention(e); n == nil || n.Start == e && n.End == e+1 && n.Kind != entity.Person {
			if e+1 >= len(toks) || !(toks[e+1].Kind == text.Word && toks[e+1].Is(text.Cap)) {
				return m.Name + " " + toks[e].Text
			}
		}
	}
	// "Patrick J. Tiberi" where the mention starts at the initial
	if p := m.Start - 1; m.Kind == entity.Person && p >= 0 && len(toks[m.Start].Text) == 1 && toks[p].Kind == text.Word && toks[p].Para == toks[m.Start].Para &&
		an.mention(p) == nil && (an.lx.male[toks[p].Text] || an.lx.female[toks[p].Text]) {
		return toks[p].Text + " " + m.Name
	}
	// "Charles B. Rangel" where the mention stops at "Charles"
	if e := m.End; m.Kind == entity.Person && e+2 < len(toks) && len(toks[e].Text) == 1 && toks[e].Is(text.Cap) && toks[e+1].Text == "." &&
		toks[e+2].Kind == text.Word && toks[e+2].Is(text.Cap) && toks[e+2].Para == toks[e].Para {
		if n := an.mention(e + 2); n == nil || n.Kind == entity.Person && !strings.Contains(n.Name, " ") {
			return m.Name + " " + toks[e].Text + ". " + toks[e+2].Text
		}
	}
	last := toks[m.End-1].Text
	if len(last) == 1 && m.End+1 < len(toks) && toks[m.End].Text == "." && toks[m.End+1].Kind == text.Word && toks[m.End+1].Is(text.Cap) {
		if n := an.mention(m.End + 1); n == nil || n.Kind == entity.Person && !strings.Contains(n.Name, " ") {
			return m.Name + ". " + toks[m.End+1].Text
		}
	}
	return m.Name
}

// fromContext finds the speaker of quotation q when its sentence names
// none: another quotation of the sentence, a colon introduction or an
// attribution in the sentence before, the quotation before it in the
// paragraph (or in the paragraph before, when q opens its paragraph), an
// attribution in the sentence after, or the person whose words a partial
// quotation gives ("Mr Blair's "...").
func (an *scan) fromContext(q int) source {
	s := &an.segs[an.qsegs[q][0]]
	sent := an.sent[s.open]
	a, _ := an.frame(s)
	// another quotation of the same sentence
	for _, dir := range [2]int{-1, 1} {
		for o := q + dir; o >= 0 && o < an.nq && an.sent[an.segs[an.qsegs[o][0]].open] == sent; o += dir {
			if an.speakers[o].name != "" {
				return an.speakers[o]
			}
		}
	}
	opensSentence := true
	for k := a; k < s.open; k++ {
		if !an.quoted(k) && an.toks[k].Kind != text.Punct {
			opensSentence = false
			break
		}
	}
	if !opensSentence {
		// "Mr Blair's "..."" gives his words
		if p := s.open - 1; p >= 0 && an.toks[p].Is(text.Possessive) {
			if m := an.mention(p); m != nil && m.Kind != entity.Place {
				return source{m.Name, m.Kind}
			}
		}
		// "Walter Hewlett sniped that Fiorina was "learning on the job"":
		// the subject of the sentence
		if src, ok := an.subjectOf(a, s.open); ok {
			return src
		}
		// "..., he said. Good information can drive out bad, but only when
		// "the truth is sexier than the lie.""
		if sent > 0 {
			if pa, pb := an.sentenceOf(sent - 1); an.toks[pa].Para == int32(s.para) {
				if src, ok := an.attributes(pa, pb); ok {
					return src
				}
			}
		}
		return source{}
	}
	para := int32(s.para)
	// the sentence before: a colon introduction or an attribution
	if sent > 0 {
		pa, pb := an.sentenceOf(sent - 1)
		if an.toks[pa].Para == para || s.cont || a == an.paraFirst(a) {
			if src, ok := an.introduces(pa, pb, true); ok {
				return src
			}
		}
	}
	// the quotation before, in the paragraph or ending the one before
	if q > 0 {
		p := &an.segs[an.qsegs[q-1][1]-1]
		if int32(p.para) == para || int32(p.para) == para-1 && a == an.paraFirst(a) && an.lastOfPara(p) {
			return an.speakers[q-1]
		}
	}
	// the sentence after, in the paragraph, or a paragraph that signs it
	// ("- Clinton.")
	if int(sent)+1 < len(an.sentA) {
		na, nb := an.sentenceOf(sent + 1)
		if an.toks[na].Para == para {
			if src, ok := an.attributes(na, nb); ok {
				return src
			}
		} else if t := an.toks[na].Text; an.toks[na].Para == para+1 && (t == "-" || t == "—" || t == "–") && nb-na <= 6 {
			if m := an.mention(na + 1); m != nil && m.Kind != entity.Place {
				return source{m.Name, m.Kind}
			}
		}
	}
	return source{}
}

// introduces reads the speaker of a sentence [a,b) that introduces the
// quotation after it: one ending with a colon ("He told reporters:"), or,
// when inPara, one that reports someone's words without quoting them
// ("Curt Hopkins said the sentence would not dent their resolve.").
func (an *scan) introduces(a, b int, inPara bool) (source, bool) {
	last := b - 1
	for last > a && an.toks[last].Kind == text.Punct && an.toks[last].Text != ":" && an.kinds[last] == notMark {
		last--
	}
	if an.toks[last].Text == ":" && !an.quoted(last) {
		for k := last - 1; k >= a; k-- {
			if !an.quoted(k) && an.isCue(k) {
				if src, ok := an.npBefore(k-1, a); ok {
					return src, true
				}
				if src, ok := an.npAfter(k+1, last); ok {
					return src, true
				}
			}
		}
		return an.subjectOf(a, last)
	}
	if !inPara {
		return source{}, false
	}
	return an.attributes(a, b)
}

// attributes reads the speaker of a sentence [a,b) without quotation
// marks that reports someone's words: "X said ...", "according to X".
func (an *scan) attributes(a, b int) (source, bool) {
	for k := a; k < b; k++ {
		if an.quoted(k) {
			return source{}, false
		}
	}
	for k := a; k < b; k++ {
		if !an.isCue(k) {
			continue
		}
		w := lower(an.toks[k].Text)
		if w == "according" {
			return an.npAfter(k+2, b)
		}
		if an.lx.cues[w]&(cueInverted|cueIntro) == 0 {
			continue // "called", "praised": not a report of words
		}
		if src, ok := an.npBefore(k-1, a); ok {
			return src, true
		}
		if c := an.lx.cues[w]; c&cueListener != 0 && c&cueInverted == 0 {
			continue // "telling French media": who listened
		}
		if src, ok := an.npAfter(k+1, b); ok {
			return src, true
		}
		// "When he wrote his book, Mr. McKinley said ...": a later verb
	}
	return source{}, false
}

// paraFirst is the first token of the paragraph of token k.
func (an *scan) paraFirst(k int) int {
	p := an.toks[k].Para
	for k > 0 && an.toks[k-1].Para == p {
		k--
	}
	return k
}

// lastOfPara reports whether segment s ends its paragraph, bar a closing
// attribution: nothing quoted follows it there.
func (an *scan) lastOfPara(s *segment) bool {
	for k := s.close + 1; k < len(an.toks) && int(an.toks[k].Para) == s.para; k++ {
		if an.quoted(k) {
			return false
		}
	}
	return true
}

package quote

import (
	"strings"

	"briefing/generator/meta/entity"
	"briefing/generator/meta/text"
)

// window is how many paragraphs back a pronoun or description looks for
// the one it stands for.
const window = 3

// resolve returns the person the pronoun at token e stands for, gender
// permitting (a title or given name that contradicts the pronoun rules a
// person out): in its own sentence, the subject or else the nearest person
// named before it; in each sentence before, going back, the speaker of a
// quotation in it, else its subject, else anyone it names. People named
// inside quotation marks are not candidates.
func (an *scan) resolve(e int, g gender) (source, bool) {
	return an.resolveDepth(e, g, 0)
}

// resolveDepth is resolve, remembered per pronoun: resolving one pronoun
// may resolve the ones before it, and a chain of "he said" must cost a
// pass, not a pass per link.
func (an *scan) resolveDepth(e int, g gender, depth int) (source, bool) {
	key := int32(e)
	if r, ok := an.resolved[key]; ok {
		return r.src, r.ok
	}
	if an.resolved == nil {
		an.resolved = map[int32]resolution{}
	}
	an.resolved[key] = resolution{} // in progress: a cycle resolves to no one
	src, ok := an.resolveAt(e, g, depth)
	an.resolved[key] = resolution{src, ok}
	return src, ok
}

// resolution is a pronoun's person, once found.
type resolution struct {
	src source
	ok  bool
}

// maxBack is how many sentences back a pronoun looks, within the window.
const maxBack = 12

func (an *scan) resolveAt(e int, g gender, depth int) (source, bool) {
	minPara := an.toks[e].Para - window
	cur := an.sent[e]
	a, _ := an.sentenceOf(cur)
	if src, ok := an.candidateIn(a, e, g, depth); ok {
		return src, true
	}
	for s := cur - 1; s >= 0 && s >= cur-maxBack; s-- {
		sa, sb := an.sentenceOf(s)
		if an.toks[sa].Para < minPara {
			break
		}
		// the speaker of a quotation in the sentence
		for k := sb - 1; k >= sa; k-- {
			if i := an.inside[k]; i != 0 {
				q := an.segs[i-1].quote
				if sp := an.speakers[q]; (sp.kind == entity.Person || sp.kind == entity.None && an.personLike(sp.name)) && an.nameGender(sp.name) != opposite(g) && pronounOf(sp.name) != opposite(g) {
					return sp, true
				}
				k = an.segs[i-1].open
			}
		}
		// the one a reported sentence attributes words to: "Cruz won the
		// crowds over, Stovall said."
		if src, ok := an.attributes(sa, sb); ok && (src.kind == entity.Person || src.kind == entity.None && an.personLike(src.name) && strings.HasPrefix(src.name, an.toks[sa].Text)) && an.nameGender(src.name) != opposite(g) && pronounOf(src.name) != opposite(g) {
			return src, true
		}
		if src, ok := an.candidateIn(sa, sb, g, depth); ok {
			return src, true
		}
	}
	return source{}, false
}

// personFor reports whether mention m may be the person a pronoun of
// gender g stands for: a person, or a name the entity analysis typed
// otherwise whose given name has that gender ("Melania Trump", taken for
// an organisation beside "Trump Tower").
func (an *scan) personFor(m *entity.Mention, g gender) bool {
	if m.Kind == entity.Person {
		return true
	}
	return m.Kind == entity.Organization && g != unknown && strings.Contains(m.Name, " ") && pronounOf(m.Name) == g
}

// personLike reports whether a name no mention covers, read before a
// reporting verb ("Bamberg, who is 28, said"), may be a person's: not a
// word the entity lists know as no name. (Where it stands for a pronoun,
// it must also open its sentence: not "spokesman for software firm
// Sendmail said".)
func (an *scan) personLike(name string) bool {
	if name == "" || an.lx.outlets[lower(name)] {
		return false
	}
	for _, w := range strings.Fields(name) {
		if entity.IsNonEntity(w) || an.common.Has(lower(w)) || strings.ContainsRune(w, '-') || titleWord(w) {
			return false
		}
	}
	return true
}

// candidateIn returns the person of [a,b) a pronoun of gender g may stand
// for: the subject (a name, or a pronoun of the same gender resolved in
// turn), else the last person named there.
func (an *scan) candidateIn(a, b int, g gender, depth int) (source, bool) {
	var last *entity.Mention
	var lastUnlisted source
	subject := true
	for k := a; k < b; k++ {
		if an.quoted(k) {
			continue
		}
		m := an.mention(k)
		if m == nil {
			t := &an.toks[k]
			if t.Kind != text.Word {
				continue
			}
			if subject && depth < 3 && !an.inPP(k, a) {
				if w := lower(t.Text); w == "he" && g == male || w == "she" && g == female {
					// "Back when he wrote his book, Mr. McKinley said": a
					// pronoun that looks ahead resolves to no one before it
					if src, ok := an.resolveDepth(k, g, depth+1); ok {
						return src, true
					}
				}
			}
			// a surname no mention covers: "Trump blamed local officials"
			if m = an.personNamed(k); m == nil {
				if src, ok := an.unlisted(k, b); ok && an.nameGender(src.name) != opposite(g) && pronounOf(src.name) != opposite(g) {
					if subject {
						return src, true
					}
					lastUnlisted = src
				} else if subject && k == a && an.nameOpening(k, b) {
					// "Ham made it clear he had misgivings": a name opening
					// the sentence, before its verb, that no mention covers
					p := an.d.Paragraphs[t.Para]
					return source{p[t.Start:t.End], entity.Person}, true
				}
				continue
			}
		}
		if an.mention(k) == m {
			k = m.End - 1
		}
		if !an.personFor(m, g) || an.mentionGender(m) == opposite(g) {
			if m.Kind == entity.Person && !an.inPP(k, a) {
				subject = false
			}
			continue
		}
		if an.mention(k) == m && an.modifies(m) {
			continue // "Clinton spokeswoman Jennifer Palmieri"
		}
		if subject && !an.inPP(k, a) && !an.toks[k].Is(text.Possessive) {
			return source{m.Name, entity.Person}, true
		}
		// a person in a phrase before the subject ("In an interview with
		// Rusty Humphries, Ham made it clear") leaves the subject to come
		subject = subject && an.inPP(k, a)
		last = m
	}
	if last != nil {
		return source{last.Name, entity.Person}, true
	}
	if lastUnlisted.name != "" {
		return lastUnlisted, true
	}
	return source{}, false
}

// unlisted reads a person's name no mention covers starting at token k,
// when a role or title before it says it is one: "Trump spokesman Hope
// Hicks", "Mr. Trump".
func (an *scan) unlisted(k, b int) (source, bool) {
	toks := an.toks
	t := &toks[k]
	if t.Kind != text.Word || !t.Is(text.Cap) || k == 0 || an.mention(k) != nil {
		return source{}, false
	}
	p := &toks[k-1]
	if !(an.lx.roleNouns[p.Text] || entity.IsRoleWord(p.Text) || p.Text == "." && k >= 2 && an.lx.titles[toks[k-2].Text] != unknown) {
		return source{}, false
	}
	e := k
	for e+1 < b && toks[e+1].Kind == text.Word && toks[e+1].Is(text.Cap) && an.mention(e+1) == nil && e-k < 2 {
		e++
	}
	return an.nameRun(e, k)
}

// pronounOf is the gender a name's given name says.
func pronounOf(name string) gender {
	switch Pronoun(name) {
	case "he":
		return male
	case "she":
		return female
	}
	return unknown
}

func opposite(g gender) gender {
	switch g {
	case male:
		return female
	case female:
		return male
	}
	return 3 // no gender is opposite to unknown
}

// nameGender is the gender of the person named name.
func (an *scan) nameGender(name string) gender {
	if m := an.byName()[name]; m != nil {
		return an.gender(m)
	}
	return unknown
}

// byName maps each person's name, full name and last word to a mention of
// them, built on first use.
func (an *scan) byName() map[string]*entity.Mention {
	if an.names == nil {
		an.names = make(map[string]*entity.Mention, len(an.mentions))
		an.surnames = map[string]*entity.Mention{}
		for i := range an.mentions {
			m := &an.mentions[i]
			if m.Kind != entity.Person {
				continue
			}
			full := an.full(m)
			an.names[m.Name], an.names[full] = m, m
			if strings.Contains(full, " ") {
				an.surnames[lastWord(full)] = m
			}
		}
	}
	return an.names
}

// bySurname returns a person whose full name ends with w, or nil.
func (an *scan) bySurname(w string) *entity.Mention {
	an.byName()
	return an.surnames[w]
}

// mentionBefore is the index of the last mention starting before token e,
// or -1.
func (an *scan) mentionBefore(e int) int {
	lo, hi := 0, len(an.mentions)
	for lo < hi {
		mid := (lo + hi) / 2
		if an.mentions[mid].Start < e {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo - 1
}

// lastOrg returns the organisation a description ("the group", "it")
// stands for: the last one named before token e, an outlet only when the
// description says so.
func (an *scan) lastOrg(e int, outlet bool) (source, bool) {
	minPara := an.toks[e].Para - window
	for i := an.mentionBefore(e); i >= 0; i-- {
		m := &an.mentions[i]
		if an.toks[m.Start].Para < minPara {
			break
		}
		if m.Kind != entity.Organization || an.quoted(m.Start) || an.lx.outlets[lower(m.Name)] != outlet {
			continue
		}
		return source{m.Name, m.Kind}, true
	}
	return source{}, false
}

// role returns the person a description with a role ("the senator", "the
// Tory leader") stands for: the last one named with that role ("Sen.
// Marco Rubio", "Tory leader Michael Howard", "Obama, the president"),
// else the last person named before it.
func (an *scan) role(e int, head string) (source, bool) {
	minPara := an.toks[e].Para - window*2
	var nearest *entity.Mention
	for i := an.mentionBefore(e - 1); i >= 0; i-- {
		m := &an.mentions[i]
		if an.toks[m.Start].Para < minPara {
			break
		}
		if m.Kind != entity.Person || an.quoted(m.Start) {
			continue
		}
		if an.hasRole(m, head) {
			return source{m.Name, m.Kind}, true
		}
		if nearest == nil && an.toks[m.Start].Para >= an.toks[e].Para-window {
			nearest = m
		}
	}
	if nearest != nil {
		return source{nearest.Name, nearest.Kind}, true
	}
	return source{}, false
}

// roleAbbrevs are the written titles of roles.
var roleAbbrevs = map[string]string{
	"sen": "senator", "rep": "congressman", "gov": "governor", "gen": "general", "pres": "president",
	"supt": "superintendent", "insp": "inspector", "sgt": "sergeant", "capt": "captain",
}

// hasRole reports whether mention m is given the role head: in the three
// words before it, or in an apposition after it.
func (an *scan) hasRole(m *entity.Mention, head string) bool {
	match := func(k int) bool {
		w := lower(an.toks[k].Text)
		if r, ok := roleAbbrevs[w]; ok {
			w = r
		}
		return w == head || head == "congressman" && w == "representative" || head == "congresswoman" && w == "rep"
	}
	for k := m.End - 2; k >= 0 && k >= m.Start-3 && an.toks[k].Para == an.toks[m.Start].Para; k-- {
		if an.toks[k].Kind == text.Word && match(k) {
			return true
		}
	}
	if k := m.End; k+1 < len(an.toks) && an.toks[k].Text == "," {
		for j := k + 1; j < len(an.toks) && j <= k+6 && an.toks[j].Para == an.toks[m.Start].Para; j++ {
			if an.toks[j].Kind == text.Punct {
				break
			}
			if match(j) {
				return true
			}
		}
	}
	return false
}

// mentionGender is the gender of the person mention m names, read first
// from a title right before it: "Mrs. Clinton" is she where the story
// also writes "Mr. Clinton" and both come out as "Clinton".
func (an *scan) mentionGender(m *entity.Mention) gender {
	if p := m.Start - 1; p >= 0 {
		if an.toks[p].Text == "." && p > 0 {
			p--
		}
		if tg := an.lx.titles[an.toks[p].Text]; tg != unknown {
			return tg
		}
	}
	return an.gender(m)
}

// gender reads the gender of the person m names: a title before any of
// its mentions ("Mr", "Mrs"), else its given name.
func (an *scan) gender(m *entity.Mention) gender {
	if g, ok := an.genders[m.Name]; ok {
		return g
	}
	if an.genders == nil {
		an.genders = map[string]gender{}
	}
	g := unknown
	for i := range an.mentions {
		o := &an.mentions[i]
		if o.Name != m.Name || o.Start == 0 {
			continue
		}
		if tg := an.lx.titles[strings.TrimSuffix(an.toks[o.Start-1].Text, ".")]; tg != unknown {
			g = tg
			break
		}
		if o.Start >= 2 && an.toks[o.Start-1].Text == "." {
			if tg := an.lx.titles[an.toks[o.Start-2].Text]; tg != unknown {
				g = tg
				break
			}
		}
	}
	if g == unknown {
		// the first given name before the surname: "Hillary" of "Crooked
		// Hillary Clinton", where an epithet or rank opens the name
		words := strings.Fields(m.Name)
		for _, w := range words[:max(len(words)-1, 0)] {
			if an.lx.male[w] && !an.lx.female[w] {
				g = male
			} else if an.lx.female[w] && !an.lx.male[w] {
				g = female
			} else if an.lx.male[w] {
				break // a name either may bear: "Robin"
			} else {
				continue
			}
			break
		}
	}
	an.genders[m.Name] = g
	return g
}

// modifies reports whether mention m qualifies the name after it rather
// than naming the subject: "Clinton spokeswoman Jennifer Palmieri", "Obama
// speechwriter Jon Favreau".
func (an *scan) modifies(m *entity.Mention) bool {
	k := m.End
	for j := k; j < len(an.toks) && j < k+3; j++ {
		t := &an.toks[j]
		if t.Kind != text.Word || t.Is(text.Cap) {
			n := an.mention(j)
			return j > k && n != nil && n.Kind == entity.Person
		}
		if !an.lx.roleNouns[t.Text] && !entity.IsRoleWord(t.Text) && !modifierNouns[t.Text] {
			return false // a verb: "Margaret Thatcher met Gordon Brown"
		}
	}
	return false
}

// modifierNouns stand between a name and the person it qualifies, beside
// the role words: "Obama speechwriter Jon Favreau".
var modifierNouns = map[string]bool{
	"campaign": true, "press": true, "senior": true, "former": true, "deputy": true, "speechwriter": true,
	"pollster": true, "supporter": true, "critic": true, "ally": true, "rival": true, "loyalist": true,
	"surrogate": true, "backer": true, "donor": true, "operative": true, "staffer": true, "confidant": true,
	"spokesman": true, "spokeswoman": true, "adviser": true, "advisor": true, "aide": true, "chief": true,
	"communications": true, "policy": true, "national": true, "political": true, "top": true,
}

// Pronoun returns the pronoun a person's name calls for when its title or
// given name says ("he" for "Mr Blair" and "Michael Howard", "she" for
// "Hillary Clinton"), else "".
func Pronoun(name string) string {
	lx := lex()
	words := strings.Fields(name)
	for _, w := range words {
		switch lx.titles[strings.TrimSuffix(w, ".")] {
		case male:
			return "he"
		case female:
			return "she"
		}
	}
	for len(words) > 1 && titleWord(strings.TrimSuffix(words[0], ".")) {
		words = words[1:]
	}
	if len(words) > 1 {
		switch first := words[0]; {
		case lx.male[first] && !lx.female[first]:
			return "he"
		case lx.female[first] && !lx.male[first]:
			return "she"
		}
	}
	return ""
}

// personNamed returns the person mention whose last word is the
// capitalised word at token k, which no mention covers, or nil: entity
// analysis misses a surname now and then, most often opening a sentence.
func (an *scan) personNamed(k int) *entity.Mention {
	t := &an.toks[k]
	if t.Kind != text.Word || !t.Is(text.Cap) || t.Is(text.AllCaps) || len(t.Text) < 3 || an.mention(k) != nil {
		return nil
	}
	if t.Is(text.SentStart) && (an.common.Has(lower(t.Text)) || an.starters.Has(t.Text)) {
		return nil
	}
	return an.bySurname(t.Text)
}

// nameOpening reports whether the capitalised word at token k, which opens
// its sentence and no mention covers, is a name: not an ordinary or a
// sentence-opening word, and followed by a verb-like lower-case word
// ("Ham made", "Strada accused").
func (an *scan) nameOpening(k, b int) bool {
	t := &an.toks[k]
	if t.Kind != text.Word || !t.Is(text.Cap) || t.Is(text.AllCaps) || an.mention(k) != nil || len(t.Text) < 3 {
		return false
	}
	if an.common.Has(lower(t.Text)) || an.starters.Has(t.Text) || entity.IsNonEntity(t.Text) || titleWord(t.Text) || an.wordNotName(k) {
		return false
	}
	if k+1 >= b {
		return false
	}
	n := &an.toks[k+1]
	if n.Kind != text.Word || n.Is(text.Cap) {
		return false
	}
	w := n.Text
	return an.lx.cues[w] != 0 || strings.HasSuffix(w, "ed") || w == "has" || w == "had" || w == "is" || w == "was" || w == "made" || w == "said" || w == "told" || w == "also"
}

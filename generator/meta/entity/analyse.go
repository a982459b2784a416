package entity

import (
	"sort"
	"strings"

	"briefing/generator/meta/text"
)

// Kind is what a name names.
type Kind uint8

const (
	None Kind = iota
	Person
	Place
	Organization
)

// Context cues that decide what a lone capitalised word is.
const (
	cueNone       uint8 = iota
	cuePerson           // after a title or role word: "Mr Blair", "coach Wenger"
	cueSaid             // next to a speech verb: "Blair said", "said Blair"
	cueOrg              // acronym, CamelCase or after "firm", "broadcaster"
	cuePlace            // "city of Heihe"
	cuePlaceWeak        // "in Ibrox", "near Heihe"
	cueUnresolved       // no cue: kept only if it names a known person
)

// Mention is one occurrence of an entity, in document order.
type Mention struct {
	Kind   Kind
	Name   string // canonical name once resolved; the surface form before
	Start  int    // index of its first token in the Doc's Tokens
	End    int    // index after its last token
	single bool   // one word found without a list entry: resolved later
	cue    uint8
}

// Analysis is a document's entity mentions over its tokens.
type Analysis struct {
	Mentions []Mention // in document order; Start and End index d.Tokens()

	d      *text.Doc
	toks   []text.Token
	lx     *lexicon
	common text.Words
	speech text.Words
}

// Analyse finds the people, places and organisations d names.
func Analyse(d *text.Doc) *Analysis {
	an := &Analysis{d: d, toks: d.Tokens(), lx: lex(), common: text.CommonWords(), speech: text.SpeechVerbs()}
	an.Mentions = make([]Mention, 0, 64)
	an.findSpans()
	an.resolve()
	return an
}

func (an *Analysis) capWord(i int) bool {
	if i >= len(an.toks) {
		return false
	}
	t := &an.toks[i]
	return t.Kind == text.Word && t.Is(text.Cap) && !an.lx.nonEntities[t.Text] && t.Text != "I"
}

// findSpans walks runs of capitalised words ("Chinese President Xi Jinping",
// "Bank of England") and classifies each.
func (an *Analysis) findSpans() {
	toks := an.toks
	for i := 0; i < len(toks); i++ {
		if !an.capWord(i) {
			continue
		}
		j := i + 1
		for j < len(toks) && !toks[j-1].Is(text.Possessive) && toks[j].Para == toks[i].Para {
			if an.capWord(j) && !toks[j].Is(text.SentStart) {
				j++
				continue
			}
			u := &toks[j]
			if u.Kind == text.Word && !u.Is(text.Cap) && an.lx.nameConnectors[u.Text] {
				k := j + 1
				if u.Text == "of" && k < len(toks) && toks[k].Text == "the" {
					k++
				}
				ok := an.capWord(k)
				switch u.Text {
				case "of", "for":
					ok = ok && (an.lx.ofJoinable[toks[j-1].Text] || an.lx.orgCues[toks[j-1].Text])
				case "and", "&", "the":
					// "Bosnia and Herzegovina", "Marks & Spencer" (list entries),
					// "Qualifications and Curriculum Authority" (ends in a cue).
					ok = ok && u.Text != "the"
					if ok {
						_, inList := an.lx.gaz[an.key(i, k+1)]
						m := k
						for m < len(toks) && an.capWord(m) && !toks[m].Is(text.SentStart) && !toks[m-1].Is(text.Possessive) {
							m++
						}
						ok = inList || an.lx.orgCues[toks[m-1].Text]
					}
				}
				if ok {
					j = k + 1
					continue
				}
			}
			break
		}
		an.span(i, j)
		i = j - 1
	}
}

// key is the surface form of tokens [a,b) joined by single spaces; it is a
// substring of the paragraph when the text has single spaces, so no allocation.
func (an *Analysis) key(a, b int) string {
	t0, t1 := &an.toks[a], &an.toks[b-1]
	p := an.d.Paragraphs[t0.Para]
	s := p[t0.Start:t1.End]
	want := b - a - 1
	for k := a; k < b; k++ {
		want += len(an.toks[k].Text)
	}
	if len(s) == want && strings.IndexByte(s, '\t') < 0 && strings.IndexByte(s, '\n') < 0 {
		return s
	}
	parts := make([]string, 0, b-a)
	for k := a; k < b; k++ {
		parts = append(parts, an.toks[k].Text)
	}
	return strings.Join(parts, " ")
}

// longest returns the length in tokens of the longest list entry starting at a.
func (an *Analysis) longest(a, b int) (int, gazEntry) {
	for l := min(an.lx.gazMax, b-a); l >= 1; l-- {
		if e, ok := an.lx.gaz[an.key(a, a+l)]; ok {
			return l, e
		}
	}
	return 0, gazEntry{}
}

// commonWord reports whether a capitalised word is an ordinary word that is
// capitalised only because it starts a sentence.
func (an *Analysis) commonWord(i int) bool {
	t := &an.toks[i]
	if t.Is(text.AllCaps) || an.lx.firstNames[t.Text] {
		return false
	}
	lw := strings.ToLower(t.Text)
	if an.common.Has(lw) {
		return true
	}
	if strings.HasSuffix(lw, "ly") || strings.HasSuffix(lw, "ing") || strings.HasSuffix(lw, "ed") {
		return true
	}
	stem := strings.TrimSuffix(lw, "s")
	if stem != lw && an.common.Has(stem) {
		return true
	}
	for k := range an.toks {
		u := &an.toks[k]
		if u.Kind == text.Word && u.Flags&text.Cap == 0 && (u.Text == lw || u.Text == stem) {
			return true
		}
	}
	return false
}

func (an *Analysis) add(kind Kind, name string, a, b int) {
	an.Mentions = append(an.Mentions, Mention{Kind: kind, Name: name, Start: a, End: b})
}

func gazToKind(k gazKind) Kind {
	switch k {
	case gazPlace:
		return Place
	case gazOrg:
		return Organization
	}
	return None
}

// span classifies the capitalised run [a,b).
func (an *Analysis) span(a, b int) {
	toks := an.toks
	if toks[a].Text == "The" {
		if e, ok := an.lx.gaz[an.key(a, b)]; ok && e.kind != gazTitle && e.kind != gazDemonym {
			an.add(gazToKind(e.kind), e.canonical, a, b)
			return
		}
		a++
	}
	// "But Mr Blair", "Earlier China": drop a sentence-initial ordinary word,
	// unless it begins a longer list entry ("Time Warner").
	for a < b && (toks[a].Is(text.SentStart) || (a > 0 && toks[a-1].Is(text.OpenQuote))) {
		l, _ := an.longest(a, b)
		if l > 1 || !an.commonWord(a) || l == 1 && !an.common.Has(strings.ToLower(toks[a].Text)) {
			break // a listed name is dropped only for a truly common word ("Reading")
		}
		a++
	}
	for a < b && an.lx.nameConnectors[toks[a].Text] {
		a++
	}
	if a >= b {
		return
	}
	if e, ok := an.lx.gaz[an.key(a, b)]; ok {
		if k := gazToKind(e.kind); k != None {
			an.add(k, e.canonical, a, b)
		}
		return
	}
	last := toks[b-1].Text
	if b-a >= 2 {
		if an.lx.eventCues[last] {
			return
		}
		if an.lx.placeCues[last] || an.lx.placeCues[toks[a].Text] && !an.lx.firstNames[toks[a].Text] {
			an.add(Place, an.key(a, b), a, b) // "Coudenberg Palace", "River Senne"
			return
		}
		if an.lx.orgCues[last] {
			if l, e := an.longest(a, b); !(l > 0 && e.kind == gazTitle) {
				// "US Securities Exchange Commission": the place is a
				// qualifier; the list may know the name by its initials.
				if l > 0 && e.kind == gazPlace && b-(a+l) >= 2 {
					an.add(Place, e.canonical, a, a+l)
					a += l
				}
				name := an.key(a, b)
				if b-a >= 3 {
					if g, ok := an.lx.gaz[orgInitials(name)]; ok && g.kind == gazOrg && orgInitials(g.canonical) == orgInitials(name) {
						name = g.canonical
					}
				}
				an.add(Organization, name, a, b)
				return
			}
		}
	}
	// "Office for Budget Responsibility", "University of Leeds"
	for k := a + 1; k+1 < b; k++ {
		if w := toks[k].Text; (w == "of" || w == "for") && an.lx.orgCues[toks[k-1].Text] {
			if l, e := an.longest(a, b); l == 0 || e.kind != gazTitle {
				an.add(Organization, an.key(a, b), a, b)
				return
			}
		}
	}
	titled, hasGaz := false, false
	u := -1 // start of the current run of unlisted words
	flush := func(end int) {
		if u >= 0 {
			an.run(u, end, a, b, titled, hasGaz)
			u = -1
		}
		titled = false
	}
	for k := a; k < b; {
		if l, e := an.longest(k, b); l > 0 {
			flush(k)
			switch e.kind {
			case gazPlace, gazOrg:
				hasGaz = true
				an.add(gazToKind(e.kind), e.canonical, k, k+l)
			case gazTitle:
				titled = true
			}
			k += l
			continue
		}
		if an.lx.nameConnectors[toks[k].Text] {
			// a connector ends a run: "Lord of the Rings" is no person "Rings"
			flush(k)
			k++
			continue
		}
		if u < 0 {
			u = k
		}
		k++
	}
	flush(b)
}

// run classifies [u,e), words not in any list, inside the span [a,b).
func (an *Analysis) run(u, e, a, b int, titled, hasGaz bool) {
	toks := an.toks
	n := e - u
	if titled {
		if n <= 4 {
			an.Mentions = append(an.Mentions, Mention{Kind: Person, Name: an.key(u, e), Start: u, End: e, single: n == 1, cue: cuePerson})
		}
		return
	}
	var prev *text.Token
	if u > 0 {
		prev = &toks[u-1]
	}
	if n >= 2 {
		if hasGaz || n > 4 {
			return
		}
		if prev != nil && u == a && an.lx.orgWords[prev.Text] {
			an.add(Organization, an.key(u, e), u, e)
			return
		}
		if !an.lx.firstNames[toks[u].Text] {
			for k := u; k < e; k++ {
				w := toks[k].Text
				if toks[k].Is(text.AllCaps) || an.common.Has(strings.ToLower(w)) || len(w) < 2 {
					return
				}
			}
		}
		an.add(Person, an.key(u, e), u, e)
		return
	}
	t := &toks[u]
	if !t.Is(text.AllCaps) && an.common.Has(strings.ToLower(t.Text)) {
		return // "He said", "It" after a dash: ordinary words, whatever their case
	}
	m := Mention{Name: t.Text, Start: u, End: e, single: true, cue: cueUnresolved}
	switch {
	case t.Is(text.AllCaps) && len(t.Text) <= 6:
		m.cue = cueOrg
	case t.Is(text.Camel):
		m.cue = cueOrg
	case prev != nil && u == a && prev.Kind == text.Word && an.lx.roleWords[prev.Text]:
		m.cue = cuePerson
	case prev != nil && u == a && prev.Kind == text.Word && an.lx.orgWords[prev.Text]:
		m.cue = cueOrg
	case prev != nil && u == a && prev.Text == "of" && u >= 2 && an.lx.placeNouns[toks[u-2].Text]:
		m.cue = cuePlace
	case prev != nil && u == a && prev.Text == "said":
		m.cue = cueSaid
	case e == b && b < len(toks) && toks[b].Para == t.Para && an.speech.Has(toks[b].Text) && toks[b].Text != "quoted":
		m.cue = cueSaid
	case prev != nil && u == a && (prev.Text == "in" || prev.Text == "near" || prev.Text == "from"):
		m.cue = cuePlaceWeak
	}
	if hasGaz && m.cue == cueUnresolved {
		return
	}
	an.Mentions = append(an.Mentions, m)
}

// resolve turns lone words into the entities they stand for: "Xi" after
// "Xi Jinping", "SEC" after "Securities and Exchange Commission (SEC)".
func (an *Analysis) resolve() {
	parts := map[string]string{} // name word -> full person name
	initials := map[string]string{}
	for i := range an.Mentions {
		m := &an.Mentions[i]
		switch {
		case m.Kind == Person && !m.single:
			words := strings.Fields(m.Name)
			for _, w := range []string{words[0], words[len(words)-1]} {
				if old, ok := parts[w]; ok && old != m.Name {
					parts[w] = "" // ambiguous: two people share the word
				} else {
					parts[w] = m.Name
				}
			}
		case m.Kind == Organization && strings.Contains(m.Name, " "):
			initials[orgInitials(m.Name)] = m.Name
			// "Securities Exchange Commission (SEC)"
			if j := m.End; j+2 < len(an.toks) && an.toks[j].Text == "(" && an.toks[j+1].Is(text.AllCaps) && an.toks[j+2].Text == ")" {
				initials[an.toks[j+1].Text] = m.Name
			}
		}
	}
	out := an.Mentions[:0]
	for _, m := range an.Mentions {
		if m.single {
			if full, ok := parts[m.Name]; ok && full != "" {
				m.Kind, m.Name = Person, full
			} else if ok {
				continue
			} else {
				switch m.cue {
				case cuePerson, cueSaid:
					m.Kind = Person
				case cueOrg:
					m.Kind = Organization
					if full, ok := initials[m.Name]; ok {
						m.Name = full
					}
				case cuePlace, cuePlaceWeak:
					m.Kind = Place
				default:
					continue
				}
			}
		}
		if m.Kind != None {
			out = append(out, m)
		}
	}
	an.Mentions = out
}

// orgInitials is "SEC" for "Securities and Exchange Commission".
func orgInitials(name string) string {
	var b strings.Builder
	for _, w := range strings.Fields(name) {
		if w == "of" || w == "and" || w == "the" || w == "for" || w == "&" {
			continue
		}
		b.WriteByte(w[0])
	}
	return b.String()
}

// maxPerKind caps each of people, places and organisations.
const maxPerKind = 10

// Lists returns the canonical names of each kind: the most mentioned (at
// most ten of a kind), in order of first mention.
func (an *Analysis) Lists() (people, places, orgs []string) {
	max := maxPerKind
	type agg struct {
		name  string
		kind  Kind
		first int
		count int
	}
	idx := map[string]int{}
	var all []agg
	for _, m := range an.Mentions {
		key := m.Name
		if i, ok := idx[key]; ok {
			all[i].count++
			continue
		}
		idx[key] = len(all)
		all = append(all, agg{name: m.Name, kind: m.Kind, first: m.Start, count: 1})
	}
	pick := func(kind Kind) []string {
		var sel []agg
		for _, a := range all {
			if a.kind == kind {
				sel = append(sel, a)
			}
		}
		if len(sel) > max {
			sort.SliceStable(sel, func(i, j int) bool { return sel[i].count > sel[j].count })
			sel = sel[:max]
			sort.SliceStable(sel, func(i, j int) bool { return sel[i].first < sel[j].first })
		}
		var out []string
		for _, a := range sel {
			out = append(out, a.name)
		}
		return out
	}
	return pick(Person), pick(Place), pick(Organization)
}

package entity

import (
	"strings"
	"unicode"
)

// correct mends what the tagger, trained on Reuters wire copy of 1996, gets
// wrong in today's news, with the word lists: greetings and nicknames
// taken for people, companies for people, clubs for their cities, a
// daughter's first name for a city, two people for one name.
func (w *work) correct() {
	w.sport = w.sportsStory()
	w.join()
	w.addListed()
	for i := range w.found {
		w.trim(&w.found[i])
	}
	// "May" is a month, but not after "Theresa May"
	for i := range w.found {
		if f := &w.found[i]; !f.dropped && f.kind == Person && f.b-f.a > 1 && !w.lx.nonEntities[f.form] {
			if w.surnames == nil {
				w.surnames = map[string]bool{}
			}
			w.surnames[w.words[f.sent][f.b-1]] = true
		}
	}
	n := len(w.found)
	for i := 0; i < n; i++ {
		f := &w.found[i]
		if f.dropped {
			continue
		}
		if w.notAName(f) {
			f.dropped = true
			continue
		}
		if f.kind == Person && w.split(i) {
			continue
		}
		if f.kind == Organization && w.splitTitle(i) {
			f = &w.found[i]
		}
		f.kind = w.retype(f)
	}
	// the second of two names split apart comes after the rest: put it
	// back in document order
	if len(w.found) > n {
		sortFound(w.found)
	}
}

// addListed adds the places and organisations of the word lists that the
// tagger passed over ("Arsenal drew"), unless an ordinary word opens a
// sentence with them ("Reading the report").
func (w *work) addListed() {
	k := 0 // next found
	n := len(w.found)
	for s, ws := range w.words {
		for a := 0; a < len(ws); a++ {
			for k < n && (w.found[k].sent < s || w.found[k].sent == s && w.found[k].b <= a) {
				k++
			}
			if k < n && w.found[k].sent == s && w.found[k].a <= a {
				a = w.found[k].b - 1 // inside a name found
				continue
			}
			if !startsName(ws[a]) {
				continue
			}
			b, e := w.longestListed(ws, a)
			if b == 0 || k < n && w.found[k].sent == s && w.found[k].a < b {
				continue
			}
			if b-a == 1 && (a == 0 || w.sents[s].para < 0) && w.common.Has(strings.ToLower(ws[a])) {
				continue
			}
			w.found = append(w.found, w.at(gazToKind(e.kind), s, a, b, 0))
			a = b - 1
		}
	}
	if len(w.found) > n {
		sortFound(w.found)
	}
}

// longestListed returns the end of the longest listed place or
// organisation that starts at word a, or 0.
func (w *work) longestListed(ws []string, a int) (int, gazEntry) {
	if !w.lx.listedFirst[ws[a]] {
		return 0, gazEntry{}
	}
	var buf [64]byte
	for b := min(len(ws), a+w.lx.gazMax); b > a; b-- {
		key := append(buf[:0], ws[a]...)
		for _, x := range ws[a+1 : b] {
			if x == "'s" {
				key = append(key, x...)
			} else {
				key = append(append(key, ' '), x...)
			}
		}
		if e, ok := w.lx.gaz[string(key)]; ok && (e.kind == gazPlace || e.kind == gazOrg) {
			return b, e
		}
	}
	return 0, gazEntry{}
}

func startsName(x string) bool {
	return x != "" && x[0] >= 'A' && x[0] <= 'Z' || x != "" && x[0] >= 0x80 && unicode.IsUpper([]rune(x)[0])
}

// join makes one person of a given name and the surname after it, which
// the tagger may read as two names: "Virginia" (a place) "Roberts".
func (w *work) join() {
	out := w.found[:0]
	for i := 0; i < len(w.found); i++ {
		f := w.found[i]
		if i+1 < len(w.found) {
			g := &w.found[i+1]
			if g.sent == f.sent && g.a == f.b && g.kind == Person && f.kind != Person && f.b-f.a == 1 &&
				w.lx.firstNames[w.words[f.sent][f.a]] {
				j := w.at(Person, f.sent, f.a, g.b, min(f.conf, g.conf))
				out = append(out, j)
				i++
				continue
			}
		}
		if o, ok := w.demonymOrg(f, i); ok {
			out = append(out, o)
			continue
		}
		out = append(out, f)
	}
	w.found = out
}

// demonymOrg reads a people's adjective the tagger found alone and the
// capitalised words after it that end as an organisation's name does as
// that organisation: "The British Museum reopened" opening a sentence,
// where the tagger takes "British" for an adjective and leaves "Museum".
func (w *work) demonymOrg(f found, i int) (found, bool) {
	ws := w.words[f.sent]
	if f.kind != None || f.b-f.a != 1 || !w.isDemonym(ws[f.a]) {
		return f, false
	}
	next := len(ws) // where the next name in the sentence starts
	if i+1 < len(w.found) && w.found[i+1].sent == f.sent {
		next = w.found[i+1].a
	}
	k := f.b
	for k < next && k-f.b < 3 && ws[k] != "" && unicode.IsUpper([]rune(ws[k])[0]) {
		k++
	}
	if k == f.b || !w.lx.orgCues[ws[k-1]] {
		return f, false
	}
	return w.at(Organization, f.sent, f.a, k, f.conf), true
}

// trim drops words a name does not begin with: "Dear Lupita" is Lupita,
// "President Clinton" is Clinton, "Shadow Chancellor Oliver Letwin" is
// Oliver Letwin, and "Tory Treasurer Lord Ashcroft" is Lord Ashcroft (a
// peer's title is part of his name).
func (w *work) trim(f *found) {
	ws := w.words[f.sent]
	a := f.a
	for a < f.b && (w.lx.salutations[ws[a]] || f.kind == Person && w.lx.titleWords[strings.TrimSuffix(ws[a], ".")] && !w.lx.honorifics[ws[a]]) {
		a++
	}
	if f.kind == Person {
		for k := f.b - 2; k > a; k-- {
			if w.lx.honorifics[ws[k]] {
				a = k
				break
			}
		}
	}
	b := f.b
	for b > a+1 && f.kind == Organization && w.lx.memberRoles[ws[b-1]] {
		b-- // "Labour MPs" are Labour's
	}
	if a == b {
		f.dropped = true
		return
	}
	if a != f.a || b != f.b {
		*f = w.at(f.kind, f.sent, a, b, f.conf)
	}
}

// notAName reports what the tagger may take for a name but an editor would
// not list: months and holidays, peoples ("Brits", "Londoners"), events,
// awards and competitions ("Brit Awards", "Zurich Premiership"), titles of
// works ("My Summer of Love"), a lone letter, a lone "University".
func (w *work) notAName(f *found) bool {
	ws := w.words[f.sent][f.a:f.b]
	if len(f.form) < 2 || w.isDemonym(f.form) || w.credit(f) || partyTag(f.form) {
		return true
	}
	if (w.lx.nonEntities[f.form] || w.lx.nonEntities[strings.ToLower(f.form)]) && !w.surnames[f.form] {
		return true
	}
	if e, listed := w.lx.gaz[f.form]; listed && (e.kind == gazPlace || e.kind == gazOrg) {
		return false
	}
	if f.conf < 3*sure && w.commonWords(ws) && !w.lx.orgCues[ws[len(ws)-1]] {
		return true // "White Paper", "Shadow", "Love Is"
	}
	if len(ws) == 1 {
		// "Maj" of "Maj. Nidal Hasan", a lone "Duke" or "University", an
		// "Election"
		return w.lx.generic[f.form] || w.lx.eventCues[f.form] ||
			w.lx.titleWords[strings.TrimSuffix(f.form, ".")] && (f.kind != Person || f.conf < sure)
	}
	// "Organisation of the Islamic Conference" is no event
	return w.lx.eventCues[strings.TrimSuffix(ws[len(ws)-1], ".")] && !w.lx.orgCues[ws[0]] || w.lx.determiners[ws[0]]
}

// partyTag reports a congressman's party and state written after the
// name, "R-Ky" or "D-N.Y" or "D-NY": no name of its own.
func partyTag(form string) bool {
	if len(form) < 4 || form[1] != '-' || !strings.ContainsRune("RDI", rune(form[0])) {
		return false
	}
	state := strings.TrimSuffix(form[2:], ".")
	return usStates[state] || len(state) == 2 && isCapsWord(state) && unicode.IsUpper(rune(state[0]))
}

// usStates are the states as the AP writes them after a party: "R-Ky.".
var usStates = map[string]bool{}

func init() {
	for _, s := range strings.Fields(`Ala Alaska Ariz Ark Calif Colo Conn Del Fla Ga Hawaii Idaho Ill Ind
		Iowa Kan Kans Ky La Maine Md Mass Mich Minn Miss Mo Mont Neb Nev N.H N.J N.M N.Y N.C N.D Ohio
		Okla Ore Pa R.I S.C S.D Tenn Tex Texas Utah Vt Va Wash W.Va Wis Wyo`) {
		usStates[s] = true
	}
}

// credit reports a hashtag or handle ("#JeSuisBardo", "@BBCNews"), or
// the agency or broadcaster credited where a story opens, "(CNN) --" or
// "LONDON (Reuters) -": the outlet is no name of the story unless the
// story names it again.
func (w *work) credit(f *found) bool {
	src := w.src(w.sents[f.sent].para)
	if f.start > 0 && (src[f.start-1] == '#' || src[f.start-1] == '@') {
		return true
	}
	return w.sents[f.sent].para == 0 && f.start > 0 && f.start < 40 && src[f.start-1] == '(' &&
		f.end < len(src) && src[f.end] == ')' && f.kind == Organization
}

// commonWords reports a name made of ordinary English words only.
func (w *work) commonWords(ws []string) bool {
	for _, x := range ws {
		if !w.common.Has(strings.ToLower(x)) {
			return false
		}
	}
	return true
}

// isDemonym reports "British", "Brits", "Americans": words for a people,
// never one person or a place.
func (w *work) isDemonym(form string) bool {
	if e, ok := w.lx.gaz[form]; ok && e.kind == gazDemonym {
		return true
	}
	if s, ok := strings.CutSuffix(form, "s"); ok {
		if e, ok := w.lx.gaz[s]; ok && e.kind == gazDemonym {
			return true
		}
	}
	if w.lx.demonymPlurals[form] {
		return true
	}
	// "Londoners", "Parisians", "Glaswegians" are people of a listed place
	for _, suf := range [...]string{"ers", "ians", "ans", "ites"} {
		if stem, ok := strings.CutSuffix(form, suf); ok && len(stem) >= 3 {
			for _, p := range [...]string{stem, stem + "e", stem + "a"} {
				if e, ok := w.lx.gaz[p]; ok && e.kind == gazPlace {
					return true
				}
			}
		}
	}
	return false
}

// split turns "Emily Blunt and Nathalie Press", taken for one name, into
// the two people it names. It reports whether it did.
func (w *work) split(i int) bool {
	f := w.found[i]
	ws := w.words[f.sent]
	for k := f.a + 2; k+2 <= f.b; k++ {
		if ws[k] != "and" && ws[k] != "&" {
			continue
		}
		if !w.lx.firstNames[ws[f.a]] || !w.lx.firstNames[ws[k+1]] {
			return false
		}
		first, second := w.at(Person, f.sent, f.a, k, f.conf), w.at(Person, f.sent, k+1, f.b, f.conf)
		w.found[i] = first
		w.found = append(w.found, second)
		return true
	}
	return false
}

// splitTitle parts an organisation from the person it precedes, taken by
// the tagger for one name: "Federal Reserve Governor Lawrence Lindsey" is
// the Federal Reserve and Lawrence Lindsey. It reports whether it did.
func (w *work) splitTitle(i int) bool {
	f := w.found[i]
	ws := w.words[f.sent]
	for k := f.a + 1; k+1 < f.b; k++ {
		e, ok := w.lx.gaz[ws[k]]
		if !ok || e.kind != gazTitle || w.lx.orgCues[ws[f.b-1]] {
			continue
		}
		// "Cardinal Joseph Bernardin", "Director Branko Bilbija": the title
		// and any words of it before it ("Administration Director") go.
		a := k
		for a > f.a+1 && w.lx.titleWords[ws[a-1]] {
			a--
		}
		org, person := w.at(Organization, f.sent, f.a, a, f.conf), w.at(Person, f.sent, k+1, f.b, f.conf)
		w.found[i] = org
		w.found = append(w.found, person)
		return true
	}
	return false
}

// retype settles the kind of a name the tagger may have got wrong.
func (w *work) retype(f *found) Kind {
	ws := w.words[f.sent]
	first, last := ws[f.a], strings.TrimSuffix(ws[f.b-1], ".")
	multi := f.b-f.a > 1
	e, listed := w.lx.gaz[f.form]
	// Liverpool, Roma, Stoke in a sports story are clubs, unless the story
	// is in them ("in Liverpool"; but a "Chelsea" taken for a person is the
	// club wherever it is)
	if w.sport && w.lx.clubs[f.form] && (f.kind == Person || !w.placeCue(f)) {
		f.cued = true
		return Organization
	}
	// "his daughter Florence", "wife Samantha", "coach Wenger": a word for
	// a relative, or for a role before a given name, makes a person.
	if f.kind != Person && !multi && f.a > 0 && (w.lx.kin[strings.ToLower(ws[f.a-1])] ||
		w.lx.firstNames[first] && w.lx.roleWords[strings.ToLower(ws[f.a-1])]) {
		f.cued = true
		return Person
	}
	// "Lord Ashcroft", "Sir Elton John" are people, but "Lord's" a ground
	if f.kind != Person && multi && w.lx.honorifics[first] && ws[f.a+1] != "'s" && ws[f.a+1] != "of" &&
		!listed && !w.lx.placeEnds[last] && !w.lx.orgCues[last] {
		return Person
	}
	// a national side is its country, as in CoNLL: "Zambia beat Malawi"
	if f.kind == Organization && w.lx.countries[f.form] {
		return Place
	}
	// "United" alone in a sports story is a club's short name
	if w.sport && !multi && f.kind != Organization && w.lx.clubEnds[first] {
		return Organization
	}
	// "Birmingham City", "Norwich City" in a sports story are clubs
	if w.sport && multi && f.kind != Organization && w.lx.clubEnds[last] && w.lx.clubs[strings.TrimSuffix(f.form, " "+last)] {
		return Organization
	}
	switch f.kind {
	case Person:
		// "BT Retail": a listed company opens the name
		if e, ok := w.lx.gaz[first]; ok && multi && e.kind == gazOrg && !w.lx.firstNames[first] {
			return Organization
		}
		// "US rival Grey Global", "the firm Omnicom"
		if f.a > 0 && w.lx.orgWords[ws[f.a-1]] && !w.lx.firstNames[first] {
			return Organization
		}
		// "Sumitomo Mitsui Financial", "Omnicom": a company is no person,
		// though "Nathalie Press" is.
		if multi && w.lx.orgCues[last] && !w.lx.firstNames[first] {
			return Organization
		}
		// "Reid Hall", "Wilmslow Road": a building or a street is no person
		if multi && w.lx.placeEnds[last] && !w.lx.firstNames[first] {
			return Place
		}
		// a listed place or company is no person, unless a given name opens
		// it and it is one word ("Jordan"); "Beverly Hills" is a place
		if listed && (multi || !w.lx.firstNames[first]) {
			switch e.kind {
			case gazOrg:
				return Organization
			case gazPlace:
				return Place
			}
		}
	case Place:
		// "Sega" is the company the list knows
		if listed && !multi && e.kind == gazOrg {
			return Organization
		}
		// "Niall Quinn": a first name opens a person's name, not a place's
		if multi && w.lx.firstNames[first] && !w.lx.placeEnds[last] && !listed && f.conf < sure {
			return Person
		}
		if multi && w.lx.orgCues[last] && !w.lx.placeEnds[last] && !(listed && e.kind == gazPlace) {
			return Organization // "Liverpool City Council"
		}
	case Organization:
		// "Liverpool", "Somerset" outside sport are places
		if !multi && !w.sport && listed && e.kind == gazPlace {
			return Place
		}
		if w.lx.firstNames[first] && multi && !w.lx.orgCues[last] && !w.lx.corporate[last] && !listed && !strings.Contains(f.form, "&") {
			return Person
		}
	}
	return f.kind
}

// placeCue reports a name after a word that puts something in a place
// ("in Liverpool", "near Stoke", "city of Leeds") or opening a dateline.
func (w *work) placeCue(f *found) bool {
	ws := w.words[f.sent]
	if f.a == 0 {
		// a dateline: "NOUAKCHOTT 1996-08-30", "AL-AIN, United Arab Emirates"
		return len(ws) <= 8 && f.b < len(ws) && (ws[f.b] == "," || ws[f.b][0] >= '0' && ws[f.b][0] <= '9')
	}
	switch strings.ToLower(ws[f.a-1]) {
	case "in", "at", "near", "from", "outside", "around", "across", "of":
		return ws[f.a-1] != "of" || f.a > 1 && w.lx.placeNouns[strings.ToLower(ws[f.a-2])]
	}
	return false
}

// sportsStory reports a story about sport: its headline names one, or its
// words talk of matches, goals and seasons.
func (w *work) sportsStory() bool {
	n := 0
	for s, ws := range w.words {
		head := w.sents[s].para < 0
		for _, x := range ws {
			if len(x) < 3 {
				continue
			}
			if c, ok := w.lx.sportWords[strings.ToLower(x)]; ok {
				if head && c == 2 {
					return true
				}
				n++
				if n >= 4 {
					return true
				}
			}
		}
	}
	return false
}

func sortFound(fs []found) {
	// insertion sort: at most a few names are out of place
	for i := 1; i < len(fs); i++ {
		for j := i; j > 0 && before(&fs[j], &fs[j-1]); j-- {
			fs[j], fs[j-1] = fs[j-1], fs[j]
		}
	}
}

func before(x, y *found) bool {
	if x.sent != y.sent {
		return x.sent < y.sent
	}
	return x.a < y.a
}

package entity

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"briefing/generator/meta/tagger"
)

// sure is the tagger's confidence above which a name is seldom wrong (see
// tagger.Confident): a name is listed when one of its mentions reaches it,
// or when the word lists know it as what the tagger says it is.
const sure = tagger.Confident

// name is one distinct name of the document: a kind and a spelling, case
// aside.
type name struct {
	kind   Kind
	lower  string
	form   string   // the spelling shown: the first not set in capitals
	alts   []string // other spellings: "LEICESTERSHIRE" beside "Leicestershire"
	words  int
	count  int
	body   int // mentions outside the headline
	first  int // sentence of the first mention
	head   bool
	cued   bool    // a mention's kind comes from a sure cue (see found)
	placed bool    // a mention follows "in", "at", "near", "city of"...
	conf   float64 // best of its mentions
	keep   bool
	vague  bool   // a given name alone, shared by two people named in full
	lone   bool   // a given name alone the tagger was unsure of: kept only as a short form
	joined bool   // two people's names run together (see undecorate)
	decor  bool   // folded into a plainer name by undecorate; its short forms follow it
	into   int    // index of the name it is a short form of; -1 for none
	canon  string // the canonical name of its entity
}

// group gathers the mentions kept into names.
func (w *work) group() {
	idx := make(map[string]int, len(w.found))
	for i := range w.found {
		f := &w.found[i]
		if f.dropped {
			continue
		}
		// "The State Department" is the State Department
		key := strings.TrimPrefix(strings.ToLower(f.form), "the ")
		k, ok := idx[string(rune('0'+f.kind))+key]
		if !ok {
			k = len(w.names)
			idx[string(rune('0'+f.kind))+key] = k
			w.names = append(w.names, name{kind: f.kind, lower: key, form: f.form, first: f.sent, into: -1,
				words: strings.Count(key, " ") + 1})
		}
		f.name = k
		n := &w.names[k]
		n.count++
		if !f.headline {
			n.body++
		}
		n.head = n.head || f.headline
		n.conf = max(n.conf, f.conf)
		n.cued = n.cued || f.cued
		n.placed = n.placed || f.kind == Place && w.placeCue(f)
		if f.form != n.form {
			// prefer the spelling of the body to a headline's capitals
			if n.caps() && !isCapsWord(f.form) || strings.HasPrefix(n.form, "The ") && !strings.HasPrefix(f.form, "The ") {
				n.alts = appendNew(n.alts, n.form)
				n.form = f.form
			} else {
				n.alts = appendNew(n.alts, f.form)
			}
		}
	}
	for i := range w.names {
		n := &w.names[i]
		e, listed := w.lx.gaz[n.form]
		n.keep = n.conf >= sure || n.cued || listed && gazToKind(e.kind) == n.kind || w.namedLike(n)
		// an unlisted one-word place the tagger was not sure of needs a
		// mention that puts something in it ("in Heihe", "city of Heihe"):
		// "Foley" and "Shakespeare" are people the tagger took for places
		if n.keep && n.kind == Place && n.words == 1 && !listed && n.conf < 2*sure && !n.placed {
			n.keep = false
		}
		// a given name alone ("David") names nobody an editor could list,
		// unless the tagger is sure or the story says who ("daughter
		// Florence"); a full name it stands for is found in merge
		if n.kind == Person && n.words == 1 && w.lx.firstNames[n.form] && !n.cued && n.conf < 2*sure {
			n.lone = true
		}
	}
	if !w.sport {
		w.unify()
	}
}

// unify gives a name one kind in a document: "Yugansk" the company is not
// also a place. The kind of most mentions wins, then the surer.
func (w *work) unify() {
	for i := range w.names {
		n := &w.names[i]
		if n.into >= 0 {
			continue
		}
		for j := i + 1; j < len(w.names); j++ {
			m := &w.names[j]
			if m.into >= 0 || m.lower != n.lower {
				continue
			}
			win, lose := i, j
			if w.outranks(m, n) {
				win, lose = j, i
			}
			w.names[lose].into = win
			w.names[win].keep = w.names[win].keep || w.names[lose].keep
			if lose == i {
				break
			}
		}
	}
}

// namedLike reports a name of two or more words that ends as names of its
// kind do ("British Museum", "Heihe River"): kept however unsure the
// tagger was.
func (w *work) namedLike(n *name) bool {
	if n.words < 2 {
		return false
	}
	last := strings.TrimSuffix(n.form[strings.LastIndexByte(n.form, ' ')+1:], ".")
	switch n.kind {
	case Organization:
		return w.lx.orgCues[last] || w.lx.corporate[last]
	case Place:
		return w.lx.placeEnds[last]
	}
	return false
}

// caps reports a name seen only in capitals, as in a Reuters headline.
func (n *name) caps() bool { return isCapsWord(n.form) && len(n.form) > 4 }

func isCapsWord(s string) bool {
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
	}
	return true
}

func appendNew(list []string, s string) []string {
	for _, x := range list {
		if x == s {
			return list
		}
	}
	return append(list, s)
}

// merge folds short forms into the full name the document uses: "Jobs"
// into "Steve Jobs", "Microsoft" into "Microsoft Corp", "SEC" into
// "Securities and Exchange Commission", "U.S." into "United States".
func (w *work) merge() {
	w.personalise()
	w.undecorate()
	for i := range w.names {
		n := &w.names[i]
		if n.into >= 0 {
			continue // unified with the same name of another kind
		}
		if j := w.fullForm(i); j >= 0 {
			n.into = j
		}
	}
	// follow chains to their end and settle each entity's name
	for i := range w.names {
		n := &w.names[i]
		for n.into >= 0 && w.names[n.into].into >= 0 {
			n.into = w.names[n.into].into
		}
	}
	for i := range w.names {
		n := &w.names[i]
		if n.into >= 0 {
			c := &w.names[n.into]
			c.keep = c.keep || n.keep
			continue
		}
		n.canon = n.form
		if n.caps() && w.caps && n.alts == nil && !w.isAcronym(n.form) {
			n.canon = titleCase(n.form) // "AL-AIN" only in a headline in capitals
		}
	}
	for i := range w.names {
		if n := &w.names[i]; n.into >= 0 {
			n.canon = w.names[n.into].canon
		}
	}
}

// undecorate folds a person's name run together with a word before or
// after it into the plainer name the story uses more: "Crooked Hillary
// Clinton" (an epithet in a quotation) into "Hillary Clinton". A run
// holding two people's names ("Chris Christie Calls Hillary Clinton", a
// headline in title case) names nobody.
func (w *work) undecorate() {
	for i := range w.names {
		n := &w.names[i]
		if n.kind != Person || n.words < 3 || n.into >= 0 {
			continue
		}
		plain, seen := -1, -1
		for j := range w.names {
			m := &w.names[j]
			if j == i || m.kind != Person || m.words < 2 || m.words >= n.words || m.into >= 0 || !edgeOf(m.lower, n.lower) {
				continue
			}
			if m.count <= n.count && !(n.body == 0 && m.body > 0) {
				continue // the longer name is the story's own: "John F. Kennedy"
			}
			if seen >= 0 && !edgeOf(w.names[seen].lower, m.lower) && !edgeOf(m.lower, w.names[seen].lower) {
				plain = -2 // two people
				break
			}
			seen = j
			// the plainer name opens with a given name (or the longer is a
			// headline's) and the words it lacks hold none: "Hillary Clinton"
			// in "Crooked Hillary Clinton", not "Baez Silva" in "Carlos Baez
			// Silva" nor "Sir Elton" in "Sir Elton John"
			if !w.lx.firstNames[strings.Fields(m.form)[0]] && n.body > 0 || w.givenIn(n.form, m.form) {
				continue
			}
			if plain < 0 || m.words > w.names[plain].words {
				plain = j
			}
		}
		switch {
		case plain >= 0:
			n.into, n.decor = plain, true
			w.names[plain].keep = w.names[plain].keep || n.keep
		case plain == -2:
			n.keep, n.joined = false, true
		}
	}
}

// givenIn reports whether the words of long that short lacks hold a given
// name.
func (w *work) givenIn(long, short string) bool {
	lw, sw := strings.Fields(long), strings.Fields(short)
	rest := lw[len(sw):] // short closes long
	if strings.EqualFold(strings.Join(lw[len(lw)-len(sw):], " "), short) {
		rest = lw[:len(lw)-len(sw)]
	} else if !strings.EqualFold(strings.Join(lw[:len(sw)], " "), short) {
		return false
	}
	for _, x := range rest {
		if w.lx.firstNames[x] {
			return true
		}
	}
	return false
}

// personalise makes a person of an unsure name of another kind that ends
// in a name the document surely gives a person: "Niall Quinn", taken for a
// place, beside "Quinn", surely a person.
func (w *work) personalise() {
	for i := range w.names {
		n := &w.names[i]
		if n.kind == Person || n.words < 2 || n.conf >= sure {
			continue
		}
		last := n.lower[strings.LastIndexByte(n.lower, ' ')+1:]
		for j := range w.names {
			if m := &w.names[j]; m.kind == Person && m.words == 1 && m.conf >= sure && m.lower == last {
				n.kind = Person
				break
			}
		}
	}
}

// fullForm returns the name that name i is a short form of, or -1.
func (w *work) fullForm(i int) int {
	n := &w.names[i]
	best := -1
	for j := range w.names {
		m := &w.names[j]
		if j == i || m.into >= 0 && !m.decor || m.joined || m.words <= n.words && !(n.kind == m.kind && n.kind != Person) {
			continue
		}
		if m.decor && w.root(m.into) == i {
			continue
		}
		ok := false
		switch {
		case n.kind == Person && m.kind == Person:
			ok = edgeOf(n.lower, m.lower)
		case m.kind == Person && n.words == 1 && m.words >= 2:
			// "Virginia" after "Virginia Roberts", "Staunton" after "Imelda
			// Staunton": a first name, an unsure word or an unlisted one that
			// names a person the document has named in full
			e, listed := w.lx.gaz[n.form]
			ok = edgeOf(n.lower, m.lower) && (n.conf < sure ||
				w.lx.firstNames[n.form] && strings.HasPrefix(m.lower, n.lower+" ") ||
				!(listed && e.kind == gazPlace) && edgeOf(n.lower, m.lower) && !strings.HasPrefix(m.lower, n.lower+" "))
		case m.kind == Organization && n.kind != Organization && n.words == 1 && m.words >= 2:
			// "Daiwa" beside "Daiwa Securities"
			_, listed := w.lx.gaz[n.form]
			ok = !listed && (strings.HasPrefix(m.lower, n.lower+" ") && w.orgTail(lastWords(m.form, m.words-n.words)) ||
				w.sport && n.conf < sure && edgeOf(n.lower, m.lower)) // "United", taken for a place
		case n.kind == Organization && m.kind == Organization:
			// "Microsoft Corp", "SEC", "Lib Dems", and a club's short name:
			// "United" of "Manchester United", "Atletico" of "Atletico Madrid"
			_, listed := w.lx.gaz[n.form]
			ok = m.words > n.words && (strings.HasPrefix(m.lower, n.lower+" ") && w.corporate(lastWords(m.form, m.words-n.words)) ||
				n.words == 1 && w.isAcronym(n.form) && initials(m.form) == n.form ||
				n.words == 1 && w.sport && !listed && edgeOf(n.lower, m.lower)) ||
				w.aliases(n, m, gazOrg)
		case n.kind == Place && m.kind == Place:
			ok = w.aliases(n, m, gazPlace)
		}
		if !ok {
			continue
		}
		if best >= 0 && w.names[best].lower != m.lower && w.root(best) != w.root(j) {
			if m.kind == w.names[best].kind && (m.kind == Person || w.sport) {
				// two people share the word, or two clubs: leave it alone,
				// or drop a lone given name ("Ken" beside two Kens)
				n.vague = n.kind == Person && n.words == 1 && w.lx.firstNames[n.form]
				return -1
			}
			if m.words <= w.names[best].words {
				continue
			}
		}
		best = j
	}
	return best
}

// root is the name that name i is folded into so far, or i.
func (w *work) root(i int) int {
	for n := 0; w.names[i].into >= 0 && n < len(w.names); n++ {
		i = w.names[i].into
	}
	return i
}

// lastWords is the last k words of form. A name's key drops a leading
// "the" ("The Daiwa Bank" is keyed "daiwa bank"), so what follows a short
// form within a longer one is counted from the end, never cut by bytes.
func lastWords(form string, k int) string {
	ws := strings.Fields(form)
	if k <= 0 {
		return ""
	}
	return strings.Join(ws[max(len(ws)-k, 0):], " ")
}

// outranks reports that m's kind is likelier than n's for their name: a
// kind settled by context ("daughter Florence") beats the word list, which
// beats the tagger's count of mentions, then its confidence.
func (w *work) outranks(m, n *name) bool {
	if m.cued != n.cued {
		return m.cued
	}
	if a, b := w.listedAs(m), w.listedAs(n); a != b {
		return a
	}
	return m.count > n.count || m.count == n.count && m.conf > n.conf
}

// listedAs reports that the word lists know n as a name of its kind.
func (w *work) listedAs(n *name) bool {
	e, ok := w.lx.gaz[n.form]
	return ok && gazToKind(e.kind) == n.kind
}

// aliases reports that the word list knows n and m as one place or
// organisation ("U.S." and "United States", "Lib Dems" and "Liberal
// Democrats") and m is the fuller form.
func (w *work) aliases(n, m *name, k gazKind) bool {
	a, aok := w.lx.gaz[n.form]
	b, bok := w.lx.gaz[m.form]
	return aok && bok && a.kind == k && b.kind == k && a.canonical == b.canonical &&
		(m.words > n.words || m.words == n.words && len(m.form) > len(n.form))
}

// edgeOf reports that the words of short open or close the words of long:
// "jobs" of "steve jobs", "xi" of "xi jinping".
func edgeOf(short, long string) bool {
	for _, suf := range [...]string{" jr.", " jr", " sr.", " sr", " ii", " iii", " iv"} {
		long = strings.TrimSuffix(long, suf) // "Nowsch" of "Erich Nowsch Jr."
	}
	return strings.HasSuffix(long, " "+short) || strings.HasPrefix(long, short+" ")
}

// corporate reports words that only say what form a company takes:
// "Corp", "Inc", "Co Ltd", "Group".
func (w *work) corporate(rest string) bool {
	for _, x := range strings.Fields(rest) {
		if !w.lx.corporate[strings.TrimSuffix(x, ".")] {
			return false
		}
	}
	return true
}

// orgTail reports words that end an organisation's name: "Securities",
// "Motor Corp".
func (w *work) orgTail(rest string) bool {
	for _, x := range strings.Fields(rest) {
		x = strings.TrimSuffix(x, ".")
		if !w.lx.corporate[x] && !w.lx.orgCues[x] {
			return false
		}
	}
	return true
}

// isAcronym reports a name in capitals that is an acronym, not a word set
// in capitals: short, or listed ("NATO", "CCTV").
func (w *work) isAcronym(s string) bool {
	if _, ok := w.lx.gaz[s]; ok {
		return true
	}
	return len(s) <= 4 && isCapsWord(s) || !strings.ContainsAny(s, "AEIOU")
}

// initials is "SEC" for "Securities and Exchange Commission".
func initials(name string) string {
	var b strings.Builder
	for _, x := range strings.Fields(name) {
		switch x {
		case "of", "and", "the", "for", "&", "de", "du":
			continue
		}
		r, _ := utf8.DecodeRuneInString(x)
		if unicode.IsUpper(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// titleCase writes a name set in capitals as a name: "AL-AIN" as "Al-Ain",
// "NEW YORK" as "New York".
func titleCase(s string) string {
	b := []rune(strings.ToLower(s))
	up := true
	for i, r := range b {
		if up && unicode.IsLetter(r) {
			b[i] = unicode.ToUpper(r)
		}
		up = r == ' ' || r == '-' || r == '.' || r == '\''
	}
	return string(b)
}

package figure

import (
	"strings"

	"briefing/generator/meta/entity"
	"briefing/generator/meta/text"
)

// maxMeasureWords is the longest measure worth showing beside a figure.
const maxMeasureWords = 12

// measure returns what the figure on tokens [va,vb) of cl measures, read
// off the phrases around it, or "" when the clause does not say clearly
// (the figure is then left out: an unexplained number is noise). unit is
// the count's unit ("people" of "400 people"); prev is the figure before it
// in the clause, if any.
//
// In order:
//
//	a $2bn deal to buy Gillette      -> deal to buy Gillette (the noun the value qualifies)
//	a pre-tax profit of £546m        -> pre-tax profit (the noun it is "of")
//	40% of Starbucks employees are   -> share of Starbucks employees that are minorities
//	profits rose 12% to £546m        -> rise in profits; profits (the subject of its verb)
//	Google paid $1.65bn for YouTube  -> what Google paid for YouTube
//	AOL lost 464,000 subscribers     -> subscribers AOL lost
//	26 militants were killed in ...  -> militants killed in the operation
//	..., up 30 percent               -> rise in (the figure before's measure)
func (cl *clause) measure(va, vb int, kind figKind, unit string, prev *fig) string {
	c := cl.chunkOf[va]
	if c < 0 || cl.rangeEnd(va, vb) {
		return ""
	}
	ch := cl.chunks[c]
	e := cl.chunkOf[vb-1] // the chunk the value ends in: what follows it starts after e
	if kind == figCount && !cl.countable(va, vb, unit) {
		return ""
	}
	b := va - 1
	for b > 0 && approxAdverbs[cl.word(b)] {
		b--
	}
	if vb+1 < len(cl.toks) && cl.word(vb+1) == "than" && comparatives[cl.word(vb)] {
		return "" // "£300 less than": a difference
	}
	if va > 0 && (cl.word(va-1) == "below" || cl.word(va-1) == "above" || cl.word(va-1) == "beneath" || cl.word(va-1) == "between") {
		return "" // "below 3% of GDP": a bound; "between £40m-£50m": a range
	}
	if vb < len(cl.toks) && (cl.word(vb) == "above" || cl.word(vb) == "below" || cl.word(vb) == "ahead" || cl.word(vb) == "behind") {
		return "" // "11% above the high-street average": a difference
	}
	if va > 1 && (cl.word(va-1) == "with" || cl.word(va-1) == "to") && (cl.word(va-2) == "compared" || cl.word(va-2) == "against") || va > 0 && (cl.word(va-1) == "versus" || cl.word(va-1) == "against") {
		return "" // "compared with 874.2m rupees a year earlier": the value before
	}
	if va > 0 && (cl.pos[va-1] == "JJS" && cl.word(va-1) != "least" && cl.word(va-1) != "most" || cl.word(va-1) == "top" || cl.word(va-1) == "bottom") {
		return "" // "the poorest 20% of society": a group, not a measure
	}
	if b > 0 && cl.word(b) == "than" && !approx[cl.word(b-1)] || va > 1 && cl.word(va-1) == "in" && (cl.word(va-2) == "one" || cl.pos[va-2] == "CD") {
		return "" // a bound ("higher than $599") or a rate ("one in 16 messages")
	}
	// "a 13.8% rise in numbers", "20% of the total": numbers of what?
	if k := e + 2; k < len(cl.chunks) && cl.chunks[e+1].typ == "PP" && cl.chunks[k].typ == "NP" && cl.generic(cl.chunks[k].b-1) && cl.chunks[k].b-cl.chunks[k].a <= 2 {
		return ""
	}
	// 1. the noun the value qualifies: "a $2bn deal", "a 10% stake in Google"
	if kind != figCount && ch.typ == "NP" {
		h := vb
		for h < ch.b && (cl.noun(h) || cl.pos[h] == "JJ" || cl.pos[h] == "VBG" || cl.pos[h] == "HYPH") && !notHeads[cl.word(h)] {
			h++
		}
		nc := e
		if h == vb && h == ch.b && e+1 < len(cl.chunks) && (cl.chunks[e+1].typ == "NP" || cl.chunks[e+1].typ == "VP") && cl.noun(cl.chunks[e+1].a) {
			// the chunker cut "a $57bn takeover" after the value
			nc = e + 1
			for h = cl.chunks[nc].a; h < cl.chunks[nc].b && (cl.noun(h) || cl.pos[h] == "JJ" || cl.pos[h] == "HYPH") && !notHeads[cl.word(h)]; h++ {
			}
			if h < cl.chunks[nc].b {
				h = vb // more than nouns: not the value's noun
			}
		}
		if h > vb && cl.noun(h-1) && !(cl.generic(h-1) && h-vb == 1) && !cl.unitNoun(h-1) {
			c, e = nc, nc
			rest, last := cl.afterParts(e, 2)
			if rest == "" && needsComplement[cl.word(h-1)] || cl.cut(last) || cl.recordOnly(vb, h) {
				return ""
			}
			np, ok := cl.owned(c, cl.phrase(vb, h))
			if !ok {
				return ""
			}
			return cl.finishNP(np, rest, cl.when(e))
		}
	}
	generic := false
	// 2. "a profit of £546m": the noun it is "of"
	if c >= 2 && cl.chunks[c-1].typ == "PP" && cl.word(cl.chunks[c-1].a) == "of" && cl.chunks[c-2].typ == "NP" {
		np := cl.chunks[c-2]
		if (cl.pos[np.a] == "POS" || cl.word(np.a) == "'") && c >= 3 && cl.chunks[c-3].typ == "NP" {
			np.a = cl.chunks[c-3].a // "analysts' forecasts of £532m"
		}
		if vb < len(cl.toks) && cl.word(vb) == "(" || cl.pos[np.a] == "VBG" {
			return "" // "Rome's provision of a 400m euro ($495m) loan": the loan, cut off; "Attaining earnings of $10"
		}
		head := cl.word(np.b - 1)
		switch {
		case head == "rate" || head == "pace" || head == "share" || head == "proportion":
			return "" // "at an annual rate of 3.7%": a rate of what, the clause seldom says
		case cl.generic(np.b - 1):
			c = c - 2 // "a total of 400 people were killed": read the total's clause
			generic = true
		case kind != figCount || changeNouns[head] || countHeads[head]:
			m := cl.phrase(np.a, np.b)
			// "a rise in spending of 14.8%": the change, not its object
			if c >= 4 && cl.chunks[c-3].typ == "PP" && cl.chunks[c-4].typ == "NP" && changeNouns[cl.word(cl.chunks[c-4].b-1)] {
				m = cl.phrase(cl.chunks[c-4].a, np.b)
			}
			rest := ""
			if changeNouns[head] {
				rest = cl.after(e, 1)
				if rest == "" && head != "growth" {
					return "" // "a rise of 0.4% in the first month": a rise in what? (growth is the economy's)
				}
			}
			if cl.recordOnly(np.a, np.b) {
				return ""
			}
			m, ok := cl.owned(c-2, m)
			if !ok {
				return ""
			}
			return cl.finishNP(m, rest, cl.when(e))
		default:
			return "" // "the analysis of 35 million molecules" says nothing of them
		}
	}
	// 3. "40% of Starbucks employees ...": a share
	if kind == figPercent && !generic && e+2 < len(cl.chunks) && cl.chunks[e+1].typ == "PP" && cl.word(cl.chunks[e+1].a) == "of" && cl.chunks[e+2].typ == "NP" {
		of := cl.chunks[e+2]
		k := e + 2
		// "of member states' combined incomes": the possessor's noun too
		for k+1 < len(cl.chunks) && cl.chunks[k+1].typ == "NP" && (cl.pos[cl.chunks[k].b-1] == "POS" || cl.pos[cl.chunks[k+1].a] == "POS" || strings.HasSuffix(cl.toks[cl.chunks[k].b-1].Text, "'")) {
			k++
			of.b = cl.chunks[k].b
		}
		if last := cl.toks[of.b-1].Text; !cl.noun(of.b-1) || cl.pos[of.b-1] == "POS" || strings.HasSuffix(last, "'") || strings.HasSuffix(last, "’") || cl.hasNumber(chunk{"NP", of.a, of.b}) || cl.pos[of.a] == "$" {
			return "" // "3% of the most well off", "1% of member states' ..."
		}
		share := "share of " + cl.lower(of.a, of.b)
		if cl.word(of.b-1) == "share" {
			share = cl.phrase(of.a, of.b) // "7.4% of the market share"
		}
		if k+2 < len(cl.chunks) && cl.chunks[k+1].typ == "PP" && cl.chunks[k+2].typ == "NP" && !cl.hasNumber(cl.chunks[k+2]) && sharePreps[cl.word(cl.chunks[k+1].a)] {
			k += 2 // "of visitors to the Library"
			share += " " + cl.span(cl.chunks[k-1].a, cl.chunks[k].b)
		}
		if k+1 < len(cl.chunks) && cl.chunks[k+1].typ == "VP" {
			rel := " that "
			vp := cl.chunks[k+1]
			if p := cl.pos[vp.a]; p == "VBG" || p == "TO" || p == "VBN" && k+2 < len(cl.chunks) && cl.chunks[k+2].typ == "PP" {
				rel = " " // "of road crashes resulting in death", "of revenue to come from", "of votes cast by"
			}
			if thinkVerbs[cl.word(cl.chunks[k+1].b-1)] {
				return "" // "75% of respondents thought action was ...": a clause
			}
			if pr, ok := cl.predicateWhole(k + 1); ok && len(strings.Fields(pr)) >= 2 {
				return cl.finish(share + rel + pr)
			}
			return "" // "14% of people aged": aged what?
		}
		if v := cl.verbBefore(c); v >= 0 && cl.pos[cl.chunks[v].a] != "VBG" {
			if sa, sb := cl.subjectBefore(v); sb > sa && !cl.pronoun(sa, sb) {
				verb := cl.word(cl.chunks[v].b - 1)
				if isVerb(linkVerbs, verb) || shareVerbs[verb] {
					// "Firefox's market share is now about 5% of all users";
					// "China accounted for 20.1% of Japan's trade"
					if cl.generic(sb-1) || cl.word(sb-1) == "share" || cl.word(sb-1) == "shares" {
						return cl.finish(cl.phrase(sa, sb))
					}
					owner := cl.lower(sa, sb)
					if strings.HasSuffix(owner, "s") && !cl.proper(sb-1) {
						owner += "'"
					} else {
						owner += "'s"
					}
					return cl.finish(owner + " " + share)
				}
				if m := cl.finish(share + " " + cl.lower(sa, sb) + " " + cl.verbText(v) + cl.particle(v) + prepText(cl.prepBetween(v, c), true)); m != "" {
					return m
				}
			}
		}
		// A share alone ("5% of the world's population") does not say whose
		// it is, nor what of it ("15% of the budget" as a cap).
		return ""
	}
	// 4. the value is the subject: "26 militants were killed in the operation"
	if e+1 < len(cl.chunks) && cl.chunks[e+1].typ == "VP" && !cl.speech(e+1) && cl.opensClause(c) {
		vp := cl.chunks[e+1]
		p := cl.passive(vp)
		switch {
		case kind == figCount && p >= 0 && p-vp.a <= 2:
			obj, last := cl.objectParts(e + 1)
			if cl.cut(last) {
				return "" // "people banned [from playing ...]"
			}
			if strings.TrimSpace(obj+cl.when(e+1)) == "" && !isVerb(doneVerbs, cl.word(vp.b-1)) {
				return "" // "277 million enquiries were made": made of what?
			}
			return cl.finish(unit + " " + cl.span(p, vp.b) + obj + cl.when(e+1))
		case kind == figCount:
			if cl.valueAfter(e + 1) {
				return "" // "10 gadgets will set you back £7,455": the sum is the figure
			}
			rel := " that "
			if isPeople(lastOf(unit)) {
				rel = " who "
			}
			if cl.pos[vp.a] == "VBG" || cl.pos[vp.a] == "VBN" || cl.pos[vp.a] == "TO" || c > 0 && cl.word(cl.chunks[c-1].a) == "with" {
				rel = " " // "14 films competing", "with 420,000 copies pre-ordered"
			}
			if n := e + 2; n < len(cl.chunks) && cl.chunks[n].typ == "NP" && cl.generic(cl.chunks[n].b-1) {
				return "" // "600,000 connections take the total to ...": the total is the point
			}
			pr, ok := cl.predicateWhole(e + 1)
			if !ok || pr == cl.span(vp.a, vp.b) && !isVerb(doneVerbs, cl.word(vp.b-1)) {
				return "" // "270 hunts met [legally on Saturday]": met how, to what end?
			}
			return cl.finish(unit + rel + pr)
		case kind == figMoney && p >= 0 && isVerb(dealVerbs, cl.word(vp.b-1)):
			return cl.finish("what " + cl.span(vp.a, vp.b) + cl.after(e+1, 2))
		}
		return ""
	}
	// 4b. a participle after the value: "the $5.1bn paid by UK broadcasters
	// for the Premier League", "300 explosive devices planted in the streets"
	k := e + 1
	if k < len(cl.chunks) && cl.chunks[k].typ == "ADVP" {
		k++
	}
	if k < len(cl.chunks) && cl.chunks[k].typ == "VP" && cl.pos[cl.chunks[k].a] == "VBN" {
		vp := cl.chunks[k]
		if kind != figPercent && (kind == figCount || isVerb(dealVerbs, cl.word(vp.b-1))) {
			return cl.finish(strings.TrimSpace(unit+" "+cl.span(vp.a, vp.b)) + cl.object(k) + cl.when(k))
		}
	}
	// 5. the subject of the verb the value completes: "profits rose to £546m"
	if v := cl.verbBefore(c); v >= 0 {
		prep := cl.prepBetween(v, c)
		if prep == "from" {
			return "" // the level something moved from
		}
		sa, sb := cl.subjectBefore(v)
		if sb <= sa || cl.pronoun(sa, sb) || cl.generic(sb-1) {
			return ""
		}
		subj := cl.phrase(sa, sb)
		lone := false // "with sales rising 8%", "prices rose by 3%": whose?
		if w := strings.Fields(subj); len(w) == 1 && !selfContained[strings.ToLower(w[0])] && !cl.proper(sb-1) && strings.ToLower(w[0]) == w[0] {
			lone = true
		}
		verb := cl.word(cl.chunks[v].b - 1)
		if v+1 < len(cl.chunks) && cl.chunks[v+1].typ == "PRT" {
			verb += " " + cl.word(cl.chunks[v+1].a) // "make up", "add up"
		}
		change := changeVerbs[verb]
		if vb < len(cl.toks) && changeVerbs[cl.word(vb)] != "" {
			change = changeVerbs[cl.word(vb)] // "sales were 9.3% higher"
		}
		for k := v + 1; k < c; k++ {
			if cl.chunks[k].typ == "ADVP" && changeVerbs[cl.word(cl.chunks[k].a)] != "" {
				change = changeVerbs[cl.word(cl.chunks[k].a)] // "streams were up 769%"
			}
		}
		switch {
		case kind == figCount:
			if isVerb(countVerbs, verb) && sb-sa <= 7 {
				return cl.finish(unit + " " + cl.lower(sa, sb) + " " + cl.verbText(v) + prepText(prep, true) + cl.after(e, 1) + cl.when(e))
			}
			return ""
		case lone && (change != "" || isVerb(linkVerbs, verb)):
			return ""
		case change != "":
			if prep == "to" || prep == "at" {
				return cl.finish(subj + cl.when(e))
			}
			return cl.finish(change + " in " + subj + cl.when(e))
		case isVerb(linkVerbs, verb) && !cl.name(sa, sb):
			if sb-sa == 1 && needsComplement[cl.word(sa)] || sb-sa == 2 && dropFirst[cl.word(sa)] && needsComplement[cl.word(sa+1)] {
				return "" // "the probability was about 75%": of what?
			}
			return cl.finish(subj + cl.when(e))
		case isVerb(dealVerbs, verb):
			if cl.word(sa) == "no" || cl.pos[cl.chunks[v].a] == "VBG" {
				return "" // "no fare will be priced higher", "young people making below $25,000"
			}
			if prep == "at" && !isVerb(priceVerbs, verb) {
				return "" // "plans to buy back shares at 570 rupees apiece": a price per share
			}
			return cl.finish("what " + cl.lower(sa, sb) + " " + cl.verbText(v) + prepText(prep, false) + cl.after(e, 2) + cl.when(e))
		}
		return ""
	}
	// 6. "..., up 30 percent": a change in what the figure before measures
	if kind == figPercent && prev != nil && prev.measure != "" && c > 0 && cl.chunks[c-1].typ == "ADVP" {
		if ch := changeVerbs[cl.word(cl.chunks[c-1].a)]; ch != "" {
			return ch + " in " + strings.TrimPrefix(strings.TrimPrefix(prev.measure, "rise in "), "fall in ")
		}
	}
	return ""
}

// finishNP is finish for a measure read off a noun phrase np and what
// follows it: one word alone ("fortune", "revenue last year") rarely says
// whose or of what, unless a complement follows ("takeover by Procter &
// Gamble") or the word says it alone ("growth").
func (cl *clause) finishNP(np, complement, time string) string {
	if len(strings.Fields(np)) < 2 && complement == "" && !selfContained[strings.ToLower(np)] {
		return ""
	}
	return cl.finish(np + complement + time)
}

// cut reports whether a measure whose last chunk is k stops short of a
// phrase that completes it: a noun phrase going on ("school sports
// [clubs]"), a preposition before a verb ("banned [from playing]") or a
// threshold ("on incomes [over £100,000]").
func (cl *clause) cut(k int) bool {
	n := k + 1
	if n >= len(cl.chunks) {
		return false
	}
	switch ch := cl.chunks[n]; ch.typ {
	case "NP":
		return cl.pos[ch.a] != "WDT" && cl.pos[ch.a] != "WP" && !cl.timeNP(ch) && !cl.hasNumber(ch)
	case "PP":
		if n+1 < len(cl.chunks) {
			next := cl.chunks[n+1]
			return next.typ == "VP" || next.typ == "NP" && cl.hasNumber(next) && !cl.timeNP(next)
		}
	}
	return false
}

// recordOnly reports whether tokens [a,b) are a generic noun with only
// words that rank it: "record level", "all-time high".
func (cl *clause) recordOnly(a, b int) bool {
	if !cl.generic(b - 1) {
		return false
	}
	for i := a; i < b-1; i++ {
		if !rankers[cl.word(i)] && !dropFirst[cl.word(i)] && cl.pos[i] != "CD" && cl.pos[i] != "$" {
			return false
		}
	}
	return true
}

// owned returns noun phrase np with its owner, the subject of the verb of
// having it ("Federated has annual sales of $15.6bn" -> Federated's annual
// sales), or np alone when no such verb governs it; false when the owner
// is a pronoun the measure cannot name.
func (cl *clause) owned(c int, np string) (string, bool) {
	if strings.Contains(np, "'s") || strings.Contains(np, "’s") {
		return np, true
	}
	v := cl.verbBefore(c)
	if v < 0 || !ownerVerbs[cl.word(cl.chunks[v].b-1)] {
		return np, true
	}
	sa, sb := cl.subjectBefore(v)
	if sb <= sa {
		return np, true
	}
	if cl.pronoun(sa, sb) {
		return "", false
	}
	owner := cl.lower(sa, sb)
	if strings.HasSuffix(owner, "s") && !cl.proper(sb-1) {
		return owner + "' " + np, true
	}
	return owner + "'s " + np, true
}

// object returns what completes a passive verb phrase k: its object and
// the phrases after ("expected to attend the trade show").
func (cl *clause) object(k int) string {
	s, _ := cl.objectParts(k)
	return s
}

// objectParts is object, and the last chunk it took.
func (cl *clause) objectParts(k int) (string, int) {
	if k+1 < len(cl.chunks) {
		if n := cl.chunks[k+1]; n.typ == "PRT" || n.typ == "ADJP" || n.typ == "NP" && !cl.hasNumber(n) && !cl.timeNP(n) {
			end := k + 1
			for end+1 < len(cl.chunks) && cl.chunks[end+1].typ == "NP" && cl.pos[cl.chunks[end+1].a] == "POS" {
				end++ // "the campaign['s website]"
			}
			rest, last := cl.afterParts(end, 1)
			return " " + cl.span(n.a, cl.chunks[end].b) + rest, last
		}
	}
	return cl.afterParts(k, 2)
}

// valueAfter reports whether a value follows verb phrase k in its clause.
func (cl *clause) valueAfter(k int) bool {
	for j := k + 1; j < len(cl.chunks) && j <= k+4; j++ {
		ch := cl.chunks[j]
		if ch.typ == "O" && cl.word(ch.a) == "," {
			return false
		}
		if cl.hasNumber(ch) || cl.pos[ch.a] == "$" {
			return true
		}
	}
	return false
}

// lower is the text of [a,b) with a sentence's capital dropped from an
// ordinary word ("Shares in Cairn", "The party"; not "Swiss").
func (cl *clause) lower(a, b int) string {
	s := cl.span(a, b)
	w := cl.toks[0].Text
	if a != 0 || s == "" || len(w) > 1 && w == strings.ToUpper(w) {
		return s
	}
	if entity.IsKnownName(w) || cl.pos[0] == "NNP" || cl.pos[0] == "NNPS" ||
		len(cl.toks) > 1 && (cl.pos[1] == "POS" || cl.proper(1) && cl.pos[0] != "DT" && !cl.proper(0)) {
		return s // "France Telecom", "Next's shares", "Home Office spending"
	}
	for _, suf := range [...]string{"ment", "tion", "sion", "ness", "ity", "ance", "ence", "ism", "ship", "ings"} {
		if strings.HasSuffix(cl.word(0), suf) {
			return strings.ToLower(s[:1]) + s[1:] // "Unemployment", "Earnings": a common noun
		}
	}
	switch cl.pos[0] {
	case "DT", "PRP$", "CD", "RB", "IN":
	default:
		pre, _, hyphen := strings.Cut(cl.word(0), "-")
		if !text.CommonWords().Has(cl.word(0)) && !text.CommonWords().Has(strings.TrimSuffix(cl.word(0), "s")) && !(cl.pos[0] == "JJ" && hyphen && prefixes[pre]) {
			return s // "Swiss cement firm Holcim", not "Pre-tax profits"
		}
	}
	return strings.ToLower(s[:1]) + s[1:]
}

// rangeEnd reports whether [va,vb) is an end of a range: "from $100 to
// $20,000", "A$7.17 to A$8.24", "between 20 and 35". Neither end measures
// anything alone.
func (cl *clause) rangeEnd(va, vb int) bool {
	w := func(i int) string {
		if i < 0 || i >= len(cl.toks) {
			return ""
		}
		return cl.word(i)
	}
	num := func(i int) bool {
		for j := i; j < len(cl.toks) && j <= i+1; j++ {
			if cl.pos[j] == "CD" || strings.ContainsAny(cl.toks[j].Text, "0123456789") {
				return true
			}
		}
		return false
	}
	from := func(i int) bool { // "from 5.2% to 4.8%": a change, not a range
		for j := i; j >= 0 && j >= i-2; j-- {
			if cl.word(j) == "from" {
				return true
			}
		}
		return false
	}
	between := false
	for i := va - 1; i >= 0 && i >= va-3; i-- {
		between = between || w(i) == "between"
	}
	if (w(vb) == "to" || w(vb) == "-" || w(vb) == "or" || w(vb) == "and" && between) && num(vb+1) {
		return true
	}
	if w(va-1) == "and" {
		for j := va - 2; j >= 0 && j >= va-6; j-- {
			if w(j) == "between" {
				return true // "between 57% and 73%"
			}
		}
	}
	return va >= 2 && (w(va-1) == "to" || w(va-1) == "-") && cl.pos[va-2] == "CD" && !from(va-3) ||
		va >= 3 && w(va-1) == "to" && (cl.pos[va-2] == "NN" || cl.pos[va-2] == "NNS") && cl.pos[va-3] == "CD" && !from(va-4)
}

// countable reports whether the count [va,vb) counts something a measure
// can be about: its unit a plural noun that is not a unit of time, length
// or score ("14 years", "330 feet", "44 points"), and not part of a
// larger phrase ("16 out of the top 20 titles").
func (cl *clause) countable(va, vb int, unit string) bool {
	if unit == "" || !strings.HasPrefix(cl.pos[vb-1], "NNS") && cl.pos[vb-1] != "NNPS" {
		return false
	}
	if cl.unitNoun(vb-1) || cl.word(vb-1) == "others" || cl.word(vb-1) == "more" {
		return false
	}
	if va >= 2 && cl.word(va-1) == "the" && (cl.word(va-2) == "of" || cl.word(va-2) == "top") {
		return false
	}
	return true
}

// unitNoun reports whether token i is a unit of time, length, weight or
// score rather than something counted.
func (cl *clause) unitNoun(i int) bool { return units[cl.word(i)] }

// speech reports whether chunk k is a reporting verb: a value before
// "said" opens a clause of its own.
func (cl *clause) speech(k int) bool { return speechVerbs[cl.word(cl.chunks[k].b-1)] }

// predicate returns the verb phrase k with what completes it: its object
// or complement and the phrases after, up to a comma.
func (cl *clause) predicate(k int) string {
	vp := cl.chunks[k]
	if k+1 < len(cl.chunks) && cl.chunks[k+1].typ == "PRT" {
		k++
		vp.b = cl.chunks[k].b
	}
	s := cl.span(vp.a, vp.b)
	if k+1 < len(cl.chunks) {
		if n := cl.chunks[k+1]; (n.typ == "NP" || n.typ == "ADJP") && !cl.hasNumber(n) {
			return s + " " + cl.span(n.a, n.b) + cl.after(k+1, 1) + cl.when(k+1)
		}
	}
	rest := cl.after(k, 2) + cl.when(k)
	if rest == "" && k+3 < len(cl.chunks) && cl.chunks[k+1].typ == "SBAR" && cl.chunks[k+2].typ == "NP" && cl.chunks[k+3].typ == "VP" {
		// "68 people died when a packed ferry sank"
		if w := cl.word(cl.chunks[k+1].a); w == "when" || w == "after" || w == "as" {
			return s + " " + cl.span(cl.chunks[k+1].a, cl.chunks[k+3].b)
		}
	}
	return s + rest
}

// predicateWhole is predicate, and whether it is whole: a verb of being
// takes the phrase after it ("has been badly damaged"), and a predicate
// that stops short of a clause or verb still going ("have jobs that pay at
// least $45,000", "mobiles sold there will have cameras") is not whole.
func (cl *clause) predicateWhole(k int) (string, bool) {
	vp := cl.chunks[k]
	if beForms[cl.word(vp.b-1)] || cl.word(vp.b-1) == "has" || cl.word(vp.b-1) == "have" {
		if k+1 < len(cl.chunks) && (cl.chunks[k+1].typ == "VP" || cl.chunks[k+1].typ == "ADVP" && k+2 < len(cl.chunks) && cl.chunks[k+2].typ == "VP") {
			return "", false // the verb goes on in a phrase of its own: read no further
		}
	}
	pr := cl.predicate(k)
	// the chunk after the text taken
	end := cl.chunks[k].b
	for end < len(cl.toks) && cl.span(cl.chunks[k].a, end+1) == pr {
		end++
	}
	for end < len(cl.toks) && strings.HasPrefix(pr, cl.span(cl.chunks[k].a, end+1)) {
		end++
	}
	if end < len(cl.toks) {
		switch n := cl.chunks[cl.chunkOf[end]]; {
		case n.typ == "VP" || n.typ == "SBAR":
			return pr, false
		case n.typ == "NP" && (cl.pos[n.a] == "WDT" || cl.pos[n.a] == "WP" || cl.word(n.a) == "that"):
			return pr, false
		}
	}
	return pr, true
}

// when returns a phrase of time right after chunk c, with a leading
// space: "last year", "in 2004", "in the first quarter".
func (cl *clause) when(c int) string {
	k := c + 1
	if k < len(cl.chunks) && cl.chunks[k].typ == "ADVP" {
		k++
	}
	if k >= len(cl.chunks) {
		return ""
	}
	ch := cl.chunks[k]
	switch {
	case ch.typ == "NP" && cl.timeNP(ch):
		return " " + cl.span(ch.a, ch.b)
	case ch.typ == "PP" && k+1 < len(cl.chunks) && timePreps[cl.word(ch.a)] && cl.chunks[k+1].typ == "NP" && cl.timeNP(cl.chunks[k+1]):
		return " " + cl.span(ch.a, cl.chunks[k+1].b)
	}
	return ""
}

// timeNP reports whether noun phrase ch is a time: "last year", "2004",
// "the first quarter", "Monday".
func (cl *clause) timeNP(ch chunk) bool {
	last := cl.word(ch.b - 1)
	if cl.hasNumber(ch) {
		return false // "three months": a span, not a time
	}
	return timeWords[last] || cl.temporal(ch.b-1) && ch.b-ch.a <= 2
}

// verbBefore returns the verb phrase whose object or complement chunk c
// is: the nearest VP before it past adverbs, prepositions ("to", "by"),
// other values ("rose 12% to £546m") and quantity words, or -1 (also for
// a reporting verb: "SBC said 5,125 positions would go").
func (cl *clause) verbBefore(c int) int {
	for k := c - 1; k >= 0 && k >= c-4; k-- {
		ch := cl.chunks[k]
		switch ch.typ {
		case "VP":
			// "to £546m" chunked as a verb: a preposition
			if ch.b-ch.a == 1 && cl.word(ch.a) == "to" {
				continue
			}
			if cl.speech(k) || cl.pos[ch.a] == "TO" {
				return -1 // "SBC said 5,125 jobs", "plans to shed 71,000 jobs"
			}
			return k
		case "ADVP", "PP", "PRT":
			continue
		case "NP":
			if cl.hasNumber(ch) {
				continue // another value: "rose 12% to £546m"
			}
		case "O":
			if w := cl.word(ch.a); (w == "and" || w == "or") && k > 0 && cl.hasNumber(cl.chunks[k-1]) {
				continue // "pay for 5,000 nurses and 40 centres"
			}
		}
		return -1
	}
	return -1
}

// prepBetween returns the preposition between verb chunk v and chunk c
// ("to", "by", "from", "at"), or "".
func (cl *clause) prepBetween(v, c int) string {
	for k := c - 1; k > v; k-- {
		ch := cl.chunks[k]
		if ch.typ == "PP" || ch.typ == "VP" && cl.word(ch.a) == "to" {
			if w := cl.word(ch.a); ch.b-ch.a > 1 && (w == "up" || w == "as" || w == "more" || w == "less") {
				return "" // "up to", "as much as": a bound, not the verb's
			}
			if k > 0 && cl.word(cl.chunks[k-1].b-1) == "up" {
				return "" // "kills up to 90%"
			}
			return cl.word(ch.b - 1)
		}
	}
	return ""
}

// subjectBefore returns the tokens [a,b) of the subject of verb chunk v:
// the noun phrases right before it, with a prepositional phrase between
// them ("profits at US media giant TimeWarner", "trade volumes last year").
func (cl *clause) subjectBefore(v int) (a, b int) {
	k := v - 1
	for k >= 0 && cl.chunks[k].typ == "ADVP" {
		k--
	}
	if k < 0 || cl.chunks[k].typ != "NP" {
		return 0, 0
	}
	// "Renault, which owns 44% of ...": the relative stands for the phrase
	// before its comma
	if ch := cl.chunks[k]; ch.b-ch.a == 1 && (cl.word(ch.a) == "which" || cl.word(ch.a) == "who") {
		if k < 2 || cl.word(cl.chunks[k-1].a) != "," || cl.chunks[k-2].typ != "NP" {
			return 0, 0
		}
		if ant := cl.chunks[k-2]; ant.b-ant.a == 1 && !cl.proper(ant.a) {
			return 0, 0 // "take place, which will account for": not a speaker of shares
		}
		k -= 2
	}
	b = cl.chunks[k].b
	a = cl.chunks[k].a
	for k-1 >= 0 {
		p := cl.chunks[k-1]
		switch {
		case p.typ == "NP":
			a = p.a
			k--
			continue
		case p.typ == "PP" && k-2 >= 0 && cl.chunks[k-2].typ == "NP" && subjectPreps[cl.word(p.a)]:
			a = cl.chunks[k-2].a
			k -= 2
			continue
		}
		break
	}
	// The phrase must open its clause: not the object of a preposition
	// ("by year end had sold"), bar "with X hitting Y" and the antecedent
	// of a relative.
	if !cl.opensClause(k) && !(k+2 < len(cl.chunks) && cl.word(cl.chunks[k+1].a) == "," && (cl.word(cl.chunks[k+2].a) == "which" || cl.word(cl.chunks[k+2].a) == "who")) {
		return 0, 0
	}
	return a, b
}

// opensClause reports whether chunk k opens a clause: first in the
// sentence, or after a comma, a conjunction, "that", an adverb, or the
// "with" of "with X hitting Y".
func (cl *clause) opensClause(k int) bool {
	if k == 0 {
		return true
	}
	p := cl.chunks[k-1]
	w := cl.word(p.b - 1)
	if (w == "and" || w == "or") && k >= 2 && cl.chunks[k-2].typ == "NP" {
		return false // "Shrek 2 and The Incredibles took": one of two
	}
	return p.typ == "O" && (w == "," || w == ":" || w == ";" || w == "-" || w == "--" || w == "and" || w == "but" || w == "while" || w == "as" || w == "\"" || w == "“" || w == "(") ||
		p.typ == "SBAR" || p.typ == "ADVP" || p.typ == "CONJP" || p.typ == "VP" && cl.speech(k-1) ||
		p.typ == "PP" && w == "with" && (k == 1 || cl.chunks[k-2].typ == "O")
}

// particle returns the particle after verb chunk v, with a leading space:
// "made up", "set aside".
func (cl *clause) particle(v int) string {
	if v+1 < len(cl.chunks) && cl.chunks[v+1].typ == "PRT" {
		return " " + cl.span(cl.chunks[v+1].a, cl.chunks[v+1].b)
	}
	return ""
}

// verbText is the text of verb chunk v.
func (cl *clause) verbText(v int) string { return cl.span(cl.chunks[v].a, cl.chunks[v].b) }

// passive returns the first participle of a passive verb phrase ("were
// killed" -> "killed"), or -1.
func (cl *clause) passive(vp chunk) int {
	be := false
	for i := vp.a; i < vp.b; i++ {
		if beForms[cl.word(i)] {
			be = true
			continue
		}
		if be && cl.pos[i] == "VBN" {
			return i
		}
	}
	return -1
}

// after returns the phrase after chunk c that completes a measure, with a
// leading space: prepositional phrases ("for YouTube", "in the operation")
// and an infinitive ("to buy Gillette"), max at most, then a participle
// ("in fans reporting abuse"), up to a comma, another value, a time or a
// clause.
func (cl *clause) after(c, max int) string {
	s, _ := cl.afterParts(c, max)
	return s
}

// afterParts is after, and the last chunk it took (c when none).
func (cl *clause) afterParts(c, max int) (string, int) {
	var b strings.Builder
	n, last := 0, c
	for k := c + 1; k+1 < len(cl.chunks) && n < max; k = last + 1 {
		p, np := cl.chunks[k], cl.chunks[k+1]
		infinitive := p.typ == "VP" && cl.word(p.a) == "to"
		if !(p.typ == "PP" || infinitive) || np.typ != "NP" || cl.hasNumber(np) || cl.word(p.a) == "according" {
			break
		}
		if p.typ == "PP" && !afterPreps[cl.word(p.a)] || cl.timeNP(np) {
			break
		}
		end := k + 1
		for end+1 < len(cl.chunks) && cl.chunks[end+1].typ == "NP" && (cl.pos[cl.chunks[end].b-1] == "POS" || cl.pos[cl.chunks[end+1].a] == "POS") {
			end++ // "to witness Orlando City's opening fixture"
		}
		b.WriteString(" ")
		b.WriteString(cl.span(p.a, cl.chunks[end].b))
		n, last = n+1, end
	}
	if n > 0 && last+2 < len(cl.chunks) {
		if vp, np := cl.chunks[last+1], cl.chunks[last+2]; vp.typ == "VP" && cl.pos[vp.a] == "VBG" && np.typ == "NP" && !cl.hasNumber(np) {
			b.WriteString(" ")
			b.WriteString(cl.span(vp.a, np.b))
			last += 2
		} else if rel := cl.chunks[last+1]; rel.typ == "NP" && rel.b-rel.a == 1 && (cl.word(rel.a) == "who" || cl.word(rel.a) == "that") && cl.chunks[last+2].typ == "VP" {
			// "a fine for people who fail to say they have moved"
			vp := cl.chunks[last+2]
			b.WriteString(" ")
			b.WriteString(cl.span(rel.a, vp.b))
			last += 2
		}
	}
	return b.String(), last
}

// phrase returns the text of tokens [a,b) as a measure: determiners and
// quantity words dropped from its start, a sentence's capital dropped.
func (cl *clause) phrase(a, b int) string {
	for a < b && (dropFirst[cl.word(a)] || cl.pos[a] == "CD" || cl.pos[a] == "$" || cl.pos[a] == "RB") {
		a++
	}
	for b > a && cl.word(b-1) == "," {
		b--
	}
	return cl.lower(a, b)
}

// finish checks a measure: short enough to read beside a number, and not
// leaning on words it does not name ("it", "which", "they"; a possessive
// inside it, "in its first five years", is fine).
func (cl *clause) finish(m string) string {
	m = strings.TrimSpace(m)
	ws := strings.Fields(m)
	if len(ws) == 0 || len(ws) > maxMeasureWords || strings.ContainsAny(m, "()[]\"“”") || strings.Contains(m, " -") || strings.HasPrefix(m, "'") {
		return "" // copy glued to a dateline, or a quotation cut open
	}
	for i, w := range ws {
		w = strings.ToLower(strings.Trim(w, ",.;:"))
		if pronouns[w] || i == 0 && vague[w] || i > 0 && w == "what" {
			return ""
		}
	}
	return strings.TrimRight(m, ",;:")
}

// isVerb reports whether w is a form of a verb of set: "raise", "raises",
// "raised", "raising" for "raise".
func isVerb(set map[string]bool, w string) bool {
	if set[w] {
		return true
	}
	for _, suf := range [...]string{"s", "es", "d", "ed", "ing"} {
		if stem, ok := strings.CutSuffix(w, suf); ok && len(stem) > 2 && (set[stem] || set[stem+"e"] || set[stem+"ed"] || set[stem+"d"]) {
			return true
		}
	}
	return false
}

// prepText is the preposition between a verb and its value, as a measure
// keeps it: "paid for", "spoke to"; a change's "to" and "by" go.
func prepText(p string, all bool) string {
	if p == "" || !all && (p == "to" || p == "by") || !verbPreps[p] {
		return ""
	}
	return " " + p
}

// generic reports whether token i is a noun that says nothing of what is
// counted: "a total of", "the figure of".
func (cl *clause) generic(i int) bool { return genericNouns[cl.word(i)] }

// pronoun reports whether [a,b) is a pronoun or a relative one.
func (cl *clause) pronoun(a, b int) bool {
	for i := a; i < b; i++ {
		if cl.pos[i] == "PRP" || cl.pos[i] == "WDT" || cl.pos[i] == "WP" || cl.pos[i] == "EX" || vague[cl.word(i)] {
			return true
		}
	}
	return false
}

// name reports whether [a,b) is a name only: "Google", "AOL".
func (cl *clause) name(a, b int) bool {
	for i := a; i < b; i++ {
		if !cl.proper(i) && cl.pos[i] != "POS" && !dropFirst[cl.word(i)] {
			return false
		}
	}
	return true
}

// hasNumber reports whether chunk ch holds a number.
func (cl *clause) hasNumber(ch chunk) bool {
	for i := ch.a; i < ch.b; i++ {
		if cl.pos[i] == "CD" && !cl.temporal(i) {
			return true
		}
	}
	return false
}

// temporal reports whether token i is a year.
func (cl *clause) temporal(i int) bool {
	w := cl.toks[i].Text
	return len(w) == 4 && w >= "1800" && w <= "2099"
}

// isPeople reports whether a count's unit counts people: "who" fits them.
func isPeople(w string) bool {
	w = strings.ToLower(w)
	if people[w] {
		return true
	}
	for _, suf := range [...]string{"ers", "ors", "ists", "ians", "ants", "ents", "ees"} {
		if strings.HasSuffix(w, suf) && !things[w] {
			return true
		}
	}
	return false
}

func lastOf(s string) string {
	if i := strings.LastIndexByte(s, ' '); i >= 0 {
		return s[i+1:]
	}
	return s
}

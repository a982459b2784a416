package tag

import (
	"sort"
	"strings"

	"briefing/generator/meta/text"
)

// MaxTags caps the tags of one article.
const MaxTags = 5

// Scores of evidence: a plain term counts twice an ambiguous one, and a
// term in the headline twice one in the body.
const (
	strongWeight   = 4
	weakWeight     = 2
	headlineFactor = 2
	repeats        = 2 // repetitions of a term that add to its score
)

// A topic becomes a tag when its evidence scores minScore with two
// different plain terms (three ambiguous ones count as one plain), or one
// said in the headline and again in the body; and when its branch of the
// tree (sport, politics, health...) is one the article is about: evidence
// of at least minFamily, and at least a familyShare-th of the best
// branch's.
const (
	minScore    = 10
	minFamily   = 10
	familyShare = 3 // a branch is the article's when it has a third of the best one's evidence
	topicShare  = 4 // and a topic needs a quarter of the best topic's
	manyWeak    = 4 // ambiguous terms that make a tag without a plain one
)

// evidence is what an article says for one topic.
type evidence struct {
	score       int
	strongScore int           // the part of score from plain terms
	strong      int           // plain terms found, each counted once
	headline    bool          // a plain term in the headline
	terms       map[*term]int // occurrences of each term
	plainTerms  []*term       // its plain terms, in order
	first       int           // token of the first hit, for ties
}

// add counts one occurrence of tm. A term said again adds half as much,
// twice at most: "GM" eight times is no genetics story.
func (e *evidence) add(tm *term, weak, headline bool) {
	w := strongWeight
	if weak {
		w = weakWeight
	}
	if headline {
		w *= headlineFactor
	}
	n := e.terms[tm]
	e.terms[tm] = n + 1
	switch {
	case n == 0:
		if !weak {
			e.strong++
			e.plainTerms = append(e.plainTerms, tm)
		}
	case n <= repeats:
		w /= 2
	default:
		w = 0
	}
	e.score += w
	if !weak {
		e.strongScore += w
		e.headline = e.headline || headline
	}
}

// Pick returns the article's tags, at most MaxTags: IPTC Media Topic
// labels ("interest rate", "soccer", "election") whose evidence the
// article's words give, most evident first. An article that says too
// little about any topic gets fewer, or none: a tag is never a stray word.
func Pick(d *text.Doc) []string {
	v := vocab()
	ev := map[int]*evidence{}
	pos := 0
	scan := func(toks []text.Token, headline bool) {
		for i := 0; i < len(toks); {
			tm, n := v.match(toks, i, headline)
			if tm == nil {
				i++
				pos++
				continue
			}
			for _, r := range tm.topics {
				e := ev[r.topic]
				if e == nil {
					e = &evidence{terms: map[*term]int{}, first: pos}
					ev[r.topic] = e
				}
				e.add(tm, r.weak, headline)
			}
			i += n
			pos += n
		}
	}
	scan(d.HeadlineTokens(), true)
	scan(d.Tokens(), false)

	// The branches the article is about: those whose plain evidence comes
	// near the best branch's. A business story's stray "transfer" or
	// "stakes" makes no sports tag.
	family := map[int]int{}
	best := 0
	for t, e := range ev {
		f := v.family(t)
		family[f] += e.score
		best = max(best, family[f])
	}
	top := 0
	for _, e := range ev {
		top = max(top, e.score)
	}
	var picked []int
	for t, e := range ev {
		f := family[v.family(t)]
		if f < minFamily || f*familyShare < best || e.score*topicShare < top {
			continue
		}
		// two plain terms, or one and three ambiguous ones; or one said in
		// the headline and again in the body, or said over and over in the
		// branch the article is most about ("museum" eight times)
		plain := e.strong + (len(e.terms)-e.strong)/3
		if plain < 2 && e.strong == 1 {
			n := e.terms[e.plainTerms[0]]
			if e.headline && n > 1 || n > repeats && f == best {
				plain = 2
			}
		}
		// ambiguous terms alone make a tag only when there are many of
		// them, in the branch the article is most about: "match", "club",
		// "manager" and "goal" are a football report
		if e.strong == 0 && (len(e.terms) < manyWeak || f < best) {
			continue
		}
		if e.score < minScore || plain < 2 {
			continue
		}
		picked = append(picked, t)
	}
	// one sport at a time: a rugby story's "putting" and "fairway" are no
	// golf, unless golf has half the evidence of the best sport, and its
	// "match" and "penalty" no football when rugby has plain evidence
	bestSport, plainSport := 0, false
	for _, t := range picked {
		if v.topics[t].parent == v.disciplines {
			bestSport = max(bestSport, ev[t].score)
			plainSport = plainSport || ev[t].strong > 0
		}
	}
	kept := picked[:0]
	for _, t := range picked {
		if v.topics[t].parent != v.disciplines || 2*ev[t].score >= bestSport && (ev[t].strong > 0 || !plainSport) {
			kept = append(kept, t)
		}
	}
	picked = kept
	sort.Slice(picked, func(i, j int) bool {
		a, b := ev[picked[i]], ev[picked[j]]
		if a.score != b.score {
			return a.score > b.score
		}
		if a.first != b.first {
			return a.first < b.first
		}
		return v.topics[picked[i]].code < v.topics[picked[j]].code
	})
	// a topic above another picked one says less: "election" beside
	// "national elections"
	var out []string
	for i, t := range picked {
		covered := false
		for j, u := range picked {
			if j != i && v.isAncestor(t, u) {
				covered = true
				break
			}
		}
		if !covered {
			out = append(out, v.topics[t].label)
			if len(out) == MaxTags {
				break
			}
		}
	}
	return out
}

// match returns the longest term that starts at toks[i] and the number of
// tokens it spans, or nil.
func (v *vocabulary) match(toks []text.Token, i int, headline bool) (*term, int) {
	t := &toks[i]
	if t.Kind == text.Punct {
		return nil, 0
	}
	// a capital word may be a name ("Bank of England"): that first (a
	// word with no capital is none of them: see parseVocabulary)
	if hasUpper(t.Text) {
		for _, tm := range v.exact[t.Text] {
			if matchesFrom(toks, i, tm, headline) {
				return tm, len(tm.words)
			}
		}
	}
	if lower, ok := lowerKey(t, headline); ok {
		for _, tm := range v.lower[lower] {
			if matchesFrom(toks, i, tm, headline) {
				return tm, len(tm.words)
			}
		}
	}
	return nil, 0
}

// matchesFrom reports whether the words of tm follow each other from
// toks[i] in one paragraph (the first is known to match).
func matchesFrom(toks []text.Token, i int, tm *term, headline bool) bool {
	if i+len(tm.words) > len(toks) {
		return false
	}
	for k, w := range tm.words[1:] {
		u := &toks[i+1+k]
		if u.Para != toks[i].Para || u.Kind == text.Punct {
			return false
		}
		if w.exact {
			if u.Text != w.text {
				return false
			}
		} else if l, ok := lowerKey(u, headline); !ok || l != w.text {
			return false
		}
	}
	return true
}

// lowerKey is the lower-case stem a token is looked up by, when it is
// written in lower case or capitalised only because it opens a sentence
// or sits in a headline; ok is false for a name written mid-sentence.
func lowerKey(t *text.Token, headline bool) (key string, ok bool) {
	if !t.Is(text.Cap) {
		return stem(t.Text), true
	}
	if t.Is(text.AllCaps) || !headline && !t.Is(text.SentStart) {
		return "", false
	}
	return stem(strings.ToLower(t.Text)), true
}

// stem folds plurals so "rates" and "rate" count together.
func stem(w string) string {
	if !strings.HasSuffix(w, "s") {
		return w // no plural, and none of the irregular ones
	}
	if s, ok := irregular[w]; ok {
		return s
	}
	switch {
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "sses") || strings.HasSuffix(w, "ches") || strings.HasSuffix(w, "shes") || strings.HasSuffix(w, "xes"):
		return w[:len(w)-2] // "matches", "crashes", "taxes"
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is") && len(w) > 4:
		return w[:len(w)-1]
	}
	return w
}

// irregular are plurals the rules above would fold wrongly; each ends in
// "s" (stem looks only those up).
var irregular = map[string]string{
	"movies": "movie", "series": "series", "species": "species", "cookies": "cookie",
	"rookies": "rookie", "zombies": "zombie", "calories": "calorie", "hippies": "hippie",
	"news": "news", "aids": "aids", "genes": "gene", "goalies": "goalie",
}

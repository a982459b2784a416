package rank

import (
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"briefing/generator/meta/internal/wordlist"
)

// Restates reports whether key point a says again what key point b says,
// as an editor reading them one after the other would see it: a repeats
// one of b's figures (the same number, or one that b or a only
// approximates, with the same unit or noun and some other word in common:
// "revenues slipped 11%" twice, "More than 100 schools ... renamed" then
// "107 local schools now bear the name"), or most of a's content words
// are b's. Cosine similarity over the whole article's terms misses both:
// the figure is one term of many, and a short restatement shares few
// terms with a long sentence.
func Restates(a, b string) bool {
	sa, sb := readClaim(a), readClaim(b)
	return sa.restates(sb)
}

// claim is a key point as Restates reads it, so that a candidate checked
// against every chosen key point, both ways, is read once.
type claim struct {
	figures       []figure
	words, common map[string]bool // content stems; common leaves names out
	negated       bool
}

func readClaim(s string) *claim {
	ws, cut := fields(s)
	c := &claim{figures: figuresIn(ws, cut), negated: negatedIn(ws), words: map[string]bool{}, common: map[string]bool{}}
	// Stemmed content words; a hyphenated word counts by its parts
	// ("22-year-old" -> "22", "old"). Common leaves out words capitalised
	// past the first: a name, or the sentence's first word, which may be one.
	for f := range strings.FieldsSeq(s) {
		r, _ := utf8.DecodeRuneInString(strings.TrimLeft(f, "\"'‘“(["))
		name := unicode.IsUpper(r)
		for p := range strings.SplitSeq(trimWord(f), "-") {
			if st := stem(strings.Trim(p, "%£$€")); st != "" {
				c.words[st] = true
				if !name {
					c.common[st] = true
				}
			}
		}
	}
	return c
}

func (a *claim) restates(b *claim) bool {
	fa, fb, wa, wb := a.figures, b.figures, a.words, b.words
	// Two sentences that each bring a figure of their own say different
	// things about what they share ("costs of the 20 projects have risen by
	// £1.7bn", "the cost of the 20 projects will reach £50bn").
	if !(hasOwn(fa, fb) && hasOwn(fb, fa)) {
		for _, x := range fa {
			for _, y := range fb {
				if x.sameAs(y) && sharesOther(wa, wb, x, y) >= x.context() {
					return true
				}
			}
		}
	}
	// Names are left out of the share ("The Da Vinci Code is being made
	// into a film" is not said by "The Da Vinci Code is set in Paris"),
	// but a name b lacks is someone else ("Kate Winslet was nominated for
	// best actress", "Imelda Staunton was nominated for best actress"),
	// and a figure b lacks is news b does not give.
	// A negation on one side only is the opposite claim ("Many airports
	// don't do any screenings", "the employees undergo screenings").
	if a.negated != b.negated {
		return false
	}
	for w := range wa {
		if !wb[w] && (isNumberWord(w) || !a.common[w]) {
			return false
		}
	}
	return contained(a.common, wb) >= containedLimit
}

// containedLimit is the share of a key point's content words that another
// holding them makes it a restatement.
const containedLimit = 0.8

// minContent is the fewest content words over which containment is judged:
// below it a share says nothing ("Police said" is in many sentences).
const minContent = 4

var negations = wordlist.Set("not", "no", "never", "none", "nobody", "nothing", "neither", "nor",
	"cannot", "without")

// negatedIn reports whether the words ws hold a negation.
func negatedIn(ws []string) bool {
	for _, w := range ws {
		w = strings.ToLower(strings.ReplaceAll(w, "’", "'"))
		if negations[w] || strings.HasSuffix(w, "n't") {
			return true
		}
	}
	return false
}

// hasOwn reports whether a has a figure b does not state.
func hasOwn(a, b []figure) bool {
	for _, x := range a {
		if !slices.ContainsFunc(b, x.sameAs) {
			return true
		}
	}
	return false
}

// contained is the share of a's distinct content words that b has, or 0
// when a has too few to judge.
func contained(a, b map[string]bool) float64 {
	if len(a) < minContent {
		return 0
	}
	n := 0
	for w := range a {
		if b[w] {
			n++
		}
	}
	return float64(n) / float64(len(a))
}

// sharesOther counts the content words a and b share besides the
// figure's own: "11% of voters" and "11% of the budget" share none.
func sharesOther(a, b map[string]bool, x, y figure) int {
	n := 0
	for w := range a {
		if b[w] && w != x.unit && w != y.unit && w != x.also && w != y.also && !isNumberWord(w) {
			n++
		}
	}
	return n
}

// context is how many other words two sentences sharing figure x must
// share to say the same: a share or a sum is common currency in business
// copy ("a 33% stake" sold, and another held), a count of named things
// less so ("337,000 jobs").
func (x figure) context() int {
	if x.unit == "%" || x.unit == "£" || x.unit == "$" || x.unit == "€" {
		return 2
	}
	return 1
}

func isNumberWord(w string) bool {
	return w != "" && (w[0] >= '0' && w[0] <= '9')
}

// figure is a number in a sentence with what it counts: "%", a currency
// sign, or the stem of the next content word ("schools" -> "school").
type figure struct {
	value  float64
	unit   string // "%", a currency sign, or the stem of what it counts
	also   string // the word after unit, when unit may be a modifier ("107 local schools")
	approx bool   // "more than", "about", "nearly" ...: a round figure
}

// sameAs reports whether two figures state the same quantity: the same
// number and unit, or within a tenth when either is given as approximate.
func (x figure) sameAs(y figure) bool {
	if x.unit == "" || x.unit != y.unit && x.unit != y.also && (x.also == "" || x.also != y.unit && x.also != y.also) {
		return false
	}
	if x.value == y.value {
		return true
	}
	if !x.approx && !y.approx {
		return false
	}
	lo, hi := min(x.value, y.value), max(x.value, y.value)
	return lo >= 10 && hi <= lo*1.1
}

var restateWords = sync.OnceValue(func() map[string]bool {
	// Words that carry no claim: reporting verbs and titles, whose
	// sharing makes two sentences look alike while saying different things.
	return wordlist.Set("said", "say", "says", "told", "tell", "mr", "mrs", "ms", "dr", "according",
		"added", "also", "would", "will", "may", "might", "could", "now", "new", "one", "two",
		"first", "last", "year", "years", "percent", "per", "cent")
})

// timeWords count a span, not the news: "12 months later", "30 minutes".
var timeWords = wordlist.Set("second", "seconds", "minute", "minutes", "hour", "hours", "day", "days",
	"week", "weeks", "month", "months", "decade", "decades", "century", "centuries", "year", "years",
	"time", "times")

var approxWords = wordlist.Set("about", "around", "nearly", "almost", "roughly", "some", "over",
	"approximately", "than", "least", "up", "estimated", "just", "under", "another")

// fields splits s into words, keeping the marks of a figure ("£2.89bn",
// "11%", "1,100") and dropping the rest of the punctuation. cut tells
// which words punctuation followed ("Pakhtunkhwa, 107").
func fields(s string) (out []string, cut []bool) {
	for _, f := range strings.Fields(s) {
		if t := trimWord(f); t != "" {
			out = append(out, t)
			cut = append(cut, !strings.HasSuffix(f, t))
		}
	}
	return out, cut
}

// trimWord is f without the punctuation around it (the marks of a figure
// stay) and without a possessive "'s".
func trimWord(f string) string {
	t := strings.TrimFunc(f, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '%' && r != '£' && r != '$' && r != '€'
	})
	if strings.HasSuffix(t, "'s") || strings.HasSuffix(t, "’s") {
		t = strings.TrimSuffix(strings.TrimSuffix(t, "'s"), "’s")
	}
	return t
}

// stem is the package's light stem of a word, or "" for a stop word or a
// word that carries no claim.
func stem(w string) string {
	w = strings.ToLower(w)
	if len(w) < 2 || lex().stopwords[w] || restateWords()[w] {
		return ""
	}
	if !isWordASCII(w) {
		return w
	}
	return string(lightStem([]byte(w)))
}

func isWordASCII(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i]; !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '\'' || c == '-') {
			return false
		}
	}
	return true
}

// figuresOf finds the figures of s. A bare year ("in 2004") or a number
// with nothing counted after it is no figure: two sentences dated the
// same year say different things.
func figuresOf(s string) []figure {
	return figuresIn(fields(s))
}

// figuresIn finds the figures of the words ws (see fields).
func figuresIn(ws []string, cut []bool) []figure {
	var out []figure
	for k, w := range ws {
		cur := ""
		if r := []rune(w); r[0] == '£' || r[0] == '$' || r[0] == '€' {
			cur, w = string(r[0]), string(r[1:])
		}
		if w == "" || w[0] < '0' || w[0] > '9' {
			continue
		}
		num, suf := w, ""
		if i := strings.IndexFunc(w, func(r rune) bool { return !unicode.IsDigit(r) && r != ',' && r != '.' }); i >= 0 {
			num, suf = w[:i], w[i:]
		}
		v, err := strconv.ParseFloat(strings.ReplaceAll(strings.TrimRight(num, ".,"), ",", ""), 64)
		if err != nil {
			continue
		}
		switch suf {
		case "", "%":
		case "bn", "billion":
			v *= 1e9
		case "m", "million":
			if cur == "" {
				continue // "100m champion": metres, or a sum with no currency to match
			}
			v *= 1e6
		default:
			continue // "16th", "3-1", "1990s"
		}
		if k > 0 && !cut[k-1] {
			if p := strings.ToLower(ws[k-1]); p != ws[k-1] && !lex().stopwords[p] && !approxWords[p] {
				continue // part of a name: "Radio 1", "Channel 4"
			}
		}
		f := figure{value: v}
		next := k + 1
		if next < len(ws) {
			switch strings.ToLower(ws[next]) {
			case "million":
				f.value *= 1e6
				next++
			case "billion":
				f.value *= 1e9
				next++
			}
		}
		switch {
		case suf == "%" || next+1 < len(ws) && strings.EqualFold(ws[next], "per") && strings.EqualFold(ws[next+1], "cent") || next < len(ws) && strings.EqualFold(ws[next], "percent"):
			f.unit = "%"
		case cur != "":
			f.unit = cur
		default:
			// what it counts: the next content word within two ("107 local schools")
			for j := next; j < len(ws) && j < next+2 && f.also == ""; j++ {
				if r := []rune(ws[j]); !unicode.IsLower(r[0]) {
					break // a name or a month: "3 February", "Radio 1 DJs"
				}
				if timeWords[ws[j]] {
					break
				}
				if f.unit == "" {
					f.unit = stem(ws[j])
				} else {
					f.also = stem(ws[j])
				}
			}
			if f.unit == "" {
				continue // a number counting nothing named: "in 2004, ...", "aged 30, she"
			}
		}
		if suf == "" && cur == "" && f.value == v && v >= 1900 && v < 2100 && !strings.Contains(num, ",") {
			continue // a year: "began 2005 with victory"
		}
		if k > 0 && approxWords[strings.ToLower(ws[k-1])] {
			f.approx = true
		}
		out = append(out, f)
	}
	return out
}

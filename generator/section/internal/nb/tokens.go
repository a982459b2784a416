package nb

import (
	"strings"
	"unicode"
)

// Tokens splits text into the lower-cased word features the model counts.
// Classification and training must share it byte for byte, so it lives here
// and nowhere else.
//
// Rules, each chosen for wire copy: acronyms keep their letters ("U.S." and
// "US" are both "us"); a possessive "'s" is dropped; hyphenated words split
// ("al-Qaeda" counts "al" and "qaeda"); numbers become "#" so that results
// tables and prices still say "many numbers" without a vocabulary of scores;
// stop words and one-letter tokens are dropped; a plural "s" is folded so that
// "shares" and "share" meet.
func Tokens(text string) []string {
	var out []string
	fields := strings.FieldsFunc(text, func(r rune) bool {
		return !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '.' || r == '\'' || r == '’')
	})
	for _, f := range fields {
		f = strings.Trim(f, ".'’")
		if f == "" {
			continue
		}
		f = strings.ToLower(f)
		f = strings.ReplaceAll(f, "’", "'")
		f = strings.TrimSuffix(f, "'s")
		if strings.Contains(f, ".") {
			if acronym(f) {
				out = appendWord(out, strings.ReplaceAll(f, ".", ""))
				continue
			}
			for _, p := range strings.Split(f, ".") {
				out = appendWord(out, p)
			}
			continue
		}
		out = appendWord(out, f)
	}
	return out
}

// acronym reports whether every dot-separated part is a single letter
// ("u.s", "u.n"), the form wire copy uses for initials.
func acronym(s string) bool {
	for _, p := range strings.Split(s, ".") {
		if len([]rune(p)) != 1 || !unicode.IsLetter([]rune(p)[0]) {
			return false
		}
	}
	return true
}

func appendWord(out []string, w string) []string {
	w = strings.Trim(w, "'")
	if w == "" {
		return out
	}
	digits := true
	for _, r := range w {
		if !unicode.IsDigit(r) {
			digits = false
			break
		}
	}
	if digits {
		return append(out, "#")
	}
	if len([]rune(w)) < 2 || stop[w] {
		return out
	}
	return append(out, fold(w))
}

// fold strips a plural "s" from longer words; "ss", "us" and "is" endings
// (business, virus, analysis) are words of their own.
func fold(w string) string {
	n := len(w)
	if n > 4 && w[n-1] == 's' {
		switch w[n-2] {
		case 's', 'u', 'i':
			return w
		}
		if strings.HasSuffix(w, "ies") && n > 5 {
			return w[:n-3] + "y"
		}
		return w[:n-1]
	}
	return w
}

var stop = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`a an the and or but if of to in on at by for from with as into onto
	about over under after before between during than then so such this that these those there here
	is are was were be been being am has have had having do does did doing will would shall should can
	could may might must it its it's he him his she her hers they them their theirs we us our ours you
	your yours i me my mine who whom whose which what when where why how all any both each few more most
	other some no nor not only own same too very just also said says say saying mr mrs ms one two
	three new up out off again further once s t don now isn't it'll he'd she'd they'd we'd
	i'd you'd he'll she'll they'll we'll i'll you'll i'm you're they're we're there's that's what's
	let's can't won't don't didn't doesn't wasn't weren't haven't hasn't hadn't wouldn't couldn't
	shouldn't year years last first while because through against among per via told according
	since until yet still even however although though whether re ve ll`) {
		m[w] = true
	}
	// "us" the pronoun is gone, but "U.S." must survive as a country: the
	// acronym path produces "us" before this check, so keep it.
	delete(m, "us")
	return m
}()

// Bigrams returns adjacent token pairs joined by a space. Stop words were
// already removed, so "bank of england" pairs as "bank england".
func Bigrams(toks []string) []string {
	if len(toks) < 2 {
		return nil
	}
	out := make([]string, 0, len(toks)-1)
	for i := 1; i < len(toks); i++ {
		if toks[i-1] == "#" || toks[i] == "#" {
			continue
		}
		out = append(out, toks[i-1]+" "+toks[i])
	}
	return out
}

package evaluate

// The Porter stemmer as ROUGE's reference scorers use it: Google's
// rouge-score (the usual way CNN/DailyMail figures are reported) stems
// with NLTK's PorterStemmer in its default NLTK_EXTENSIONS mode, and
// only words longer than three letters. This is a port of that mode
// (NLTK 3.8, nltk/stem/porter.py), checked word for word against it on
// the development corpora (testdata/porter.tsv), so our figures are the
// ones a reader would compute.

// porterIrregular are NLTK's irregular forms, looked up before any rule.
var porterIrregular = map[string]string{
	"sky": "sky", "skies": "sky", "dying": "die", "lying": "lie", "tying": "tie",
	"news": "news", "innings": "inning", "inning": "inning", "outings": "outing",
	"outing": "outing", "cannings": "canning", "canning": "canning", "howe": "howe",
	"proceed": "proceed", "exceed": "exceed", "succeed": "succeed",
}

// porterStem stems a lower-case word of ASCII letters and digits.
func porterStem(w string) string {
	if s, ok := porterIrregular[w]; ok {
		return s
	}
	if len(w) <= 2 {
		return w
	}
	b := []byte(w)
	b = step1a(b)
	b = step1b(b)
	b = step1c(b)
	b = step2(b)
	b = step3(b)
	b = step4(b)
	b = step5a(b)
	b = step5b(b)
	return string(b)
}

func consonant(w []byte, i int) bool {
	switch w[i] {
	case 'a', 'e', 'i', 'o', 'u':
		return false
	case 'y':
		return i == 0 || !consonant(w, i-1)
	}
	return true
}

// measure is m in [C](VC){m}[V].
func measure(w []byte) int {
	m := 0
	for i := 1; i < len(w); i++ {
		if !consonant(w, i-1) && consonant(w, i) {
			m++
		}
	}
	return m
}

func hasVowel(w []byte) bool {
	for i := range w {
		if !consonant(w, i) {
			return true
		}
	}
	return false
}

func endsDouble(w []byte) bool {
	n := len(w)
	return n >= 2 && w[n-1] == w[n-2] && consonant(w, n-1)
}

// endsCVC is *o, with NLTK's extension for two-letter stems.
func endsCVC(w []byte) bool {
	n := len(w)
	if n >= 3 && consonant(w, n-3) && !consonant(w, n-2) && consonant(w, n-1) {
		c := w[n-1]
		return c != 'w' && c != 'x' && c != 'y'
	}
	return n == 2 && !consonant(w, 0) && consonant(w, 1)
}

func hasSuffix(w []byte, s string) bool {
	return len(w) >= len(s) && string(w[len(w)-len(s):]) == s
}

// rule is a suffix, its replacement and the condition on the stem left
// once the suffix is gone (nil: none).
type rule struct {
	suffix, repl string
	cond         func(stem []byte) bool
}

// applyRules applies the first rule whose suffix w ends with; when its
// condition fails, w is left alone (later rules are not tried), as in
// NLTK.
func applyRules(w []byte, rules []rule) []byte {
	for _, r := range rules {
		if !hasSuffix(w, r.suffix) {
			continue
		}
		stem := w[:len(w)-len(r.suffix)]
		if r.cond == nil || r.cond(stem) {
			return append(stem[:len(stem):len(stem)], r.repl...)
		}
		return w
	}
	return w
}

func positive(stem []byte) bool { return measure(stem) > 0 }
func above1(stem []byte) bool   { return measure(stem) > 1 }

func step1a(w []byte) []byte {
	if hasSuffix(w, "ies") && len(w) == 4 {
		return append(w[:1:1], "ie"...)
	}
	return applyRules(w, []rule{{"sses", "ss", nil}, {"ies", "i", nil}, {"ss", "ss", nil}, {"s", "", nil}})
}

func step1b(w []byte) []byte {
	if hasSuffix(w, "ied") {
		if len(w) == 4 {
			return append(w[:1:1], "ie"...)
		}
		return append(w[:len(w)-3:len(w)-3], 'i')
	}
	if hasSuffix(w, "eed") {
		if stem := w[:len(w)-3]; measure(stem) > 0 {
			return append(stem[:len(stem):len(stem)], "ee"...)
		}
		return w
	}
	var stem []byte
	switch {
	case hasSuffix(w, "ed") && hasVowel(w[:len(w)-2]):
		stem = w[:len(w)-2]
	case hasSuffix(w, "ing") && hasVowel(w[:len(w)-3]):
		stem = w[:len(w)-3]
	default:
		return w
	}
	stem = stem[:len(stem):len(stem)]
	switch {
	case hasSuffix(stem, "at"), hasSuffix(stem, "bl"), hasSuffix(stem, "iz"):
		return append(stem, 'e')
	case endsDouble(stem):
		if c := stem[len(stem)-1]; c != 'l' && c != 's' && c != 'z' {
			return stem[:len(stem)-1]
		}
		return stem
	case measure(stem) == 1 && endsCVC(stem):
		return append(stem, 'e')
	}
	return stem
}

func step1c(w []byte) []byte {
	n := len(w)
	if n > 2 && w[n-1] == 'y' && consonant(w, n-2) {
		return append(w[:n-1:n-1], 'i')
	}
	return w
}

var step2Rules = []rule{
	{"ational", "ate", positive}, {"tional", "tion", positive}, {"enci", "ence", positive},
	{"anci", "ance", positive}, {"izer", "ize", positive}, {"bli", "ble", positive},
	{"alli", "al", positive}, {"entli", "ent", positive}, {"eli", "e", positive},
	{"ousli", "ous", positive}, {"ization", "ize", positive}, {"ation", "ate", positive},
	{"ator", "ate", positive}, {"alism", "al", positive}, {"iveness", "ive", positive},
	{"fulness", "ful", positive}, {"ousness", "ous", positive}, {"aliti", "al", positive},
	{"iviti", "ive", positive}, {"biliti", "ble", positive}, {"fulli", "ful", positive},
}

func step2(w []byte) []byte {
	if hasSuffix(w, "alli") && positive(w[:len(w)-4]) {
		return step2(append(w[:len(w)-4:len(w)-4], "al"...))
	}
	if hasSuffix(w, "logi") {
		// NLTK's last rule, whose condition is on the word less "ogi"; no
		// earlier suffix ends in "logi".
		if positive(w[:len(w)-3]) {
			return w[:len(w)-1]
		}
		return w
	}
	return applyRules(w, step2Rules)
}

var step3Rules = []rule{
	{"icate", "ic", positive}, {"ative", "", positive}, {"alize", "al", positive},
	{"iciti", "ic", positive}, {"ical", "ic", positive}, {"ful", "", positive}, {"ness", "", positive},
}

func step3(w []byte) []byte { return applyRules(w, step3Rules) }

var step4Rules = []rule{
	{"al", "", above1}, {"ance", "", above1}, {"ence", "", above1}, {"er", "", above1},
	{"ic", "", above1}, {"able", "", above1}, {"ible", "", above1}, {"ant", "", above1},
	{"ement", "", above1}, {"ment", "", above1}, {"ent", "", above1},
	{"ion", "", func(s []byte) bool { return above1(s) && len(s) > 0 && (s[len(s)-1] == 's' || s[len(s)-1] == 't') }},
	{"ou", "", above1}, {"ism", "", above1}, {"ate", "", above1}, {"iti", "", above1},
	{"ous", "", above1}, {"ive", "", above1}, {"ize", "", above1},
}

func step4(w []byte) []byte { return applyRules(w, step4Rules) }

func step5a(w []byte) []byte {
	if !hasSuffix(w, "e") {
		return w
	}
	stem := w[:len(w)-1]
	if m := measure(stem); m > 1 || m == 1 && !endsCVC(stem) {
		return stem
	}
	return w
}

func step5b(w []byte) []byte {
	if hasSuffix(w, "ll") && measure(w[:len(w)-1]) > 1 {
		return w[:len(w)-1]
	}
	return w
}

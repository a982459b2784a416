package rank

import (
	"math"
	"strings"

	"briefing/generator/meta/tagger"
	"briefing/generator/meta/text"
)

// The features of a sentence, few and general: they must carry over to
// outlets and stories the weights were never fit on.
const (
	fBias       = iota
	fFirst      // the first sentence
	fSecond     // the second
	fThird      // the third
	fLogPos     // log(1+position)
	fRelPos     // position / sentences
	fCentrality // PacSum centrality, scaled to [0, 1] in the document
	fHeadline   // similarity to the headline, scaled to [0, 1]
	fLength     // words / 30
	fShort      // fewer than 10 words
	fQuoted     // share of the words inside quotation marks
	fOpensQuote // opens with a quotation
	fDangling   // opens with a pronoun or connective
	fQuestion   // ends with a question mark
	fPersonal   // the first or second person outside quotations: "I", "we", "our", "you", "your"
	fNumbers    // has a number
	fNames      // share of its words that are capitalised inside the sentence
	fLeadSim    // similarity to the first sentence
	fDefinite   // opens with a definite description that needs an antecedent
	fSaid       // reports speech: "said", "says", "told"
	fCentroid   // similarity to the whole story's tf-idf centroid, scaled to [0, 1]
	fKeywords   // share of the story's ten most widespread terms it holds
	fFreq       // mean share of sentences its terms appear in, scaled to [0, 1]
	fNovelty    // most similarity to an earlier sentence
	fMid        // the fourth to sixth
	fLogLen     // log(words)
	fWhen       // names a day or a month outside quotations: an event's time
	fPast       // a verb in the past tense outside quotations: something happened
	fSalient    // names the story's most salient person or organisation
	fScene      // no past tense, no name, no number: description, not news
	fLeadScene  // a scene among the first three sentences: a feature's hook
	numFeatures
)

// featureNames name the features for reports of a fit.
var featureNames = [numFeatures]string{"bias", "first", "second", "third", "log-position", "relative-position",
	"centrality", "headline", "length", "short", "quoted", "opens-quote", "dangling", "question", "personal",
	"numbers", "names", "lead-similarity", "definite", "said", "centroid", "keywords", "frequency", "novelty", "mid", "log-length",
	"when", "past", "salient", "scene", "lead-scene"}

// featureConst name the feature constants, for the generated weights.go.
var featureConst = [numFeatures]string{"fBias", "fFirst", "fSecond", "fThird", "fLogPos", "fRelPos", "fCentrality", "fHeadline", "fLength", "fShort", "fQuoted", "fOpensQuote", "fDangling", "fQuestion", "fPersonal", "fNumbers", "fNames", "fLeadSim", "fDefinite", "fSaid", "fCentroid", "fKeywords", "fFreq", "fNovelty", "fMid", "fLogLen", "fWhen", "fPast", "fSalient", "fScene", "fLeadScene"}

// positionFeatures sets the features of where sentence i of n stands.
func positionFeatures(f *[numFeatures]float64, i, n int) {
	f[fBias] = 1
	switch i {
	case 0:
		f[fFirst] = 1
	case 1:
		f[fSecond] = 1
	case 2:
		f[fThird] = 1
	case 3, 4, 5:
		f[fMid] = 1
	}
	f[fLogPos] = math.Log1p(float64(i))
	f[fRelPos] = float64(i) / float64(n)
}

// textFeatures sets the features of a sentence's form: s as a key point
// would show it (standalone), toks the tokens of the sentence as written
// (a standalone form differs in its first word or two).
func textFeatures(f *[numFeatures]float64, s string, toks []text.Token) {
	if _, ok := definiteHead(s); ok {
		f[fDefinite] = 1
	}
	if OpensDangling(s) {
		f[fDangling] = 1
	}
	if strings.HasSuffix(strings.TrimRight(s, "\"'”’)"), "?") {
		f[fQuestion] = 1
	}
	first := strings.TrimLeft(s, " ")
	if strings.HasPrefix(first, "\"") || strings.HasPrefix(first, "“") || strings.HasPrefix(first, "'") || strings.HasPrefix(first, "‘") {
		f[fOpensQuote] = 1
	}
	inQuote := false
	quoted, all, caps, personal, numbers, past := 0, 0, 0, false, false, false
	for k := range toks {
		t := &toks[k]
		if t.Kind == text.Punct {
			if t.Is(text.OpenQuote) {
				inQuote = true
			} else if t.Is(text.CloseQuote) {
				inQuote = false
			} else if t.Text == "\"" {
				inQuote = !inQuote
			}
			continue
		}
		all++
		if inQuote {
			quoted++
			continue
		}
		if t.Kind == text.Number {
			numbers = true
		}
		if t.Is(text.Cap) && !t.Is(text.SentStart) {
			caps++
		}
		switch t.Text {
		case "said", "says", "told", "say":
			f[fSaid] = 1
		default:
			personal = personal || personalWord(t.Text)
		}
		if lex().when[t.Text] {
			f[fWhen] = 1
		}
		past = past || pastTense(t.Text)
	}
	f[fLength] = float64(all) / 30
	if all < 10 {
		f[fShort] = 1
	}
	f[fLogLen] = math.Log1p(float64(all))
	if all > 0 {
		f[fQuoted] = float64(quoted) / float64(all)
		f[fNames] = float64(caps) / float64(all)
	}
	if personal {
		f[fPersonal] = 1
	}
	if numbers {
		f[fNumbers] = 1
	}
	if past {
		f[fPast] = 1
	}
	if !past && caps == 0 && !numbers {
		f[fScene] = 1
	}
}

// pastTense reports a word that is, most likely, a verb in the past tense:
// a regular "-ed" form or a common irregular one. "said" is not counted:
// reported speech has its own feature.
func pastTense(w string) bool {
	if len(w) >= 5 && strings.HasSuffix(w, "ed") && w[0] >= 'a' && w[0] <= 'z' {
		return !lex().notPast[w]
	}
	return lex().irregularPast[w]
}

// personalWord reports a word of the first or second person: the writer
// or the reader, whom a key point cannot speak as or to. "US" is the
// country, so "us" counts only in lower case.
func personalWord(w string) bool {
	if k := strings.IndexAny(w, "'’"); k > 0 {
		w = w[:k] // "I'm", "you're", "we've"
	}
	switch w {
	case "I", "we", "We", "my", "My", "our", "Our", "ours", "me", "us", "myself", "ourselves",
		"you", "You", "your", "Your", "yours", "yourself", "yourselves":
		return true
	}
	return false
}

// imperative reports a sentence that opens, outside quotation marks, with
// a command to the reader: "Enjoy the latest pictures ...", "Take a look
// at ...", "Don't miss ...". The tagger reads the first few words: a verb
// in its base form with no subject before it.
func imperative(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" || strings.ContainsRune("\"“'‘", []rune(s)[0]) {
		return false
	}
	if hasPrefixWord(s, "Don't") || hasPrefixWord(s, "Don’t") || hasPrefixWord(s, "Let's") || hasPrefixWord(s, "Let’s") {
		return true
	}
	if k := strings.LastIndexByte(s[:min(len(s), 60)], ' '); len(s) > 60 && k > 0 {
		s = s[:k] // the opening is enough, and keeps this cheap
	}
	words := tagger.Words(tagger.Tokenize(s))
	if len(words) > 6 {
		words = words[:6]
	}
	if len(words) < 2 {
		return false
	}
	// In lower case: the tagger takes a capitalised first word for a verb
	// too readily ("Across the valley, ..."). A verb in the present with
	// nothing before it has no subject. A noun straight before an article
	// or "how" is a verb the tagger did not know for one ("Imagine a
	// world", "Discover how"): a subject is never followed by one.
	words[0] = strings.ToLower(words[0])
	switch tagger.POS().Tag(words)[0] {
	case "VB", "VBP":
		return true
	case "NN":
		switch strings.ToLower(words[1]) {
		case "the", "a", "an", "your", "this", "these", "how":
			return true
		}
	}
	return false
}

// hasPrefixWord reports whether s opens with the word w.
func hasPrefixWord(s, w string) bool {
	return strings.HasPrefix(s, w) && (len(s) == len(w) || s[len(w)] == ' ')
}

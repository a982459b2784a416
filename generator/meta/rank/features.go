package rank

import (
	"math"
	"strings"

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
	fPersonal   // "I", "we", "my", "our", "me", "us" outside quotations
	fYou        // "you", "your" outside quotations
	fNumbers    // has a number
	fNames      // share of its words that are capitalised inside the sentence
	fLeadSim    // similarity to the first sentence
	fDefinite   // opens with a definite description that needs an antecedent
	fSaid       // reports speech: "said", "says", "told"
	numFeatures
)

// featureNames name the features for reports of a fit.
var featureNames = [numFeatures]string{"bias", "first", "second", "third", "log-position", "relative-position",
	"centrality", "headline", "length", "short", "quoted", "opens-quote", "dangling", "question", "personal", "you",
	"numbers", "names", "lead-similarity", "definite", "said"}

// featureConst name the feature constants, for the generated weights.go.
var featureConst = [numFeatures]string{"fBias", "fFirst", "fSecond", "fThird", "fLogPos", "fRelPos", "fCentrality", "fHeadline", "fLength", "fShort", "fQuoted", "fOpensQuote", "fDangling", "fQuestion", "fPersonal", "fYou", "fNumbers", "fNames", "fLeadSim", "fDefinite", "fSaid"}

// sentenceFeatures computes the features of sentence i of the n of d.
func sentenceFeatures(d *text.Doc, i, n, words int, cent, head, lead float64) [numFeatures]float64 {
	var f [numFeatures]float64
	s := d.Sentences[i].Text
	f[fBias] = 1
	switch i {
	case 0:
		f[fFirst] = 1
	case 1:
		f[fSecond] = 1
	case 2:
		f[fThird] = 1
	}
	f[fLogPos] = math.Log1p(float64(i))
	f[fRelPos] = float64(i) / float64(n)
	f[fCentrality] = cent
	f[fHeadline] = head
	f[fLeadSim] = lead
	if _, ok := definiteHead(s); ok {
		f[fDefinite] = 1
	}
	f[fLength] = float64(words) / 30
	if words < 10 {
		f[fShort] = 1
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
	_, toks := d.SentenceTokens(i)
	inQuote := false
	quoted, all, caps, personal, you, numbers := 0, 0, 0, false, false, false
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
		case "I", "we", "We", "my", "My", "our", "Our", "me", "us":
			personal = true
		case "you", "You", "your", "Your":
			you = true
		}
	}
	if all > 0 {
		f[fQuoted] = float64(quoted) / float64(all)
		f[fNames] = float64(caps) / float64(all)
	}
	if personal {
		f[fPersonal] = 1
	}
	if you {
		f[fYou] = 1
	}
	if numbers {
		f[fNumbers] = 1
	}
	return f
}

package tag

import (
	_ "embed"
	"sort"
	"strings"
	"sync"

	"briefing/generator/meta/entity"
	"briefing/generator/meta/internal/wordlist"
	"briefing/generator/meta/text"
)

const (
	maxTags = 5
	minTags = 3
)

//go:embed wordlists/topics.txt
var topicList string

// topicStems are the stems of words that name what a story is about (see
// topics.txt), read on first use.
var topicStems = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for w := range wordlist.Words(topicList) {
		m[stem(w)] = true
	}
	return m
})

type candidate struct {
	form  string
	score float64
	first int
}

// stem folds plurals so "sanctions" and "sanction" count together.
func stem(w string) string {
	switch {
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "sses"):
		return w[:len(w)-2]
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is") && len(w) > 4:
		return w[:len(w)-1]
	}
	return w
}

func topicWord(t *text.Token, topics, stop map[string]bool, common text.Words) (string, bool) {
	if t.Kind != text.Word || t.Is(text.Cap) && !t.Is(text.SentStart) || t.Is(text.AllCaps) || len(t.Text) < 4 {
		return "", false
	}
	w := t.Text
	if t.Is(text.Cap) {
		w = strings.ToLower(w)
	}
	if hasApostropheOrDot(w) || common.Has(w) || stop[w] || common.Has(stem(w)) || strings.HasSuffix(w, "ly") || strings.HasSuffix(w, "ed") {
		return "", false
	}
	// Participles and adjectives ("willing", "mutual", "bilateral") read
	// badly as topics unless the topic list knows them ("banking").
	if !topics[stem(strings.ToLower(w))] && (strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ual") || strings.HasSuffix(w, "eral") || strings.HasSuffix(w, "ive") || strings.HasSuffix(w, "ous") || strings.HasSuffix(w, "ful")) {
		return "", false
	}
	if t.Is(text.Cap) && entity.IsKnownName(t.Text) {
		return "", false
	}
	return w, true
}

// Pick returns three to five tags for d: the words and two-word phrases
// that name its topic, weighted by the topic list and the headline, then
// the main place or organisation when the words alone are too few.
func Pick(d *text.Doc, places, organizations []string) []string {
	hl := d.HeadlineTokens()
	toks := d.Tokens()
	topics, stop, common := topicStems(), lex().stopWords, text.CommonWords()
	cands := map[string]*candidate{}
	bump := func(key, form string, w float64, pos int) {
		c := cands[key]
		if c == nil {
			c = &candidate{form: form, first: pos}
			cands[key] = c
		}
		c.score += w
	}
	for i := range toks {
		w, ok := topicWord(&toks[i], topics, stop, common)
		if !ok {
			continue
		}
		if topics[stem(w)] {
			bump(stem(w), w, 3, i) // a topic word counts for more
		} else {
			bump(stem(w), w, 1, i)
		}
		// two topic words in a row: "trade volumes", "road bridge"
		if i+1 < len(toks) && toks[i+1].Para == toks[i].Para {
			if w2, ok := topicWord(&toks[i+1], topics, stop, common); ok {
				bump(stem(w)+" "+stem(w2), w+" "+w2, 1.5, i)
			}
		}
	}
	// headline words weigh more: they name the topic
	for i := range hl {
		t := &hl[i]
		if t.Kind != text.Word {
			continue
		}
		w := strings.ToLower(t.Text)
		if c := cands[stem(w)]; c != nil {
			c.score += 2
		}
	}
	list := make([]*candidate, 0, len(cands))
	for k, c := range cands {
		single := !strings.Contains(k, " ")
		if c.score >= 2 || single && c.score >= 1 && len(cands) < 40 {
			list = append(list, c)
		}
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].score != list[j].score {
			return list[i].score > list[j].score
		}
		if list[i].first != list[j].first {
			return list[i].first < list[j].first
		}
		// Only a word and the two-word phrase it opens can tie here: take
		// the phrase, and never leave the choice to map order.
		return list[i].form > list[j].form
	})
	var out []string
	has := func(s string) bool {
		for _, o := range out {
			if o == s || strings.Contains(" "+o+" ", " "+s+" ") || strings.Contains(" "+s+" ", " "+o+" ") ||
				stem(o) == stem(s) {
				return true
			}
		}
		return false
	}
	for _, c := range list {
		if len(out) == maxTags {
			break
		}
		if c.score < 2 && len(out) >= minTags {
			break
		}
		if !has(c.form) {
			out = append(out, c.form)
		}
	}
	// the main place or organisation when the words alone are too few
	for _, names := range [][]string{places, organizations} {
		if len(out) < minTags && len(names) > 0 {
			if n := strings.ToLower(names[0]); !has(n) {
				out = append(out, n)
			}
		}
	}
	return out
}

// hasApostropheOrDot spots contractions, abbreviations and web addresses.
func hasApostropheOrDot(w string) bool {
	for k := 0; k < len(w); k++ {
		if c := w[k]; c == '\'' || c == '.' || c == 0xE2 { // 0xE2 starts ’
			return true
		}
	}
	return false
}

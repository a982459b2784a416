package text

import (
	_ "embed"
	"sync"
	"unicode"

	"briefing/generator/meta/internal/wordlist"
)

//go:embed wordlists/common.txt
var commonList string

// commonWords is common.txt, parsed on first use.
var commonWords = sync.OnceValue(func() map[string]bool { return wordlist.Words(commonList) })

// Common reports whether w, in lower case, is a common English word: a
// capitalised one is likely capitalised only because it opens a sentence,
// and it says nothing about an article's topic.
func Common(w string) bool { return commonWords()[w] }

// SpeechVerb reports whether w (as written, lower case) marks
// attribution: "X said", "said X".
func SpeechVerb(w string) bool { return speechVerbs[w] }

var speechVerbs = map[string]bool{
	"said": true, "says": true, "say": true, "told": true, "tells": true, "added": true,
	"adds": true, "explained": true, "insisted": true, "warned": true, "stated": true,
	"argued": true, "claimed": true, "noted": true, "replied": true, "announced": true,
	"admitted": true, "confirmed": true, "revealed": true, "wrote": true, "writes": true,
	"believes": true, "predicted": true, "commented": true, "urged": true, "declared": true,
	"acknowledged": true, "suggested": true, "stressed": true, "asked": true, "quoted": true,
}

func stringSet(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

func asciiLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

func wordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

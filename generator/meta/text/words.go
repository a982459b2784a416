package text

import (
	_ "embed"
	"sync"
	"unicode"

	"briefing/generator/meta/internal/wordlist"
)

//go:embed wordlists/common.txt
var commonList string

// Words is a read-only set of words.
type Words struct{ set map[string]bool }

// Has reports whether w is in the set.
func (s Words) Has(w string) bool { return s.set[w] }

// commonWords is common.txt, parsed on first use.
var commonWords = sync.OnceValue(func() map[string]bool { return wordlist.Words(commonList) })

// CommonWords returns the common English words, in lower case: a
// capitalised one likely opens a sentence rather than naming something,
// and none says what an article is about. Fetch the set once per article,
// not once per word.
func CommonWords() Words { return Words{commonWords()} }

// SentenceStarters returns the words that commonly begin a sentence
// ("The", "He", "However"): they settle the ambiguous "in the U.S. The
// company ..." and tell an ordinary opening word from a name.
func SentenceStarters() Words { return Words{lex().sentenceStarters} }

func asciiLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

func wordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// wordSets are the word sets of this package, built on first use rather
// than at init, so a command that never computes metadata never pays for
// them.
type wordSets struct {
	sentenceStarters map[string]bool
	abbreviations    map[string]abbrevKind
}

var lex = sync.OnceValue(buildWordSets)

func buildWordSets() *wordSets {
	return &wordSets{
		sentenceStarters: sentenceStartersList(),
		abbreviations:    abbreviationsList(),
	}
}

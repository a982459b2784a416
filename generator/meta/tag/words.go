package tag

import "sync"

// wordSets are the word sets of this package, built on first use rather
// than at init, so a command that never computes metadata never pays for
// them.
type wordSets struct {
	stopWords map[string]bool
}

var lex = sync.OnceValue(buildWordSets)

func buildWordSets() *wordSets {
	return &wordSets{
		// stopWords are frequent news words that say nothing about the topic, beyond
		// the common-word background list.
		stopWords: map[string]bool{
			"told": true, "added": true, "according": true, "including": true, "reported": true,
			"percent": true, "cent": true, "per": true, "also": true, "would": true, "could": true,
			"should": true, "there": true, "their": true, "about": true, "which": true, "being": true,
			"while": true, "where": true, "these": true, "those": true, "after": true, "before": true,
			"other": true, "since": true, "because": true, "through": true, "still": true, "further": true,
			"whether": true, "against": true, "around": true, "between": true, "during": true, "without": true,
			"within": true, "another": true, "among": true, "across": true, "already": true, "until": true,
			"though": true, "although": true, "rather": true, "every": true, "either": true, "neither": true,
			"themselves": true, "himself": true, "herself": true, "itself": true, "yesterday": true,
			"reportedly": true, "early": true, "earlier": true, "later": true, "year-earlier": true,
			"beat": true, "beats": true, "lost": true, "wins": true, "took": true, "makes": true, "gave": true,
			"says": true, "claims": true, "believe": true, "think": true, "want": true, "wants": true, "need": true,
			"needs": true, "hope": true, "hopes": true, "plans": true, "move": true, "moves": true, "comes": true,
			"week": true, "weeks": true, "month": true, "months": true, "days": true, "years": true, "time": true,
		},
	}
}

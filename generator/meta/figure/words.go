package figure

import "sync"

// wordSets are the word sets of this package, built on first use rather
// than at init, so a command that never computes metadata never pays for
// them.
type wordSets struct {
	currencySymbols map[string]bool
	currencyWords   map[string]bool
	scaleWords      map[string]bool
	figNotUnit      map[string]bool
	changeWords     map[string]string
	figSkip         map[string]bool
	figLinks        map[string]bool
	npDrop          map[string]bool
	npCut           map[string]bool
	npVerbs         map[string]bool
}

var lex = sync.OnceValue(buildWordSets)

func buildWordSets() *wordSets {
	return &wordSets{
		currencySymbols: map[string]bool{"$": true, "£": true, "€": true, "¥": true, "₹": true, "₽": true},
		currencyWords: map[string]bool{
			"yen": true, "euros": true, "euro": true, "dollars": true, "pounds": true, "yuan": true,
			"rupees": true, "roubles": true, "rubles": true, "pence": true, "cents": true, "francs": true,
			"won": false, "renminbi": true, "dinars": true, "pesos": true, "krona": true, "kronor": true,
		},
		scaleWords: map[string]bool{
			"million": true, "billion": true, "trillion": true, "thousand": true, "bn": true, "m": true,
			"tn": true, "trn": true, "mn": true, "k": true,
		},
		// figNotUnit are words that can follow a number without being its unit.
		figNotUnit: map[string]bool{
			"and": true, "or": true, "to": true, "of": true, "in": true, "on": true, "at": true, "by": true,
			"for": true, "the": true, "a": true, "an": true, "is": true, "was": true, "were": true, "are": true,
			"has": true, "had": true, "have": true, "with": true, "from": true, "as": true, "than": true,
			"that": true, "which": true, "who": true, "will": true, "would": true, "after": true, "before": true,
			"when": true, "while": true, "but": true, "per": true, "times": false, "am": true, "pm": true,
			"gmt": true, "bst": true, "p": true, "out": true, "up": true, "down": true, "over": true, "into": true,
			"it": true, "its": true, "be": true, "this": true, "said": true, "says": true, "also": true,
			"not": true, "more": false, "if": true, "so": true, "all": true, "since": true, "during": true,
			"points": false, "th": true, "st": true, "nd": true, "rd": true, "o'clock": true, "under": true,
		},
		// changeWords turn a percentage into a change: "up 30 percent" measures a rise.
		changeWords: map[string]string{
			"up": "rise", "rose": "rise", "rise": "rise", "risen": "rise", "jumped": "rise",
			"grew": "rise", "increased": "rise", "climbed": "rise", "soared": "rise", "gained": "rise",
			"surged": "rise", "rising": "rise", "boosted": "rise", "higher": "rise", "increase": "rise",
			"down": "fall", "fell": "fall", "fall": "fall", "fallen": "fall", "dropped": "fall",
			"slumped": "fall", "slump": "fall", "declined": "fall", "decreased": "fall", "lower": "fall",
			"plunged": "fall", "slipped": "fall", "falling": "fall", "shrank": "fall", "cut": "fall",
			"tumbled": "fall", "lost": "fall", "slipping": "fall", "slowing": "fall", "slow": "fall",
			"growing": "rise", "rises": "rise", "falls": "fall",
		},
		// figSkip are words between a value and what it measures: "more than", "hitting".
		figSkip: map[string]bool{
			"more": true, "than": true, "about": true, "around": true, "nearly": true, "almost": true,
			"some": true, "over": true, "under": true, "just": true, "roughly": true, "approximately": true,
			"an": true, "estimated": true, "by": true, "less": true, "at": true, "least": true, "only": true,
			"to": true, "a": true, "record": true, "of": true, "than-expected": true, "as": true, "much": true,
			"many": true, "almost-": true, "up": true, "down": true, "from": true,
		},
		// figLinks join a subject to its value: "volumes ... hitting $147 billion".
		figLinks: map[string]bool{
			"hitting": true, "hit": true, "reached": true, "reaching": true, "totalled": true, "totaled": true,
			"totalling": true, "was": true, "were": true, "is": true, "are": true, "be": true, "been": true,
			"stood": true, "standing": true, "worth": true, "valued": true, "cost": true, "costs": true,
			"costing": true, "raised": true, "posted": true, "reported": true, "made": true, "make": true,
			"earned": true, "generated": true, "pay": true, "paid": true, "paying": true, "spent": true,
			"spend": true, "spending": true, "invest": true, "invested": true, "owns": true, "set": true,
			"sold": true, "bought": true, "fetch": true, "fetched": true, "attracted": true, "saw": true,
			"offered": true, "offer": true, "lose": true, "losing": true, "amounted": true, "amounting": true,
			"accounted": true, "accounting": true, "grow": true, "expected": true, "forecast": true, "remained": true,
		},
		npDrop: map[string]bool{
			"with": true, "while": true, "but": true, "and": true, "its": true, "their": true, "his": true,
			"her": true, "the": true, "a": true, "an": true, "which": true, "that": true, "for": true,
			"as": true, "so": true, "it": true, "they": true, "he": true, "she": true, "also": true,
			"has": true, "have": true, "had": true, "we": true, "i": true, "this": true, "these": true,
			"those": true, "there": true, "our": true, "my": true, "your": true, "already": true,
			"will": true, "would": true, "could": true, "can": true, "may": true, "might": true,
			"now": true, "still": true, "then": true, "when": true, "where": true, "who": true, "after": true,
			"before": true, "since": true, "if": true, "because": true, "although": true, "however": true,
			"being": true, "total": false, "in": true, "on": true, "at": true, "of": true, "to": true,
			"from": true, "by": true, "said": true, "says": true, "say": true, "than": true, "just": true,
		},
		// npCut ends a subject phrase at a preposition, keeping its head:
		// "profits at US media giant TimeWarner" -> "profits".
		npCut: map[string]bool{"at": true, "in": true, "from": true, "by": true, "on": true, "after": true},
		// npVerbs end a subject phrase.
		npVerbs: map[string]bool{
			"would": true, "will": true, "should": true, "could": true, "might": true, "may": true,
			"has": true, "have": true, "had": true, "did": true, "does": true, "slipping": true,
			"slowing": true, "growing": true, "expects": true, "expected": true, "fell": true,
		},
	}
}

package rank

import (
	"sync"

	"briefing/generator/meta/internal/wordlist"
)

// wordSets are the word sets of this package, built on first use rather
// than at init, so a command that never computes metadata never pays for
// them.
type wordSets struct {
	danglingWords map[string]bool
	stopwords     map[string]bool
	personHeads   map[string]bool
	thingHeads    map[string]bool
	when          map[string]bool
	irregularPast map[string]bool
	notPast       map[string]bool
}

var lex = sync.OnceValue(buildWordSets)

func buildWordSets() *wordSets {
	return &wordSets{
		when: wordlist.Set("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
			"yesterday", "today", "tonight", "January", "February", "March", "April", "June", "July",
			"August", "September", "October", "November", "December"),
		irregularPast: wordlist.Set("was", "were", "had", "did", "made", "took", "found", "left", "gave",
			"came", "went", "got", "won", "lost", "saw", "became", "began", "held", "led", "met", "paid",
			"put", "ran", "sent", "shot", "sold", "spent", "stood", "struck", "thought", "wrote", "fell",
			"broke", "brought", "built", "bought", "caught", "chose", "drove", "fled", "flew", "fought",
			"froze", "grew", "hit", "hung", "kept", "knew", "laid", "lay", "meant", "rose", "sank",
			"sat", "sought", "spoke", "stole", "swore", "taught", "threw", "told", "understood", "woke",
			"wore", "beat", "bit", "blew", "dug", "drew", "ate", "forgave", "heard", "hid", "quit",
			"rang", "rode", "shook", "shut", "slid", "split", "spread", "stuck", "swept", "swam",
			"tore", "withdrew", "overturned", "upheld"),
		notPast: wordlist.Set("need", "needed", "speed", "indeed", "hundred", "hundreds", "seed", "feed",
			"breed", "proceed", "succeed", "exceed", "bed", "red", "shed", "weed", "greed", "creed",
			"united", "limited", "related", "concerned", "interested", "supposed", "alleged",
			"allegedly", "based", "advanced", "detailed", "experienced", "talented", "qualified",
			"skilled", "married", "armed", "wounded", "injured", "unidentified", "unnamed", "named"),
		// danglingWords open a sentence that cannot stand alone: pronouns and
		// demonstratives that point back, and connectives that continue an argument.
		danglingWords: wordlist.Set(
			"He", "She", "It", "They", "This", "That", "These", "Those", "His", "Her", "Its", "Their",
			"Them", "Him", "It's", "He's", "She's", "They're", "They've", "They'd", "He'd", "She'd",
			"That's", "Such", "Here", "Both", "But", "And", "However", "Also", "Meanwhile", "So",
			"Yet", "Still", "Instead", "Moreover", "Furthermore", "Nevertheless", "Nonetheless",
			"Besides", "Then", "Thus", "Hence", "Therefore", "Likewise", "Similarly", "Otherwise",
			"Or", "Nor", "Plus", "Indeed", "Additionally", "Consequently", "Accordingly", "Again",
			"Elsewhere", "Later", "Separately", "Now"),
		// personHeads and thingHeads are the nouns news copy uses, after
		// "The", for someone or something it has already named: "The
		// man", "The striker"; "The company", "The attack".
		personHeads: wordlist.Set(
			"man", "woman", "men", "women", "boy", "girl", "boys", "girls", "teen", "teenager",
			"teenagers", "child", "children", "baby", "toddler", "mother", "father", "son",
			"daughter", "wife", "husband", "couple", "pair", "trio", "victim", "victims",
			"suspect", "suspects", "gunman", "attacker", "driver", "pilot", "officer", "player",
			"players", "star", "singer", "actor", "actress", "rapper", "striker", "midfielder",
			"defender", "forward", "goalkeeper", "coach", "manager", "boss", "chairman", "founder",
			"brothers", "sisters", "student", "students", "soldier", "soldiers", "doctor", "nurse",
			"teacher", "journalist", "reporter", "lawyer", "judge", "defendant", "accused", "ex-wife",
			"ex-husband", "girlfriend", "boyfriend", "fiancee", "widow", "passenger", "former",
			"latter", "youngster", "veteran", "winger", "campaigner", "activist", "billionaire",
			"millionaire", "businessman", "businesswoman", "entrepreneur", "tycoon", "mogul",
			"politician", "lawmaker", "senator", "congressman", "spokesman", "spokeswoman",
			"comedian", "presenter", "host", "model", "designer", "artist", "author", "writer",
			"director", "producer", "musician", "drummer", "guitarist", "frontman", "athlete",
			"champion", "golfer", "boxer", "fighter", "wrestler", "swimmer", "runner", "cyclist",
			"batsman", "bowler", "captain", "dog", "cat", "animal", "creature",
			"fly-half", "scrum-half", "full-back", "flanker", "hooker", "prop", "lock", "centre", "quarterback",
			"pitcher", "keeper", "pensioner", "grandmother", "grandfather", "pontiff", "monarch",
			"expert", "professor", "scientist", "researcher", "economist", "analyst", "academic"),
		thingHeads: wordlist.Set(
			"company", "firm", "group", "club", "side", "team", "band", "duo", "family", "crew",
			"incident", "accident", "crash", "attack", "attacks", "shooting", "deal", "move",
			"decision", "case", "report", "study", "plan", "bill", "scheme", "proposal", "project",
			"device", "product", "app", "film", "movie", "show", "book", "album", "song", "game",
			"match", "event", "festival", "organisation", "organization", "agency", "charity",
			"church", "school", "hospital", "store", "restaurant", "shop", "vessel", "ship", "plane",
			"aircraft", "jet", "car", "vehicle", "building", "house", "home", "village", "town",
			"city", "country", "video", "photo", "picture", "image", "footage", "letter", "post",
			"statement", "ruling", "verdict", "trial", "investigation", "probe", "program",
			"programme", "service", "site", "website", "network", "body", "ban", "law", "policy",
			"rule", "vote", "election", "campaign", "race", "fire", "blast", "explosion", "storm",
			"quake", "earthquake", "outbreak", "virus", "disease", "scandal", "row", "dispute",
			"uproar", "outcry", "furore", "furor", "backlash", "controversy", "announcement", "revelation",
			"findings", "discovery", "operation", "mission", "raid", "talks", "summit", "agreement",
			"contract", "bid", "tournament", "competition", "ceremony", "visit", "synagogue", "mosque",
			"temple", "cathedral", "museum", "stadium", "airport", "prison", "hotel", "island"),
		// stopwords carry no topic; reporting verbs and titles are included
		// because every sentence of news has them.
		stopwords: wordlist.Set(
			"a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and",
			"any", "are", "aren't", "as", "at", "be", "because", "been", "before", "being", "below",
			"between", "both", "but", "by", "can", "can't", "cannot", "could", "couldn't", "did",
			"didn't", "do", "does", "doesn't", "doing", "don't", "down", "during", "each", "few",
			"for", "from", "further", "had", "hadn't", "has", "hasn't", "have", "haven't", "having",
			"he", "he'd", "he'll", "he's", "her", "here", "here's", "hers", "herself", "him",
			"himself", "his", "how", "how's", "i", "i'd", "i'll", "i'm", "i've", "if", "in", "into",
			"is", "isn't", "it", "it's", "its", "itself", "let's", "me", "more", "most", "mustn't",
			"my", "myself", "no", "nor", "not", "of", "off", "on", "once", "only", "or", "other",
			"ought", "our", "ours", "ourselves", "out", "over", "own", "same", "shan't", "she",
			"she'd", "she'll", "she's", "should", "shouldn't", "so", "some", "such", "than", "that",
			"that's", "the", "their", "theirs", "them", "themselves", "then", "there", "there's",
			"these", "they", "they'd", "they'll", "they're", "they've", "this", "those", "through",
			"to", "too", "under", "until", "up", "very", "was", "wasn't", "we", "we'd", "we'll",
			"we're", "we've", "were", "weren't", "what", "what's", "when", "when's", "where",
			"where's", "which", "while", "who", "who's", "whom", "why", "why's", "will", "with",
			"won't", "would", "wouldn't", "you", "you'd", "you'll", "you're", "you've", "your",
			"yours", "yourself", "yourselves", "said", "says", "say", "saying", "told", "tell",
			"mr", "mrs", "ms", "dr", "just", "now", "new", "one", "two", "year", "years", "also",
			"like", "may", "might", "must", "yet", "still", "even", "well", "much", "many", "back",
			"get", "got", "make", "made", "per", "cent", "s", "t", "ve", "ll", "re", "d", "m",
			"last", "first", "since", "however", "according", "added", "around", "another", "way"),
	}
}

package quote

import (
	"embed"
	"strings"
	"sync"

	"briefing/generator/meta/internal/wordlist"
)

//go:embed wordlists/*.txt
var lists embed.FS

// cue says how a reporting verb takes its speaker.
type cue uint8

const (
	cueSubject  cue = 1 << iota // "X said": the subject speaks
	cueInverted                 // "said X": the speaker may follow
	cueListener                 // "told X", "asked X": who follows listened
	cueIntro                    // "X issued a statement": the quotation after it is X's
)

// wordSets are the word sets of this package, built on first use rather
// than at init, so a command that never computes metadata never pays for
// them.
type wordSets struct {
	cues      map[string]cue
	adverbs   map[string]bool // between a speaker and the verb: "X also said"
	male      map[string]bool
	female    map[string]bool
	outlets   map[string]bool
	orgNouns  map[string]bool // "the group said": the last organisation named
	roleNouns map[string]bool // "the senator said": the last person with that role
	titles    map[string]gender
	preps     map[string]bool
	skipAfter map[string]bool // between an inverted verb and its speaker: "said the"
}

var lex = sync.OnceValue(buildWordSets)

func buildWordSets() *wordSets {
	read := func(name string) map[string]bool {
		b, err := lists.ReadFile("wordlists/" + name)
		if err != nil {
			panic(err)
		}
		return wordlist.Words(string(b))
	}
	entries := func(name string) map[string]bool {
		b, err := lists.ReadFile("wordlists/" + name)
		if err != nil {
			panic(err)
		}
		return wordlist.Entries(string(b))
	}
	ws := &wordSets{
		cues:    map[string]cue{},
		male:    read("male.txt"),
		female:  read("female.txt"),
		outlets: map[string]bool{},
	}
	for o := range entries("outlets.txt") {
		ws.outlets[strings.ToLower(o)] = true
	}
	both := cueSubject | cueInverted
	for _, w := range strings.Fields(`said says say saying added adds explained explains insisted insists
		argued argues noted notes replied replies responded responds continued continues recalled recalls
		remarked observed concluded conceded concedes countered counters declared declares stated states
		wrote writes quipped joked jokes exclaimed warned warns cautioned stressed stresses emphasized
		emphasised emphasizes emphasises added admitted admits acknowledged acknowledges claimed claims
		announced announces predicted predicts suggested suggests commented comments maintained
		maintains contended contends reiterated reiterates complained complains boasted boasts
		observed mused wondered shouted yelled chanted laughed sighed cried screamed whispered
		tweeted tweets posted texted emailed lamented confirmed confirms revealed reveals insisting
		pleaded testified proclaimed thundered scoffed snapped retorted interjected recounted
		agreed disagreed objected protested explaining adding noting arguing warning stressing
		recalling claiming insisting stating declaring acknowledging predicting suggesting
		answered answers pressed repeated interrupted chimed ventured opined marveled marvelled
		conceding countering replying responding concluding reasoned reasons explaining`) {
		ws.cues[w] |= both
	}
	for _, w := range strings.Fields(`told tells telling asked asks asking assured assures urged urges
		reminded reminds informed informs advised advises`) {
		ws.cues[w] |= cueSubject | cueListener
	}
	// ""...?" asked Sen. Barbara Mikulski": the one asking speaks
	ws.cues["asked"] |= cueInverted
	ws.cues["asks"] |= cueInverted
	for _, w := range strings.Fields(`issued issues released releases tweeted posted wrote told
		telling spoke speaks addressed addresses`) {
		ws.cues[w] |= cueSubject | cueIntro
	}
	// Verbs whose subject is the speaker of a partial quotation:
	// "Trump called the ruling "a disgrace"".
	for _, w := range strings.Fields(`called calls calling described describes describing dubbed dubs
		labelled labeled labels branded brands termed terms praised praises hailed hails slammed slams
		blasted blasts attacked attacks criticised criticized criticises criticizes condemned condemns
		denounced denounces accused accuses dismissed dismisses rejected rejects denied denies vowed vows
		pledged pledges promised promises demanded demands threatened threatens charged alleged
		alleges mocked mocks ridiculed decried decries lambasted derided questioned questions
		welcomed welcomes insisted voiced expressed characterized characterised referred refers
		defended defends touted touts blamed blames apologized apologised thanked thanks
		declined declines reported reports cited cites quoted`) {
		ws.cues[w] |= cueSubject
	}
	ws.adverbs = wordlist.Words(`also later then reportedly previously recently once again has have had was
		is were are would will could did does had been just simply further publicly repeatedly
		flatly bluntly angrily still often frequently earlier separately privately famously initially
		finally ultimately quickly immediately promptly subsequently afterward afterwards last
		similarly likewise not never only even already tweeted wrote quietly openly loudly
		firmly calmly simply proudly sharply recently jokingly testily curtly`)
	ws.orgNouns = wordlist.Words(`organisation organization group company firm campaign agency department
		ministry committee party union network broadcaster newspaper paper magazine bank club
		government administration council commission office board association coalition charity
		foundation institute university school website site station channel team watchdog
		regulator court police force army military embassy service lobby alliance corporation
		retailer airline carmaker chain body federation league tribunal panel authority authorities
		spokesman spokeswoman spokesperson`)
	ws.roleNouns = wordlist.Words(`president minister senator candidate nominee chairman chairwoman chair
		governor mayor leader secretary premier chancellor congressman congresswoman lawmaker
		representative judge justice director chief executive boss coach manager founder
		ambassador general commander prosecutor attorney sheriff commissioner businessman
		businesswoman billionaire tycoon mogul star actor actress singer author writer pope king
		queen prince princess speaker diplomat envoy official officer lawyer economist analyst
		professor expert doctor adviser advisor aide strategist spokesman spokeswoman father
		mother son daughter husband wife brother sister player striker captain manager`)
	ws.titles = map[string]gender{
		"Mr": male, "Mr.": male, "Sir": male, "Lord": male, "King": male, "Prince": male, "Duke": male,
		"Baron": male, "Earl": male, "Pope": male, "Father": male, "Brother": male, "Mister": male,
		"Mrs": female, "Mrs.": female, "Ms": female, "Ms.": female, "Miss": female, "Lady": female,
		"Dame": female, "Queen": female, "Princess": female, "Duchess": female, "Baroness": female,
		"Sister": female, "Madam": female, "Madame": female,
	}
	ws.preps = wordlist.Words(`of at for from with in on to by about against under behind like than into
		onto over between among through toward towards via per after before during despite without`)
	ws.skipAfter = wordlist.Words(`the a an another one former then current outgoing incoming new longtime
		veteran leading top senior prominent`)
	return ws
}

// gender is what a pronoun or title says of a person: unknown, male or
// female.
type gender uint8

const (
	unknown gender = iota
	male
	female
)

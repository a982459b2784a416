package figure

import (
	"sync"

	"briefing/generator/meta/internal/wordlist"
)

// wordSets are the word sets of this package, built on first use rather
// than at init, so a command that never computes metadata never pays for
// them.
type wordSets struct {
	currencySymbols map[string]bool
	currencyWords   map[string]bool
	scaleWords      map[string]bool
	figNotUnit      map[string]bool
	npDrop          map[string]bool
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
		figNotUnit: wordlist.Words(`and or to of in on at by for the a an is was were are has had have with from
			as than that which who will would after before when while but per am pm gmt bst p out up
			down over into it its be this said says also not if so all since during th st nd rd
			o'clock under`),
		npDrop: wordlist.Words(`with while but and its their his her the a an which that for as so it they he she
			also has have had we i this these those there our my your already will would could can
			may might now still then when where who after before since if because although however
			being in on at of to from by said says say than just`),
	}
}

// changeVerbs turn a percentage into a change: "profits rose 12%" measures a
// rise in profits.
var changeVerbs = map[string]string{
	"up": "rise", "rose": "rise", "rise": "rise", "risen": "rise", "rises": "rise", "rising": "rise",
	"jumped": "rise", "jump": "rise", "jumps": "rise", "grew": "rise", "grow": "rise", "grown": "rise",
	"grows": "rise", "growing": "rise", "increased": "rise", "increase": "rise", "increases": "rise",
	"climbed": "rise", "climb": "rise", "soared": "rise", "soar": "rise", "gained": "rise", "gain": "rise",
	"surged": "rise", "surge": "rise", "boosted": "rise", "higher": "rise", "doubled": "rise",
	"rocketed": "rise", "leapt": "rise", "leaped": "rise", "advanced": "rise", "improved": "rise",
	"down": "fall", "fell": "fall", "fall": "fall", "fallen": "fall", "falls": "fall", "falling": "fall",
	"dropped": "fall", "drop": "fall", "drops": "fall", "slumped": "fall", "slump": "fall",
	"declined": "fall", "decline": "fall", "decreased": "fall", "decrease": "fall", "lower": "fall",
	"plunged": "fall", "plunge": "fall", "slipped": "fall", "slip": "fall", "shrank": "fall",
	"shrunk": "fall", "tumbled": "fall", "dipped": "fall", "sank": "fall", "eased": "fall",
	"slid": "fall", "halved": "fall", "contracted": "fall", "expanded": "rise", "expand": "rise",
	"cut": "cut", "slashed": "cut", "reduced": "cut",
}

// linkVerbs join a subject to the value it has: "volumes hit $147
// billion", "unemployment is 4.8%".
var linkVerbs = wordlist.Words(`is was were are be been being hit hitting hits reached reach reaches reaching
	totalled totaled total totals totalling totaling stood stand stands standing amounted amount
	amounts amounting topped top tops exceeded exceed exceeds remained remain remains worth
	represents represented accounted accounts came comes averaged average averages peaked peak
	peaks peaking stay stayed stays hovered hovering`)

// changeNouns name a change: "a rise of 5% in sales" measures a rise in sales.
var changeNouns = wordlist.Words(`rise increase fall drop decline jump growth cut reduction gain loss slump
	surge climb dip`)

// genericNouns say nothing of what is counted: "a total of 400 people".
var genericNouns = wordlist.Words(`total sum amount figure number tally value level record maximum minimum
	average estimate more less most least lot lots handful dozens hundreds thousands millions
	billions some mark barrier threshold point points rate cent percent percentage proportion
	share high low numbers figures`)

// subjectPreps may join a subject's noun phrases: "profits at TimeWarner",
// "sales of cars", "shares in Tesco".
var subjectPreps = wordlist.Words(`of at in for from on with between among`)

// afterPreps may complete a measure after the value: "for YouTube", "in
// the operation", "on research".
var afterPreps = wordlist.Words(`for in on of to from at over with into by against through across around
	past toward towards under about`)

// dropFirst open a phrase without adding to a measure.
var dropFirst = wordlist.Words(`the a an its their his her this that these those our some about around
	nearly almost more less than over under up to just only least at another each every all
	roughly approximately estimated further additional extra`)

// vague words lean on something the measure does not name.
var vague = wordlist.Words(`it its they them their he she him his her we us our i my you your this
	these those which who whom whose what's there here one ones such`)

// people are units counted as persons: "people who ...".
var people = wordlist.Words(`people persons men women children adults workers employees staff voters
	residents members fans students pupils patients soldiers troops officers civilians
	refugees migrants passengers visitors customers users subscribers viewers listeners
	players militants victims deaths survivors protesters demonstrators supporters
	volunteers teachers nurses doctors police officials americans britons senators lawmakers
	legislators mps delegates judges jurors citizens inmates prisoners detainees hostages
	children kids babies girls boys pilots crew athletes`)

// beForms are the forms of "to be" that make a passive: "were killed".
var beForms = wordlist.Words(`is was were are be been being get got gets`)

// dealVerbs take a sum of money as what was paid, spent or raised: "Google
// paid $1.65bn for YouTube" measures what Google paid for YouTube.
var dealVerbs = wordlist.Words(`paid pay pays paying spent spend spends spending raised raise raises
	raising earned earn earns made make makes lost lose loses invested invest invests cost costs
	costing sold sell sells bought buy buys offered offer offers promised promise promises pledged
	pledge pledges borrowed borrow owed owes owe charged charge charges received receive receives
	won win wins awarded award fined fine ordered saved save collected collect generated generate
	donated donate gave give gives allocated allocate budgeted valued value values priced bid
	bids agreed wiped lent lend lends secured secure sought seek seeks demanded demand claimed
	claim claims repaid repay returned refunded injected pumped poured committed commit earmarked
	approved approve announced unveiled posted post reported report recorded record forecast
	predicted expects expected estimated projected cut cuts slashed raked grossed netted
	pocketed fetched took brought handed awarded`)

// countVerbs take a count as what was done to it: "AOL lost 464,000
// subscribers" measures the subscribers AOL lost.
var countVerbs = wordlist.Words(`lost lose loses cut cuts axed axe shed sheds created create creates added
	add adds hired hire hires employs employ employed sold sell sells shipped ship ships recruited
	killed kill kills injured wounded arrested arrest detained detain evacuated evacuate rescued
	deported treated vaccinated attracted attract attracts drew draws registered recorded received
	signed launched opened closed built build builds planned bought acquired ordered delivered
	produced won wins scored visited interviewed surveyed polled questioned infected displaced
	deployed sent send sends freed released rescued saved hosted welcomed served serves admitted
	admits charged convicted executed banned fired dismissed laid rescue employ evacuate arrest
	kill injure hire create add recruit vaccinate treat attract register receive sign launch open
	close build plan buy acquire order deliver produce score visit interview survey poll question
	infect displace deploy free release save host welcome serve admit convict execute ban fire
	dismiss lay decapitated beheaded abducted kidnapped captured pay fund finance provide train
	house feed`)

// speechVerbs report: a value after one opens the clause it reports.
var speechVerbs = wordlist.Words(`said says say told tells added adds reported reports announced announces
	stated estimated estimates believes believed thinks thought claimed claims warned warns
	predicted predicts expects expected suggested suggests showed shows found finds revealed
	reveals`)

// units are units of time, length, weight and score: a count of them
// measures nothing a briefing lists.
var units = wordlist.Words(`years year months month weeks week days day hours hour minutes minute seconds
	second decades decade centuries century times feet foot yards yard miles mile metres meters
	metre meter kilometres kilometers km inches inch centimetres cm millimetres mm kilograms kg
	grams tonnes tons pounds lbs ounces points goals runs wickets overs laps strokes shots sets
	games percent cent degrees mph kph knots acres hectares storeys floors hurdles relay freestyle
	backstroke breaststroke butterfly medley megabytes gigabytes kilobytes terabytes bytes bits
	kilobits megabits gigabits`)

// timeWords end a phrase of time: "last year", "the first quarter".
var timeWords = wordlist.Words(`year years month months week weeks quarter quarters day days today
	yesterday tomorrow monday tuesday wednesday thursday friday saturday sunday january february
	march april may june july august september october november december decade season half
	period night morning afternoon evening weekend`)

// timePreps open a phrase of time: "in 2004", "for the year".
var timePreps = wordlist.Words(`in during for since over by until`)

// needsComplement are nouns that say what a value measures only with the
// phrase after them: "a 50% chance of going to university".
var needsComplement = wordlist.Words(`chance likelihood probability risk odds increase rise fall drop cut
	stake share majority lead discount premium surplus deficit gap margin boost jump reduction
	hike bonus fee fine bill payment deal offer bid contract order package fund grant loan`)

// approx make "than" an approximation, not a bound: "more than 30 percent".
var approx = wordlist.Words(`more less fewer`)

// approxAdverbs hedge a value: "than approximately 25 seats".
var approxAdverbs = wordlist.Words(`approximately about around nearly almost some roughly just only over
	under up to at least most`)

// notHeads are nouns by tag but not what a value qualifies: "$800
// million worldwide".
var notHeads = wordlist.Words(`worldwide overall apiece annually nationwide globally altogether total each
	year month week day worth thanks cents pence cent`)

// pronouns stand for someone a measure does not name.
var pronouns = wordlist.Words(`it they them he she him we us i you which who whom our my your`)

// verbPreps join a verb to its value as a measure keeps them: "paid for",
// "valued at"; "as much as" and "more than" are not among them.
var verbPreps = wordlist.Words(`for at in on to by with into from`)

// countHeads are nouns a count can be "of": "a crowd of 50,000 fans", "a
// death toll of 300 people".
var countHeads = wordlist.Words(`crowd crowds population toll enrollment enrolment attendance audience
	workforce membership army force fleet staff delegation caseload backlog turnout field
	congregation`)

// things end like people ("-ers", "-ents") but are not: "who" does not fit.
var things = wordlist.Words(`computers containers papers numbers orders letters towers centers
	governments documents comments payments agreements shipments investments departments
	elements components segments instruments apartments treatments tournaments ornaments
	monuments parliaments dollars motors sectors factors doctors meters`)

// comparatives before "than" make a value a difference: "£300 less than".
var comparatives = wordlist.Words(`less more higher lower bigger smaller fewer greater larger cheaper dearer
	above below`)

// thinkVerbs take a clause: what follows them is not a predicate to quote.
var thinkVerbs = wordlist.Words(`thought think thinks believe believed believes said say says felt feel
	feels agreed agree agrees expect expected expects want wanted wants`)

// sharePreps may qualify what a share is of: "of visitors to the Library".
var sharePreps = wordlist.Words(`in at from to across since`)

// irregularPlurals are plural nouns without an s: counts of them count
// something.
var irregularPlurals = wordlist.Words(`people men women children police staff crew cattle sheep fish deer
	personnel clergy livestock feet teeth geese mice`)

// priceVerbs take a value "at" as a price: "valued at £2.6bn".
var priceVerbs = wordlist.Words(`valued value values priced price prices sold sell sells bought buy buys
	set`)

// selfContained nouns say what they measure alone: "unemployment fell to
// 4.8%", "growth of 1.5%".
var selfContained = wordlist.Words(`unemployment inflation growth gdp employment joblessness turnout
	borrowing`)

// prefixes of hyphenated adjectives that are ordinary words: "Pre-tax
// profits" lower-cased at a sentence's start, "Oscar-nominated" not.
var prefixes = wordlist.Words(`pre post non anti multi semi co ex self well long short full half all
	one two three four five six seven eight nine ten year first second third high low
	record full-year half-year year-on-year over under`)

// rankers only rank a generic noun: "record level", "all-time high".
var rankers = wordlist.Words(`record new all-time highest lowest current previous latest key psychological
	important crucial`)

// ownerVerbs have what a noun phrase after them measures: "Federated has
// annual sales of $15.6bn" measures Federated's annual sales.
var ownerVerbs = wordlist.Words(`has have had having enjoys enjoyed boasts boasted holds held owns owned
	posted posts reported reports recorded records returned returns achieved achieves saw sees
	registered made makes recording`)

// shareVerbs make their subject's share: "China accounted for 20.1% of
// Japan's trade" measures China's share of Japan's trade.
var shareVerbs = wordlist.Words(`accounted accounts account make makes made making represent represents
	represented comprise comprises comprised constitute constitutes constituted`)

// doneVerbs say enough alone as a participle after a count: "1,100 flights
// cancelled", "12,500 posts axed".
var doneVerbs = wordlist.Words(`killed injured wounded arrested detained deported evacuated rescued
	axed cut lost shed created opened closed unveiled launched sold shipped sacked fired hired
	released recalled cancelled canceled delayed destroyed damaged displaced infected
	vaccinated treated executed convicted charged abducted kidnapped freed missing dead go goes
	gone went die died`)

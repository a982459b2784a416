package text

// abbrevKind says how a period after an abbreviation behaves.
type abbrevKind uint8

const (
	notAbbrev    abbrevKind = iota
	titleAbbrev             // precedes a name and never ends a sentence: "Mr.", "Gen.", "St."
	numberAbbrev            // precedes a number: "No. 10", "Jan. 5"
	endingAbbrev            // often ends a sentence too: "Inc.", "etc."
)

// abbreviationsList is every word a period may follow without ending a
// sentence: the one list the sentence splitter and the tokenizer share.
func abbreviationsList() map[string]abbrevKind {
	return abbrevTable(map[abbrevKind][]string{
		titleAbbrev: {"Mr", "Mrs", "Ms", "Messrs", "Dr", "Prof", "St", "Sen", "Rep", "Gov",
			"Gen", "Lt", "Col", "Capt", "Cpt", "Sgt", "Cpl", "Maj", "Adm", "Cmdr", "Brig", "Rev",
			"Hon", "Pres", "Supt", "Insp", "Det", "Fr", "Mt", "Ft", "Ave", "Sens", "Reps", "Govs",
			"Gens", "Mme", "Mlle", "vs", "v", "approx", "ca", "cf", "Dept", "Univ", "Assn", "Mx"},
		numberAbbrev: {"No", "Nos", "Fig", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug",
			"Sep", "Sept", "Oct", "Nov", "Dec", "Art", "Vol", "vol", "pp", "p", "Ch", "ch", "Sec", "Para",
			"fig", "figs", "Figs", "para", "art", "sec", "no", "nos", "op", "Op"},
		endingAbbrev: {"Inc", "Ltd", "Co", "Corp", "Plc", "plc", "LLC", "etc", "al", "Jr", "Sr", "Bros"},
	})
}

func abbrevTable(lists map[abbrevKind][]string) map[string]abbrevKind {
	m := map[string]abbrevKind{}
	for kind, words := range lists {
		for _, w := range words {
			m[w] = kind
		}
	}
	return m
}

package text

// The abbreviations a period may follow without ending a sentence.

// nameTitles precede a name and never end a sentence.
var nameTitles = stringSet("Mr", "Mrs", "Ms", "Messrs", "Dr", "Prof", "St", "Sen", "Rep", "Gov",
	"Gen", "Lt", "Col", "Capt", "Cpt", "Sgt", "Cpl", "Maj", "Adm", "Cmdr", "Brig", "Rev",
	"Hon", "Pres", "Supt", "Insp", "Det", "Fr", "Mt", "Ft", "Ave", "Sens", "Reps", "Govs",
	"Gens", "Mme", "Mlle", "vs", "v", "approx", "ca", "cf", "Dept", "Univ", "Assn", "Mx")

// numberAbbrevs are abbreviations followed by a number.
var numberAbbrevs = stringSet("No", "Nos", "Fig", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug",
	"Sep", "Sept", "Oct", "Nov", "Dec", "Art", "Vol", "vol", "pp", "p", "Ch", "ch", "Sec", "Para",
	"fig", "figs", "Figs", "para", "art", "sec", "no", "nos", "op", "Op")

// endingAbbrevs are abbreviations that often end a sentence too.
var endingAbbrevs = stringSet("Inc", "Ltd", "Co", "Corp", "Plc", "plc", "LLC", "etc", "al", "Jr", "Sr", "Bros")

// tokenAbbrevs are the abbreviations after which the tokenizer does not
// start a new sentence: "Mr. Smith".
var tokenAbbrevs = map[string]bool{
	"Mr": true, "Mrs": true, "Ms": true, "Dr": true, "St": true, "Jr": true, "Sr": true,
	"Gen": true, "Col": true, "Lt": true, "Sgt": true, "Rev": true, "Prof": true,
	"Sen": true, "Rep": true, "Gov": true, "No": true, "vs": true, "Inc": true,
	"Corp": true, "Ltd": true, "Co": true, "Capt": true, "Det": true, "Mt": true,
}

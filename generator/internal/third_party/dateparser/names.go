package dateparser

// The word lists are arrays of constants, laid out by the linker: unlike
// maps they cost nothing when the program starts, and they are short
// enough to search in order.

// monthName is a month's name or abbreviation in lower case; a trailing
// dot is punctuation, so "Jan." is "jan".
type monthName struct {
	name  string
	month int8
	lang  string
}

// months lists each language's names; a name shared by several languages
// is listed once, under the first.
var months = [...]monthName{
	// English
	{"january", 1, "en"}, {"february", 2, "en"}, {"march", 3, "en"}, {"april", 4, "en"},
	{"may", 5, "en"}, {"june", 6, "en"}, {"july", 7, "en"}, {"august", 8, "en"},
	{"september", 9, "en"}, {"october", 10, "en"}, {"november", 11, "en"}, {"december", 12, "en"},
	{"jan", 1, "en"}, {"feb", 2, "en"}, {"mar", 3, "en"}, {"apr", 4, "en"}, {"jun", 6, "en"},
	{"jul", 7, "en"}, {"aug", 8, "en"}, {"sep", 9, "en"}, {"sept", 9, "en"}, {"oct", 10, "en"},
	{"nov", 11, "en"}, {"dec", 12, "en"},
	// German
	{"januar", 1, "de"}, {"jänner", 1, "de"}, {"februar", 2, "de"}, {"märz", 3, "de"},
	{"maerz", 3, "de"}, {"mai", 5, "de"}, {"juni", 6, "de"}, {"juli", 7, "de"},
	{"oktober", 10, "de"}, {"dezember", 12, "de"}, {"jän", 1, "de"}, {"mär", 3, "de"},
	{"okt", 10, "de"}, {"dez", 12, "de"},
	// French
	{"janvier", 1, "fr"}, {"février", 2, "fr"}, {"fevrier", 2, "fr"}, {"mars", 3, "fr"},
	{"avril", 4, "fr"}, {"juin", 6, "fr"}, {"juillet", 7, "fr"}, {"août", 8, "fr"},
	{"aout", 8, "fr"}, {"septembre", 9, "fr"}, {"octobre", 10, "fr"}, {"novembre", 11, "fr"},
	{"décembre", 12, "fr"}, {"decembre", 12, "fr"}, {"janv", 1, "fr"}, {"févr", 2, "fr"},
	{"fevr", 2, "fr"}, {"avr", 4, "fr"}, {"juil", 7, "fr"}, {"déc", 12, "fr"},
	// Spanish
	{"enero", 1, "es"}, {"febrero", 2, "es"}, {"marzo", 3, "es"}, {"abril", 4, "es"},
	{"mayo", 5, "es"}, {"junio", 6, "es"}, {"julio", 7, "es"}, {"agosto", 8, "es"},
	{"septiembre", 9, "es"}, {"setiembre", 9, "es"}, {"octubre", 10, "es"},
	{"noviembre", 11, "es"}, {"diciembre", 12, "es"}, {"ene", 1, "es"}, {"abr", 4, "es"},
	{"ago", 8, "es"}, {"dic", 12, "es"},
	// Italian
	{"gennaio", 1, "it"}, {"febbraio", 2, "it"}, {"aprile", 4, "it"}, {"maggio", 5, "it"},
	{"giugno", 6, "it"}, {"luglio", 7, "it"}, {"settembre", 9, "it"}, {"ottobre", 10, "it"},
	{"dicembre", 12, "it"}, {"gen", 1, "it"}, {"mag", 5, "it"}, {"giu", 6, "it"},
	{"lug", 7, "it"}, {"set", 9, "it"}, {"ott", 10, "it"},
	// Portuguese
	{"janeiro", 1, "pt"}, {"fevereiro", 2, "pt"}, {"março", 3, "pt"}, {"marco", 3, "pt"},
	{"maio", 5, "pt"}, {"junho", 6, "pt"}, {"julho", 7, "pt"}, {"setembro", 9, "pt"},
	{"outubro", 10, "pt"}, {"novembro", 11, "pt"}, {"dezembro", 12, "pt"}, {"fev", 2, "pt"},
	{"out", 10, "pt"},
	// Dutch
	{"januari", 1, "nl"}, {"februari", 2, "nl"}, {"maart", 3, "nl"}, {"mei", 5, "nl"},
	{"augustus", 8, "nl"}, {"mrt", 3, "nl"},
}

// month looks a word up in months.
func month(word string) (int, string, bool) {
	for _, m := range months {
		if m.name == word {
			return int(m.month), m.lang, true
		}
	}
	return 0, "", false
}

// dateFillers are the words that may stand between the parts of a date:
// "2nd of January", "2 de enero de 2006".
var dateFillers = []string{"of", "de", "del"}

// timeFillers are the words that may stand between a date and its time:
// "2006-01-02T15:04", "January 2 at 3 pm", "2. Januar um 15:04",
// "2 janvier à 15h", "2 de enero a las 15:04", "2 gennaio alle ore 15".
var timeFillers = []string{"t", "at", "um", "à", "a", "las", "às", "alle", "ore", "om", "uhr", "h"}

// zone is a time zone abbreviation and its offset from UTC in minutes.
type zone struct {
	name   string
	offset int16
}

// zones are the abbreviations news pages print. The ambiguous ones take
// their most common meaning in the news: IST is India's.
var zones = [...]zone{
	{"utc", 0}, {"gmt", 0}, {"ut", 0}, {"z", 0},
	{"est", -5 * 60}, {"edt", -4 * 60}, {"cst", -6 * 60}, {"cdt", -5 * 60},
	{"mst", -7 * 60}, {"mdt", -6 * 60}, {"pst", -8 * 60}, {"pdt", -7 * 60},
	{"akst", -9 * 60}, {"akdt", -8 * 60}, {"hst", -10 * 60},
	{"wet", 0}, {"west", 60}, {"bst", 60}, {"cet", 60}, {"cest", 2 * 60},
	{"mez", 60}, {"mesz", 2 * 60}, {"eet", 2 * 60}, {"eest", 3 * 60}, {"msk", 3 * 60},
	{"ist", 5*60 + 30}, {"sgt", 8 * 60}, {"hkt", 8 * 60}, {"awst", 8 * 60},
	{"jst", 9 * 60}, {"kst", 9 * 60}, {"acst", 9*60 + 30}, {"aest", 10 * 60},
	{"aedt", 11 * 60}, {"nzst", 12 * 60}, {"nzdt", 13 * 60},
}

func zoneOffset(word string) (int, bool) {
	for _, z := range zones {
		if z.name == word {
			return int(z.offset), true
		}
	}
	return 0, false
}

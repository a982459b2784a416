package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// furnitureStarts open a paragraph or sentence that is page furniture, not
// reporting. Matched case-insensitively.
var furnitureStarts = []string{
	"click here", "scroll down", "read more", "related:", "related articles", "see also",
	"advertisement", "share this", "follow us", "follow @", "sign up", "subscribe to",
	"image copyright", "image caption", "media playback", "photo:", "photo credit", "photos:",
	"picture:", "pictures:", "pictured:", "(photo", "photograph:", "credit:", "getty images",
	"copyright 19", "copyright 20", "copyright ©", "©", "all rights reserved", "e-mail to a friend", "email to a friend",
	"last updated", "published:", "updated:", "watch:", "video:", "watch the video",
	"listen:", "more:", "editor's note", "editor’s note", "story highlights", "top stories",
	"like us on facebook", "get the latest", "print this", "email your story", "e-mail your story",
	"share your thoughts", "the opinions expressed in this", "the views expressed in this",
	"the opinions expressed are", "join the conversation", "follow the latest",
	"see more:", "read:", "watch more", "related content", "[photo",
	"please note", "listen to the full", "watch the full", "hear the full",
	"thank you for using", "thank you for reading", "thank you for watching", "thanks for reading", "thanks for watching",
}

func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}

func furnitureSentence(s string) bool {
	// Lower-case the opening once rather than folding for every prefix.
	var buf [32]byte
	n := min(len(s), len(buf))
	for i := range n {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	for _, f := range furnitureStarts {
		if len(f) <= n && string(buf[:len(f)]) == f {
			return true
		}
	}
	return creditLine(s) || dateOnly(s) || clockOnly(s) || followLine(s) || pageLine(s) || labelOnly(s) || roster(s)
}

// outletNote reports a sentence in which the outlet speaks of the piece
// itself: a note on a partner's copy ("CNN is showcasing the work of The
// Conversation, ...", "The content is produced solely by The
// Conversation.") or its reporter's introduction (guideLine). Sentences
// only are asked: a page may run the note and the story into one
// paragraph.
func outletNote(s string) bool {
	return hasPrefixFold(s, "cnn is showcasing") || hasPrefixFold(s, "the content is produced solely") || guideLine(s) || factBox(s)
}

// factBox reports a sentence that is a box of labelled facts run
// together, three labels or more: "Departure: Barcelona, Spain, at 10:01
// a.m. Destination: Scheduled to land in Dusseldorf ... Passengers: 150
// Airplane: Airbus A320 ...". A label is one to three words, the first
// capitalised, before a colon outside quotation marks.
func factBox(s string) bool {
	labels, quoted := 0, false
	words := strings.Fields(s)
	for i, w := range words {
		if strings.Count(w, "\"")%2 == 1 || strings.ContainsAny(w, "“”") {
			quoted = !quoted
		}
		if quoted || !strings.HasSuffix(w, ":") || len(w) < 3 {
			continue
		}
		// the label's first word: this one or up to two before it
		for k := i; k >= 0 && k >= i-2; k-- {
			r, _ := utf8.DecodeRuneInString(words[k])
			if unicode.IsUpper(r) && (k == 0 || strings.HasSuffix(words[k-1], ".") || strings.HasSuffix(words[k-1], ")") ||
				!strings.HasSuffix(words[k-1], ":") && labelStart(words, k)) {
				labels++
				break
			}
		}
	}
	return labels >= 3
}

// labelStart reports whether words[k] may open a label: the word before
// it ends a value (a number, a name, a closing bracket) rather than
// running on into it.
func labelStart(words []string, k int) bool {
	prev := words[k-1]
	r, _ := utf8.DecodeLastRuneInString(strings.TrimRight(prev, ".,)"))
	return unicode.IsDigit(r) || unicode.IsUpper([]rune(prev)[0]) || strings.HasSuffix(prev, ")")
}

// guideLine reports a sentence in which the outlet's own reporter
// introduces the piece rather than reports: "CNN correspondent Shasta
// Darlington, who lives in Sao Paulo, explains who the demonstrators
// are, why they're mad and ...". A report of what someone else explains
// ("CNN's expert said") does not open with the outlet.
func guideLine(s string) bool {
	if len(s) > 400 || !(strings.HasPrefix(s, "CNN ") || strings.HasPrefix(s, "CNN's ") || strings.HasPrefix(s, "CNN’s ") ||
		strings.HasPrefix(s, "BBC ") || strings.HasPrefix(s, "BBC's ")) {
		return false
	}
	for _, v := range []string{" explains ", " explains:", " examines ", " takes a look at ", " breaks down ", " walks us through ",
		" answers your questions", " looks at what ", " looks at how ", " looks at why "} {
		if k := strings.Index(s, v); k > 0 && !strings.Contains(s[:k], " said") && !strings.Contains(s[:k], " told") {
			return true
		}
	}
	return false
}

// labelOnly reports a sentence of one word in capitals: a label the page
// set off ("TRANSCRIPT.", "UPDATE:").
func labelOnly(s string) bool {
	w := strings.TrimRight(s, ".:!")
	if len(w) < 2 || len(w) > 20 || strings.ContainsAny(w, " ") {
		return false
	}
	for _, r := range w {
		if !(r >= 'A' && r <= 'Z' || r == '-') {
			return false
		}
	}
	return true
}

// roster reports a list of names and nothing else, as a team sheet or a
// cast list gives it: "Cech, Ferreira, Carvalho, Terry, Gallas, Tiago,
// Makelele, Lampard." At least five items, and almost every word
// capitalised (a substitute's minute and "(capt)" aside).
func roster(s string) bool {
	seps := strings.Count(s, ",") + strings.Count(s, ";")
	if seps < 4 {
		return false
	}
	words, lower := 0, 0
	for w := range strings.FieldsSeq(s) {
		w = strings.Trim(w, ",;:.()")
		r, _ := utf8.DecodeRuneInString(w)
		switch {
		case !unicode.IsLetter(r):
			continue // a minute, "(Bergkamp 68)"
		case unicode.IsLower(r):
			lower++
		}
		words++
	}
	return words >= 5 && lower*7 <= words // "capt", an "and" or a "van" at most
}

// pageLine reports a sentence about the page the story sits on, addressed
// to its reader: "On this page you will find today's show transcript.",
// "Comment on the bottom of this page with your school name." A story
// about a page ("The page was taken down") is not one.
func pageLine(s string) bool {
	if len(s) > 300 || strings.Contains(s, ". ") || strings.Contains(s, "? ") || strings.Contains(s, "! ") {
		return false // a paragraph is asked too: one of a story is no page line
	}
	k := strings.Index(s, "this page")
	if k < 0 {
		if k = strings.Index(s, "This page"); k < 0 {
			return false
		}
	}
	for _, w := range []string{" you ", " you'", " your ", "You ", "Your "} {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// clockOnly reports a sentence that is only a time, as a fixture list
// gives it: "1945 GMT", "7:30 p.m. ET".
func clockOnly(s string) bool {
	n, zone := 0, false
	for w := range strings.FieldsSeq(strings.TrimRight(s, ". ")) {
		if n++; n > 3 {
			return false
		}
		switch w {
		case "GMT", "BST", "UTC", "CET", "ET", "EST", "EDT", "PT", "PST", "PDT", "CT", "CST":
			zone = true
		case "am", "pm", "a.m.", "p.m", "p.m.", "a.m":
		default:
			if !leadingDigit(w) || len(w) > 5 {
				return false
			}
		}
	}
	return zone && n >= 2
}

// creditLine reports a sentence that credits the reporting rather than
// reporting: "CNN's Jo Bloggs contributed to this report.", "Manny Muang
// reported from Myanmar, and CNN's Greg Botelho wrote this story from
// Atlanta.", "Aaron Cooper reported from Boston."
func creditLine(s string) bool {
	if len(s) > 400 {
		return false
	}
	// Every sentence is asked, and every phrase below says "contributed"
	// or " from ": a sentence that says neither is spared the searches.
	if strings.Contains(s, "contributed") {
		for _, c := range []string{"contributed to this report", "contributed to this story", "contributed reporting",
			"contributed to this article", "contributed to the report", "contributed to this post"} {
			if strings.Contains(s, c) {
				return true
			}
		}
	}
	if !strings.Contains(s, " from ") {
		return false
	}
	// Names, then "reported from", "wrote from", "wrote this story from":
	// every word before the verb is capitalised, "and" or a comma.
	for _, v := range []string{" reported from ", " wrote from ", " wrote this story from ", " wrote this report from ",
		" wrote the story from ", " wrote and reported from ", " reported and wrote from ", " wrote it from "} {
		k := strings.Index(s, v)
		if k <= 0 {
			continue
		}
		names, n := true, 0
		for w := range strings.FieldsSeq(s[:k]) {
			n++
			w = strings.TrimRight(w, ",")
			r, _ := utf8.DecodeRuneInString(w)
			if w != "and" && !unicode.IsUpper(r) {
				names = false
				break
			}
		}
		if names && n >= 2 { // "Police reported from the scene" is news
			return true
		}
	}
	return false
}

// dateOnly reports a sentence that is only a date, as a page stamps it:
// "March 25, 2015.", "25 October 2013."
func dateOnly(s string) bool {
	// Every sentence is asked: read word by word and stop at the first
	// that is no part of a date, rather than split the whole sentence.
	n, months := 0, 0
	for w := range strings.FieldsSeq(strings.TrimRight(s, ". ")) {
		if n++; n > 4 {
			return false
		}
		w = strings.TrimRight(w, ",")
		switch {
		case MonthName(w):
			months++
		case n == 1 && dayName(w): // "Tuesday, 1 March"
		case w != "" && leadingDigit(w) && len(w) <= 4:
		default:
			return false
		}
	}
	return n >= 2 && months == 1
}

func dayName(w string) bool {
	switch w {
	case "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday":
		return true
	}
	return false
}

// MonthName reports the name of a month, in full or abbreviated ("Sept",
// "Sept."), capitalised as in running text.
func MonthName(w string) bool {
	switch strings.TrimSuffix(w, ".") {
	case "January", "February", "March", "April", "May", "June", "July", "August", "September",
		"October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep",
		"Sept", "Oct", "Nov", "Dec":
		return true
	}
	return false
}

// followLine reports a call to follow the outlet or a writer: "Follow
// Evangelista's ongoing project at www.example.com.", "Follow us on
// Twitter.", "Watch The Lead with Jake Tapper weekdays at 4pm ET."
func followLine(s string) bool {
	switch {
	case strings.HasPrefix(s, "Follow ") && (strings.Contains(s, " on Twitter") || strings.Contains(s, " on Facebook") ||
		strings.Contains(s, " on Instagram") || strings.Contains(s, "www.") || strings.Contains(s, "@")):
		return true
	case strings.HasPrefix(s, "Watch ") && (strings.Contains(s, " weekdays") || strings.Contains(s, " ET.") || strings.Contains(s, " p.m. ET")):
		return true
	}
	return false
}

// furnitureParagraph reports a paragraph that carries no reporting: a
// byline, a credit line, a call to action.
func furnitureParagraph(p string) bool {
	if furnitureSentence(p) {
		return true
	}
	words := strings.Count(p, " ") + 1
	if words <= 8 && hasPrefixFold(p, "by ") && !strings.ContainsAny(p, ".!?") {
		return true // "By Jane Smith, CNN"
	}
	if words <= 30 && (strings.HasSuffix(p, "contributed to this report.") ||
		strings.HasSuffix(p, "contributed reporting.") || strings.HasSuffix(p, "contributed to this story.")) {
		return true
	}
	return false
}

// stripLeadFurniture removes a byline or dateline that opens a paragraph.
func stripLeadFurniture(p string) string {
	for range 4 {
		q := stripStamp(p)
		if strings.HasPrefix(q, "By . ") {
			q = stripDotByline(q)
		}
		q = stripDateline(q)
		if q == p {
			return p
		}
		p = strings.TrimSpace(q)
	}
	return p
}

// stripStamp removes Daily Mail-style headers: "By . Associated Press .
// PUBLISHED: . 14:11 EST, 25 October 2013 . | . UPDATED: . 14:46 EST,
// 25 October 2013 . " and "Last updated at 3:57 PM on 12th October 2011 . ".
func stripStamp(p string) string {
	head := p[:min(len(p), 320)]
	at := -1
	switch {
	case hasPrefixFold(p, "last updated"):
		at = 0
	case strings.IndexByte(head, ':') < 0:
		return p
	default:
		if at = strings.Index(head, "UPDATED:"); at < 0 {
			at = strings.Index(head, "PUBLISHED:")
		}
	}
	if at < 0 {
		return p
	}
	// The stamp ends after a year followed by " . ".
	for i := at; i+4 < len(p) && i < at+100; i++ {
		if (p[i] == '1' && p[i+1] == '9' || p[i] == '2' && p[i+1] == '0') && leadingDigit(p[i+2:]) && leadingDigit(p[i+3:]) &&
			(i == 0 || p[i-1] == ' ') {
			rest := strings.TrimLeft(p[i+4:], " ")
			if strings.HasPrefix(rest, ".") {
				return strings.TrimLeft(rest, " .|")
			}
		}
	}
	return p
}

// stripDotByline removes "By . Sam Webb . " from scraped Daily Mail copy.
func stripDotByline(p string) string {
	rest := p[len("By . "):]
	k := strings.Index(rest[:min(len(rest), 90)], " . ")
	if k < 0 || strings.ContainsAny(rest[:k], ".!?") {
		return p
	}
	return rest[k+3:]
}

// stripDateline removes a wire or web dateline from the start of p, in
// every style: "BEIJING (Reuters) - ", "(CNN) -- ", "(CNN)Share ...",
// "LONDON, England (CNN) -- ", "Chao Hu, Anhui, China (CNN)", "BEIJING,
// June 15 (Reuters) - ", "(The Hollywood Reporter)", "WASHINGTON — ".
func stripDateline(p string) string {
	if q, ok := stripOutletDateline(p); ok {
		return q
	}
	head := p[:min(len(p), 90)]
	if strings.IndexByte(head, '-') < 0 && !strings.Contains(head, "—") && !strings.Contains(head, "–") {
		return p
	}
	dash, width := -1, 0
	for _, d := range []string{" -- ", " - ", " — ", " – ", "-- ", " —", "— "} {
		if k := strings.Index(head, d); k >= 0 && (dash < 0 || k < dash) {
			dash, width = k, len(d)
		}
	}
	if dash < 0 {
		return p
	}
	prefix := strings.TrimSpace(p[:dash])
	if prefix == "" || strings.ContainsAny(prefix, ".!?\"“()") || !allCapsPlace(prefix) || !strings.ContainsFunc(prefix, upperASCII) {
		return p
	}
	return strings.TrimSpace(p[dash+width:])
}

// stripOutletDateline removes a dateline that names its outlet in brackets:
// an optional place and date, "(Outlet)", an optional dash, then the
// story, which must open as a sentence does.
func stripOutletDateline(p string) (string, bool) {
	open := strings.IndexByte(p[:min(len(p), 80)], '(')
	if open < 0 {
		return p, false
	}
	end := strings.IndexByte(p[open:], ')')
	if end < 0 {
		return p, false
	}
	end += open
	if !outletName(p[open+1:end]) || !datelinePlace(p[:open]) {
		return p, false
	}
	rest := strings.TrimLeft(p[end+1:], " ")
	dashed := false
	for _, d := range []string{"--", "—", "–", "-"} {
		if strings.HasPrefix(rest, d) {
			rest, dashed = strings.TrimLeft(rest[len(d):], " "), true
			break
		}
	}
	// Web copy glues the story to the bracket, "(CNN)Share"; a space with
	// no dash is a dateline only after a place in capitals or none, since
	// "Microsoft (MSFT) CEO Satya Nadella" is not one.
	if spaced := len(rest) < len(p)-end-1; spaced && !dashed && !allCapsPlace(p[:open]) {
		return p, false
	}
	r, _ := utf8.DecodeRuneInString(rest)
	if rest == "" || !unicode.IsUpper(r) && !unicode.IsDigit(r) && !opensSentence(r) && r != '‘' && r != '“' {
		return p, false
	}
	return rest, true
}

// outletName accepts what a dateline puts in brackets: one to four words,
// each capitalised ("CNN", "Reuters", "The Hollywood Reporter", "EW.com",
// "CNN Student News").
func outletName(s string) bool {
	if s == "" || len(s) > 40 {
		return false
	}
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 4 {
		return false
	}
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) || strings.ContainsAny(w, ",;:!?\"“”") {
			return false
		}
	}
	return true
}

// datelinePlace accepts the place and date before "(Outlet)": nothing, or
// up to eight capitalised words, numbers and commas ("Chao Hu, Anhui,
// China", "BEIJING, June 15", "Isle of Man").
func datelinePlace(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" {
		return true
	}
	if len(s) > 60 {
		return false
	}
	words := strings.Fields(s)
	if len(words) > 8 {
		return false
	}
	for _, w := range words {
		w = strings.TrimRight(w, ",")
		r, _ := utf8.DecodeRuneInString(w)
		switch {
		case w == "of" || w == "de" || w == "la" || w == "upon" || w == "al" || w == "el":
		case unicode.IsUpper(r) || unicode.IsDigit(r):
			if strings.ContainsAny(w, ".!?;:\"“”") && !dottedAbbrev(strings.TrimRight(w, ".")) && !strings.HasSuffix(w, ".") {
				return false
			}
		default:
			return false
		}
	}
	return true
}

func upperASCII(r rune) bool { return r >= 'A' && r <= 'Z' }

// allCapsPlace accepts the place part of a dateline: empty, or a capitalised
// city in capitals with an optional ", Country" or date ("LONDON, England",
// "NEW YORK, Jan 5").
func allCapsPlace(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" {
		return true
	}
	if len(s) > 60 {
		return false
	}
	city, _, _ := strings.Cut(s, ",")
	letters := 0
	for _, r := range city {
		switch {
		case r >= 'a' && r <= 'z':
			return false
		case r >= 'A' && r <= 'Z':
			letters++
		case r == ' ' || r == '.' || r == '-' || r == '\'' || r >= 0x80:
		default:
			return false
		}
	}
	return letters >= 2 && strings.Count(s, " ") <= 6
}

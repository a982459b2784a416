package evaluate

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"briefing/generator/article"
	"briefing/generator/meta"
	"briefing/generator/meta/quote"
)

// ErrNoPolNeAR reports a folder without PolNeAR's attribution files.
var ErrNoPolNeAR = errors.New("no PolNeAR attributions")

// QuoteReport is how the quotations of a PolNeAR split score against its
// attributions (see PolNeAR for the measure).
type QuoteReport struct {
	Split    string
	Articles int
	Gold     int           // direct quotations whose source is named
	Found    int           // of Gold, overlapped by a quotation we output
	Right    int           // of Found, credited to the gold source
	Quotes   int           // quotations we output
	Real     int           // of Quotes, real quotations of the text, not fragments
	Compute  time.Duration // spent in meta.Compute, in all
	Errors   []QuoteError  // every miss, wrong speaker and false quotation

	// Pronoun counts the gold whose source is "he" or "she" (resolved to
	// the nearest named source of a gender that fits), apart: their gold
	// speaker is a guess where a named source's is not.
	Pronoun QuoteCounts
}

// QuoteCounts are the gold quotations of one kind, found and credited right.
type QuoteCounts struct{ Gold, Found, Right int }

// QuoteError is one quotation scored wrong, for reading.
type QuoteError struct {
	Article string
	Kind    string // "missed", "speaker" or "false"
	Quote   string // the gold quotation, or ours for "false"
	Speaker string // whom we credited
	Want    string // the gold source as written, and the name read from it
}

// FoundShare is Found/Gold.
func (r *QuoteReport) FoundShare() float64 { return ratio(r.Found, r.Gold) }

// RightShare is Right/Found.
func (r *QuoteReport) RightShare() float64 { return ratio(r.Right, r.Found) }

// Precision is Real/Quotes.
func (r *QuoteReport) Precision() float64 { return ratio(r.Real, r.Quotes) }

// PolNeAR scores the quotations meta.Compute finds in one split of the
// PolNeAR corpus (Newell, Margolin and Ruths, 2018): dir is its data folder,
// holding split/attributions/NAME_ANNOTATOR.ann (brat standoff) and the
// article split/text/NAME.txt or split/NAME.txt. An article annotated by
// several annotators is read once, with the first annotation by name.
//
// The measure, "direct quotations whose source is named":
//
//   - Gold: the attributions of the body (the headline line is left out)
//     whose content holds a quotation: text between double quotation
//     marks, straight or curly, one run of it at least minQuoteWords long;
//     and whose source is named. A source is named when its span holds a
//     name that heads it (see sourceName: "Doug Usher, director of research
//     at Widmeyer Communications" is Usher; "a longtime GOP data expert" and
//     "Clinton's spokesman" name nobody), or when it is "he" or "she" and an
//     earlier attribution's source was named: the nearest one stands in for
//     coreference, which PolNeAR does not annotate.
//   - Found: a gold quotation is found when a quotation we output overlaps
//     one of its quoted runs by at least half of the shorter of the two.
//   - Right: a found quotation is credited right when one of the quotations
//     that found it names a speaker containing the source name's last word
//     ("Paul Ryan" for "House Speaker Paul Ryan (R-Wis.)"; "Clinton" does
//     not tell Bill from Hillary), compared case-insensitively.
//   - Real: a quotation we output is real when a quoted run of any
//     attribution's content (named source or not) holds at least 80% of it
//     and it covers at least half of that run: a real quotation, not a
//     scare quote or title nobody said, not a fragment cut from one.
func PolNeAR(dir, split string) (*QuoteReport, error) {
	anns, err := filepath.Glob(filepath.Join(dir, split, "attributions", "*.ann"))
	if err != nil {
		return nil, err
	}
	if len(anns) == 0 {
		return nil, fmt.Errorf("%w under %s", ErrNoPolNeAR, filepath.Join(dir, split, "attributions"))
	}
	slices.Sort(anns)
	rep := &QuoteReport{Split: split}
	seen := map[string]bool{}
	for _, ann := range anns {
		base := strings.TrimSuffix(filepath.Base(ann), ".ann")
		name := base
		if i := strings.LastIndexByte(base, '_'); i > 0 {
			name = base[:i] // the annotator's code follows the last underscore
		}
		if seen[name] {
			continue
		}
		seen[name] = true
		txt := filepath.Join(dir, split, "text", name+".txt")
		if _, err := os.Stat(txt); err != nil {
			txt = filepath.Join(dir, split, name+".txt")
		}
		if err := rep.score(name, txt, ann); err != nil {
			return nil, err
		}
	}
	return rep, nil
}

// score adds one article to the report.
func (r *QuoteReport) score(name, txtPath, annPath string) error {
	data, err := os.ReadFile(txtPath)
	if err != nil {
		return err
	}
	annData, err := os.ReadFile(annPath)
	if err != nil {
		return err
	}
	doc := []rune(string(data))
	attrs, err := readBrat(annPath, string(annData))
	if err != nil {
		return err
	}
	a, err := article.Parse(txtPath, data, article.Options{})
	if err != nil {
		return err
	}
	start := time.Now()
	m := meta.Compute(a.Headline, a.Paragraphs)
	r.Compute += time.Since(start)
	r.Articles++

	bodyStart := 0
	if i := strings.Index(string(data), "\n"); i >= 0 {
		bodyStart = utf8.RuneCountInString(string(data[:i]))
	}
	ours := locateQuotes(doc, m.Quotes)

	// The quoted runs of every attribution, and the gold among them.
	type gold struct {
		runs    []span
		text    string
		source  string
		name    string
		pronoun bool
	}
	var golds []gold
	var allRuns []span
	var named []string // the named sources so far, and the span each was named in
	var spans []string
	for _, at := range attrs {
		runs := quotedRuns(doc, at.content)
		allRuns = append(allRuns, runs...)
		src := at.sourceText(doc)
		nm := sourceName(src)
		if nm == "" && len(at.source) > 0 {
			if p := personalPronoun(src); p != "" {
				// the nearest named source the pronoun may stand for
				for i := len(named) - 1; i >= 0; i-- {
					if g := quote.Pronoun(spans[i]); g == "" || g == p {
						nm = named[i]
						break
					}
				}
			}
		} else if nm != "" {
			named, spans = append(named, nm), append(spans, src)
		}
		if len(at.content) == 0 || at.content[0].a < bodyStart || nm == "" {
			continue
		}
		long := false
		for _, q := range runs {
			long = long || wordCount(doc[q.a:q.b]) >= minQuoteWords
		}
		if long {
			golds = append(golds, gold{runs: runs, text: at.contentText(doc), source: src, name: nm, pronoun: personalPronoun(src) != ""})
		}
	}
	r.Gold += len(golds)
	for _, g := range golds {
		found, right := false, false
		var credited []string
		for _, o := range ours {
			if o.b <= o.a {
				continue
			}
			for _, q := range g.runs {
				if ov := overlap(o.span, q); ov > 0 && 2*ov >= min(o.b-o.a, q.b-q.a) {
					found = true
					credited = append(credited, o.speaker)
					right = right || speakerMatches(o.speaker, g.name)
					break
				}
			}
		}
		if g.pronoun {
			r.Pronoun.Gold++
			if found {
				r.Pronoun.Found++
			}
			if right {
				r.Pronoun.Right++
			}
		}
		switch {
		case !found:
			r.Errors = append(r.Errors, QuoteError{Article: name, Kind: "missed", Quote: g.text, Want: g.source + " => " + g.name})
		case right:
			r.Found++
			r.Right++
		default:
			r.Found++
			r.Errors = append(r.Errors, QuoteError{Article: name, Kind: "speaker", Quote: g.text, Speaker: strings.Join(credited, " | "), Want: g.source + " => " + g.name})
		}
	}
	for _, o := range ours {
		r.Quotes++
		real := false
		for _, q := range allRuns {
			ov := overlap(o.span, q)
			if o.b > o.a && 5*ov >= 4*(o.b-o.a) && 2*ov >= q.b-q.a {
				real = true
				break
			}
		}
		if real {
			r.Real++
		} else {
			r.Errors = append(r.Errors, QuoteError{Article: name, Kind: "false", Quote: o.text, Speaker: o.speaker})
		}
	}
	return nil
}

// minQuoteWords is the shortest quoted run that counts as a quotation; the
// extractor shows nothing shorter (scare quotes, "old friend").
const minQuoteWords = 4

// span is a range of runes [a,b) of an article's text.
type span struct{ a, b int }

func overlap(x, y span) int { return max(0, min(x.b, y.b)-max(x.a, y.a)) }

// attribution is one PolNeAR attribution: its spans (one or more
// fragments each) in runes.
type attribution struct {
	source, content []span
}

func (at attribution) sourceText(doc []rune) string  { return joinSpans(doc, at.source) }
func (at attribution) contentText(doc []rune) string { return joinSpans(doc, at.content) }

func joinSpans(doc []rune, ss []span) string {
	var parts []string
	for _, s := range ss {
		parts = append(parts, strings.Join(strings.Fields(string(doc[s.a:s.b])), " "))
	}
	return strings.Join(parts, " ")
}

// readBrat reads the attributions of a brat standoff file: text-bound
// annotations "T1<tab>Source 0 5;9 12<tab>text" and events
// "E1<tab>Attribution:T4 Content:T3 Cue:T2 Source:T1", in the order of
// their content.
func readBrat(path, data string) ([]attribution, error) {
	spans := map[string][]span{}
	var events [][]string
	for i, line := range strings.Split(data, "\n") {
		f := strings.Split(strings.TrimRight(line, "\r"), "\t")
		if len(f) < 2 {
			continue
		}
		switch f[0][0] {
		case 'T':
			typ, frags, _ := strings.Cut(f[1], " ")
			_ = typ
			var ss []span
			for _, fr := range strings.Split(frags, ";") {
				as, bs, ok := strings.Cut(fr, " ")
				a, err1 := strconv.Atoi(as)
				b, err2 := strconv.Atoi(bs)
				if !ok || err1 != nil || err2 != nil || a > b {
					return nil, fmt.Errorf("%s:%d: bad span %q", path, i+1, fr)
				}
				ss = append(ss, span{a, b})
			}
			spans[f[0]] = ss
		case 'E':
			events = append(events, strings.Fields(f[1]))
		}
	}
	var out []attribution
	for _, ev := range events {
		var at attribution
		for _, arg := range ev {
			role, id, _ := strings.Cut(arg, ":")
			switch role {
			case "Source":
				at.source = spans[id]
			case "Content":
				at.content = spans[id]
			}
		}
		out = append(out, at)
	}
	// document order by content, then source, so "he" resolves to the
	// nearest named source before it
	pos := func(at attribution) int {
		p := 1 << 30
		for _, s := range append(at.content, at.source...) {
			p = min(p, s.a)
		}
		return p
	}
	slices.SortStableFunc(out, func(x, y attribution) int { return pos(x) - pos(y) })
	return out, nil
}

// quotedRuns returns the runs of content between double quotation marks
// (straight, curly, or two apostrophes as archived copy writes them).
// Straight marks alternate within the content; a mark that opens a
// paragraph while a quotation is open continues it (the convention for
// quotations over paragraphs); an unclosed run ends with the content.
func quotedRuns(doc []rune, content []span) []span {
	var runs []span
	for _, c := range content {
		open := -1
		for i := c.a; i < c.b && i < len(doc); i++ {
			r := doc[i]
			w := 1
			if r == '\'' && i+1 < len(doc) && doc[i+1] == '\'' {
				r, w = '"', 2
			}
			if r != '"' && r != '“' && r != '”' {
				continue
			}
			switch {
			case open >= 0 && paraStartAt(doc, i):
				// a new paragraph of the same quotation
			case open < 0 && r != '”':
				open = i + w
			case open >= 0 && r != '“':
				runs = append(runs, span{open, i})
				open = -1
			}
			i += w - 1
		}
		if open >= 0 && open < c.b {
			runs = append(runs, span{open, min(c.b, len(doc))})
		}
	}
	return runs
}

// paraStartAt reports whether rune i opens a paragraph.
func paraStartAt(doc []rune, i int) bool {
	for j := i - 1; j >= 0; j-- {
		switch doc[j] {
		case '\n':
			return true
		case ' ', '\t', '\r', 0xa0:
			continue
		}
		return false
	}
	return true
}

func wordCount(rs []rune) int { return len(strings.Fields(string(rs))) }

// located is a quotation we output, found in the article's text.
type located struct {
	span
	text, speaker string
}

// locateQuotes finds each quotation in doc, in order, matching runs of
// white space loosely (the article reader joins a paragraph's lines).
func locateQuotes(doc []rune, qs []meta.Quote) []located {
	// doc with white space collapsed, and each of its runes' offset in doc
	var norm []rune
	var at []int
	space := false
	for i, r := range doc {
		if unicode.IsSpace(r) {
			space = true
			continue
		}
		if space && len(norm) > 0 {
			norm = append(norm, ' ')
			at = append(at, i-1)
		}
		space = false
		norm = append(norm, r)
		at = append(at, i)
	}
	hay := string(norm)
	byteToRune := func(b int) int { return utf8.RuneCountInString(hay[:b]) }
	from := 0
	out := make([]located, 0, len(qs))
	for _, q := range qs {
		needle := strings.Join(strings.Fields(q.Text), " ")
		l := located{text: q.Text, speaker: q.Speaker}
		i := strings.Index(hay[from:], needle)
		if i >= 0 {
			i += from
		} else {
			i = strings.Index(hay, needle)
		}
		end := i + len(needle)
		if i < 0 {
			// a quotation over paragraphs is joined across their breaks and
			// marks: find its opening and its end
			head, tail := cut(needle, 40, true), cut(needle, 40, false)
			if h := strings.Index(hay[from:], head); h >= 0 {
				if t := strings.Index(hay[from+h:], tail); t >= 0 {
					i, end = from+h, from+h+t+len(tail)
				}
			}
		}
		if i >= 0 && needle != "" {
			a, b := byteToRune(i), byteToRune(end)
			l.span = span{at[a], at[b-1] + 1}
			from = end
		}
		out = append(out, l)
	}
	return out
}

// cut returns the first (or last) n runes of s.
func cut(s string, n int, first bool) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	if first {
		return string(r[:n])
	}
	return string(r[len(r)-n:])
}

// personalPronoun returns "he" or "she" when s is one, else "".
func personalPronoun(s string) string {
	switch s = strings.ToLower(strings.TrimSpace(s)); s {
	case "he", "she":
		return s
	}
	return ""
}

// sourceName reads the name that heads a PolNeAR source span, or "": the
// first run of capitalised words that is not a modifier ("Trump" in "Trump
// supporter Bob Smith", "Clinton's" in "Clinton's spokesman"), not inside a
// prepositional phrase ("at Widmeyer Communications") and not a lone title
// or determiner ("The", "Sen."). Titles before a name are dropped.
func sourceName(src string) string {
	// "(R-Wis.)", "(Tex.)": a party and state, not part of the name
	for {
		i := strings.IndexByte(src, '(')
		j := strings.IndexByte(src, ')')
		if i < 0 || j < i {
			break
		}
		src = src[:i] + src[j+1:]
	}
	words := strings.Fields(src)
	var run []string
	prevPrep := false
	flush := func(next string) string {
		defer func() { run = run[:0] }()
		if len(run) == 0 {
			return ""
		}
		last := run[len(run)-1]
		if next != "" && startsLower(next) && !strings.HasSuffix(last, ",") && !prepositions[strings.Trim(next, ",.")] && !clauseWords[next] {
			return "" // a modifier: "Trump supporter", "Clinton campaign"
		}
		if possessive(last) {
			return ""
		}
		for len(run) > 0 && titleWords[strings.Trim(run[0], ",.")] {
			run = run[1:]
		}
		if len(run) == 0 {
			return ""
		}
		return strings.TrimRight(strings.Join(run, " "), ",;:")
	}
	runPrep := false
	for _, w := range words {
		if w == "" {
			continue
		}
		if startsUpper(w) && !(len(run) == 0 && determiners[w]) {
			if len(run) == 0 {
				runPrep = prevPrep
			}
			run = append(run, w)
			if strings.HasSuffix(w, ",") {
				if n := flush(""); n != "" && !runPrep {
					return n
				}
				prevPrep = false // an apposition follows: "the leader of the ADL, Jonathan Greenblatt"
			}
			continue
		}
		if n := flush(w); n != "" && !runPrep {
			return n
		}
		lw := strings.ToLower(strings.Trim(w, ",."))
		prevPrep = prepositions[lw] || (prevPrep && (lw == "the" || lw == "a" || lw == "an"))
	}
	if n := flush(""); n != "" && !runPrep {
		return n
	}
	return ""
}

func startsUpper(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

func startsLower(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLower(r)
}

func possessive(w string) bool {
	w = strings.TrimRight(w, ",")
	return strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") || strings.HasSuffix(w, "s'") || strings.HasSuffix(w, "s’")
}

var determiners = map[string]bool{
	"The": true, "A": true, "An": true, "Another": true, "His": true, "Her": true, "Their": true,
	"Its": true, "This": true, "That": true, "These": true, "Those": true, "Some": true, "Many": true,
	"Most": true, "One": true, "Two": true, "Both": true, "Several": true, "Other": true, "He": true,
	"She": true, "They": true, "It": true, "We": true, "I": true, "Our": true, "My": true, "Who": true,
	"Which": true, "In": true, "But": true, "And": true, "As": true, "None": true, "You": true,
	"Everyone": true, "Everybody": true, "Nobody": true, "Someone": true, "Somebody": true, "Few": true,
	"All": true, "Each": true, "Every": true, "No": true, "Any": true, "Such": true,
	"Critics": true, "Supporters": true, "Officials": true, "Experts": true, "Analysts": true,
	"Democrats": true, "Republicans": true, "Americans": true, "Voters": true, "People": true,
}

var titleWords = map[string]bool{
	"Mr": true, "Mrs": true, "Ms": true, "Dr": true, "Sen": true, "Rep": true, "Gov": true, "Gen": true,
	"Lt": true, "Col": true, "Sgt": true, "Capt": true, "Rev": true, "Prof": true, "Pres": true,
	"President": true, "Senator": true, "Governor": true, "Speaker": true, "House": true, "Senate": true,
	"Judge": true, "Justice": true, "Secretary": true, "Attorney": true, "General": true, "Vice": true,
	"Former": true, "Democratic": true, "Republican": true, "GOP": true, "Minister": true, "Prime": true,
	"Chief": true, "Mayor": true, "Majority": true, "Minority": true, "Leader": true, "Chairman": true,
	"State": true, "U.S.": true, "Congressman": true, "Congresswoman": true, "Candidate": true,
	"Presidential": true, "Nominee": true, "Ambassador": true, "Director": true, "Sheriff": true,
	"Officer": true, "Commissioner": true, "Pope": true, "Queen": true, "King": true, "Prince": true,
	"Lord": true, "Sir": true, "Lady": true, "Dame": true, "Mister": true,
}

// clauseWords may follow a name without making it a modifier.
var clauseWords = map[string]bool{
	"who": true, "and": true, "or": true, "himself": true, "herself": true, "also": true, "said": true,
	"says": true, "told": true, "added": true, "wrote": true, "has": true, "had": true, "was": true, "is": true,
}

var prepositions = map[string]bool{
	"of": true, "at": true, "for": true, "from": true, "with": true, "in": true, "on": true, "to": true,
	"by": true, "about": true, "against": true, "under": true, "behind": true, "like": true, "than": true,
}

// speakerMatches reports whether speaker names the source name: it holds
// the name's last word (its surname, or an organisation's head word).
func speakerMatches(speaker, name string) bool {
	head := nameHead(name)
	if head == "" {
		return false
	}
	for _, w := range strings.Fields(speaker) {
		// "Ban Ki-moon" holds "Ki-moon"; "Debbie Wasserman-Schultz" holds "Schultz"
		parts := append([]string{w}, strings.Split(w, "-")...)
		for _, p := range parts {
			if strings.EqualFold(normWord(p), head) {
				return true
			}
		}
	}
	return false
}

// nameHead is the last word of a name, suffixes and punctuation dropped.
func nameHead(name string) string {
	ws := strings.Fields(name)
	for len(ws) > 1 {
		switch strings.Trim(ws[len(ws)-1], ",.") {
		case "Jr", "Sr", "II", "III", "IV":
			ws = ws[:len(ws)-1]
			continue
		}
		break
	}
	if len(ws) == 0 {
		return ""
	}
	// "R-Wis." or "(R)" after the name is its party and state
	last := ws[len(ws)-1]
	if len(ws) > 1 && (last == "R" || last == "D" || last == "I") {
		ws = ws[:len(ws)-1]
		last = ws[len(ws)-1]
	}
	if len(ws) > 1 && strings.Count(last, "-") == 1 && len(last) <= 8 && startsUpper(last) && (last[0] == 'R' || last[0] == 'D' || last[0] == 'I') && last[1] == '-' {
		last = ws[len(ws)-2]
	}
	if i := strings.LastIndexByte(last, '-'); i > 0 && i < len(last)-1 && startsUpper(last[i+1:]) {
		last = last[i+1:] // "Wasserman-Schultz" is matched by "Schultz"
	}
	return normWord(last)
}

func normWord(w string) string {
	w = strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
	return w
}

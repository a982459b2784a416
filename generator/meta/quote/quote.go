package quote

import (
	"strings"

	"briefing/generator/meta/entity"
	"briefing/generator/meta/text"
)

// Quote is a direct quotation and who said it, when the article says.
type Quote struct {
	Text    string
	Speaker string
}

// Find returns the quotations of d worth showing, at most ten, in document
// order, each with its speaker: a person or organisation among names.
func Find(d *text.Doc, names *entity.Analysis) []Quote {
	an := &scan{d: d, toks: d.Tokens(), mentions: names.Mentions, speech: text.SpeechVerbs()}
	return an.quotes()
}

// minQuoteWords drops scare quotes ("old friend"): a quotation worth showing
// says something.
const minQuoteWords = 4

// maxQuotes caps the quotes of one article.
const maxQuotes = 10

// span is one quotation: the tokens between its marks.
type span struct {
	open, close int // token indices of the marks; close is the paragraph's end when unclosed
	para        int
	text        string
	speaker     string
	sentA       int // the sentence around it, for attribution: tokens [sentA,sentB)
	sentB       int
}

// scan is one document's tokens and the names found in them.
type scan struct {
	d        *text.Doc
	toks     []text.Token
	mentions []entity.Mention
	speech   text.Words
}

func isDoubleQuote(t *text.Token) bool {
	return t.Kind == text.Punct && (t.Text == `"` || t.Text == "“" || t.Text == "”")
}

func (an *scan) quotes() []Quote {
	toks := an.toks
	var qs []span
	for i := 0; i < len(toks); i++ {
		t := &toks[i]
		if !isDoubleQuote(t) || t.Text == "”" {
			continue
		}
		// the closing mark is the next double quote of the paragraph; none
		// means the quotation continues into the next paragraph
		j := i + 1
		for j < len(toks) && toks[j].Para == t.Para && !isDoubleQuote(&toks[j]) {
			j++
		}
		closed := j < len(toks) && toks[j].Para == t.Para
		p := an.d.Paragraphs[t.Para]
		if closed && an.opensQuote(j) {
			// Copy that drops a closing mark ("...a Muslim. He added: "The
			// authorities...") would pair this quotation with the next one's
			// opening mark: end it at its last full stop instead.
			if e := an.lastStop(i, j); e > i {
				text := strings.TrimSpace(p[t.End:toks[e].End])
				qs = append(qs, span{open: i, close: e, para: int(t.Para), text: text})
				i = e
				continue
			}
		}
		var text string
		if closed {
			text = p[t.End:toks[j].Start]
		} else {
			text = p[t.End:]
		}
		text = strings.TrimRight(strings.TrimSpace(text), ",")
		qs = append(qs, span{open: i, close: j, para: int(t.Para), text: text})
		if closed {
			i = j
		} else {
			i = j - 1
		}
	}
	// The sentence around each quotation, ignoring the stops inside quotations.
	for k := range qs {
		q := &qs[k]
		a := q.open
		for a > 0 && toks[a-1].Para == int32(q.para) && !an.sentenceEnd(a-1, qs) {
			a--
		}
		b := q.close
		if !an.sentenceEnd(b, qs) {
			for b < len(toks) && toks[b].Para == int32(q.para) && !an.sentenceEnd(b, qs) {
				b++
			}
		}
		q.sentA, q.sentB = a, b
	}
	for k := range qs {
		q := &qs[k]
		q.speaker = an.attribution(q.sentA, q.sentB, q.open, qs)
	}
	// Quotations of a sentence share its attribution ("... and "...," he added);
	// a paragraph continuing a quotation keeps its speaker.
	for k := range qs {
		q := &qs[k]
		if q.speaker != "" {
			continue
		}
		for o := range qs {
			if o != k && qs[o].para == q.para && qs[o].sentA == q.sentA && qs[o].speaker != "" {
				q.speaker = qs[o].speaker
				break
			}
		}
		if q.speaker == "" && q.open == q.sentA {
			// a whole-sentence quotation continues the paragraph's speaker:
			// the nearest attributed quotation before it, else after it
			for o := k - 1; o >= 0 && qs[o].para == q.para && q.speaker == ""; o-- {
				q.speaker = qs[o].speaker
			}
			for o := k + 1; o < len(qs) && qs[o].para == q.para && q.speaker == ""; o++ {
				q.speaker = qs[o].speaker
			}
		}
		if q.speaker == "" && k > 0 && qs[k-1].para == q.para-1 && q.open == an.paraStart(q.para) {
			q.speaker = qs[k-1].speaker
		}
	}
	var out []Quote
	for _, q := range qs {
		if len(strings.Fields(q.text)) < minQuoteWords {
			continue
		}
		out = append(out, Quote{Text: q.text, Speaker: q.speaker})
		if len(out) == maxQuotes {
			break
		}
	}
	return out
}

// opensQuote reports whether the straight quotation mark at token j opens
// a quotation: a space before it and a word right after it.
func (an *scan) opensQuote(j int) bool {
	t := &an.toks[j]
	if t.Text != `"` || !t.Is(text.OpenQuote) || j+1 >= len(an.toks) {
		return false
	}
	n := &an.toks[j+1]
	return n.Para == t.Para && n.Start == t.End && n.Kind != text.Punct
}

// lastStop is the last full stop, question or exclamation mark strictly
// between tokens i and j, or -1.
func (an *scan) lastStop(i, j int) int {
	for k := j - 1; k > i; k-- {
		if t := &an.toks[k]; t.Kind == text.Punct && (t.Text == "." || t.Text == "!" || t.Text == "?") {
			return k
		}
	}
	return -1
}

func (an *scan) paraStart(para int) int {
	for i := range an.toks {
		if int(an.toks[i].Para) == para {
			return i
		}
	}
	return -1
}

// sentenceEnd reports whether token i is a full stop outside every
// quotation, or the closing mark of a quotation that ends with one.
func (an *scan) sentenceEnd(i int, qs []span) bool {
	if i >= len(an.toks) {
		return true
	}
	t := &an.toks[i]
	if i > 0 && t.Is(text.CloseQuote|text.OpenQuote) && isDoubleQuote(t) {
		for k := range qs {
			if qs[k].close == i {
				p := &an.toks[i-1]
				return p.Kind == text.Punct && (p.Text == "." || p.Text == "!" || p.Text == "?")
			}
		}
		return false
	}
	if t.Kind != text.Punct || (t.Text != "." && t.Text != "!" && t.Text != "?") {
		return false
	}
	for k := range qs {
		if qs[k].open < i && i < qs[k].close {
			return false
		}
	}
	return true
}

func inQuote(i int, qs []span) bool {
	for k := range qs {
		if qs[k].open <= i && i <= qs[k].close {
			return true
		}
	}
	return false
}

// attribution finds who speaks in the sentence [a,b) around a quotation
// opening at token open.
func (an *scan) attribution(a, b, open int, qs []span) string {
	toks := an.toks
	// "CCTV quoted Xi as saying"
	for k := a; k < b; k++ {
		if toks[k].Text == "quoted" && !inQuote(k, qs) {
			if m := an.mentionIn(k+1, k+4); m != nil && m.Kind != entity.Place {
				return m.Name
			}
		}
	}
	for k := a; k < b; k++ {
		w := toks[k].Text
		if inQuote(k, qs) || !an.speech.Has(w) || w == "quoted" || w == "asked" {
			continue
		}
		// "Xi reportedly said", "chief executive Richard Parsons said", "he added"
		for j := k - 1; j >= a && j >= k-4; j-- {
			if inQuote(j, qs) || toks[j].Kind == text.Punct {
				break
			}
			if s := an.speakerAt(j); s != "" {
				return s
			}
		}
		// "said Richard Parsons", "said the company", and "said the chairman
		// of the committee, Labour MP Barry Sheerman": a person wins.
		org := ""
		for j := k + 1; j < b && j <= k+14; j++ {
			if inQuote(j, qs) || (toks[j].Kind == text.Punct && toks[j].Text != ",") {
				break
			}
			s := an.speakerAt(j)
			if s == "" {
				continue
			}
			if m := an.mentionCovering(j); m == nil || m.Kind == entity.Person {
				return s
			}
			if org == "" && j <= k+4 {
				org = s
			}
		}
		if org != "" {
			return org
		}
	}
	// "According to CCTV, Xi praised the "...""; the subject before the quotation
	for k := a; k < open; k++ {
		if toks[k].Kind == text.Punct || inQuote(k, qs) {
			continue
		}
		if s := an.speakerAt(k); s != "" && !(k >= 2 && toks[k-1].Text == "to" && strings.EqualFold(toks[k-2].Text, "according")) {
			return s
		}
	}
	for k := a; k+2 < b; k++ {
		if strings.EqualFold(toks[k].Text, "according") && toks[k+1].Text == "to" {
			if m := an.mentionIn(k+2, k+4); m != nil && m.Kind != entity.Place {
				return m.Name
			}
		}
	}
	return ""
}

// speakerAt returns the speaker named by token j: a person or organisation
// mention covering it, or a pronoun ("he", "the company") resolved to the
// last one named before it.
func (an *scan) speakerAt(j int) string {
	if m := an.mentionCovering(j); m != nil {
		if m.Kind == entity.Place {
			return ""
		}
		return m.Name
	}
	switch strings.ToLower(an.toks[j].Text) {
	case "he", "she":
		if m := an.lastBefore(j, entity.Person); m != nil {
			return m.Name
		}
	case "company", "firm", "group", "bank", "broadcaster", "agency", "ministry", "club":
		if j > 0 && strings.EqualFold(an.toks[j-1].Text, "the") {
			if m := an.lastBefore(j, entity.Organization); m != nil {
				return m.Name
			}
		}
	default:
		// "the Tory leader said", "the minister added": a role names the
		// last person named, not the party or office before it.
		if entity.IsRoleWord(strings.ToLower(an.toks[j].Text)) {
			for i := j - 1; i >= 0 && i >= j-3; i-- {
				if strings.EqualFold(an.toks[i].Text, "the") {
					if m := an.lastBefore(i, entity.Person); m != nil {
						return m.Name
					}
					break
				}
			}
		}
	}
	return ""
}

func (an *scan) mentionCovering(j int) *entity.Mention {
	for k := range an.mentions {
		m := &an.mentions[k]
		if m.Start <= j && j < m.End {
			return m
		}
		if m.Start > j {
			break
		}
	}
	return nil
}

// mentionIn returns the first person or organisation mention starting in [a,b).
func (an *scan) mentionIn(a, b int) *entity.Mention {
	for k := range an.mentions {
		m := &an.mentions[k]
		if m.Start >= a && m.Start < b && m.Kind != entity.Place {
			return m
		}
	}
	return nil
}

func (an *scan) lastBefore(j int, kind entity.Kind) *entity.Mention {
	var last *entity.Mention
	for k := range an.mentions {
		m := &an.mentions[k]
		if m.Start >= j {
			break
		}
		if m.Kind == kind {
			last = m
		}
	}
	return last
}

package evaluate

import (
	"slices"
	"strings"
	"time"
	"unicode"

	"briefing/generator/meta"
	"briefing/generator/meta/rank"
	"briefing/generator/meta/text"
	"briefing/generator/meta/trim"
)

// Report is how the metadata of a development set reads: the key points'
// ROUGE against the reference summaries beside the Lead-3 baseline, and
// the editor's checks of issue 12 (bullet length, dangling openers,
// datelines, broken trims, descriptions, sentences repeated on a page).
type Report struct {
	Set       string    // the development set's name
	Articles  []Article // one per reference summary, in file order
	KeyPoints Scores    // mean over Articles
	Lead3     Scores    // mean over Articles

	Bullets     int     // key points in all
	Words       Lengths // words per key point
	StoryWords  float64 // words of key points per article, mean
	Dangling    int     // key points opening with a word that needs an earlier sentence
	Datelines   int     // key points, descriptions and summaries keeping a news-agency dateline
	Furniture   int     // key points, descriptions and summaries that are or keep other furniture (Furniture)
	Broken      int     // key points that do not read as a whole sentence (trim.Broken)
	Sentences   int     // the articles' own sentences after preparation
	SourceBroke int     // of which trim.Broken finds broken
	BadDescs    int     // descriptions that do not end a sentence or exceed rank.DescriptionMax
	Repeated    int     // articles whose page would show a sentence three times
	Restated    int     // articles with a key point that restates another (rank.Restates)
	Summaries   int     // articles with a summary (the page shows none otherwise)
	SummaryKP   int     // summaries with a sentence that is also a key point, whole or trimmed
	DescKP      int     // descriptions that are the first key point again
	Compute     time.Duration
}

// Article is the score of one article.
type Article struct {
	Name        string // the article's name in its set: "business/001.txt", "cnnval-000"
	KeyPoints   []string
	Summary     string
	Description string
	Reference   []string
	Scores      Scores // of the key points
	Lead3       Scores // of the Lead-3 baseline
}

// Lengths summarises a distribution of word counts.
type Lengths struct {
	Median, P95 float64
	Max, Over35 int
}

// collector builds a Report one article at a time.
type collector struct {
	rep        *Report
	kp, lead   Scores
	words      []int
	storyWords int
}

func newCollector(set string, n int) *collector {
	return &collector{rep: &Report{Set: set, Articles: make([]Article, 0, n)}}
}

// add computes the metadata of one article, timing it, and scores it
// against reference; lead3 is the baseline's sentences.
func (c *collector) add(name, headline string, paragraphs, reference, lead3 []string) {
	start := time.Now()
	m := meta.Compute(headline, paragraphs)
	c.rep.Compute += time.Since(start)

	a := Article{
		Name: name, KeyPoints: m.KeyPoints, Summary: m.Summary, Description: m.Description,
		Reference: reference, Scores: Rouge(m.KeyPoints, reference), Lead3: Rouge(lead3, reference),
	}
	c.kp.Add(a.Scores)
	c.lead.Add(a.Lead3)
	r := c.rep
	for k, b := range m.KeyPoints {
		n := countWords(b)
		c.words = append(c.words, n)
		c.storyWords += n
		if rank.DanglingOpener(b, m.KeyPoints[:k]) {
			r.Dangling++
		}
		if trim.Broken(b) != "" {
			r.Broken++
		}
		if Datelined(b) {
			r.Datelines++
		}
		if Furniture(b) {
			r.Furniture++
		}
	}
	r.Bullets += len(m.KeyPoints)
	for _, s := range []string{m.Description, m.Summary} {
		if Datelined(s) {
			r.Datelines++
		}
		if Furniture(s) {
			r.Furniture++
		}
	}
	if m.Summary != "" {
		r.Summaries++
		if SharesSentence(m.Summary, m.KeyPoints) {
			r.SummaryKP++
		}
	}
	if len(m.KeyPoints) > 0 && m.Description == m.KeyPoints[0] {
		r.DescKP++
	}
	if !EndsSentence(m.Description) || len([]rune(m.Description)) > rank.DescriptionMax {
		r.BadDescs++
	}
	d := text.Prepare(headline, paragraphs)
	for _, s := range d.Sentences {
		r.Sentences++
		if trim.Broken(s.Text) != "" {
			r.SourceBroke++
		}
	}
	if RepeatsOnPage(m.KeyPoints, m.Summary, d) {
		r.Repeated++
	}
	if restated(m.KeyPoints) {
		r.Restated++
	}
	r.Articles = append(r.Articles, a)
}

// restated reports whether one of kps says again what another says.
func restated(kps []string) bool {
	for i := range kps {
		for j := range kps {
			if i != j && rank.Restates(kps[i], kps[j]) {
				return true
			}
		}
	}
	return false
}

func (c *collector) report() *Report {
	r := c.rep
	n := len(r.Articles)
	r.KeyPoints, r.Lead3 = c.kp.Div(n), c.lead.Div(n)
	r.Words = lengths(c.words)
	if n > 0 {
		r.StoryWords = float64(c.storyWords) / float64(n)
	}
	return r
}

func countWords(s string) int { return len(strings.Fields(s)) }

func lengths(xs []int) Lengths {
	if len(xs) == 0 {
		return Lengths{}
	}
	s := slices.Clone(xs)
	slices.Sort(s)
	l := Lengths{Median: quantile(s, 0.5), P95: quantile(s, 0.95), Max: s[len(s)-1]}
	for _, x := range s {
		if x > 35 {
			l.Over35++
		}
	}
	return l
}

// quantile interpolates linearly between the order statistics of sorted
// s, as numpy's default does.
func quantile(s []int, q float64) float64 {
	pos := q * float64(len(s)-1)
	i := int(pos)
	if i+1 >= len(s) {
		return float64(s[len(s)-1])
	}
	f := pos - float64(i)
	return float64(s[i])*(1-f) + float64(s[i+1])*f
}

// EndsSentence reports whether s ends as a sentence does: a stop, perhaps
// inside closing quotes or brackets, and no ellipsis.
func EndsSentence(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" || strings.HasSuffix(s, "…") || strings.HasSuffix(strings.TrimRight(s, "\"'”’)"), "...") {
		return false
	}
	s = strings.TrimRight(s, "\"'”’)]")
	return strings.HasSuffix(s, ".") || strings.HasSuffix(s, "!") || strings.HasSuffix(s, "?")
}

// agencies name the wire services and outlets whose datelines open copy.
var agencies = []string{
	"CNN", "AP", "Reuters", "AFP", "UPI", "PA", "dpa", "DPA", "Xinhua", "EFE", "ANSA",
	"Kyodo", "TASS", "Itar-Tass", "IANS", "PTI", "Bloomberg", "BBC", "CNNMoney", "CNN Money",
	"AAP", "CP", "NYT", "WSJ", "Yonhap", "KCNA", "ANI", "UNI", "Interfax", "RIA Novosti", "SPA",
	"MENA", "IRNA", "WAM", "KUNA", "Anadolu", "Bernama", "Antara", "NHK", "CBS", "NBC", "ABC",
	"EW.com", "Mashable", "CNET", "Billboard", "Variety", "RTT", "RTTNews", "Fortune", "Money",
}

// Datelined reports whether s keeps a news-agency dateline in any wire
// style: "(CNN)", "Washington (CNN) --", "BEIJING, June 15 (Reuters) -",
// "CITY (AP) --", "LONDON -- ", "By . Sam Webb . ". It is independent
// of the stripping code it checks.
func Datelined(s string) bool {
	for _, a := range agencies {
		if strings.Contains(s, "("+a+")") {
			return true
		}
	}
	if strings.HasPrefix(s, "By . ") || strings.Contains(s, "PUBLISHED:") || strings.Contains(s, "UPDATED:") {
		return true
	}
	// An opening place in capitals and a dash: "LONDON --", "SAN JUAN, Puerto Rico —".
	head := s[:min(len(s), 70)]
	for _, dash := range []string{" -- ", " - ", " — ", " – ", "--"} {
		k := strings.Index(head, dash)
		if k <= 0 {
			continue
		}
		place, _, _ := strings.Cut(head[:k], ",")
		letters, upper := 0, 0
		for _, r := range place {
			if unicode.IsLetter(r) {
				letters++
				if unicode.IsUpper(r) {
					upper++
				}
			}
		}
		if letters >= 3 && upper == letters {
			return true
		}
	}
	return false
}

// furnitureMarks are what page furniture leaves in text: credit lines,
// bylines, captions, calls to click or follow, editorial marks in
// brackets. Matched case-insensitively.
var furnitureMarks = []string{
	"contributed to this report", "contributed to this story", "contributed reporting",
	"wrote this story", "wrote it in", "wrote the story", "reported this story",
	"click here", "scroll down", "read more:", "follow us", "follow @", "sign up for our",
	"image copyright", "image caption", "photo:", "photo credit", "pictured:", "getty images",
	"editor's note", "editor’s note", "story highlights", "published:", "updated:",
	"last updated", "all rights reserved", "[sic]", "[...]", "[…]", "[photo", "[video",
	"on this page", "of this page", "please note", "listen to the full",
}

// Furniture reports whether s is or keeps page furniture other than a
// dateline (Datelined): a credit line ("CNN's Nick Paton Walsh reported
// this story from Beirut"), a byline ("By Jo Bloggs"), a caption, a call
// to click or follow, a bracketed editorial mark ("[sic]"). Like
// Datelined it is independent of the stripping code it checks.
func Furniture(s string) bool {
	l := strings.ToLower(s)
	for _, m := range furnitureMarks {
		if strings.Contains(l, m) {
			return true
		}
	}
	// A byline: "By Jo Bloggs", "By Jo Bloggs and ...", "By . Jo Bloggs,
	// CNN", but not "By Christmas Day, the team had ...".
	if rest, ok := strings.CutPrefix(s, "By "); ok {
		f := strings.Fields(strings.TrimLeft(rest, ". "))
		if len(f) >= 2 && isCapital(f[0]) && isCapital(f[1]) &&
			(len(f) == 2 || isCapital(f[2]) || f[2] == "and" || strings.ContainsAny(f[2][:1], ".|-–—")) {
			return true
		}
	}
	// "Reported from Beirut" at the end of a name: "Jo Bloggs reported from Beirut."
	if strings.Contains(l, " reported from ") && len(strings.Fields(s)) <= 14 {
		return true
	}
	return false
}

func isCapital(w string) bool {
	for _, r := range w {
		return unicode.IsUpper(r)
	}
	return false
}

// SharesSentence reports whether a sentence of summary is also one of
// keypoints, whole or trimmed: the summary then repeats a key point.
func SharesSentence(summary string, keypoints []string) bool {
	for _, s := range text.SplitSentences(summary, nil) {
		sw := wordsOf(s)
		if len(sw) < 4 {
			continue
		}
		for _, k := range keypoints {
			if sameSentence(wordsOf(k), sw) {
				return true
			}
		}
	}
	return false
}

// RepeatsOnPage reports whether an article page would show one of d's
// sentences three times: in the full story, in the summary and in a key
// point (a trimmed sentence still counts as the sentence).
func RepeatsOnPage(keypoints []string, summary string, d *text.Doc) bool {
	var shown [][]string
	for _, k := range keypoints {
		shown = append(shown, wordsOf(k))
	}
	if summary != "" {
		for _, s := range text.SplitSentences(summary, nil) {
			shown = append(shown, wordsOf(s))
		}
	}
	for _, s := range d.Sentences {
		src := wordsOf(s.Text)
		if len(src) < 4 {
			continue
		}
		n := 1 // the full story
		for _, w := range shown {
			if sameSentence(w, src) {
				n++
			}
		}
		if n >= 3 {
			return true
		}
	}
	return false
}

func wordsOf(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// sameSentence reports whether shown is src, whole or trimmed: nearly all
// its words are src's and it keeps a good part of them.
func sameSentence(shown, src []string) bool {
	if len(shown) == 0 {
		return false
	}
	in := 0
	for _, w := range shown {
		if slices.Contains(src, w) {
			in++
		}
	}
	return float64(in) >= 0.85*float64(len(shown)) && float64(in) >= 0.4*float64(len(src))
}

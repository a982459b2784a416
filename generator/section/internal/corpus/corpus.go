// Package corpus reads the labelled news the section model is trained and
// evaluated on: the BBC corpus (five topic folders), CoNLL-2003 English
// (Reuters 1996, documents between -DOCSTART- lines) and PolNeAR (US political
// news). Every reader returns documents in a fixed order so that training is
// deterministic.
package corpus

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"unicode/utf8"
)

// Doc is one labelled story.
type Doc struct {
	ID       string // source-relative name, e.g. "bbc/sport/001"
	Headline string
	Body     string
	Label    string // a section name ("Business"); "" when unlabelled
}

// BBCLabels maps the BBC corpus folders to our sections.
var BBCLabels = map[string]string{
	"business":      "Business",
	"entertainment": "Culture",
	"politics":      "Politics",
	"sport":         "Sport",
	"tech":          "Technology",
}

// BBC reads dir/<topic>/NNN.txt for the five BBC topics.
func BBC(dir string) ([]Doc, error) {
	var docs []Doc
	topics := make([]string, 0, len(BBCLabels))
	for t := range BBCLabels {
		topics = append(topics, t)
	}
	sort.Strings(topics)
	for _, topic := range topics {
		d, err := txtDocs(filepath.Join(dir, topic), "bbc/"+topic, BBCLabels[topic], "bbc")
		if err != nil {
			return nil, err
		}
		docs = append(docs, d...)
	}
	return docs, nil
}

// txtDocs reads every dir/*.txt story (title line, blank line,
// paragraphs) in name order, each as prefix/NAME with label; set names
// the corpus in the error for a folder without one.
func txtDocs(dir, prefix, label, set string) ([]Doc, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil {
		return nil, err
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("%s: no articles in %s", set, dir)
	}
	sort.Strings(files)
	docs := make([]Doc, 0, len(files))
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		head, body := SplitHeadline(decode(b))
		docs = append(docs, Doc{
			ID:       prefix + "/" + strings.TrimSuffix(filepath.Base(f), ".txt"),
			Headline: head,
			Body:     body,
			Label:    label,
		})
	}
	return docs, nil
}

// SplitHeadline returns the first non-empty line and the rest, the raw
// article form of the BBC corpus and of PolNeAR.
func SplitHeadline(s string) (head, body string) {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.TrimLeft(s, " \t\n")
	head, body, _ = strings.Cut(s, "\n")
	return strings.TrimSpace(head), strings.TrimSpace(body)
}

// decode reads UTF-8, falling back to Latin-1 for files that are not (one
// BBC file has a Latin-1 pound sign).
func decode(b []byte) string {
	if utf8.Valid(b) {
		return string(b)
	}
	r := make([]rune, len(b))
	for i, c := range b {
		r[i] = rune(c)
	}
	return string(r)
}

// CoNLL reads a CoNLL-2003 file: one token a line (the word first), blank
// lines between sentences, -DOCSTART- between documents. A document's first
// sentence is its headline; the rest, space-joined, is its body. IDs are
// prefix/NNNN in file order.
func CoNLL(path, prefix string) ([]Doc, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var (
		docs  []Doc
		sents []string
		words []string
	)
	city := ""
	endSentence := func() {
		if len(words) == 0 {
			return
		}
		s := strings.Join(words, " ")
		words = words[:0]
		// A dateline ("BRUSSELS 1996-08-22") leads the story: keep the
		// city, as a wire item's "BRUSSELS (Reuters) -", drop the date.
		if m := dateline.FindStringSubmatch(s); m != nil && len(sents) > 0 {
			city = m[1]
			return
		}
		if city != "" {
			s = city + " - " + s
			city = ""
		}
		sents = append(sents, s)
	}
	endDoc := func() {
		endSentence()
		if len(sents) > 0 {
			docs = append(docs, Doc{
				ID:       fmt.Sprintf("%s/%04d", prefix, len(docs)+1),
				Headline: sents[0],
				Body:     strings.Join(sents[1:], "\n"),
			})
		}
		sents = nil
		city = ""
	}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		switch {
		case strings.HasPrefix(line, "-DOCSTART-"):
			endDoc()
		case strings.TrimSpace(line) == "":
			endSentence()
		default:
			w, _, _ := strings.Cut(line, " ")
			words = append(words, w)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	endDoc()
	if len(docs) == 0 {
		return nil, fmt.Errorf("%s: no documents", path)
	}
	return docs, nil
}

var dateline = regexp.MustCompile(`^([A-Z][A-Za-z .,'-]*?) \d{4}-\d{2}-\d{2}$`)

// PolNeAR reads every dir/*.txt article (title line, blank line, paragraphs).
func PolNeAR(dir, prefix string) ([]Doc, error) {
	return txtDocs(dir, prefix, "", "polnear")
}

// Short returns the doc cut to its headline and first sentence: the form of
// a short wire item, used to check the model where it has little to read.
func Short(d Doc) Doc {
	d.Body = FirstSentence(d.Body)
	return d
}

// FirstSentence returns the body's first sentence: up to the first ". ",
// "? " or "! " (or a closing quote after one) that ends a word of more than
// one letter that is not a title like "Mr".
func FirstSentence(body string) string {
	body = strings.TrimSpace(body)
	if p, _, ok := strings.Cut(body, "\n"); ok {
		body = strings.TrimSpace(p)
	}
	for i := 0; i < len(body); i++ {
		c := body[i]
		if c != '.' && c != '?' && c != '!' {
			continue
		}
		j := i + 1
		for j < len(body) && (body[j] == '"' || body[j] == '\'') {
			j++
		}
		if j < len(body) && body[j] != ' ' {
			continue
		}
		if c == '.' && abbreviation(body[:i]) {
			continue
		}
		return strings.TrimSpace(body[:j])
	}
	return body
}

func abbreviation(before string) bool {
	k := strings.LastIndexAny(before, " (\"")
	w := before[k+1:]
	if len(w) <= 1 {
		return true // an initial: "George W. Bush"
	}
	switch strings.ToLower(w) {
	case "mr", "mrs", "ms", "dr", "st", "prof", "gen", "lt", "col", "sgt", "rep", "sen", "gov",
		"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "inc", "corp", "co", "ltd", "jr", "sr", "vs":
		return true
	}
	return strings.Count(w, ".") >= 1 // U.S., U.N.
}

package evaluate

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"briefing/generator/article"
	"briefing/generator/meta"
	"briefing/generator/meta/entity"
	"briefing/generator/meta/internal/conll"
	"briefing/generator/meta/tagger"
	"briefing/generator/meta/text"
)

// ErrNoCoNLL reports a folder without CoNLL-2003's development set.
var ErrNoCoNLL = errors.New("no CoNLL-2003 development set (valid.txt)")

// CoNLLDevFile is the development set's file name in its folder, as the
// public copies (kamalkraj/BERT-NER, NeuroNER) name it. The test file is
// never read: it judges the work.
const CoNLLDevFile = "valid.txt"

// Counts holds true positives, false positives and false negatives, with
// P, R and F1: the tagger's CoNLL scorer's, so both report alike.
type Counts = conll.Counts

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// NameScores are per-document name sets scored against the gold sets,
// summed over documents (micro average), per kind and over all three.
type NameScores struct {
	People, Places, Organizations, All Counts
}

func (s *NameScores) kind(k int) *Counts {
	return [...]*Counts{&s.People, &s.Places, &s.Organizations}[k]
}

// EntityReport is how the people, places and organisations computed for
// CoNLL-2003 documents score against the gold names, the measure:
// per document, the set of names of each kind (exact, case-insensitive).
type EntityReport struct {
	Docs []EntityDoc
	// Canonical scores the front matter's lists: one canonical form per
	// entity ("Steve Jobs" for a later "Jobs").
	Canonical NameScores
	// Surface scores every form the article uses for its entities: the
	// gold counts "Jobs" and "Steve Jobs" as two names.
	Surface NameScores
	Compute time.Duration // spent in meta.Compute, in all
}

// EntityDoc is one document's gold and computed names (lower-cased,
// tokenised as CoNLL is: "lord 's"), per kind: people, places,
// organisations.
type EntityDoc struct {
	Headline  string
	Gold      [3]map[string]bool
	Canonical [3]map[string]bool
	Surface   [3]map[string]bool
}

// CoNLLEntities runs the product's path over every document of the
// CoNLL-2003 development set in dir: each is rebuilt as the raw text an
// editor would drop into the inbox (the Reuters headline on the first line,
// then the dateline and every sentence as a paragraph, detokenised), read
// by article.Parse and given to meta.Compute; its people, places and
// organisations are then scored against the gold names (MISC is left out).
func CoNLLEntities(dir string) (*EntityReport, error) {
	path := filepath.Join(dir, CoNLLDevFile)
	f, err := os.Open(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil, fmt.Errorf("%w in %s", ErrNoCoNLL, dir)
	}
	if err != nil {
		return nil, err
	}
	defer f.Close()
	docs, err := readCoNLL(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	rep := &EntityReport{Docs: make([]EntityDoc, 0, len(docs))}
	for i, d := range docs {
		raw := d.raw()
		a, err := article.Parse(fmt.Sprintf("%s#%d.txt", path, i+1), []byte(raw), article.Options{})
		if err != nil {
			return nil, err
		}
		start := time.Now()
		m := meta.Compute(a.Headline, a.Paragraphs)
		rep.Compute += time.Since(start)

		ed := EntityDoc{Headline: a.Headline, Gold: d.gold()}
		for k, list := range [][]string{m.People, m.Places, m.Organizations} {
			ed.Canonical[k] = nameSet(list)
		}
		people, places, orgs := entity.Analyse(text.Prepare(a.Headline, a.Paragraphs)).Forms()
		for k, list := range [][]string{people, places, orgs} {
			ed.Surface[k] = nameSet(list)
		}
		score(&rep.Canonical, ed.Gold, ed.Canonical)
		score(&rep.Surface, ed.Gold, ed.Surface)
		rep.Docs = append(rep.Docs, ed)
	}
	return rep, nil
}

func score(s *NameScores, gold, got [3]map[string]bool) {
	for k := range 3 {
		var c Counts
		for n := range gold[k] {
			if got[k][n] {
				c.TP++
			} else {
				c.FN++
			}
		}
		for n := range got[k] {
			if !gold[k][n] {
				c.FP++
			}
		}
		s.kind(k).Add(c)
		s.All.Add(c)
	}
}

// nameSet lower-cases names and splits them into tokens as the CoNLL
// files do ("Lord's" is "lord 's" there), so that only the name is judged,
// not its tokenisation.
func nameSet(names []string) map[string]bool {
	out := make(map[string]bool, len(names))
	for _, n := range names {
		out[normName(n)] = true
	}
	return out
}

func normName(n string) string {
	return goldName(tagger.Words(tagger.Tokenize(n)))
}

// goldName is the measure's form of a name's words: lower-cased, joined by
// spaces, without the full stop of an abbreviation that ends it ("Inc."),
// which the CoNLL files split off at the end of a sentence ("Inc .") and
// detokenised text cannot.
func goldName(words []string) string {
	return strings.TrimSuffix(strings.ToLower(strings.Join(words, " ")), ".")
}

// conllDoc is one -DOCSTART- document: its sentences' words and entity
// tags.
type conllDoc struct {
	words, tags [][]string
}

// readCoNLL reads the word and entity columns of a CoNLL-2003 file.
func readCoNLL(r io.Reader) ([]conllDoc, error) {
	var docs []conllDoc
	var ws, ts []string
	endSent := func() {
		if len(ws) > 0 && len(docs) > 0 {
			d := &docs[len(docs)-1]
			d.words, d.tags = append(d.words, ws), append(d.tags, ts)
		}
		ws, ts = nil, nil
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	for line := 1; sc.Scan(); line++ {
		f := strings.Fields(sc.Text())
		switch {
		case len(f) == 0:
			endSent()
		case f[0] == "-DOCSTART-":
			endSent()
			docs = append(docs, conllDoc{})
		case len(f) != 4:
			return nil, fmt.Errorf("line %d: want 4 columns, got %d", line, len(f))
		case len(docs) == 0:
			return nil, fmt.Errorf("line %d: text before the first -DOCSTART-", line)
		default:
			ws, ts = append(ws, f[0]), append(ts, f[3])
		}
	}
	endSent()
	return docs, sc.Err()
}

// raw is the document as an editor would drop it into the inbox: the
// headline, a blank line, then the dateline and each sentence as a
// paragraph (Reuters paragraphs are mostly one sentence, and its tables a
// row a line).
func (d conllDoc) raw() string {
	var b strings.Builder
	for i, s := range d.words {
		if i > 0 {
			b.WriteString("\n\n")
		}
		line := Detokenize(s)
		if i == 0 {
			line = strings.TrimSuffix(line, ".") // a headline has no full stop
		}
		b.WriteString(line)
	}
	b.WriteByte('\n')
	return b.String()
}

// gold is the document's names of each kind, as the measure reads
// them: the words of each PER, LOC and ORG phrase, joined by spaces and
// lower-cased.
func (d conllDoc) gold() [3]map[string]bool {
	var out [3]map[string]bool
	for k := range out {
		out[k] = map[string]bool{}
	}
	for i, tags := range d.tags {
		open, typ := -1, ""
		closeAt := func(j int) {
			if open >= 0 {
				if k := kindOf(typ); k >= 0 {
					out[k][goldName(d.words[i][open:j])] = true
				}
				open = -1
			}
		}
		for j, t := range tags {
			// IOB1 as in the original files, or BIO: an I- of another type
			// or after O opens a phrase, as conlleval reads it.
			p, x := byte('O'), ""
			if len(t) > 2 && t[1] == '-' {
				p, x = t[0], t[2:]
			}
			if p != 'I' || x != typ {
				closeAt(j)
			}
			if p != 'O' && open < 0 {
				open, typ = j, x
			}
		}
		closeAt(len(tags))
	}
	return out
}

func kindOf(typ string) int {
	switch typ {
	case "PER":
		return 0
	case "LOC":
		return 1
	case "ORG":
		return 2
	}
	return -1
}

// Detokenize joins Penn Treebank tokens back into text as it was written:
// no space before closing punctuation, possessives and clitics ("Germany
// 's" is "Germany's"), none after an opening bracket or currency sign, and
// straight double quotes paired, opening ones against the next word and
// closing ones against the last.
func Detokenize(words []string) string {
	var b strings.Builder
	glue := true // no space before the next word
	inQuote := false
	for _, w := range words {
		attach := glue
		glue = false
		switch {
		case w == `"`:
			if inQuote {
				attach = true
			} else {
				glue = true
			}
			inQuote = !inQuote
		case w == "(" || w == "[" || w == "{" || w == "$" || w == "US$" || w == "`" || w == "``":
			glue = true
		case len(w) == 1 && strings.Contains(",.;:!?)]}%", w), w == "...", w == "''",
			w == "n't" || w == "N'T",
			len(w) >= 2 && w[0] == '\'' && isClitic(strings.ToLower(w[1:])):
			attach = true
		}
		if b.Len() > 0 && !attach {
			b.WriteByte(' ')
		}
		b.WriteString(w)
	}
	return b.String()
}

func isClitic(s string) bool {
	switch s {
	case "s", "m", "ve", "ll", "re", "d":
		return true
	}
	return false
}

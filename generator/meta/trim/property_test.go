package trim

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"briefing/generator/meta/internal/articletest"
	"briefing/generator/meta/tagger"
	"briefing/generator/meta/text"
)

// aggressive makes every cut there is: the most a trim can do.
var aggressive = Options{Target: 6, Truncate: true}

// checkTrim asserts what no trim may do to in: change a number, a name
// (a run of capitalised words) or the text inside quotation marks, add
// or reorder words, or leave a broken sentence where there was a whole one.
func checkTrim(t *testing.T, in, out string) {
	t.Helper()
	if out == in {
		return
	}
	// Deletion only: the words left are the sentence's, in order (the
	// first may gain a capital).
	src, dst := alnumWords(in), alnumWords(out)
	k := 0
	for i, w := range dst {
		for k < len(src) && src[k] != w && !(i == 0 && strings.EqualFold(src[k], w)) {
			k++
		}
		if k == len(src) {
			t.Fatalf("%q -> %q: %q is not a word of the sentence, in order", in, out, w)
		}
		k++
	}
	sf, df := fields(in), fields(out)
	// Numbers are as written and keep their units: a number the tagger
	// reads before a noun or "%" still has it.
	toks := tagger.Tokenize(in)
	srcToks := tagger.Words(toks)
	for _, w := range tagger.Words(tagger.Tokenize(out)) {
		if hasDigit(w) && !slices.Contains(srcToks, w) {
			t.Fatalf("%q -> %q: number %q changed", in, out, w)
		}
	}
	pos, _ := tagger.POSChunks(tagger.Words(toks))
	for k := 0; k+1 < len(toks); k++ {
		num, unit := toks[k], toks[k+1]
		if pos[k] != "CD" || !(strings.HasPrefix(pos[k+1], "NN") || unit.Text == "%") || strings.Count(in, num.Text) > 1 {
			continue
		}
		if strings.Contains(out, num.Text) && !strings.Contains(out, in[num.Start:unit.End]) {
			t.Errorf("%q -> %q: %q lost its unit %q", in, out, num.Text, unit.Text)
		}
	}
	// Names stay whole: every run of capitalised words left was a whole
	// run of the sentence (a day's name is no part of a name).
	srcRuns := capRuns(sf, false)
	for _, r := range capRuns(df, true) {
		if !slices.Contains(srcRuns, r) {
			t.Errorf("%q -> %q: the name %q is not one of the sentence's", in, out, r)
		}
	}
	// Quotations are untouched: each is in the trim as it was.
	for _, q := range quotations(in) {
		if !strings.Contains(out, q) {
			t.Errorf("%q -> %q: quotation %q cut", in, out, q)
		}
	}
	if Broken(in) == "" {
		if why := Broken(out); why != "" {
			t.Errorf("%q -> %q: broken (%s)", in, out, why)
		}
	}
}

// alnumWords are the runs of letters and digits of s.
func alnumWords(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// field is a word as written between spaces, less the marks around it;
// closed says a mark ended it (",", ".", ")"): a phrase may end there.
type field struct {
	text           string
	opened, closed bool
}

func fields(s string) []field {
	var out []field
	alnum := func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
	for w := range strings.FieldsSeq(s) {
		a, b := strings.IndexFunc(w, alnum), strings.LastIndexFunc(w, alnum)
		if a < 0 {
			if len(out) > 0 { // a mark standing alone ends the word before
				out[len(out)-1].closed = true
			}
			continue
		}
		_, size := utf8.DecodeRuneInString(w[b:])
		core := w[a : b+size]
		// a word keeps its inner marks and an apostrophe's s: "U.S.", "A's"
		out = append(out, field{text: core, opened: a > 0, closed: b+size < len(w)})
	}
	return out
}

// capRuns lists the runs of capitalised words, joined by spaces: a mark
// between two words ends a run. skipFirst leaves out a run that starts
// the sentence, whose first word may have gained its capital.
func capRuns(fs []field, skipFirst bool) []string {
	var out []string
	for i := 0; i < len(fs); {
		if !capitalised(fs[i].text) {
			i++
			continue
		}
		j := i + 1
		for j < len(fs) && capitalised(fs[j].text) && !fs[j-1].closed && !fs[j].opened {
			j++
		}
		if !(skipFirst && i == 0) {
			var ws []string
			for _, f := range fs[i:j] {
				ws = append(ws, f.text)
			}
			out = append(out, strings.Join(ws, " "))
		}
		i = j
	}
	return out
}

func capitalised(w string) bool {
	if dayName(w) {
		return false
	}
	for _, r := range w {
		return unicode.IsUpper(r)
	}
	return false
}

// quotations are the texts between double quotation marks, marks and all.
func quotations(s string) []string {
	var out []string
	for _, pair := range [][2]string{{`"`, `"`}, {"“", "”"}} {
		rest := s
		for {
			a := strings.Index(rest, pair[0])
			if a < 0 {
				break
			}
			b := strings.Index(rest[a+len(pair[0]):], pair[1])
			if b < 0 {
				break
			}
			end := a + len(pair[0]) + b + len(pair[1])
			out = append(out, rest[a:end])
			rest = rest[end:]
		}
	}
	return out
}

// TestProperties trims, as hard as it can, every sentence of the
// hand-checked pairs, of the test articles and, when ../shared is there,
// of both development sets, and checks each trim.
func TestProperties(t *testing.T) {
	var sents []string
	for _, c := range trimCases {
		sents = append(sents, c.in)
	}
	for _, name := range append(articletest.News, articletest.Named...) {
		h, paras := articletest.Article(t, name)
		for _, s := range text.Prepare(h, paras).Sentences {
			sents = append(sents, s.Text)
		}
	}
	sents = append(sents, corpusSentences(t)...)
	for _, s := range sents {
		out, _ := Sentence(s, aggressive)
		checkTrim(t, s, out)
		if t.Failed() {
			return
		}
	}
	t.Logf("%d sentences", len(sents))
}

// corpusSentences are the sentences of cnndm-dev and of every tenth BBC
// article, or none without ../shared.
func corpusSentences(t *testing.T) []string {
	if testing.Short() {
		return nil
	}
	root, err := filepath.Abs(filepath.Join("..", "..", "..", "..", "shared", "corpus"))
	if err != nil {
		return nil
	}
	if _, err := os.Stat(root); err != nil {
		return nil
	}
	files, _ := filepath.Glob(filepath.Join(root, "cnndm-dev", "articles", "*.txt"))
	bbc, _ := filepath.Glob(filepath.Join(root, "bbc", "*", "*.txt"))
	for i := 0; i < len(bbc); i += 10 {
		files = append(files, bbc[i])
	}
	var out []string
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		h, paras := articletest.Split(string(data))
		for _, s := range text.Prepare(h, paras).Sentences {
			out = append(out, s.Text)
		}
	}
	return out
}

func FuzzSentence(f *testing.F) {
	for _, c := range trimCases {
		f.Add(c.in)
	}
	for _, c := range keptCases {
		f.Add(c.in)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out, _ := Sentence(s, aggressive)
		checkTrim(t, s, out)
	})
}

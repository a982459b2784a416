package evaluate

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"unicode"

	"briefing/generator/meta"
)

// FigureReport counts the figures meta.Compute gives a set of articles and
// how many say nothing of what they measure.
type FigureReport struct {
	Set      string // "bbc", "cnndm-dev"
	Articles int
	Figures  int
	Empty    int      // no measure at all
	UnitOnly int      // a measure that only repeats the value's unit (see UnitOnly)
	Samples  []Sample // every figure, for reading and judging
}

// Sample is one figure and where it came from.
type Sample struct {
	Article string
	Value   string
	Measure string
}

// Blank is the share of figures with an empty or unit-only measure.
func (r *FigureReport) Blank() float64 { return ratio(r.Empty+r.UnitOnly, r.Figures) }

// Figures counts the figures of the articles of a corpus folder: pattern is
// a glob under root ("bbc/*/*.txt", "cnndm-dev/articles/*.txt").
func Figures(root, set, pattern string) (*FigureReport, error) {
	files, err := filepath.Glob(filepath.Join(root, pattern))
	if err != nil {
		return nil, err
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("%w: no articles match %s", os.ErrNotExist, filepath.Join(root, pattern))
	}
	slices.Sort(files)
	rep := &FigureReport{Set: set}
	for _, f := range files {
		a, err := ReadStory(f)
		if err != nil {
			return nil, err
		}
		rep.Articles++
		name, _ := filepath.Rel(root, f)
		for _, fig := range meta.Compute(a.Headline, a.Paragraphs).Figures {
			rep.Figures++
			switch {
			case strings.TrimSpace(fig.Measure) == "":
				rep.Empty++
			case UnitOnly(fig.Value, fig.Measure):
				rep.UnitOnly++
			}
			rep.Samples = append(rep.Samples, Sample{Article: filepath.ToSlash(name), Value: fig.Value, Measure: fig.Measure})
		}
	}
	return rep, nil
}

// UnitOnly reports whether a measure says no more than the value's own
// unit: once the value's words and the words that carry no meaning of their
// own ("of", "behind", "more") are taken away, nothing is left. "10 years ->
// years" and "400 people behind -> people behind" are unit-only; "400
// people -> killed in the floods" is not.
func UnitOnly(value, measure string) bool {
	inValue := map[string]bool{}
	for _, w := range words(value) {
		inValue[w] = true
		inValue[strings.TrimSuffix(w, "s")] = true
	}
	for _, w := range words(measure) {
		if !inValue[w] && !inValue[strings.TrimSuffix(w, "s")] && !emptyWords[w] {
			return false
		}
	}
	return true
}

// words are the lower-case words of s.
func words(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-'
	})
}

// emptyWords carry no meaning of their own in a measure.
var emptyWords = map[string]bool{
	"a": true, "an": true, "the": true, "of": true, "in": true, "on": true, "at": true, "to": true,
	"for": true, "by": true, "with": true, "from": true, "and": true, "or": true, "behind": true,
	"ahead": true, "more": true, "than": true, "less": true, "about": true, "around": true, "some": true,
	"over": true, "under": true, "up": true, "down": true, "nearly": true, "almost": true, "just": true,
	"least": true, "most": true, "only": true, "per": true, "cent": true, "percent": true, "total": true,
	"number": true, "amount": true, "figure": true, "sum": true, "value": true, "those": true,
	"these": true, "other": true, "another": true, "their": true, "its": true, "his": true, "her": true,
	"it": true, "they": true, "was": true, "were": true, "is": true, "are": true, "be": true,
	"been": true, "had": true, "has": true, "have": true, "estimated": true, "some-": true,
	"million": true, "billion": true, "thousand": true, "trillion": true, "m": true, "bn": true,
}

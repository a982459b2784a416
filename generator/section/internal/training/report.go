package training

import (
	"bytes"
	"fmt"
	"io"
	"path/filepath"
	"sort"
	"strings"

	"briefing/generator/section/internal/corpus"
	"briefing/generator/section/internal/nb"
)

// Report is what a training run measured; the train command writes it as
// JSON beside the model and the tests check it against fresh runs.
type Report struct {
	Options  OptionsReport  `json:"options"`
	Training map[string]int `json:"training"` // stories per source/section
	// CVBBC: folds of the BBC only. CVAll: the same folds, every model also
	// trained on the CoNLL and PolNeAR stories.
	CVBBC CV `json:"cv_bbc"`
	CVAll CV `json:"cv_all"`
	// Dev: the final model on the CoNLL-2003 dev and PolNeAR dev stories
	// (weak labels), whole and cut to headline + first sentence.
	DevFull  Confusion  `json:"dev_full"`
	DevShort Confusion  `json:"dev_short"`
	Wire     WireResult `json:"wire"`
	Words    int        `json:"words"`
	Bytes    int        `json:"bytes"`
}

// OptionsReport records the options (the seeds are in seeds.txt).
type OptionsReport struct {
	HeadWeight float64 `json:"head_weight"`
	Bigrams    bool    `json:"bigrams"`
	LogTF      bool    `json:"log_tf"`
	Mu         float64 `json:"mu"`
	SeedCount  float64 `json:"seed_count"`
	MinCount   float64 `json:"min_count"`
	Folds      int     `json:"folds"`
}

// Paths says where the material is.
type Paths struct {
	BBC  string // ../shared/corpus/bbc
	Data string // ../data: conll2003/, polnear/
	Wire string // generator/section/testdata/wire.tsv
}

// Run does a whole training run: cross-validation, the final model on all
// the data, its scores on the dev and check sets. log gets progress lines.
func Run(p Paths, folds int, log io.Writer) (*nb.Model, *Report, error) {
	o := Options()
	r := &Report{
		Options:  OptionsReport{o.HeadWeight, o.Bigrams, o.LogTF, o.Mu, o.SeedCount, o.MinCount, folds},
		Training: map[string]int{},
	}
	bbc, err := corpus.BBC(p.BBC)
	if err != nil {
		return nil, nil, err
	}
	extra, err := corpus.Extra(p.Data)
	if err != nil {
		return nil, nil, fmt.Errorf("%w (see generator/section/README.md for the data)", err)
	}
	dev, err := corpus.Dev(p.Data)
	if err != nil {
		return nil, nil, err
	}
	wire, err := ReadWire(p.Wire)
	if err != nil {
		return nil, nil, err
	}
	for _, d := range append(append([]corpus.Doc{}, bbc...), extra...) {
		src, _, _ := strings.Cut(d.ID, "/")
		r.Training[src+"/"+d.Label]++
	}
	fmt.Fprintf(log, "training stories: %d BBC, %d CoNLL and PolNeAR\n", len(bbc), len(extra))
	if r.CVBBC, err = CrossValidate(bbc, nil, folds, o); err != nil {
		return nil, nil, err
	}
	fmt.Fprintf(log, "cv bbc only: full %.4f short %.4f\n", r.CVBBC.Full.Accuracy(), r.CVBBC.Short.Accuracy())
	if r.CVAll, err = CrossValidate(bbc, extra, folds, o); err != nil {
		return nil, nil, err
	}
	fmt.Fprintf(log, "cv with extra: full %.4f short %.4f\n", r.CVAll.Full.Accuracy(), r.CVAll.Short.Accuracy())
	m, err := Fit(append(bbc, extra...), o)
	if err != nil {
		return nil, nil, err
	}
	m.Scale = float32(r.CVAll.Scale)
	var buf bytes.Buffer
	if err := m.Encode(&buf); err != nil {
		return nil, nil, err
	}
	if m, err = nb.Decode(buf.Bytes()); err != nil {
		return nil, nil, err
	}
	r.Words, r.Bytes = len(m.Vocab), buf.Len()
	if r.DevFull, err = Evaluate(m, dev, false, nil); err != nil {
		return nil, nil, err
	}
	if r.DevShort, err = Evaluate(m, dev, true, nil); err != nil {
		return nil, nil, err
	}
	r.Wire = CheckWire(m, wire)
	return m, r, nil
}

// DefaultPaths are the paths from the repository root.
func DefaultPaths(root string) Paths {
	return Paths{
		BBC:  filepath.Join(root, "..", "shared", "corpus", "bbc"),
		Data: filepath.Join(root, "..", "data"),
		Wire: filepath.Join(root, "generator", "section", "testdata", "wire.tsv"),
	}
}

// Table renders a confusion matrix as text, rows gold, columns predicted.
func Table(c Confusion) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%-11s", "gold\\got")
	for _, s := range Sections {
		fmt.Fprintf(&b, "%6.5s", s)
	}
	b.WriteString("\n")
	for i, row := range c.Matrix {
		n := 0
		for _, v := range row {
			n += v
		}
		if n == 0 {
			continue
		}
		fmt.Fprintf(&b, "%-11s", Sections[i])
		for _, v := range row {
			fmt.Fprintf(&b, "%6d", v)
		}
		fmt.Fprintf(&b, "   %.3f\n", float64(row[i])/float64(n))
	}
	return b.String()
}

// WireTable renders a check-set result.
func WireTable(w WireResult) string {
	var b strings.Builder
	for _, k := range w.Kinds {
		var got []string
		for s, n := range k.Got {
			got = append(got, fmt.Sprintf("%s %d", s, n))
		}
		sort.Strings(got)
		fmt.Fprintf(&b, "%-9s %3d/%3d  (%s)\n", k.Kind, k.Right, k.N, strings.Join(got, ", "))
	}
	fmt.Fprintf(&b, "four kinds %d/%d = %.3f; all %d/%d = %.3f\n", w.FourRight, w.FourN, float64(w.FourRight)/float64(w.FourN), w.Right, w.N, float64(w.Right)/float64(w.N))
	return b.String()
}

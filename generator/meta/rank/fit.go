package rank

import "briefing/generator/meta/text"

// Fitting: each sentence of a development article is labelled by a greedy
// oracle (the trimmed sentences that, added one by one, most raise the
// score of the key points against the reference highlights), and a
// logistic model is fit to those labels over the sentences' features.
// The evaluate package holds the data and the scorer (ROUGE) and
// cross-validates; see evaluate.FitKeyPoints.

// Example is a development article, prepared, with the names found in it
// and its reference highlights.
type Example struct {
	Doc           *text.Doc
	People        []string
	Organizations []string
	Reference     []string
}

// Scorer scores candidate key points against reference highlights:
// higher is better.
type Scorer func(candidate, reference []string) float64

// Labeled is an Example's sentences as the fit sees them: their features
// and oracle labels.
type Labeled struct {
	feats  [][numFeatures]float64
	labels []float64
}

// labelSentences is how far into an article the oracle looks.
const labelSentences = 20

// oracleSize is the most sentences the oracle labels.
const oracleSize = 4

// Label labels the sentences of ex with the greedy oracle under score.
func Label(ex Example, score Scorer) Labeled {
	r := scoreSentences(ex.Doc, ex.People, ex.Organizations, DefaultModel)
	r.orgs, r.target = ex.Organizations, defaultSelection.target
	n := min(len(r.cands), labelSentences)
	l := Labeled{feats: r.feats[:n], labels: make([]float64, n)}
	texts := make([]string, n)
	for i := range n {
		r.trim(i, ex.People)
		texts[i] = r.cands[i].text
	}
	var set []string
	cur := 0.0
	for len(set) < oracleSize {
		best, bi := cur, -1
		for i := range n {
			if l.labels[i] > 0 || !r.cands[i].usable {
				continue
			}
			if v := score(append(set[:len(set):len(set)], texts[i]), ex.Reference); v > best+0.005 {
				best, bi = v, i
			}
		}
		if bi < 0 {
			break
		}
		l.labels[bi] = 1
		set = append(set, texts[bi])
		cur = best
	}
	return l
}

// prior is where the L2 penalty pulls each weight: 0, but for the
// headline, which CNN/DailyMail copy ("Story 12") never has, so the fit
// cannot learn it; a story with a real headline is about what the
// headline says, and the weight the unsupervised ranker used for it is
// kept.
var prior = [numFeatures]float64{fHeadline: 0.5}

// Fit fits a logistic model to the labelled sentences by gradient
// descent, with an L2 penalty l2 pulling every weight but the bias
// towards its prior.
func Fit(data []Labeled, l2 float64) *Model {
	var x [][numFeatures]float64
	var y []float64
	for _, d := range data {
		x = append(x, d.feats...)
		y = append(y, d.labels...)
	}
	m := &Model{w: prior}
	if len(x) == 0 {
		return m
	}
	const rate, rounds = 0.5, 3000
	var g [numFeatures]float64
	for range rounds {
		clear(g[:])
		for k := range x {
			p := m.prob(&x[k])
			for j, v := range x[k] {
				g[j] += (p - y[k]) * v
			}
		}
		for j := range m.w {
			reg := l2 * (m.w[j] - prior[j])
			if j == fBias {
				reg = 0
			}
			m.w[j] -= rate * (g[j]/float64(len(x)) + reg)
		}
	}
	return m
}

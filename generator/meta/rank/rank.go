package rank

import (
	"math"
	"slices"
	"strings"

	"briefing/generator/meta/text"
	"briefing/generator/meta/trim"
)

// A sentence is scored by a logistic model over a handful of general
// features (see features.go and model.go): its position (news puts the
// point first), its centrality in a TF-IDF similarity graph (PacSum's
// directed, position-aware variant: being echoed by later sentences
// counts, echoing earlier ones does not), its closeness to the story as a
// whole (the centroid of its sentences, the terms most of them share), its
// similarity to the headline, its length, its fitness to stand alone
// (quotations, questions, dangling openers, the first person), read on
// the form a key point would show, and whether it tells of an event (a
// verb in the past tense, a day or a month, the story's most salient name)
// or sets a scene, which a feature's first sentences often do. Selection
// is greedy, without repeating a chosen sentence, to a word budget (see
// choose).

// graph are the settings of the similarity graph.
var graph = struct {
	pacBeta float64 // PacSum edge threshold, share of the similarity range
	pacBack float64 // weight of similarity to earlier sentences (negative)
}{pacBeta: 0.2, pacBack: -0.25}

// candidate is a sentence prepared for selection.
type candidate struct {
	text    string // standalone form, trimmed once chosen as a candidate
	whole   string // standalone form before trimming
	parsed  *trim.Parsed
	score   float64 // the model's probability that it belongs in the key points
	usable  bool    // can be a key point
	plain   bool    // neither a question, nor in the first or second person, nor a command (see choose)
	trimmed bool    // text has been trimmed
	words   int     // words of text
	claim   *claim  // text read for restates (see ranking.claim)
	claimOf string  // the text claim was read from
}

// ranking holds the per-document working state of the ranker.
type ranking struct {
	d      *text.Doc
	n      int
	vecs   [][]weightedTerm // tf-idf vector per sentence, sorted by term
	words  []int            // word count per sentence
	head   []weightedTerm
	sim    []float32 // n×n cosine similarities
	feats  [][numFeatures]float64
	cands  []candidate
	target int // see selection
	orgs   []string
}

type weightedTerm struct {
	id int32
	w  float32
}

func scoreSentences(d *text.Doc, people, orgs []string, m *Model) *ranking {
	n := len(d.Sentences)
	r := &ranking{d: d, n: n, vecs: make([][]weightedTerm, n), words: make([]int, n)}
	if n == 0 {
		return r
	}
	v := newTermVocab(n * 12)
	ids := make([]int32, 0, n*12)
	offs := make([]int, n+1)
	for i := range d.Sentences {
		src, toks := d.SentenceTokens(i)
		ids, r.words[i] = v.terms(src, toks, ids)
		offs[i+1] = len(ids)
	}
	headIDs, _ := v.terms(d.Headline, d.HeadlineTokens(), nil)

	// Document frequency over sentences.
	df := make([]int32, len(v.ids))
	all := make([]weightedTerm, 0, len(ids))
	for i := range n {
		t := ids[offs[i]:offs[i+1]]
		slices.Sort(t)
		start := len(all)
		for k := 0; k < len(t); {
			j := k
			for j < len(t) && t[j] == t[k] {
				j++
			}
			all = append(all, weightedTerm{id: t[k], w: float32(j - k)})
			df[t[k]]++
			k = j
		}
		r.vecs[i] = all[start:len(all):len(all)]
	}
	idf := make([]float32, len(df))
	for t, f := range df {
		idf[t] = float32(math.Log(float64(n+1)/float64(f+1))) + 1
	}
	for i := range r.vecs {
		normalizeTFIDF(r.vecs[i], idf)
	}
	slices.Sort(headIDs)
	headIDs = slices.Compact(headIDs)
	r.head = make([]weightedTerm, len(headIDs))
	for k, t := range headIDs {
		r.head[k] = weightedTerm{id: t, w: 1}
	}
	normalizeTFIDF(r.head, idf)

	// Similarity graph and PacSum centrality.
	sim := make([]float32, n*n)
	lo, hi := float32(1), float32(0)
	for i := range n {
		for j := i + 1; j < n; j++ {
			s := cosineSorted(r.vecs[i], r.vecs[j])
			sim[i*n+j], sim[j*n+i] = s, s
			lo, hi = min(lo, s), max(hi, s)
		}
	}
	thr := lo + float32(graph.pacBeta)*(hi-lo)
	cent := make([]float64, n)
	for i := range n {
		var back, fwd float64
		for j := range n {
			e := sim[i*n+j] - thr
			if j == i || e <= 0 {
				continue
			}
			if j < i {
				back += float64(e)
			} else {
				fwd += float64(e)
			}
		}
		cent[i] = graph.pacBack*back + fwd
	}
	minMaxScale(cent)

	headSim := make([]float64, n)
	for i := range n {
		headSim[i] = float64(cosineSorted(r.vecs[i], r.head))
	}
	if len(r.head) < 3 {
		clear(headSim) // "Story 12" is no headline to compare with
	}
	minMaxScale(headSim)

	// Story-level term statistics: the centroid of the sentences, the
	// terms most sentences share, and each sentence's mean term spread.
	centroid := make([]float32, len(v.ids))
	for i := range n {
		for _, t := range r.vecs[i] {
			centroid[t.id] += t.w
		}
	}
	var cn float64
	for _, c := range centroid {
		cn += float64(c * c)
	}
	cn = math.Sqrt(cn)
	top := topTerms(df, 10)
	centSim, freq := make([]float64, n), make([]float64, n)
	keywords, novelty := make([]float64, n), make([]float64, n)
	for i := range n {
		var dot float64
		var spread float64
		for _, t := range r.vecs[i] {
			dot += float64(t.w * centroid[t.id])
			spread += float64(df[t.id]) / float64(n)
			if slices.Contains(top, t.id) {
				keywords[i]++
			}
		}
		if cn > 0 {
			centSim[i] = dot / cn
		}
		if len(r.vecs[i]) > 0 {
			freq[i] = spread / float64(len(r.vecs[i]))
		}
		if len(top) > 0 {
			keywords[i] /= float64(len(top))
		}
		for j := range i {
			novelty[i] = max(novelty[i], float64(sim[i*n+j]))
		}
	}
	minMaxScale(centSim)
	minMaxScale(freq)

	r.sim = sim
	r.feats = make([][numFeatures]float64, n)
	r.cands = make([]candidate, n)
	within := withinQuotes(d)
	salient := salientWords(people, orgs)
	for i := range n {
		form, _, ok := standaloneText(d, i, d.Sentences[i].Text, people)
		ok = ok && !within[i]
		if balanced, whole := balanceQuotes(form); balanced != form {
			form = balanced
		} else {
			ok = ok && whole
		}
		lead := 0.0
		if i > 0 {
			lead = float64(sim[i])
		}
		f := &r.feats[i]
		positionFeatures(f, i, n)
		// Its opening is read on the standalone form ("He" named,
		// "However," gone), its words on the sentence's own tokens.
		_, toks := d.SentenceTokens(i)
		textFeatures(f, form, toks)
		f[fCentrality], f[fHeadline], f[fLeadSim] = cent[i], headSim[i], lead
		f[fCentroid], f[fKeywords], f[fFreq], f[fNovelty] = centSim[i], keywords[i], freq[i], novelty[i]
		if i < 3 && f[fScene] == 1 {
			f[fLeadScene] = 1
		}
		if names(toks, salient) {
			f[fSalient] = 1
		}
		// A question or a sentence in the first or second person is no key
		// point an editor signs ("We had no idea how much we would ...",
		// "If you mark pi at ..."); they are kept for when nothing else is
		// left, as is a quotation with no one to say it ("\"I do not know,
		// even two or three.\""). Commands to the reader are told in choose.
		plain := r.feats[i][fQuestion] == 0 && r.feats[i][fPersonal] == 0 && !unattributed(f)
		r.cands[i] = candidate{text: form, score: m.prob(&r.feats[i]), usable: ok && r.words[i] >= 6, plain: plain, words: r.words[i]}
	}
	return r
}

// normalizeTFIDF turns counts into unit-length tf-idf weights.
func normalizeTFIDF(v []weightedTerm, idf []float32) {
	var sum float64
	for k := range v {
		w := (1 + float32(math.Log(float64(v[k].w)))) * idf[v[k].id]
		v[k].w = w
		sum += float64(w * w)
	}
	if sum == 0 {
		return
	}
	inv := float32(1 / math.Sqrt(sum))
	for k := range v {
		v[k].w *= inv
	}
}

// cosineSorted is the cosine of two unit vectors sorted by term.
func cosineSorted(a, b []weightedTerm) float32 {
	var s float32
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i].id < b[j].id:
			i++
		case a[i].id > b[j].id:
			j++
		default:
			s += a[i].w * b[j].w
			i++
			j++
		}
	}
	return s
}

// minMaxScale maps x onto [0, 1].
func minMaxScale(x []float64) {
	lo, hi := math.Inf(1), math.Inf(-1)
	for _, v := range x {
		lo, hi = math.Min(lo, v), math.Max(hi, v)
	}
	if hi-lo < 1e-9 {
		for i := range x {
			x[i] = 0
		}
		return
	}
	for i := range x {
		x[i] = (x[i] - lo) / (hi - lo)
	}
}

// withinQuotes marks the sentences that open inside a quotation an earlier
// sentence of their paragraph opened and left open: lines of a chant or a
// speech ("You can hang him from a tree, but he can never sign with me.")
// that read as the article's own words once taken out.
func withinQuotes(d *text.Doc) []bool {
	in := make([]bool, len(d.Sentences))
	open, para := false, -1
	for i, s := range d.Sentences {
		if s.Para != para {
			open, para = false, s.Para
		}
		in[i] = open
		straight := strings.Count(s.Text, "\"")%2 == 1
		o, c := strings.Count(s.Text, "“"), strings.Count(s.Text, "”")
		if open {
			// an odd straight mark or a spare closing one ends it
			open = !(straight || c > o)
			continue
		}
		// It opens one only when its last mark plainly opens a quotation
		// (a stray mark in the source, "'Arrow\"", opens nothing).
		mended, _ := balanceQuotes(s.Text)
		open = mended != s.Text
	}
	return in
}

// topTerms are the k terms that most sentences hold, among those two or
// more hold.
func topTerms(df []int32, k int) []int32 {
	var out []int32
	for t, f := range df {
		if f >= 2 {
			out = append(out, int32(t))
		}
	}
	slices.SortStableFunc(out, func(a, b int32) int { return int(df[b] - df[a]) })
	if len(out) > k {
		out = out[:k]
	}
	return out
}

// salientWords are the words that name the story's most salient person
// (by surname, which later mentions use) and organisation.
func salientWords(people, orgs []string) []string {
	var out []string
	if len(people) > 0 {
		if f := strings.Fields(people[0]); len(f) > 0 {
			out = append(out, f[len(f)-1])
		}
	}
	if len(orgs) > 0 {
		for _, w := range strings.Fields(orgs[0]) {
			if len(w) > 2 && w[0] >= 'A' && w[0] <= 'Z' {
				out = append(out, w)
			}
		}
	}
	return out
}

// names reports whether toks hold any of the words ws.
func names(toks []text.Token, ws []string) bool {
	for k := range toks {
		if toks[k].Kind == text.Word && slices.Contains(ws, toks[k].Text) {
			return true
		}
	}
	return false
}

// unattributed reports a sentence that is a quotation and nothing else:
// read alone, no one says it.
func unattributed(f *[numFeatures]float64) bool {
	return f[fOpensQuote] == 1 && f[fQuoted] == 1
}

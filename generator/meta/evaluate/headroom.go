package evaluate

import (
	"fmt"
	"slices"
	"strings"

	"briefing/generator/meta/rank"
	"briefing/generator/meta/trim"
)

// Headroom measures where the key points lose ROUGE on the CNN
// development set: each variant is the key points (or an oracle's) of
// every story, scored against its highlights. The ranker's variants use
// the model fit without the story's fold, as FitKeyPoints does.
type HeadroomReport struct {
	Stories, Folds int
	IDs            []string   // the stories, in file order
	References     [][]string // their highlights
	Variants       []Variant
	// Positions counts the sentences the ranker and the oracle pick, by
	// where they stand in the article (see PositionBins).
	Positions map[string]*[len(PositionBins)]int
	// Unusable counts why the sentences the oracle picks among every
	// sentence cannot be key points (rank.Candidates.Why).
	Unusable map[string]int
	// Cuts are the trimmer's cuts of the key points picked, by rule.
	Cuts map[string]*CutStats
}

// CutStats count the cuts one trim rule makes and the words they remove:
// Hits of them are words of the story's highlights. A cut raises ROUGE-1
// F1 when the share of hits in what it removes is under half the F1 of
// the key points (removing a word costs recall when it is a hit, and
// gains precision either way).
//
// Gain is what the rule's cuts are worth, exactly for ROUGE-1: the key
// points' F1 less their F1 with the words the rule removed put back,
// summed over the stories (the mean is Gain over the report's Stories).
type CutStats struct {
	Cuts, Words, Hits int
	Gain              float64
}

// PositionBins are the bins of HeadroomReport.Positions: sentence
// indices from 0, each bin up to its bound.
var PositionBins = [...]int{0, 1, 2, 5, 9, 19, 1 << 30}

// Variant is one way of picking key points, scored on every story.
type Variant struct {
	Name   string
	R1, R2 PRF        // means over the stories
	Words  float64    // words a story, mean
	Points float64    // key points a story, mean
	Story  []PRF      // each story's ROUGE-1, in file order
	Picks  [][]string // each story's key points, in file order
}

// oracleSentences is how far into an article the oracles look, as the
// fit's labels do.
const oracleSentences = 20

// Headroom scores the ranker's variants and the oracles on root/cnndm-dev
// with folds-fold cross-validation (story i in fold i mod folds).
func Headroom(root string, folds int, l2 float64) (*HeadroomReport, error) {
	if folds < 2 {
		return nil, fmt.Errorf("headroom: %d folds, want 2 or more", folds)
	}
	dev, err := loadDev(root)
	if err != nil {
		return nil, err
	}
	exs := dev.examples
	score := func(cand, ref []string) float64 { s := Rouge(cand, ref); return s.R1 + s.R2 }
	labeled := make([]rank.Labeled, len(exs))
	for i := range exs {
		labeled[i] = rank.Label(exs[i], score)
	}
	models := make([]*rank.Model, folds)
	for f := range folds {
		var train []rank.Labeled
		for i := range labeled {
			if i%folds != f {
				train = append(train, labeled[i])
			}
		}
		models[f] = rank.Fit(train, l2)
	}
	rep := &HeadroomReport{Stories: len(exs), Folds: folds, IDs: dev.ids, Positions: map[string]*[len(PositionBins)]int{}, Cuts: map[string]*CutStats{}, Unusable: map[string]int{}}
	vars := map[string]*Variant{}
	add := func(name string, kp []string, ref []string) {
		v := vars[name]
		if v == nil {
			v = &Variant{Name: name}
			vars[name] = v
			rep.Variants = append(rep.Variants, *v) // placeholder, for order
		}
		r1, r2 := RougeN(kp, ref, 1), RougeN(kp, ref, 2)
		v.R1.Add(r1)
		v.R2.Add(r2)
		v.Story = append(v.Story, r1)
		v.Picks = append(v.Picks, kp)
		v.Points += float64(len(kp))
		for _, k := range kp {
			v.Words += float64(len(strings.Fields(k)))
		}
	}
	position := func(name string, picks []int) {
		p := rep.Positions[name]
		if p == nil {
			p = new([len(PositionBins)]int)
			rep.Positions[name] = p
		}
		for _, i := range picks {
			for b, hi := range PositionBins {
				if i <= hi {
					p[b]++
					break
				}
			}
		}
	}
	def := rank.DefaultSelection()
	for i, ex := range exs {
		m := models[i%folds]
		ref := ex.Reference
		rep.References = append(rep.References, ref)
		chosen, kp := m.Pick(ex, def)
		add("ours", kp, ref)
		position("ours", chosen)
		c := m.Candidates(ex)
		var whole []string
		for _, j := range chosen {
			whole = append(whole, c.Whole(j))
		}
		add("ours, untrimmed", whole, ref)
		refWords := map[string]bool{}
		for _, w := range flattenTokens(rougeTokens(ref)) {
			refWords[w] = true
		}
		removed := map[string][]string{}
		for _, w := range whole {
			_, cuts := trim.ParseTagged(w, ex.Doc.Tagging()).Trim(trim.Options{People: ex.People, Organizations: ex.Organizations, Target: def.Target})
			for _, cut := range cuts {
				st := rep.Cuts[cut.Rule]
				if st == nil {
					st = &CutStats{}
					rep.Cuts[cut.Rule] = st
				}
				st.Cuts++
				removed[cut.Rule] = append(removed[cut.Rule], cut.Text)
				for _, t := range flattenTokens(rougeTokens([]string{cut.Text})) {
					st.Words++
					if refWords[t] {
						st.Hits++
					}
				}
			}
		}
		base := RougeN(kp, ref, 1).F
		for rule, texts := range removed {
			rep.Cuts[rule].Gain += base - RougeN(append(slices.Clone(kp), texts...), ref, 1).F
		}
		for _, n := range []int{2, 3, 4} {
			sel := def
			sel.MinPoints, sel.MaxPoints, sel.Budget = n, n, def.Budget*n/3
			_, kp := m.Pick(ex, sel)
			add(fmt.Sprintf("ours, %d points (budget %d)", n, sel.Budget), kp, ref)
			sel.Budget = 1000
			_, kp = m.Pick(ex, sel)
			add(fmt.Sprintf("ours, %d points (no budget)", n), kp, ref)
		}
		for _, b := range []int{30, 40, 60, 70, 90} {
			sel := def
			sel.Budget = b
			_, kp := m.Pick(ex, sel)
			add(fmt.Sprintf("ours, budget %d", b), kp, ref)
		}
		for _, rule := range []struct {
			name               string
			anyVoice, dangling bool
		}{{"any voice", true, false}, {"dangling allowed", false, true}, {"any voice, dangling allowed", true, true}} {
			sel := def
			sel.AnyVoice, sel.Dangling = rule.anyVoice, rule.dangling
			_, kp := m.Pick(ex, sel)
			add("ours, "+rule.name, kp, ref)
		}
		for _, t := range []int{10, 14, 18} {
			sel := def
			sel.Truncate = t
			_, kp := m.Pick(ex, sel)
			add(fmt.Sprintf("ours, cut to main clause at %d words", t), kp, ref)
		}
		for _, t := range []int{10, 12, 18, 22, 100} {
			sel := def
			sel.Target = t
			_, kp := m.Pick(ex, sel)
			add(fmt.Sprintf("ours, trim target %d", t), kp, ref)
		}

		// The sentences an oracle may pick: the first ones, trimmed as
		// key points are, and usable once trimmed.
		var idx []int
		var trimmed, untrimmed [][]string // rouge tokens
		var ttext, wtext []string
		for j := 0; j < c.Len() && j < oracleSentences; j++ {
			if !c.Usable(j) {
				continue
			}
			t := c.Trimmed(j)
			if !c.Usable(j) {
				continue
			}
			idx = append(idx, j)
			ttext, wtext = append(ttext, t), append(wtext, c.Whole(j))
			trimmed = append(trimmed, flattenTokens(rougeTokens([]string{t})))
			untrimmed = append(untrimmed, flattenTokens(rougeTokens([]string{c.Whole(j)})))
		}
		lead := min(3, len(idx))
		add("Lead-3 (first usable), trimmed", ttext[:lead], ref)
		add("Lead-3 (first usable), untrimmed", wtext[:lead], ref)
		add("Lead-3 clean (the baseline)", dev.lead3[i], ref)

		refToks := flattenTokens(rougeTokens(ref))
		g1, g2 := newGrams(refToks, 1), newGrams(refToks, 2)
		best := func(toks [][]string, n int, among []int) []int {
			var pick, cur []int
			top := -1.0
			var rec func(from int)
			rec = func(from int) {
				if len(cur) == n {
					var all []string
					for _, k := range cur {
						all = append(all, toks[k]...)
					}
					if s := g1.score(all).F + g2.score(all).F; s > top {
						top, pick = s, append(pick[:0], cur...)
					}
					return
				}
				for k := from; k < len(among); k++ {
					cur = append(cur, among[k])
					rec(k + 1)
					cur = cur[:len(cur)-1]
				}
			}
			rec(0)
			slices.Sort(pick)
			return pick
		}
		all := make([]int, len(idx))
		for k := range all {
			all[k] = k
		}
		texts := func(src []string, ks []int) []string {
			var out []string
			for _, k := range ks {
				out = append(out, src[k])
			}
			return out
		}
		var bestAny []string
		bestAnyScore := -1.0
		for _, n := range []int{1, 2, 3, 4} {
			ks := best(trimmed, min(n, len(idx)), all)
			kp := texts(ttext, ks)
			add(fmt.Sprintf("oracle %d, trimmed", n), kp, ref)
			if s := Rouge(kp, ref); s.R1+s.R2 > bestAnyScore {
				bestAny, bestAnyScore = kp, s.R1+s.R2
			}
			if n == 3 {
				var at []int
				for _, k := range ks {
					at = append(at, idx[k])
				}
				position("oracle 3, trimmed", at)
			}
		}
		add("oracle 1-4 points, trimmed", bestAny, ref)
		add("oracle 3, untrimmed", texts(wtext, best(untrimmed, min(3, len(idx)), all)), ref)
		// and among every sentence, those that cannot stand alone too:
		// what the rule that a key point reads alone costs
		var any []string
		var anyToks [][]string
		for j := 0; j < c.Len() && j < oracleSentences; j++ {
			any = append(any, ex.Doc.Sentences[j].Text)
			anyToks = append(anyToks, flattenTokens(rougeTokens(any[j:])))
		}
		anyIdx := make([]int, len(any))
		for k := range anyIdx {
			anyIdx[k] = k
		}
		anyPick := best(anyToks, min(3, len(any)), anyIdx)
		add("oracle 3, untrimmed, usable or not", texts(any, anyPick), ref)
		for _, j := range anyPick {
			if why := c.Why(j); why != "" {
				rep.Unusable[why]++
			}
		}
		// The oracle among the sentences the ranker rates best (its pool):
		// is the loss in the pool or in the pick from it?
		var pool []int
		for k := range idx {
			pool = append(pool, k)
		}
		sortByScore(pool, func(k int) float64 { return c.Score(idx[k]) })
		pool = pool[:min(7, len(pool))]
		add("our best 3 by score alone, trimmed", texts(ttext, sortedFirst(pool, 3)), ref)
		add("oracle 3 among our best 7, trimmed", texts(ttext, best(trimmed, min(3, len(pool)), pool)), ref)
	}
	for k := range rep.Variants {
		v := vars[rep.Variants[k].Name]
		n := len(exs)
		v.R1, v.R2 = v.R1.Div(n), v.R2.Div(n)
		v.Words /= float64(n)
		v.Points /= float64(n)
		rep.Variants[k] = *v
	}
	return rep, nil
}

// sortByScore orders ks by score, best first; ties keep their order.
func sortByScore(ks []int, score func(int) float64) {
	for a := 1; a < len(ks); a++ {
		for b := a; b > 0 && score(ks[b]) > score(ks[b-1]); b-- {
			ks[b], ks[b-1] = ks[b-1], ks[b]
		}
	}
}

// sortedFirst is the first n of ks in ascending order.
func sortedFirst(ks []int, n int) []int {
	out := slices.Clone(ks[:min(n, len(ks))])
	slices.Sort(out)
	return out
}

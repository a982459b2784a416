package evaluate

import "strings"

// Scores are ROUGE F1 scores in [0, 1].
type Scores struct {
	R1, R2, RL float64
}

// Add adds o to s, to sum scores over articles.
func (s *Scores) Add(o Scores) {
	s.R1 += o.R1
	s.R2 += o.R2
	s.RL += o.RL
}

// Div divides s by n, to average summed scores.
func (s Scores) Div(n int) Scores {
	if n == 0 {
		return Scores{}
	}
	f := float64(n)
	return Scores{s.R1 / f, s.R2 / f, s.RL / f}
}

// Rouge scores a candidate summary against a reference, both given as
// sentences: ROUGE-1 and ROUGE-2 F1 from clipped n-gram overlap, ROUGE-L F1
// at summary level (the union LCS of each reference sentence with the
// candidate's sentences, as ROUGE-1.5.5 and rouge-score's "rougeLsum" do).
// Text is read as Google's rouge-score reads it (the scorer CNN/DailyMail
// figures are reported with): lower-cased, split on anything but ASCII
// letters and digits, and words longer than three letters stemmed with
// Porter's stemmer (see porter.go).
func Rouge(candidate, reference []string) Scores {
	cand, ref := rougeTokens(candidate), rougeTokens(reference)
	return Scores{
		R1: ngramF1(flattenTokens(cand), flattenTokens(ref), 1),
		R2: ngramF1(flattenTokens(cand), flattenTokens(ref), 2),
		RL: lcsSumF1(cand, ref),
	}
}

func rougeTokens(sentences []string) [][]string {
	out := make([][]string, 0, len(sentences))
	for _, s := range sentences {
		words := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
			return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9')
		})
		for i, w := range words {
			if len(w) > 3 {
				words[i] = porterStem(w)
			}
		}
		if len(words) > 0 {
			out = append(out, words)
		}
	}
	return out
}

func flattenTokens(ss [][]string) []string {
	var out []string
	for _, s := range ss {
		out = append(out, s...)
	}
	return out
}

func ngramF1(cand, ref []string, n int) float64 {
	count := func(toks []string) (map[string]int, int) {
		m := map[string]int{}
		total := 0
		for i := 0; i+n <= len(toks); i++ {
			m[strings.Join(toks[i:i+n], " ")]++
			total++
		}
		return m, total
	}
	cm, ct := count(cand)
	rm, rt := count(ref)
	overlap := 0
	for g, c := range cm {
		overlap += min(c, rm[g])
	}
	return rougeF1(overlap, ct, rt)
}

func rougeF1(hits, candTotal, refTotal int) float64 {
	if hits == 0 || candTotal == 0 || refTotal == 0 {
		return 0
	}
	p, r := float64(hits)/float64(candTotal), float64(hits)/float64(refTotal)
	return 2 * p * r / (p + r)
}

func lcsSumF1(cand, ref [][]string) float64 {
	candCount, refCount := map[string]int{}, map[string]int{}
	candTotal, refTotal := 0, 0
	for _, s := range cand {
		for _, t := range s {
			candCount[t]++
			candTotal++
		}
	}
	for _, s := range ref {
		for _, t := range s {
			refCount[t]++
			refTotal++
		}
	}
	hits := 0
	for _, r := range ref {
		union := make([]bool, len(r))
		for _, c := range cand {
			for _, k := range lcsIndices(r, c) {
				union[k] = true
			}
		}
		// Clip so a token is not credited more often than both sides have it.
		for k, in := range union {
			if t := r[k]; in && candCount[t] > 0 && refCount[t] > 0 {
				hits++
				candCount[t]--
				refCount[t]--
			}
		}
	}
	return rougeF1(hits, candTotal, refTotal)
}

// lcsIndices returns the indices of a that belong to one longest common
// subsequence of a and b.
func lcsIndices(a, b []string) []int {
	m, n := len(a), len(b)
	t := make([]int, (m+1)*(n+1))
	for i := 1; i <= m; i++ {
		for j := 1; j <= n; j++ {
			if a[i-1] == b[j-1] {
				t[i*(n+1)+j] = t[(i-1)*(n+1)+j-1] + 1
			} else {
				t[i*(n+1)+j] = max(t[(i-1)*(n+1)+j], t[i*(n+1)+j-1])
			}
		}
	}
	var out []int
	for i, j := m, n; i > 0 && j > 0; {
		switch {
		case a[i-1] == b[j-1]:
			out = append(out, i-1)
			i--
			j--
		case t[(i-1)*(n+1)+j] >= t[i*(n+1)+j-1]:
			i--
		default:
			j--
		}
	}
	return out
}

// PRF is a ROUGE-N score with the precision and recall it is the F1 of.
type PRF struct {
	P, R, F float64
}

// Add adds o to s, to sum scores over articles.
func (s *PRF) Add(o PRF) {
	s.P += o.P
	s.R += o.R
	s.F += o.F
}

// Div divides s by n, to average summed scores.
func (s PRF) Div(n int) PRF {
	if n == 0 {
		return PRF{}
	}
	f := float64(n)
	return PRF{s.P / f, s.R / f, s.F / f}
}

// RougeN is ROUGE-N of candidate against reference, read as Rouge reads
// them, with its precision and recall: whether a summary loses score by
// saying too much or too little.
func RougeN(candidate, reference []string, n int) PRF {
	return newGrams(flattenTokens(rougeTokens(reference)), n).score(flattenTokens(rougeTokens(candidate)))
}

// grams are a reference's n-grams, counted once to score many candidates.
type grams struct {
	n     int
	count map[string]int
	total int
}

func newGrams(ref []string, n int) grams {
	g := grams{n: n, count: map[string]int{}}
	for i := 0; i+n <= len(ref); i++ {
		g.count[strings.Join(ref[i:i+n], " ")]++
		g.total++
	}
	return g
}

func (g grams) score(cand []string) PRF {
	seen := map[string]int{}
	hits, total := 0, 0
	for i := 0; i+g.n <= len(cand); i++ {
		k := strings.Join(cand[i:i+g.n], " ")
		total++
		if seen[k] < g.count[k] {
			hits++
		}
		seen[k]++
	}
	if hits == 0 {
		return PRF{}
	}
	p, r := float64(hits)/float64(total), float64(hits)/float64(g.total)
	return PRF{p, r, 2 * p * r / (p + r)}
}

package rank

// Inspection: the fit and evaluation tools (meta/evaluate) look inside the
// ranker to measure where the key points lose score: what an oracle would
// pick among the same trimmed sentences, what our picks score untrimmed,
// and what other numbers or lengths of key points would score.

// Selection is how many key points a variant of the ranker picks and how
// long: Budget words a story, MinPoints to MaxPoints key points, each
// trimmed harder past Target words.
type Selection struct {
	Budget, MinPoints, MaxPoints, Target int
	// What the editor's rules cost: AnyVoice takes questions and
	// sentences in the first or second person as readily as others;
	// Dangling lets a key point open with what no earlier one names.
	AnyVoice, Dangling bool
	// Truncate, when above 0, cuts every key point once chosen down to
	// its main clause, to fit in Truncate words where it can.
	Truncate int
}

// DefaultSelection is the selection Summarize makes.
func DefaultSelection() Selection {
	s := defaultSelection
	return Selection{Budget: s.budget, MinPoints: s.minPoints, MaxPoints: s.maxPoints, Target: s.target}
}

func (s Selection) internal() selection {
	out := defaultSelection
	out.budget, out.minPoints, out.maxPoints, out.target = s.Budget, s.MinPoints, s.MaxPoints, s.Target
	out.anyVoice, out.dangling, out.truncate = s.AnyVoice, s.Dangling, s.Truncate
	return out
}

// Pick is the key points m picks for ex under sel, in article order, with
// the indices of their sentences.
func (m *Model) Pick(ex Example, sel Selection) (chosen []int, keypoints []string) {
	r := scoreSentences(ex.Doc, ex.People, ex.Organizations, m)
	r.orgs = ex.Organizations
	chosen, keypoints = r.keyPoints(ex.People, ex.Organizations, sel.internal())
	return chosen, keypoints
}

// Candidates are an article's sentences as the ranker sees them.
type Candidates struct {
	r      *ranking
	people []string
}

// Candidates prepares ex's sentences for inspection.
func (m *Model) Candidates(ex Example) *Candidates {
	r := scoreSentences(ex.Doc, ex.People, ex.Organizations, m)
	r.orgs, r.target = ex.Organizations, defaultSelection.target
	return &Candidates{r: r, people: ex.People}
}

// Len is the number of sentences.
func (c *Candidates) Len() int { return c.r.n }

// Usable reports whether sentence i can be a key point (once trimmed,
// when Trimmed has been called).
func (c *Candidates) Usable(i int) bool { return c.r.cands[i].usable }

// Score is the model's probability for sentence i.
func (c *Candidates) Score(i int) float64 { return c.r.cands[i].score }

// Whole is sentence i standing alone, untrimmed.
func (c *Candidates) Whole(i int) string {
	if c.r.cands[i].trimmed {
		return c.r.cands[i].whole
	}
	return c.r.cands[i].text
}

// Trimmed is sentence i as a key point: standing alone and trimmed.
func (c *Candidates) Trimmed(i int) string {
	c.r.trim(i, c.people)
	return c.r.cands[i].text
}

// Why is why sentence i cannot be a key point, "" when it can: it opens
// with what it does not name ("dangling: It"), opens inside a quotation
// an earlier sentence opened, leaves a quotation unclosed, is under six
// words, or the source left it broken.
func (c *Candidates) Why(i int) string {
	r := c.r
	if r.cands[i].usable {
		return ""
	}
	s := r.d.Sentences[i].Text
	form, _, ok := standaloneText(r.d, i, s, c.people)
	switch {
	case withinQuotes(r.d)[i]:
		return "inside a quotation"
	case !ok:
		return "dangling: " + openingWord(form)
	}
	if balanced, whole := balanceQuotes(form); balanced == form && !whole {
		return "unclosed quotation"
	}
	if r.words[i] < 6 {
		return "under six words"
	}
	return "broken"
}

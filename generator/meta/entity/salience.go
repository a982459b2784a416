package entity

import "sort"

// Salience weights: a mention counts one; a name in the headline, or early
// in the story, is what the story is about.
const (
	headlineWeight = 3.0
	leadWeight     = 2.0 // for a first mention in the first sentence, falling to 0 at the end
)

// rank builds the entities from the names kept, most salient first.
func (w *work) rank(an *Analysis) {
	idx := make([]int, len(w.names)) // name -> entity
	n := max(len(w.sents)-1, 1)
	for i := range w.names {
		nm := &w.names[i]
		if nm.into >= 0 || !nm.keep || nm.vague || nm.lone {
			idx[i] = -1
			continue
		}
		idx[i] = len(an.Entities)
		an.Entities = append(an.Entities, Entity{Kind: nm.kind, Name: nm.canon})
	}
	first := make([]int, len(an.Entities))
	head := make([]bool, len(an.Entities))
	for i := range first {
		first[i] = len(w.sents)
	}
	for i := range w.names {
		nm := &w.names[i]
		c := i
		if nm.into >= 0 {
			c = nm.into
		}
		k := idx[c]
		if k < 0 {
			continue
		}
		e := &an.Entities[k]
		e.Mentions += nm.count
		first[k] = min(first[k], nm.first)
		head[k] = head[k] || nm.head
		for _, f := range append([]string{nm.form}, nm.alts...) {
			if f != e.Name {
				e.Forms = appendNew(e.Forms, f)
			}
		}
	}
	for k := range an.Entities {
		e := &an.Entities[k]
		e.Salience = float64(e.Mentions)
		if head[k] {
			e.Salience += headlineWeight
		}
		if first[k] < len(w.sents) {
			pos := float64(max(first[k]-1, 0)) / float64(n) // sentence 0 is the headline
			e.Salience += leadWeight * (1 - min(pos, 1))
		}
	}
	order := make([]int, len(an.Entities))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(i, j int) bool {
		a, b := order[i], order[j]
		if an.Entities[a].Salience != an.Entities[b].Salience {
			return an.Entities[a].Salience > an.Entities[b].Salience
		}
		return first[a] < first[b]
	})
	sorted := make([]Entity, len(order))
	for i, k := range order {
		sorted[i] = an.Entities[k]
	}
	an.Entities = sorted
	// names dropped with their entity are no mentions
	for i := range w.found {
		f := &w.found[i]
		if f.dropped {
			continue
		}
		c := f.name
		if w.names[c].into >= 0 {
			c = w.names[c].into
		}
		if idx[c] < 0 {
			f.dropped = true
		}
	}
}

package meta

import "sync"

// Entities, quotes, figures and tags are found with word lists kept in the
// repository (wordlists/, embedded) and one tokenisation per article: no
// model, no regular expression in the hot path.

// maxEntities caps each of people, places and organizations.
const maxEntities = 10

func entities(d *doc) (people, places, organizations []string) {
	return analysisOf(d).lists(maxEntities)
}

// Compute calls entities, quotes, figures and tags one after the other on
// the same doc, so the analysis of the last few docs is kept for reuse: the
// article is tokenised and its names found once, not four times. A doc is
// never modified after prepare, and holding it here keeps its address from
// being reused while it is cached.
var analysisCache struct {
	sync.Mutex
	next    int
	entries [8]struct {
		d  *doc
		an *entAnalysis
	}
}

func analysisOf(d *doc) *entAnalysis {
	c := &analysisCache
	c.Lock()
	for i := range c.entries {
		if c.entries[i].d == d {
			an := c.entries[i].an
			c.Unlock()
			return an
		}
	}
	c.Unlock()
	an := analyseEntities(d)
	c.Lock()
	c.entries[c.next].d, c.entries[c.next].an = d, an
	c.next = (c.next + 1) % len(c.entries)
	c.Unlock()
	return an
}

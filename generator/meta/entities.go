package meta

// Entities, quotes, figures and tags are found with word lists kept in the
// repository (wordlists/, embedded) and one tokenisation per article: no
// model, no regular expression in the hot path.

// maxEntities caps each of people, places and organizations.
const maxEntities = 10

func entities(d *doc) (people, places, organizations []string) {
	return analysisOf(d).lists(maxEntities)
}

// analysisOf tokenises the article and finds its names once, on first
// use, for entities, quotes, figures and tags alike. A doc belongs to one
// Compute call, so no lock is needed.
func analysisOf(d *doc) *entAnalysis {
	if d.ent == nil {
		d.ent = analyseEntities(d)
	}
	return d.ent
}

package meta

// Entities, quotes, figures and tags are found with word lists kept in the
// repository (wordlists/, embedded) and a single tokenisation pass per
// extractor: no model, no regular expression in the hot path.

// maxEntities caps each of people, places and organizations.
const maxEntities = 10

func entities(d *doc) (people, places, organizations []string) {
	return analyseEntities(d).lists(maxEntities)
}

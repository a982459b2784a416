// Package entity finds the people, places and organisations an article
// names. The trained tagger of meta/tagger (an averaged perceptron on
// CoNLL-2003) finds the names in the headline and body read as one
// document; the word lists kept in the repository (wordlists/, embedded
// and read on first use) then mend what a model of 1996 Reuters copy gets
// wrong in today's news: clubs taken for their towns in sport, companies
// and streets for people, greetings, peoples and titles of works for names,
// two people for one, a first name for a place (correct.go). A name the
// tagger is unsure of is kept only when the lists know it.
//
// Each entity comes out once, in the fullest form the document uses
// ("Steve Jobs" for a later "Jobs", "Securities and Exchange Commission"
// for "SEC", "United States" for "U.S." when both appear; canonical.go),
// and entities are ranked by salience: mentions, the headline, the lead
// (salience.go). Every mention keeps its place in the text's tokens so the
// quote extractor can tell who speaks.
package entity

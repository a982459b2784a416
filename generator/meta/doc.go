// Package meta computes the editorial metadata of an article: summary, key
// points, description, entities, quotes, figures, tags and reading figures.
// Compute is the whole public API; it only wires the packages below it,
// whose data flows one way:
//
//	text     prepares the article: furniture stripped, sentences, tokens,
//	         and the sentence tagging its extractors share (tagger.Memo)
//	tagger   tags words: parts of speech, chunks, named entities (models
//	         trained on CoNLL-2003, embedded)
//	entity   finds the people, places and organisations it names
//	quote    finds its quotations and who said them (from text and entity)
//	figure   finds its figures and what they measure
//	tag      picks its tags
//	trim     shortens a sentence by deletion
//	rank     chooses its key points (trimmed), summary and description
//
// evaluate scores the result against reference data for the eval command
// and the tests.
package meta

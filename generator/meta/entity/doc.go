// Package entity finds the people, places and organisations an article
// names, with word lists kept in the repository (wordlists/, embedded and
// read on first use) and the tokens of meta/text: no model, no regular
// expression in the hot path. Each name comes out in one canonical form
// ("Xi Jinping" for a later "Xi", "Securities and Exchange Commission" for
// "SEC"), and every mention keeps its place so the quote extractor can
// tell who speaks.
package entity

// Package ingest turns raw articles into Hugo content: it reads each
// input (text and Markdown files, saved web pages, feeds, .urls lists and
// http(s) addresses, through package source), composes each issue
// (sections, one page per story, the lead and the order, the editor's
// note), computes each article's metadata and writes one content file per
// article, plus the issue and archive pages, keeping every edit an editor
// made.
//
// Run is the whole step: collect finds the inputs (collect.go), read turns
// each into its articles and settles their issue (read.go), notes.go reads
// the editors' notes, shelf.go knows what the content folder already
// holds, sections.go gives each article its section, dedupe.go publishes
// each story once, allocate gives each article its page, the one it had
// if any, found by its input even when its file was renamed (slug.go),
// pages.go composes the content files, issue.go orders each issue,
// write.go writes them all or none, and orphans.go names the files whose
// article is gone.
package ingest

// Package ingest turns raw articles into Hugo content: it parses each
// article, computes its metadata and writes one content file per article,
// plus the issue and archive pages, keeping every edit an editor made.
//
// Run is the whole step: collect finds the article files (collect.go), read
// parses them and settles each one's issue (read.go), allocate gives each
// a slug that stays put from run to run (slug.go), pages.go composes the
// content files, and write.go writes them all or none.
package ingest

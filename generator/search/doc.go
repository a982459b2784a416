// Package search builds the web edition's search index with Pagefind
// (https://pagefind.app), the static-site search: it runs the pinned
// Pagefind binary over the minified site and writes the index and
// Pagefind's search code into the site's pagefind/ folder, so search needs
// no server and no other host.
//
// Pagefind comes from npm: the first build installs the version pinned in
// npm/package-lock.json into a tools folder (the build passes .tools/pagefind)
// and says so once. Without npm the build goes on without an index, and the
// search page tells the reader so (Report.Unavailable says why).
//
// Indexing is the costly part (about 1.6 ms and 200 KB of memory per
// article page), so the index is split into shards, each a Pagefind bundle
// the search page merges: a full build splits the pages, in path order
// (an issue's folder is named by its date), into one shard per CPU of as
// many pages each and indexes them at once, and a later build reuses
// every shard whose pages are unchanged, as Pagefind sees them (text,
// headings and data-pagefind attributes, not links or scripts), putting
// pages outside every shard's span (a new issue's) into one small tail
// shard. A shard whose pages' bytes are all the same as last time is
// reused on the digest of its bytes alone; what Pagefind sees is read
// only for the shards whose bytes changed. An edit to an older page, or a
// tail grown past a third of the site, brings a full build.
// pagefind/shards.json lists the shards for the search page and the next
// build.
package search

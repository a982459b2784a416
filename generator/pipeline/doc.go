// Package pipeline builds the briefing: it ingests the inbox into Hugo
// content, checks the content an editor may have edited, gives a page to
// the names enough stories mention (package terms), builds the site with
// the pinned Hugo into a staging folder beside the public one, minifies
// it, indexes it for search (Pagefind, see package search) and finishes
// the email edition, these three side by side, and only then swaps it
// into place. A failed build leaves the previous site as it was.
//
// Build prints nothing. What a build did comes back as a Report (the
// build command prints it, or writes it as JSON); what a reader needs to
// see while it runs (waiting for another build, compiling Hugo) goes to
// Options.Log.
package pipeline

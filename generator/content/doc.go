// Package content reads, checks and writes the Hugo content files of the
// briefing, and keeps an editor's edits.
//
// Every file the generator writes records, under the front matter key
// "generated", a short hash of each value it wrote and of the input it came
// from. On the next run a value whose hash still matches is the
// generator's and is recomputed; a value that no longer matches was edited
// by hand and is kept, as is a field the editor added or removed. A file
// with no "generated" record is the editor's own and is never touched.
//
// Plan and Merge write a file over its earlier version (merge.go), and
// Retouch sets a few one-line fields of one in place (retouch.go); Peek
// reads just what a re-run needs (peek.go), Read the whole file back
// (read.go), and Pristine says whether it is as the generator wrote it
// (pristine.go); Check, CheckDir and ScanDir name what would stop Hugo, by
// file and line (check.go), with a ScanCache of the files that passed
// (scancache.go); Slugify, Term and EscapeMarkdown make headlines, term
// names and text safe to publish.
package content

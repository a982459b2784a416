package pipeline

import (
	"syscall"

	"briefing/generator/ingest"
)

// Report is what one build did. Every count and size is also in the JSON
// form the build command writes with --json.
type Report struct {
	// Public is the folder the site was published to.
	Public string `json:"public"`
	// Articles is how many articles the site publishes from the inbox.
	Articles int `json:"articles"`
	// Ingest counts the content files the inbox became.
	Ingest Ingest `json:"ingest"`
	// Pages is how many HTML pages Hugo wrote.
	Pages int `json:"pages"`
	// Terms says which people, places, organisations and tags got a page.
	Terms Terms `json:"terms"`
	// Minify is what minification did to the web edition.
	Minify Minify `json:"minify"`
	// Search is what indexing the site for search did.
	Search Search `json:"search"`
	// Email is what the email step wrote.
	Email Email `json:"email"`
	// Seconds is the time each stage took; CPU is the CPU time it used.
	Seconds Seconds    `json:"seconds"`
	CPU     CPUSeconds `json:"cpu_seconds"`
	// PeakMemoryMiB is the build's peak resident memory; Hugo runs in a
	// process of its own and is not counted.
	PeakMemoryMiB float64 `json:"peak_memory_mib"`

	// Warnings are what was published but looks wrong, or could not be
	// tidied up; Notes are what was published differently from the input
	// ("file: ..."), and what an interrupted build left that was repaired.
	Warnings []string `json:"warnings"`
	Notes    []string `json:"notes"`
	// Kept lists the editor's edits kept in generated files ("file:
	// field, field").
	Kept []string `json:"kept"`
	// Owned lists the content files with no generator record, left alone.
	Owned []string `json:"owned"`
	// Orphans lists the generated content files whose article has left
	// the inbox; they are still published.
	Orphans []string `json:"orphans"`
	// Merged lists the articles published once, as another article's
	// page: the same story filed twice or lightly rewritten. Each is also
	// a note.
	Merged []ingest.Merge `json:"merged"`
	// Removed lists the content files of merged articles that an earlier
	// build wrote and nobody edited, removed so each story has one page.
	Removed []string `json:"removed"`
	// Skipped lists the bad inputs left out (with KeepGoing), each with
	// its file, line and what to do.
	Skipped []string `json:"skipped"`
}

// Ingest counts what the inbox became.
type Ingest struct {
	Read      int `json:"read"`      // articles read (those merged as duplicates included)
	Written   int `json:"written"`   // content files created or updated
	Unchanged int `json:"unchanged"` // content files already up to date
	Reused    int `json:"reused"`    // articles whose metadata was not recomputed
}

// Terms counts the names that got a page of their own and those that
// too few stories name (params.web.minTermArticles), shown as plain text.
type Terms struct {
	Pages   int `json:"pages"`
	Without int `json:"without_page"`
}

// Minify says what minification did to the web edition.
type Minify struct {
	Files       int   `json:"files"`
	Reused      int   `json:"reused"` // taken unchanged from the last build
	BytesBefore int64 `json:"bytes_before"`
	BytesAfter  int64 `json:"bytes_after"`
}

// Search says what indexing the site for search (Pagefind) did.
type Search struct {
	Pages   int   `json:"pages"`   // article pages in the index
	Shards  int   `json:"shards"`  // Pagefind bundles the search page merges
	Reused  int   `json:"reused"`  // shards taken unchanged from the last build
	Indexed int   `json:"indexed"` // pages Pagefind read this time
	Bytes   int64 `json:"bytes"`   // size of the index and search code
	// InstallSeconds is the time spent installing Pagefind with npm (the
	// first build only).
	InstallSeconds float64 `json:"install_seconds"`
	// Unavailable, when set, says why the site has no index (no npm, say);
	// it is a warning too.
	Unavailable string `json:"unavailable,omitempty"`
}

// Email says what the email step wrote.
type Email struct {
	Issues      int `json:"issues"`
	LargestHTML int `json:"largest_html_bytes"`
}

// Seconds is the time of each stage of a build, and of the whole. The
// email edition runs beside minify and search, and search beside the
// second part of minify (see Build): their times overlap, and the
// stages add up to more than Total.
type Seconds struct {
	Ingest float64 `json:"ingest"`
	// Check reads the content folder the way Hugo will.
	Check float64 `json:"check"`
	// Terms decides which names get a page.
	Terms float64 `json:"terms"`
	// HugoCompile is looking up the pinned Hugo, which compiles it the
	// first time; Hugo is building pages.
	HugoCompile float64 `json:"hugo_compile"`
	Hugo        float64 `json:"hugo"`
	Minify      float64 `json:"minify"`
	Search      float64 `json:"search"`
	Email       float64 `json:"email"`
	Publish     float64 `json:"publish"`
	Total       float64 `json:"total"`
}

// CPUSeconds is the CPU time (user + system) of each stage and of the
// whole build: this process's and that of the processes it ran, Hugo's
// and Pagefind's. Minify, search and the email edition run at once, and
// this process's CPU time cannot be told apart between them: AfterHugo
// is theirs together, Pagefind the part of it Pagefind's processes used,
// and Email the part the email edition used (on a thread of its own; 0
// on systems other than Linux). The rest of AfterHugo is minifying,
// search's own reading of the pages and the garbage collector's work.
type CPUSeconds struct {
	Ingest      float64 `json:"ingest"`
	Check       float64 `json:"check"`
	Terms       float64 `json:"terms"`
	HugoCompile float64 `json:"hugo_compile"`
	Hugo        float64 `json:"hugo"`
	AfterHugo   float64 `json:"after_hugo"`
	Pagefind    float64 `json:"pagefind"`
	Email       float64 `json:"email"`
	Publish     float64 `json:"publish"`
	Total       float64 `json:"total"`
}

// newReport is an empty report whose lists are empty rather than nil, so
// that the JSON form always has arrays.
func newReport(public string) *Report {
	return &Report{Public: public, Warnings: []string{}, Notes: []string{}, Kept: []string{},
		Owned: []string{}, Orphans: []string{}, Merged: []ingest.Merge{}, Removed: []string{}, Skipped: []string{}}
}

// peakMemoryMiB is this process's peak resident memory, or 0 when the
// system does not say.
func peakMemoryMiB() float64 {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return float64(ru.Maxrss) / 1024 // Linux reports KiB
}

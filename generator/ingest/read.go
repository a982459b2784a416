package ingest

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"runtime"

	"briefing/generator/article"
	"briefing/generator/content"
	"briefing/generator/internal/issue"
	"briefing/generator/internal/parallel"
)

// item is one article on its way through the run.
type item struct {
	in      input
	hash    string
	art     *article.Article
	issue   string
	slug    string
	path    string
	old     *content.Head
	tax     []string // the taxonomy keys (Options.Taxonomies)
	placing          // its place in the issue (issue.go)
}

// readAll reads and parses the inputs in parallel, keeping their order.
func readAll(inputs []input, opt Options) []struct {
	it  *item
	err error
} {
	out := make([]struct {
		it  *item
		err error
	}, len(inputs))
	workers := opt.Workers
	if workers <= 0 {
		workers = 2 * runtime.GOMAXPROCS(0) // reading waits on the disk
	}
	parallel.For(len(inputs), workers, func(i int) {
		out[i].it, out[i].err = read(inputs[i], opt)
	})
	return out
}

// read loads and parses one file and settles its issue date.
func read(in input, opt Options) (*item, error) {
	aopt := article.Options{MaxBytes: opt.MaxBytes, MaxBytesHint: opt.MaxBytesHint}
	st, err := os.Stat(in.path)
	if err != nil {
		return nil, fmt.Errorf("%s: %v", in.name, unwrapPathErr(err))
	}
	// A stray video is refused before it is read.
	if err := article.CheckSize(in.name, st.Size(), aopt); err != nil {
		return nil, err
	}
	raw, err := os.ReadFile(in.path)
	if err != nil {
		return nil, fmt.Errorf("%s: %v - check its permissions", in.name, unwrapPathErr(err))
	}
	a, err := article.Parse(in.name, raw, aopt)
	if err != nil {
		return nil, err
	}
	id := opt.Issue
	if id == "" {
		id = in.issue
	}
	if id == "" {
		for _, k := range []string{"issue", "date"} {
			if s, ok := a.Fields[k].(string); ok && len(s) >= 10 {
				id = s[:10]
				break
			}
		}
	}
	if id == "" {
		return nil, fmt.Errorf("%s: no issue date - file it under a YYYY-MM-DD folder of the inbox, or pass --issue YYYY-MM-DD", in.name)
	}
	if !issue.Valid(id) {
		return nil, fmt.Errorf("%s: invalid issue date %q - use a real date as YYYY-MM-DD", in.name, id)
	}
	sum := sha256.New()
	fmt.Fprintf(sum, "%s\x00%s\x00%s\x00", Version, id, filepath.ToSlash(in.name))
	sum.Write(raw)
	return &item{in: in, art: a, issue: id, hash: hex.EncodeToString(sum.Sum(nil)[:12])}, nil
}

// FutureDays is how far ahead an issue or article may be dated before the
// run warns. Future dates are published (an issue prepared the evening
// before, or a week's issues prepared ahead, must go out); a date further
// away than this is more likely a typo ("2099", "2032" for "2023").
const FutureDays = 7

// farFuture warns about an article dated more than FutureDays after today
// (by its own date, else its issue's).
func farFuture(it *item, today string) string {
	date := it.issue
	if d, ok := it.art.Fields["date"].(string); ok && d > date {
		date = d
	}
	t, err := issue.Parse(date)
	if err != nil {
		return ""
	}
	now, _ := issue.Parse(today)
	days := int(t.Sub(now).Hours() / 24)
	if days <= FutureDays {
		return ""
	}
	return fmt.Sprintf("%s: dated %s, %d days from now - published all the same; check the date", it.in.name, date, days)
}

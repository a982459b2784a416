package ingest

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"

	"briefing/generator/article"
	"briefing/generator/content"
	"briefing/generator/internal/issue"
	"briefing/generator/internal/parallel"
	"briefing/generator/source"
	"briefing/generator/source/sniff"
)

// item is one article on its way through the run.
type item struct {
	in     input
	origin string // how messages name it: the file, and the feed item or address
	key    string // the article within its input (source.Item.Key)
	seq    int    // its place within its input
	hash   string
	art    *article.Article
	issue  string
	slug   string
	path   string
	old    *content.Head
	// reused is an article the run already has and did not fetch again
	// (an address of a .urls list): its file stays as it is, and only
	// its place in the issue may change. Its art is the article as its
	// file publishes it (see loadReused), for finding duplicates and its
	// section.
	reused bool
	// file is a reused article's front matter as loadReused read it back,
	// so that fileStory need not read the file again.
	file    *content.Existing
	placing // its place in the issue (issue.go)
}

// readOut is what one input gave.
type readOut struct {
	items    []*item
	errs     []error  // the input, or parts of it, could not be read
	warnings []string // feed items left out on purpose
	// clean says the input was read whole: every article it holds now is
	// in items, so a generated file it gave earlier and gives no more is
	// an orphan.
	clean bool
}

// readAll reads and parses the inputs in parallel, keeping their order.
func readAll(ctx context.Context, inputs []input, opt Options, sh *shelves) []readOut {
	out := make([]readOut, len(inputs))
	workers := opt.Workers
	if workers <= 0 {
		workers = 2 * runtime.GOMAXPROCS(0) // reading waits on the disk and the network
	}
	parallel.For(len(inputs), workers, func(i int) {
		out[i] = read(ctx, inputs[i], opt, sh)
	})
	return out
}

// read reads one input into its articles and settles their issue date.
func read(ctx context.Context, in input, opt Options, sh *shelves) readOut {
	id := opt.issueOf(in)
	sopt := opt.sourceOptions()
	var res *source.Result
	var err error
	if in.url {
		if id == "" {
			// Said before the download, which would be for nothing.
			return readOut{errs: []error{fmt.Errorf("%s: no issue date - pass --issue YYYY-MM-DD, or list the address in a .urls file in the issue's folder", in.name)}}
		}
		res, err = source.ReadURL(ctx, in.path, sopt)
	} else {
		if shelf := sh.known(id); shelf != nil && !opt.Refetch {
			src := filepath.ToSlash(in.name)
			sopt.Reuse = func(key string) bool { return shelf.has(src, key) }
		}
		res, err = readFile(ctx, in, sopt)
	}
	if err != nil {
		return readOut{errs: []error{err}}
	}
	ro := readOut{errs: res.Failed, clean: len(res.Failed) == 0 && len(res.Skipped) == 0}
	for _, s := range res.Skipped {
		ro.warnings = append(ro.warnings, s.Error())
	}
	if res.Kind == sniff.Ignored {
		if in.named {
			ro.errs = append(ro.errs, fmt.Errorf("%s: a %s is not read as an article - rename it if it is one", in.name, res.What))
		}
		return ro
	}
	if len(res.Items) == 0 && len(res.Reused) == 0 {
		return ro
	}
	if id == "" && len(res.Items) > 0 && res.Kind == sniff.Markdown {
		// A Markdown file outside the issue folders may name its issue.
		for _, k := range []string{"issue", "date"} {
			if s, ok := res.Items[0].Fields[k].(string); ok && len(s) >= 10 {
				id = s[:10]
				break
			}
		}
	}
	if id == "" {
		return readOut{errs: []error{fmt.Errorf("%s: no issue date - file it under a YYYY-MM-DD folder of the inbox, or pass --issue YYYY-MM-DD", in.name)}}
	}
	if !issue.Valid(id) {
		return readOut{errs: []error{fmt.Errorf("%s: invalid issue date %q - use a real date as YYYY-MM-DD", in.name, id)}}
	}
	// The articles and the addresses already ingested, in the input's order.
	seq := 0
	reused := func(at int) {
		for len(res.Reused) > 0 && res.Reused[0].At == at {
			if shelf := sh.known(id); shelf != nil {
				for _, p := range shelf.within(filepath.ToSlash(in.name), res.Reused[0].Key) {
					ro.items = append(ro.items, keptItem(in, id, p, shelf.heads[p], seq))
					seq++
				}
			}
			res.Reused = res.Reused[1:]
		}
	}
	for i, s := range res.Items {
		reused(i)
		ro.items = append(ro.items, &item{in: in, origin: s.Origin, key: s.Key, seq: seq, art: s.Article, issue: id,
			hash: inputHash(id, res.Kind, s.Key, s.Digest)})
		seq++
	}
	reused(len(res.Items))
	return ro
}

// keptPages are the articles an inbox file gave before and did not give
// this run because it, or a part of it, could not be read (a download
// that failed, a file that no longer reads, with --keep-going). Their
// pages stay as they are; taken as articles not fetched again, they keep
// their place in the issue's order, and so do the others.
func keptPages(in input, opt Options, sh *shelves, got []*item) []*item {
	if in.url {
		return nil
	}
	id := opt.issueOf(in)
	shelf := sh.known(id)
	if shelf == nil {
		return nil
	}
	src := filepath.ToSlash(in.name)
	have := make(map[string]bool, len(got))
	for _, it := range got {
		have[it.key] = true
	}
	var out []*item
	for _, p := range sortedHeads(shelf.heads) {
		h := shelf.heads[p]
		if !h.Generated || h.Source != src || have[h.Key] {
			continue
		}
		out = append(out, keptItem(in, id, p, h, len(got)+len(out)))
	}
	return out
}

// keptItem is an article of input in that the run does not read again:
// the generated file p of issue id, whose head is h, stays as it is but
// for its place in the issue (see item.reused).
func keptItem(in input, id, p string, h *content.Head, seq int) *item {
	origin := in.name
	if h.Key != "" {
		origin += ": " + h.Key
	}
	return &item{in: in, origin: origin, key: h.Key, seq: seq, issue: id, path: p, old: h, hash: h.Input, reused: true}
}

// loadReused gives each article the run did not fetch again (reused) the
// article as its file publishes it, its title and paragraphs, so that it
// is checked for duplicates and given a section like the others. A file
// that cannot be read back is a bad input, named with what to do; the
// article is left out.
func loadReused(items []*item, workers int) ([]*item, []error) {
	errs := make([]error, len(items))
	parallel.For(len(items), workers, func(i int) {
		it := items[i]
		if !it.reused {
			return
		}
		e, err := content.Read(it.path)
		switch {
		case err != nil:
			errs[i] = err
		case e == nil:
			errs[i] = fmt.Errorf("%s: removed while the build ran - build again", it.path)
		default:
			title, _ := e.Fields["title"].(string)
			var paras []string
			for _, p := range strings.Split(e.Body, "\n\n") {
				if p = strings.TrimSpace(p); p != "" {
					paras = append(paras, p)
				}
			}
			it.art = &article.Article{Headline: title, Paragraphs: paras}
			it.file = &content.Existing{Fields: e.Fields, Order: e.Order} // the body is in art
		}
	})
	kept := items[:0]
	var bad []error
	for i, it := range items {
		if errs[i] != nil {
			bad = append(bad, errs[i])
			continue
		}
		kept = append(kept, it)
	}
	return kept, bad
}

// inputHash identifies an article's input: what it was read from (the
// kind of file, its key within it and a digest of its bytes), the issue
// and the generator's version. The file's name is left out, so a renamed
// or moved file is the same input and keeps its page.
func inputHash(id string, kind sniff.Kind, key, digest string) string {
	sum := sha256.New()
	fmt.Fprintf(sum, "%s\x00%s\x00%s\x00%s\x00%s", Version, id, kind, key, digest)
	return hex.EncodeToString(sum.Sum(nil)[:12])
}

// readFile reads an inbox file with the source package. What it is comes
// from its first bytes; a file too large for its kind is refused before
// it is read (a stray video, a PDF), and one that is no article is named
// with what to do.
func readFile(ctx context.Context, in input, sopt source.Options) (*source.Result, error) {
	f, err := os.Open(in.path)
	if err != nil {
		return nil, fmt.Errorf("%s: %v - check its permissions", in.name, unwrapPathErr(err))
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, fmt.Errorf("%s: %v", in.name, unwrapPathErr(err))
	}
	// One buffer the size of the file, unless the file is too large for
	// its kind: that is known from its first bytes, before the rest is read.
	size := st.Size()
	head := make([]byte, min(size+1, sniff.HeadSize)) // one more byte: the end of the file is seen
	n, err := io.ReadFull(f, head)
	if err != nil && !errors.Is(err, io.ErrUnexpectedEOF) && !errors.Is(err, io.EOF) {
		return nil, fmt.Errorf("%s: %v - check the file", in.name, err)
	}
	head = head[:n]
	t := sniff.File(in.name, head)
	switch t.Kind {
	case sniff.Ignored:
		return &source.Result{Kind: t.Kind, What: t.What}, nil
	case sniff.Unsupported:
		return nil, t.Err(in.name)
	case sniff.HTML, sniff.Feed:
		limit := sopt.MaxPageBytes
		if limit <= 0 {
			limit = source.DefaultMaxPageBytes
		}
		if err := article.CheckSize(in.name, st.Size(), article.Options{MaxBytes: limit, MaxBytesHint: sopt.MaxPageBytesHint}); err != nil {
			return nil, err
		}
	default:
		if err := article.CheckSize(in.name, st.Size(), article.Options{MaxBytes: sopt.MaxBytes, MaxBytesHint: sopt.MaxBytesHint}); err != nil {
			return nil, err
		}
	}
	raw := head
	if n == cap(head) {
		// A large file, or one that grew since it was measured: read to
		// its end.
		var b bytes.Buffer
		b.Grow(int(size) + bytes.MinRead)
		b.Write(head)
		if _, err := b.ReadFrom(f); err != nil {
			return nil, fmt.Errorf("%s: %v - check the file", in.name, err)
		}
		raw = b.Bytes()
	}
	return source.Read(ctx, in.name, raw, sopt)
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
	return fmt.Sprintf("%s: dated %s, %d days from now - published all the same; check the date", it.origin, date, days)
}

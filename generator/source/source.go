// Package source turns whatever an editor drops into an issue folder, or
// names on the command line, into articles: plain-text and Markdown
// articles, saved web pages, RSS/Atom/JSON feeds, .urls lists and http(s)
// addresses. It decides what each input is (package sniff), reads it with
// the package for its format (article, webpage, feed, fetch) and returns
// article.Article values ready for ingest, plus what it skipped and why.
//
// Nothing is ignored silently: a file that is not an article is an error
// that says what to do with it, except hidden files, system clutter and
// READMEs, which come back with Kind sniff.Ignored and no articles.
package source

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"runtime"
	"strings"
	"time"
	"unicode/utf8"

	"briefing/generator/article"
	"briefing/generator/internal/parallel"
	"briefing/generator/source/feed"
	"briefing/generator/source/fetch"
	"briefing/generator/source/sniff"
	"briefing/generator/source/webpage"
)

// Front matter keys Read sets in Article.Fields for what a page or feed
// tells about its story. None is a key Hugo reads itself (a "published"
// or "date" would move or hide the page), and ingest writes Fields as
// front matter as they are.
const (
	FieldAuthor = "author"     // the byline
	FieldLink   = "link"       // the story's own address
	FieldSite   = "site"       // the publication's name
	FieldDate   = "sourcedate" // the story's publication date, YYYY-MM-DD
)

// Options tune Read and ReadURL; the zero value reads files and fetches
// with the fetch package's defaults.
type Options struct {
	// Client fetches URLs, the addresses of a .urls list, and linked
	// pages; nil means a fetch.Client with its defaults.
	Client *fetch.Client
	// FollowLinks fetches the page of a feed item that carries only a
	// short description, instead of skipping it.
	FollowLinks bool
	// FollowLinksHint says how the editor asks for FollowLinks (the flag
	// or setting), for the message about a skipped item; "" says "have
	// the generator fetch linked pages".
	FollowLinksHint string
	// Reuse, when set, reports whether the articles of an address are
	// already ingested: key is a .urls list's address, or the key of a
	// feed item that carries only a short description. Read then neither
	// fetches the address nor skips the item with a message, and lists
	// the key in Result.Reused, so a build does not download again what
	// it already has (and works offline).
	Reuse func(key string) bool
	// MaxBytes limits plain-text and Markdown articles; 0 means
	// article.DefaultMaxBytes. MaxBytesHint says how to raise it (see
	// article.Options).
	MaxBytes     int64
	MaxBytesHint string
	// MaxPageBytes limits web pages and feeds, which carry markup and
	// scripts around the text; 0 means DefaultMaxPageBytes.
	// MaxPageBytesHint says how to raise it.
	MaxPageBytes     int64
	MaxPageBytesHint string
	// FeedMinWords is passed to feed.Options.MinWords.
	FeedMinWords int
	// Workers bounds parallel downloads for a URL list; 0 means 4.
	Workers int
}

// DefaultMaxPageBytes is the size limit for pages and feeds, the same as
// for a download.
const DefaultMaxPageBytes = fetch.DefaultMaxBytes

// Item is one article and where it came from.
type Item struct {
	*article.Article
	// Key tells the articles of one input apart and stays the same from
	// run to run: "" for a file that is one article, the item's GUID (or
	// link, or "#position") for a feed, the address for a URL list (plus
	// the item's key when the address is a feed).
	Key string
	// Origin names the article in messages: the file, plus the feed item
	// or the list line it came from.
	Origin string
	// Link is the story's own address, "" when unknown (also in
	// Fields[FieldLink]).
	Link string
	// Digest is a hash of what the article was read from (the file, the
	// feed item's text, the downloaded page): equal digests, same article.
	Digest string
}

// Result is what one input gave.
type Result struct {
	Kind  sniff.Kind
	What  string // "HTML page", "Atom feed", ...
	Items []Item
	// Skipped lists feed items left out on purpose (a teaser with no
	// full text); each names the input and the item. Report them as
	// warnings.
	Skipped []error
	// Failed lists the parts of the input that could not be read (an
	// address of a URL list that did not download); the rest of the
	// input is in Items. Treat them as errors, or as warnings when the
	// run keeps going.
	Failed []error
	// Reused lists the addresses and items Options.Reuse said are
	// already ingested, none of them fetched, in the input's order.
	Reused []Reused
}

// Reused is an address or feed item whose articles the caller already
// has (see Options.Reuse).
type Reused struct {
	Key string // as passed to Options.Reuse
	// At is the index in Result.Items before which it comes in the
	// input's order (len(Items) when after them all).
	At int
}

// SkipError is a feed item left out, or one that failed when fetched.
type SkipError struct {
	Origin string // the feed (file or URL) and the item
	Msg    string
	Hint   string
}

func (e *SkipError) Error() string {
	s := e.Origin + ": " + e.Msg
	if e.Hint != "" {
		s += " - " + e.Hint
	}
	return s
}

// Read reads the input file name, whose content is data. It returns an
// error when the whole input is unreadable (a PDF, a broken feed, a URL
// list with bad lines, a page with no article); see Result for the parts.
func Read(ctx context.Context, name string, data []byte, opt Options) (*Result, error) {
	t := sniff.File(name, data[:min(len(data), sniff.HeadSize)])
	res := &Result{Kind: t.Kind, What: t.What}
	if err := opt.checkSize(name, t.Kind, len(data)); err != nil {
		return nil, err
	}
	switch t.Kind {
	case sniff.Ignored:
		return res, nil
	case sniff.Unsupported:
		return nil, t.Err(name)
	case sniff.Text, sniff.Markdown:
		a, err := article.Parse(name, data, article.Options{MaxBytes: opt.MaxBytes, MaxBytesHint: opt.MaxBytesHint})
		if err != nil {
			return nil, err
		}
		res.Items = []Item{{Article: a, Origin: name, Digest: digest(data)}}
	case sniff.HTML:
		it, err := readPage(name, data, webpage.Options{})
		if err != nil {
			return nil, err
		}
		it.Digest = digest(data)
		res.Items = []Item{it}
	case sniff.Feed:
		if err := readFeed(ctx, res, name, "", data, feed.Options{MinWords: opt.FeedMinWords}, opt); err != nil {
			return nil, err
		}
	case sniff.URLList:
		entries, err := fetch.ParseList(name, data)
		if err != nil {
			return nil, err
		}
		readList(ctx, res, name, entries, opt)
		if len(res.Items) == 0 && len(res.Reused) == 0 && len(res.Failed) > 0 {
			return nil, errors.Join(res.Failed...)
		}
	}
	return res, nil
}

// ReadURL fetches the page or feed at rawURL and reads it.
func ReadURL(ctx context.Context, rawURL string, opt Options) (*Result, error) {
	r, err := opt.client().Get(ctx, rawURL)
	if err != nil {
		return nil, err
	}
	res := &Result{Kind: r.Type.Kind, What: r.Type.What}
	if err := readResponse(ctx, res, r, rawURL, "", opt); err != nil {
		return nil, err
	}
	return res, nil
}

// readResponse reads a downloaded page or feed into res; origin names it
// in messages and key prefixes its items' keys.
func readResponse(ctx context.Context, res *Result, r *fetch.Response, origin, key string, opt Options) error {
	if err := opt.checkSize(origin, r.Type.Kind, len(r.Body)); err != nil {
		return err
	}
	if r.Type.Kind == sniff.Feed {
		before := len(res.Items)
		if err := readFeed(ctx, res, origin, key, r.Body, feed.Options{URL: r.FinalURL, MinWords: opt.FeedMinWords}, opt); err != nil {
			return err
		}
		for i := before; i < len(res.Items); i++ {
			res.Items[i].Article.Source = r.URL
		}
		return nil
	}
	it, err := readPage(origin, r.Body, webpage.Options{URL: r.FinalURL, ContentType: r.ContentType})
	if err != nil {
		return err
	}
	it.Article.Source = r.URL
	it.Key = key
	it.Digest = digest(r.Body)
	res.Items = append(res.Items, it)
	return nil
}

func readPage(name string, data []byte, o webpage.Options) (Item, error) {
	p, err := webpage.Parse(name, data, o)
	if err != nil {
		return Item{}, err
	}
	a := &article.Article{Source: name, Headline: headline(p.Headline), Paragraphs: p.Paragraphs, Encoding: p.Encoding}
	a.Fields = fields(p.Byline, p.URL, p.Site, p.Date)
	return Item{Article: a, Origin: name, Link: p.URL}, nil
}

// readFeed reads the feed in data into res. Items' keys are prefixed with
// key (the address of a listed feed).
func readFeed(ctx context.Context, res *Result, name, key string, data []byte, fo feed.Options, opt Options) error {
	f, err := feed.Parse(name, data, fo)
	if err != nil {
		return err
	}
	for _, it := range f.Items {
		a := &article.Article{Source: name, Headline: headline(it.Title), Paragraphs: it.Paragraphs,
			Fields: fields(it.Byline, it.Link, f.Title, it.Date)}
		res.Items = append(res.Items, Item{Article: a, Key: join(key, itemKey(it.ID, it.Link, it.Index)),
			Origin: fmt.Sprintf("%s: item %d", name, it.Index), Link: it.Link, Digest: itemDigest(it)})
	}
	for _, s := range f.Short {
		origin := fmt.Sprintf("%s: %s", name, s)
		k := join(key, itemKey(s.ID, s.Link, s.Index))
		if opt.Reuse != nil && opt.Reuse(k) {
			res.Reused = append(res.Reused, Reused{Key: k, At: len(res.Items)})
			continue
		}
		if !opt.FollowLinks || s.Link == "" {
			follow := opt.FollowLinksHint
			if follow == "" {
				follow = "have the generator fetch linked pages"
			}
			e := &SkipError{Origin: origin, Msg: fmt.Sprintf("skipped: the feed gives only a short description (%d words), not the article", s.Words),
				Hint: follow + ", or save the article's page into the issue folder"}
			if s.Link == "" {
				e.Msg, e.Hint = "skipped: the feed gives no text and no link for it", "save the article into the issue folder if you want it"
			}
			res.Skipped = append(res.Skipped, e)
			continue
		}
		r, err := opt.client().Get(ctx, s.Link)
		if err == nil && r.Type.Kind != sniff.HTML {
			err = fmt.Errorf("%s: not a web page but %s", s.Link, r.Type.What)
		}
		var it Item
		if err == nil {
			it, err = readPage(s.Link, r.Body, webpage.Options{URL: r.FinalURL, ContentType: r.ContentType})
		}
		if err != nil {
			res.Failed = append(res.Failed, &SkipError{Origin: origin, Msg: "its page could not be read: " + err.Error()})
			continue
		}
		// The feed's title is the editor's headline; the page adds the text.
		if t := headline(s.Title); t != "" {
			it.Article.Headline = t
		}
		it.Article.Source = name
		it.Key = k
		it.Origin = origin
		it.Digest = digest(r.Body)
		if it.Article.Fields[FieldDate] == nil && !s.Date.IsZero() {
			it.Article.Fields[FieldDate] = s.Date.Format("2006-01-02")
		}
		res.Items = append(res.Items, it)
	}
	return nil
}

// readList downloads the list's addresses, a few at a time, and reads
// each into res in the list's order.
func readList(ctx context.Context, res *Result, name string, entries []fetch.Entry, opt Options) {
	parts := make([]*Result, len(entries))
	errs := make([]error, len(entries))
	var todo []int
	for i, e := range entries {
		if opt.Reuse != nil && opt.Reuse(e.URL) {
			parts[i] = &Result{Reused: []Reused{{Key: e.URL}}}
			continue
		}
		todo = append(todo, i)
	}
	workers := opt.Workers
	if workers <= 0 {
		workers = 4
	}
	workers = min(workers, 4*runtime.GOMAXPROCS(0))
	parallel.For(len(todo), workers, func(j int) {
		i := todo[j]
		e := entries[i]
		origin := fmt.Sprintf("%s:%d", name, e.Line)
		r, err := opt.client().Get(ctx, e.URL)
		if err != nil {
			errs[i] = &SkipError{Origin: origin, Msg: err.Error()}
			return
		}
		part := &Result{}
		if err := readResponse(ctx, part, r, origin+": "+e.URL, e.URL, opt); err != nil {
			errs[i] = &SkipError{Origin: origin, Msg: err.Error()}
			return
		}
		parts[i] = part
	})
	for i := range entries {
		if errs[i] != nil {
			res.Failed = append(res.Failed, errs[i])
			continue
		}
		for _, r := range parts[i].Reused {
			res.Reused = append(res.Reused, Reused{Key: r.Key, At: len(res.Items) + r.At})
		}
		res.Items = append(res.Items, parts[i].Items...)
		res.Skipped = append(res.Skipped, parts[i].Skipped...)
		res.Failed = append(res.Failed, parts[i].Failed...)
	}
}

func (o Options) client() *fetch.Client {
	if o.Client != nil {
		return o.Client
	}
	return defaultClient
}

var defaultClient = &fetch.Client{}

// checkSize applies the limit for the kind of input.
func (o Options) checkSize(name string, k sniff.Kind, n int) error {
	switch k {
	case sniff.Ignored, sniff.Unsupported:
		return nil
	case sniff.HTML, sniff.Feed:
		limit := o.MaxPageBytes
		if limit <= 0 {
			limit = DefaultMaxPageBytes
		}
		hint := o.MaxPageBytesHint
		if hint == "" {
			hint = "raise the page size limit"
		}
		return article.CheckSize(name, int64(n), article.Options{MaxBytes: limit, MaxBytesHint: hint})
	}
	return article.CheckSize(name, int64(n), article.Options{MaxBytes: o.MaxBytes, MaxBytesHint: o.MaxBytesHint})
}

// fields are the front matter a page or feed item gives about its story.
func fields(byline, link, site string, date time.Time) map[string]any {
	f := map[string]any{}
	if byline != "" {
		f[FieldAuthor] = byline
	}
	if link != "" {
		f[FieldLink] = link
	}
	if site != "" {
		f[FieldSite] = site
	}
	if !date.IsZero() {
		f[FieldDate] = date.UTC().Format("2006-01-02")
	}
	return f
}

// headline keeps a title within what article accepts as a headline
// (article.MaxTitle characters), cutting at a word.
func headline(s string) string {
	if utf8.RuneCountInString(s) <= article.MaxTitle {
		return s
	}
	r := []rune(s)[:article.MaxTitle-10]
	cut := strings.LastIndexByte(string(r), ' ')
	if cut < 100 {
		cut = len(string(r))
	}
	return strings.TrimSpace(string(r)[:cut]) + "…"
}

func itemKey(id, link string, index int) string {
	switch {
	case id != "":
		return id
	case link != "":
		return link
	}
	return fmt.Sprintf("#%d", index)
}

func join(prefix, key string) string {
	if prefix == "" {
		return key
	}
	return prefix + " " + key
}

func digest(b []byte) string {
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:12])
}

func itemDigest(it feed.Item) string {
	h := sha256.New()
	fmt.Fprintf(h, "%s\x00%s\x00%s\x00%s\x00%s\x00", it.Title, it.Link, it.ID, it.Byline, it.Date.Format(time.RFC3339))
	for _, p := range it.Paragraphs {
		fmt.Fprintf(h, "%s\x00", p)
	}
	return hex.EncodeToString(h.Sum(nil)[:12])
}

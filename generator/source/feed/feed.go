// Package feed reads the items of an RSS 2.0 (or 1.0), Atom or JSON Feed
// document as articles: title, link, date, author and the full text from
// content:encoded, Atom content or content_html/content_text, turned into
// paragraphs by htmltext as web pages are. An item that offers only a
// short description is not an article; it is listed apart so the caller
// can report it, or fetch its link.
package feed

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	nurl "net/url"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/mmcdole/gofeed"
	"github.com/mmcdole/gofeed/atom"
	jsonfeed "github.com/mmcdole/gofeed/json"

	"briefing/generator/source/htmltext"
	"briefing/generator/source/internal/weburl"
)

// Feed is what a feed document gives.
type Feed struct {
	Title string // the feed's own title
	Link  string // the site's address
	Kind  string // "RSS", "Atom" or "JSON Feed"
	// Items are the entries with full text, in the feed's order.
	Items []Item
	// Short are the entries that give only a short description.
	Short []Short
}

// Item is one entry with its full text.
type Item struct {
	Index      int       // 1-based position in the feed, for messages
	Title      string    // the headline; from the text when the entry has none
	Link       string    // the story's address (absolute http/https), "" when none
	ID         string    // the entry's GUID or id, "" when none
	Date       time.Time // published, else updated; zero when unknown
	Byline     string    // the authors, "" when none
	Paragraphs []string
}

// Short is an entry with no full text: a teaser or summary only.
type Short struct {
	Index int
	Title string
	Link  string
	ID    string
	Date  time.Time
	Words int // in the description
}

// Options tune Parse; the zero value suits a feed file.
type Options struct {
	// URL is where the feed was fetched from; it resolves relative links.
	URL string
	// MinWords is the length from which an entry's description alone
	// counts as its full text (some feeds carry the whole story there);
	// shorter ones go to Feed.Short. 0 means DefaultMinWords.
	MinWords int
}

// DefaultMinWords: teasers run one to three sentences; a full news item
// rarely runs under a hundred words.
const DefaultMinWords = 100

// Error is a feed that cannot be read.
type Error struct {
	File string
	Line int // 0 when unknown
	Msg  string
	Hint string
}

func (e *Error) Error() string {
	s := e.File
	if e.Line > 0 {
		s += ":" + strconv.Itoa(e.Line)
	}
	s += ": " + e.Msg
	if e.Hint != "" {
		s += " - " + e.Hint
	}
	return s
}

var lineInErr = regexp.MustCompile(`line (\d+)`)

// Parse reads the feed in data, which came from name (a file or URL, used
// in errors).
func Parse(name string, data []byte, opt Options) (*Feed, error) {
	p := gofeed.NewParser()
	p.KeepOriginalFeed = true
	f, err := p.Parse(bytes.NewReader(data))
	if err != nil {
		return nil, parseError(name, data, err)
	}
	if jf, ok := f.OriginalFeed().(*jsonfeed.Feed); ok && !strings.Contains(jf.Version, "jsonfeed.org/version/") {
		return nil, &Error{File: name, Msg: "JSON that is not a JSON Feed (it has no \"version\": \"https://jsonfeed.org/version/1.1\")",
			Hint: "only JSON Feed (jsonfeed.org) is read; check the file or the address"}
	}
	out := &Feed{Title: oneLine(f.Title), Kind: kindOf(f.FeedType)}
	base := weburl.Abs(opt.URL, nil)
	if u := weburl.Abs(f.Link, base); u != nil {
		out.Link = u.String()
		if base == nil {
			base = u
		}
	}
	min := opt.MinWords
	if min <= 0 {
		min = DefaultMinWords
	}
	for i, it := range f.Items {
		if it == nil {
			continue
		}
		body := fullText(f, i, it)
		if len(body) == 0 {
			body = description(f, it)
			if n := words(body); n < min {
				out.Short = append(out.Short, Short{Index: i + 1, Title: title(it.Title, body), Link: link(it, base),
					ID: it.GUID, Date: date(it), Words: n})
				continue
			}
		}
		body = trimBoilerplate(body)
		if len(body) == 0 {
			out.Short = append(out.Short, Short{Index: i + 1, Title: title(it.Title, nil), Link: link(it, base), ID: it.GUID, Date: date(it)})
			continue
		}
		out.Items = append(out.Items, Item{
			Index:      i + 1,
			Title:      title(it.Title, body),
			Link:       link(it, base),
			ID:         it.GUID,
			Date:       date(it),
			Byline:     byline(it),
			Paragraphs: body,
		})
	}
	if len(out.Items)+len(out.Short) == 0 {
		return nil, &Error{File: name, Msg: "the feed has no items",
			Hint: "check that it is the feed you meant, or move it out of the issue folder"}
	}
	return out, nil
}

// parseError explains why the feed could not be parsed, with the line when
// the parser gives one.
func parseError(name string, data []byte, err error) error {
	if errors.Is(err, gofeed.ErrFeedTypeNotDetected) {
		return &Error{File: name, Msg: "not an RSS, Atom or JSON feed",
			Hint: "a feed starts with <rss, <feed or a JSON Feed's {\"version\": \"https://jsonfeed.org/version/1.1\"; check the file or the address"}
	}
	e := &Error{File: name, Msg: "malformed feed: " + strings.TrimSpace(err.Error()), Hint: "fix the feed, or move it out of the issue folder"}
	var se *json.SyntaxError
	switch {
	case errors.As(err, &se):
		off := min(int(se.Offset), len(data))
		e.Line = bytes.Count(data[:off], []byte("\n")) + 1
	default:
		if m := lineInErr.FindStringSubmatch(err.Error()); m != nil {
			e.Line, _ = strconv.Atoi(m[1])
		}
	}
	return e
}

func kindOf(t string) string {
	switch t {
	case "atom":
		return "Atom"
	case "json":
		return "JSON Feed"
	}
	return "RSS"
}

// fullText returns an entry's full text as paragraphs, nil if it has none.
// The universal item does not say whether its content is HTML or plain
// text, so the format's own entry decides.
func fullText(f *gofeed.Feed, i int, it *gofeed.Item) []string {
	switch orig := f.OriginalFeed().(type) {
	case *atom.Feed:
		if i < len(orig.Entries) && orig.Entries[i] != nil && orig.Entries[i].Content != nil {
			c := orig.Entries[i].Content
			if c.Src != "" && strings.TrimSpace(c.Value) == "" {
				return nil // the content is elsewhere, not in the feed
			}
			if strings.EqualFold(c.Type, "text") || c.Type == "" {
				return htmltext.Text(c.Value)
			}
		}
	case *jsonfeed.Feed:
		if i < len(orig.Items) && orig.Items[i] != nil && orig.Items[i].ContentHTML == "" {
			return htmltext.Text(orig.Items[i].ContentText)
		}
	}
	if strings.TrimSpace(it.Content) == "" {
		return nil
	}
	return fragment(it.Content)
}

// description returns an entry's summary or description as paragraphs.
func description(f *gofeed.Feed, it *gofeed.Item) []string {
	if _, ok := f.OriginalFeed().(*jsonfeed.Feed); ok {
		return htmltext.Text(it.Description) // JSON Feed summaries are plain text
	}
	return fragment(it.Description)
}

// fragment converts feed HTML; markup nested too deep to parse is read
// as text with its tags showing rather than lost.
func fragment(s string) []string {
	ps, err := htmltext.Fragment(s)
	if err != nil {
		return htmltext.Text(s)
	}
	return ps
}

var (
	wordpressFooter = regexp.MustCompile(`^The post .+ appeared first on .+\.?$`)
	readMore        = regexp.MustCompile(`(?i)^(continue reading|read more|read the (full|rest)|\[?(…|\.\.\.)\]?)\b.{0,40}$`)
)

// trimBoilerplate drops the lines feed software appends to an entry:
// WordPress's "The post ... appeared first on ..." and "Continue reading".
func trimBoilerplate(ps []string) []string {
	for len(ps) > 0 {
		last := ps[len(ps)-1]
		if wordpressFooter.MatchString(last) || readMore.MatchString(last) {
			ps = ps[:len(ps)-1]
			continue
		}
		break
	}
	return ps
}

// title is the entry's title as one line of text (titles may carry
// markup and entities), else the first words of its text.
func title(s string, body []string) string {
	if t := oneLine(s); t != "" {
		return t
	}
	if len(body) == 0 {
		return ""
	}
	f := strings.Fields(body[0])
	if len(f) > 12 {
		return strings.Join(f[:12], " ") + "…"
	}
	return strings.Join(f, " ")
}

func oneLine(s string) string {
	if !strings.ContainsAny(s, "<&") {
		return htmltext.Clean(s)
	}
	return strings.Join(fragment(s), " ")
}

// link is the entry's own address, resolved against the feed's.
func link(it *gofeed.Item, base *nurl.URL) string {
	for _, s := range append([]string{it.Link}, it.Links...) {
		if u := weburl.Abs(s, base); u != nil {
			return u.String()
		}
	}
	// An RSS guid that is a permalink is the address.
	if u := weburl.Abs(it.GUID, nil); u != nil {
		return u.String()
	}
	return ""
}

func date(it *gofeed.Item) time.Time {
	switch {
	case it.PublishedParsed != nil:
		return it.PublishedParsed.UTC()
	case it.UpdatedParsed != nil:
		return it.UpdatedParsed.UTC()
	}
	return time.Time{}
}

func byline(it *gofeed.Item) string {
	var names []string
	for _, a := range it.Authors {
		if a == nil {
			continue
		}
		n := oneLine(a.Name)
		if n == "" {
			n = oneLine(a.Email)
		}
		if n != "" {
			names = append(names, n)
		}
	}
	return strings.Join(names, ", ")
}

func words(ps []string) int {
	n := 0
	for _, p := range ps {
		n += len(strings.Fields(p))
	}
	return n
}

// String describes a short entry for messages: `item 3 "Title"`.
func (s Short) String() string {
	if s.Title == "" {
		return fmt.Sprintf("item %d", s.Index)
	}
	return fmt.Sprintf("item %d %q", s.Index, s.Title)
}

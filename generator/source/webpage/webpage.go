// Package webpage reads a news article out of a web page: a page saved
// from a browser (with or without its _files folder) or fetched from its
// address. The article text comes from go-trafilatura, which removes
// navigation, footers, advertising and comments; its output goes through
// htmltext, as feed items do, so every source reads alike.
package webpage

import (
	"bytes"
	"fmt"
	"strings"
	"time"

	"github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"

	"briefing/generator/source/htmltext"
)

// Page is the article read from one web page.
type Page struct {
	Headline   string
	Byline     string    // the author(s) as the page names them; "" when unknown
	Date       time.Time // publication date; zero when unknown
	URL        string    // the article's canonical address; "" when the page gives none
	Site       string    // the site's name, e.g. "Reuters"; "" when unknown
	Language   string    // ISO 639-1 code when the page or its text tells; "" otherwise
	Paragraphs []string
	// Encoding names the character encoding the page was decoded from
	// when it was not UTF-8 ("windows-1251", ...); "" for UTF-8.
	Encoding string
}

// Options tune Parse; the zero value suits a saved page.
type Options struct {
	// URL is where the page was fetched from; it resolves relative
	// canonical links and stands in when the page names no address.
	URL string
	// ContentType is the HTTP Content-Type the page was served with; its
	// charset is used when the bytes are not UTF-8.
	ContentType string
	// MinWords refuses pages whose article text is shorter: a section
	// front or a cookie wall extracted to a line or two is not an
	// article. 0 means DefaultMinWords.
	MinWords int
}

// DefaultMinWords is shorter than the briefest news item.
const DefaultMinWords = 25

// Error is a page that holds no article the generator can use.
type Error struct {
	File string // the file, or the URL of a fetched page
	Msg  string
	Hint string
}

func (e *Error) Error() string {
	s := e.File + ": " + e.Msg
	if e.Hint != "" {
		s += " - " + e.Hint
	}
	return s
}

// Parse reads the article in the page data, which came from name (a file
// or URL, used in errors).
func Parse(name string, data []byte, opt Options) (*Page, error) {
	if binary(data) {
		return nil, &Error{File: name, Msg: "not an HTML page (it has binary content)",
			Hint: "save the article's page from the browser as \"Web page, HTML only\", or move the file out"}
	}
	min := opt.MinWords
	if min <= 0 {
		min = DefaultMinWords
	}
	text, enc := decode(data, opt.ContentType)
	doc, err := html.Parse(strings.NewReader(text))
	if err != nil {
		// The HTML5 parser repairs any markup; it gives up only on
		// elements nested more than 512 deep.
		return nil, &Error{File: name, Msg: fmt.Sprintf("cannot read the HTML (%v)", strings.TrimPrefix(err.Error(), "html: ")),
			Hint: "save the page again from the browser, or paste the article's text into a .txt file"}
	}
	head := readHead(doc)
	prepare(doc)
	// Precision first: on the development pages it keeps the article and
	// drops more of the page around it. When that leaves too little (a
	// short item the precision rules mistake for a teaser), the balanced
	// setting, which can also fall back on the whole page's text, decides.
	var res *trafilatura.ExtractResult
	var ps []string
	for _, focus := range []trafilatura.ExtractionFocus{trafilatura.FavorPrecision, trafilatura.Balanced} {
		r, err := extract(doc, extractOptions(head, opt, focus))
		if err != nil {
			return nil, &Error{File: name, Msg: err.Error(),
				Hint: "report it with the page attached; meanwhile paste the article's text into a .txt file"}
		}
		if r == nil {
			continue
		}
		res, ps = r, htmltext.Paragraphs(r.ContentNode)
		if words(ps) >= min {
			break
		}
	}
	if res == nil {
		return nil, noArticle(name, 0)
	}
	md := res.Metadata
	p := &Page{
		Byline:   cleanByline(htmltext.Clean(md.Author)),
		Date:     md.Date,
		URL:      head.url(opt.URL, md.URL),
		Site:     siteName(firstNonEmpty(head.site, htmltext.Clean(md.Sitename))),
		Language: md.Language,
		Encoding: enc,
	}
	p.Headline = headline(head, htmltext.Clean(md.Title), p.Site, p.URL)
	p.Paragraphs = tidy(ps, p.Headline, p.Byline)
	if n := words(p.Paragraphs); n < min {
		return nil, noArticle(name, n)
	}
	if p.Headline == "" {
		p.Headline = firstWords(p.Paragraphs[0], 12)
	}
	return p, nil
}

func noArticle(name string, n int) error {
	msg := "no article text found in the page"
	if n > 0 {
		msg = fmt.Sprintf("no article text found in the page (only %d words)", n)
	}
	return &Error{File: name, Msg: msg,
		Hint: "save the article's own page (not a home or section page, nor a page behind a login), or paste its text into a .txt file"}
}

// extract runs the extractor, turning a panic in it into an error: one
// odd page must not take a whole run down. A page it finds nothing in
// gives a nil result.
func extract(doc *html.Node, o trafilatura.Options) (res *trafilatura.ExtractResult, err error) {
	defer func() {
		if r := recover(); r != nil {
			res, err = nil, fmt.Errorf("the article extractor failed on this page (%v)", r)
		}
	}()
	res, err = trafilatura.ExtractDocument(doc, o)
	if err != nil {
		return nil, nil
	}
	return res, nil
}

// extractOptions are the trafilatura settings tuned on the development
// pages (see eval_test.go): readability and dom-distiller as fallback
// candidates, comments left out, the publication date looked for without
// the slow multilingual date parser.
func extractOptions(head *head, opt Options, focus trafilatura.ExtractionFocus) trafilatura.Options {
	o := trafilatura.Options{
		EnableFallback:  true,
		ExcludeComments: true,
		Focus:           focus,
		HtmlDateMode:    trafilatura.Fast,
	}
	if u := head.base(opt.URL); u != nil {
		o.OriginalURL = u
	}
	return o
}

// binary reports data that cannot be a page: NUL bytes in a file that is
// not UTF-16 (which has them in every other byte).
func binary(b []byte) bool {
	if bytes.HasPrefix(b, []byte{0xFF, 0xFE}) || bytes.HasPrefix(b, []byte{0xFE, 0xFF}) {
		return false
	}
	return bytes.IndexByte(b[:min(len(b), 8192)], 0) >= 0
}

func words(ps []string) int {
	n := 0
	for _, p := range ps {
		n += len(strings.Fields(p))
	}
	return n
}

func firstWords(s string, n int) string {
	f := strings.Fields(s)
	if len(f) <= n {
		return strings.Join(f, " ")
	}
	return strings.Join(f[:n], " ") + "…"
}

func firstNonEmpty(s ...string) string {
	for _, x := range s {
		if x = strings.TrimSpace(x); x != "" {
			return x
		}
	}
	return ""
}

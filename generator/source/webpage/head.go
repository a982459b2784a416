package webpage

import (
	nurl "net/url"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"briefing/generator/source/htmltext"
	"briefing/generator/source/internal/weburl"
)

// head is what a page says about itself in its markup.
type head struct {
	title     string   // <title>
	ogTitle   string   // og:title or twitter:title
	h1        []string // every <h1>, in order
	canonical string   // <link rel=canonical>
	ogURL     string   // og:url
	site      string   // og:site_name or application-name
	baseHref  string   // <base href>
	savedFrom string   // the address in a browser's "saved from url=" comment
}

// readHead collects the page's own description of itself.
func readHead(doc *html.Node) *head {
	h := &head{}
	stack := []*html.Node{doc}
	for len(stack) > 0 {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if n.Type == html.CommentNode && h.savedFrom == "" {
			// Browsers mark a saved page "<!-- saved from url=(0042)https://... -->".
			if rest, ok := strings.CutPrefix(strings.TrimSpace(n.Data), "saved from url=("); ok {
				if i := strings.IndexByte(rest, ')'); i >= 0 {
					h.savedFrom = strings.TrimSpace(rest[i+1:])
				}
			}
		}
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Title:
				if h.title == "" {
					h.title = htmltext.Clean(textOf(n))
				}
			case atom.H1:
				if t := htmltext.Clean(textOf(n)); t != "" {
					h.h1 = append(h.h1, t)
				}
			case atom.Meta:
				key := strings.ToLower(attr(n, "property"))
				if key == "" {
					key = strings.ToLower(attr(n, "name"))
				}
				val := htmltext.Clean(attr(n, "content"))
				switch key {
				case "og:title":
					h.ogTitle = firstNonEmpty(h.ogTitle, val)
				case "twitter:title":
					if h.ogTitle == "" {
						h.ogTitle = val
					}
				case "og:url":
					h.ogURL = firstNonEmpty(h.ogURL, val)
				case "og:site_name":
					h.site = firstNonEmpty(h.site, val)
				case "application-name":
					if h.site == "" {
						h.site = val
					}
				}
			case atom.Link:
				for _, rel := range strings.Fields(strings.ToLower(attr(n, "rel"))) {
					if rel == "canonical" && h.canonical == "" {
						h.canonical = strings.TrimSpace(attr(n, "href"))
					}
				}
			case atom.Base:
				if h.baseHref == "" {
					h.baseHref = strings.TrimSpace(attr(n, "href"))
				}
			case atom.Script, atom.Style, atom.Template, atom.Svg:
				continue
			}
		}
		for c := n.LastChild; c != nil; c = c.PrevSibling {
			stack = append(stack, c)
		}
	}
	return h
}

// base is the address relative links resolve against: the page's own
// when fetched, else what the page says it is.
func (h *head) base(pageURL string) *nurl.URL {
	for _, s := range []string{pageURL, h.canonical, h.ogURL, h.savedFrom, h.baseHref} {
		if u := weburl.Abs(s, nil); u != nil {
			u.Fragment = ""
			return u
		}
	}
	return nil
}

// url is the article's address: its canonical link, else og:url, else
// what the extractor found, else where it was fetched or saved from. Only
// absolute http(s) addresses qualify, so a saved page never reports a
// local path.
func (h *head) url(pageURL, found string) string {
	base := weburl.Abs(pageURL, nil)
	for _, s := range []string{h.canonical, h.ogURL, found, pageURL, h.savedFrom} {
		if u := weburl.Abs(s, base); u != nil {
			u.Fragment = "" // "#comments" is the same article
			return u.String()
		}
	}
	return ""
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if strings.EqualFold(a.Key, key) {
			return a.Val
		}
	}
	return ""
}

// textOf is the text under n, scripts and styles left out.
func textOf(n *html.Node) string {
	var b strings.Builder
	stack := []*html.Node{n}
	for len(stack) > 0 {
		c := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		switch {
		case c.Type == html.TextNode:
			b.WriteString(c.Data)
			continue
		case c.Type == html.ElementNode && (c.DataAtom == atom.Script || c.DataAtom == atom.Style):
			continue
		}
		for k := c.LastChild; k != nil; k = k.PrevSibling {
			stack = append(stack, k)
		}
	}
	return b.String()
}

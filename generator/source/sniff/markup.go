package sniff

import (
	"strings"
)

// markup recognises feeds and web pages by their first element: the root
// of an XML document (after its prolog, comments and doctype), a JSON
// Feed's version, or an HTML document's doctype or <html>. It is sure of
// these whatever the file is called.
func markup(text, ext string) (Type, bool) {
	s := strings.TrimLeft(text, " \t\r\n\f")
	if strings.HasPrefix(s, "{") {
		if isJSONFeed(s) {
			return Type{Kind: Feed, What: "JSON Feed"}, true
		}
		return Type{}, false
	}
	root, xml := rootElement(s)
	switch strings.ToLower(root) {
	case "rss", "rdf:rdf", "rdf":
		return Type{Kind: Feed, What: "RSS feed"}, true
	case "feed":
		return Type{Kind: Feed, What: "Atom feed"}, true
	case "html":
		return Type{Kind: HTML, What: "HTML page"}, true
	case "!doctype":
		if doctypeHTML(s) {
			return Type{Kind: HTML, What: "HTML page"}, true
		}
	case "svg":
		return Type{What: "SVG image", Hint: moveHint}, true
	case "":
	default:
		if xml && ext != ".html" && ext != ".htm" && ext != ".xhtml" {
			return Type{What: "XML file that is not a feed", Hint: "only RSS and Atom feeds are read: " + moveHint}, true
		}
	}
	return Type{}, false
}

// rootElement returns the name of the first element of s, skipping an XML
// declaration, processing instructions, comments and doctype; xml reports
// an XML declaration. A doctype other than HTML's is skipped; HTML's
// comes back as "!doctype".
func rootElement(s string) (name string, xml bool) {
	for {
		s = strings.TrimLeft(s, " \t\r\n\f")
		switch {
		case strings.HasPrefix(s, "<?"):
			if strings.HasPrefix(s, "<?xml") {
				xml = true
			}
			i := strings.Index(s, "?>")
			if i < 0 {
				return "", xml
			}
			s = s[i+2:]
		case strings.HasPrefix(s, "<!--"):
			i := strings.Index(s, "-->")
			if i < 0 {
				return "", xml
			}
			s = s[i+3:]
		case len(s) >= 9 && strings.EqualFold(s[:9], "<!doctype"):
			if doctypeHTML(s) {
				return "!doctype", xml
			}
			i := strings.IndexByte(s, '>')
			if i < 0 {
				return "", xml
			}
			s = s[i+1:]
		case strings.HasPrefix(s, "<"):
			end := strings.IndexAny(s[1:], " \t\r\n\f/>")
			if end < 0 {
				return "", xml
			}
			return s[1 : 1+end], xml
		default:
			return "", xml
		}
	}
}

func doctypeHTML(s string) bool {
	f := strings.Fields(strings.ToLower(s[:min(len(s), 64)]))
	return len(f) >= 2 && f[0] == "<!doctype" && strings.HasPrefix(f[1], "html")
}

// weakHTML reports text that starts like an HTML fragment (the WHATWG
// sniffing rules' list of tags, plus the elements of an article): read in
// a .txt, it would publish markup as the headline.
func weakHTML(text string) bool {
	s := strings.ToLower(strings.TrimLeft(text, " \t\r\n\f"))
	for _, tag := range []string{"head", "body", "script", "iframe", "h1", "h2", "div", "font", "table", "a", "style",
		"title", "b", "br", "p", "meta", "link", "article", "section", "main", "header", "span", "ul", "ol", "img"} {
		if strings.HasPrefix(s, "<"+tag) && len(s) > len(tag)+1 && strings.ContainsRune(" >/\t\n\r", rune(s[len(tag)+1])) {
			return true
		}
	}
	return false
}

// blockMarkup reports text laid out by HTML rather than by lines: at least
// two paragraph, line-break, division, heading, list-item or table-row
// tags. A page's source copied into a .txt has them; a text article that
// quotes markup (a story about a script injection, "<b>not</b>") does not,
// and is published as written, markup shown literally.
func blockMarkup(text string) bool {
	s := strings.ToLower(text)
	n := 0
	for i := strings.IndexByte(s, '<'); i >= 0 && n < 2; {
		rest := s[i+1:]
		for _, tag := range []string{"p", "br", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr"} {
			if strings.HasPrefix(rest, tag) && len(rest) > len(tag) && strings.ContainsRune(" >/\t\n\r", rune(rest[len(tag)])) {
				n++
				break
			}
		}
		j := strings.IndexByte(rest, '<')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return n >= 2
}

// isJSONFeed looks for the version field JSON Feed requires.
func isJSONFeed(s string) bool {
	return strings.Contains(strings.ReplaceAll(s, `\/`, "/"), "jsonfeed.org/version/")
}

// Package htmltext turns HTML into the paragraphs of an article: the text a
// reader sees, one string per block, with markup, scripts and styles gone
// and white space folded. Web pages (after extraction) and feed items go
// through the same code, so both read alike in the briefing.
package htmltext

import (
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Paragraphs returns the visible text under n, one string per paragraph.
// Block elements (p, div, headings, list items, table rows, ...) and line
// breaks end a paragraph; inline elements run on. Elements a reader never
// sees as text (script, style, forms, embedded media, anything marked
// hidden) are skipped. It never fails: any tree gives some list, possibly
// empty.
func Paragraphs(n *html.Node) []string {
	w := walker{}
	w.walk(n)
	w.flush()
	return w.out
}

// Fragment parses s, an HTML fragment such as a feed item's content, and
// returns its paragraphs. The parser repairs any markup as a browser
// would; it fails only on elements nested more than 512 deep.
func Fragment(s string) ([]string, error) {
	body := &html.Node{Type: html.ElementNode, Data: "body", DataAtom: atom.Body}
	nodes, err := html.ParseFragment(strings.NewReader(s), body)
	if err != nil {
		return nil, err
	}
	for _, c := range nodes {
		body.AppendChild(c)
	}
	return Paragraphs(body), nil
}

// Text splits plain text (a JSON Feed content_text, an Atom text content)
// into paragraphs at blank lines; the lines of a paragraph are joined.
func Text(s string) []string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	var out []string
	for _, block := range strings.Split(s, "\n\n") {
		if p := Clean(block); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// Clean folds every run of white space (new lines included) into one
// space, drops control and invisible formatting characters, and trims.
func Clean(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		switch {
		case isSpace(r):
			space = true
			continue
		case dropped(r):
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}

// SpaceMark is read as white space by Paragraphs and Clean. It is a
// Unicode noncharacter (reserved for a program's internal use, never
// text): a caller can put it where a space must survive code that trims
// white space, such as the article extractor.
const SpaceMark = '\uFDD0'

// isSpace reports white space, the no-break spaces included: in an
// article they are layout, not meaning.
func isSpace(r rune) bool {
	return unicode.IsSpace(r) || r == '\u00a0' || r == '\u2007' || r == '\u202f' || r == '\u2028' || r == '\u2029' || r == SpaceMark
}

// dropped reports characters that must not reach a page or a mail:
// control characters, the soft hyphen, zero-width spaces and marks, and
// the byte-order mark. Joiners stay, as emoji sequences need them.
func dropped(r rune) bool {
	switch {
	case r < 0x20, r == 0x7f, r >= 0x80 && r < 0xa0:
		return true
	case r == '\u00ad', r == '\u200b', r == '\u200e', r == '\u200f', r == '\u2060', r == '\ufeff':
		return true
	case r >= '\u202a' && r <= '\u202e', r >= '\u2066' && r <= '\u2069':
		// Bidirectional overrides can make text display other than it reads.
		return true
	case r == utf8RuneError:
		return true
	}
	return false
}

const utf8RuneError = '\uFFFD'

// skipped elements hold no article text. A figure's caption is left out
// too: the briefing carries no pictures, and a caption without its picture
// reads as a stray line.
var skipped = map[atom.Atom]bool{
	atom.Head: true, atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Iframe: true, atom.Object: true, atom.Embed: true, atom.Svg: true, atom.Math: true,
	atom.Canvas: true, atom.Audio: true, atom.Video: true, atom.Picture: true, atom.Map: true,
	atom.Select: true, atom.Button: true, atom.Input: true, atom.Textarea: true, atom.Option: true,
	atom.Datalist: true, atom.Meter: true, atom.Progress: true, atom.Dialog: true, atom.Title: true,
	atom.Figcaption: true,
}

// blocks end the paragraph before them and after them.
var blocks = map[atom.Atom]bool{
	atom.Address: true, atom.Article: true, atom.Aside: true, atom.Blockquote: true, atom.Body: true,
	atom.Caption: true, atom.Center: true, atom.Dd: true, atom.Details: true, atom.Div: true,
	atom.Dl: true, atom.Dt: true, atom.Fieldset: true, atom.Figcaption: true, atom.Figure: true,
	atom.Footer: true, atom.Form: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true,
	atom.H5: true, atom.H6: true, atom.Header: true, atom.Hgroup: true, atom.Hr: true, atom.Html: true,
	atom.Legend: true, atom.Li: true, atom.Main: true, atom.Menu: true, atom.Nav: true, atom.Ol: true,
	atom.P: true, atom.Pre: true, atom.Section: true, atom.Summary: true, atom.Table: true,
	atom.Tbody: true, atom.Thead: true, atom.Tfoot: true, atom.Tr: true, atom.Ul: true,
	atom.Br: true, atom.Frameset: true, atom.Noframes: true,
}

type walker struct {
	out  []string
	buf  strings.Builder
	cell bool // a table cell's text was written in the current row
}

// walk visits the tree without recursion: hostile pages nest elements
// hundreds of thousands deep, which must not exhaust the stack.
func (w *walker) walk(root *html.Node) {
	type frame struct {
		n     *html.Node
		leave bool
	}
	stack := []frame{{n: root}}
	for len(stack) > 0 {
		f := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		n := f.n
		if f.leave {
			w.leave(n)
			continue
		}
		switch n.Type {
		case html.TextNode:
			w.buf.WriteString(n.Data)
			continue
		case html.ElementNode:
			if skipped[tag(n)] || hidden(n) {
				continue
			}
			if tag(n) == atom.Pre {
				w.flush()
				w.pre(n)
				continue
			}
			w.enter(n)
			stack = append(stack, frame{n: n, leave: true})
		case html.DocumentNode:
		default: // comments, doctypes
			continue
		}
		// Children go on the stack last first, so the first is visited first.
		var kids []*html.Node
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			kids = append(kids, c)
		}
		for i := len(kids) - 1; i >= 0; i-- {
			stack = append(stack, frame{n: kids[i]})
		}
	}
}

func (w *walker) enter(n *html.Node) {
	switch {
	case tag(n) == atom.Td || tag(n) == atom.Th:
		// A cell of a data table runs on in its row; a layout cell
		// holding paragraphs is a block like any other.
		if hasBlock(n) {
			w.flush()
			w.cell = false
		} else if w.cell {
			w.buf.WriteString(" | ")
		}
	case blocks[tag(n)]:
		w.flush()
		if tag(n) == atom.Tr {
			w.cell = false
		}
	case tag(n) == atom.Img:
		// An image between two words stands for a word break.
		w.buf.WriteByte(' ')
	}
}

func (w *walker) leave(n *html.Node) {
	switch {
	case tag(n) == atom.Td || tag(n) == atom.Th:
		if hasBlock(n) {
			w.flush()
		} else {
			w.cell = true
		}
	case blocks[tag(n)]:
		w.flush()
		if tag(n) == atom.Tr {
			w.cell = false
		}
	}
}

// pre keeps the lines of preformatted text as paragraphs of their own,
// since a paragraph has no line breaks.
func (w *walker) pre(n *html.Node) {
	var text strings.Builder
	collect(n, &text)
	for _, line := range strings.Split(text.String(), "\n") {
		if p := Clean(line); p != "" {
			w.out = append(w.out, p)
		}
	}
}

// collect appends the text under n, skipping what walk skips; iterative
// for the same reason as walk.
func collect(root *html.Node, b *strings.Builder) {
	stack := []*html.Node{root}
	for len(stack) > 0 {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		switch n.Type {
		case html.TextNode:
			b.WriteString(n.Data)
			continue
		case html.ElementNode:
			if skipped[tag(n)] || hidden(n) {
				continue
			}
			if tag(n) == atom.Br {
				b.WriteByte('\n')
			}
		}
		var kids []*html.Node
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			kids = append(kids, c)
		}
		for i := len(kids) - 1; i >= 0; i-- {
			stack = append(stack, kids[i])
		}
	}
}

func (w *walker) flush() {
	if p := Clean(w.buf.String()); p != "" {
		w.out = append(w.out, p)
	}
	w.buf.Reset()
}

// IsBlock reports whether n is an element that starts a paragraph of its
// own (p, div, li, h1, br, ...) or holds no text at all (script, ...).
func IsBlock(n *html.Node) bool {
	t := tag(n)
	return n.Type == html.ElementNode && (blocks[t] || skipped[t] || t == atom.Td || t == atom.Th)
}

// hasBlock reports whether n has a block element among its children.
func hasBlock(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && blocks[tag(c)] && tag(c) != atom.Br {
			return true
		}
	}
	return false
}

// hidden reports elements the page itself keeps out of sight.
func hidden(n *html.Node) bool {
	for _, a := range n.Attr {
		switch strings.ToLower(a.Key) {
		case "hidden":
			return true
		case "aria-hidden":
			if strings.EqualFold(strings.TrimSpace(a.Val), "true") {
				return true
			}
		case "style":
			s := strings.ToLower(strings.Join(strings.Fields(a.Val), ""))
			if strings.Contains(s, "display:none") || strings.Contains(s, "visibility:hidden") {
				return true
			}
		}
	}
	return false
}

// tag is n's element, also for nodes built by code that set only Data
// (the extractor's output is such a tree).
func tag(n *html.Node) atom.Atom {
	if n.DataAtom != 0 {
		return n.DataAtom
	}
	return atom.Lookup([]byte(strings.ToLower(n.Data)))
}

package webpage

import (
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"briefing/generator/source/htmltext"
)

// prepare readies a parsed page for the extractor.
func prepare(doc *html.Node) {
	unwrapSpans(doc)
	wrapLooseText(doc)
	markSpaces(doc)
}

// containers may hold paragraphs as bare text between line breaks.
var containers = map[atom.Atom]bool{
	atom.Div: true, atom.Section: true, atom.Article: true, atom.Main: true, atom.Td: true, atom.Body: true,
}

// wrapLooseText puts text that sits directly in a container, between line
// breaks or beside other blocks, into <p> elements of its own. Many pages
// write an article as "<div>text<br><br>text</div>"; the extractor keeps
// paragraphs but loses a container's leading text, so the first sentence
// of such an article vanished.
func wrapLooseText(doc *html.Node) {
	var targets []*html.Node
	stack := []*html.Node{doc}
	for len(stack) > 0 {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if n.Type == html.ElementNode && containers[n.DataAtom] && hasLooseText(n) {
			targets = append(targets, n)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode {
				stack = append(stack, c)
			}
		}
	}
	for _, n := range targets {
		var run []*html.Node
		wrap := func(before *html.Node) {
			if hasText(run) {
				p := &html.Node{Type: html.ElementNode, Data: "p", DataAtom: atom.P}
				n.InsertBefore(p, before)
				for _, c := range run {
					n.RemoveChild(c)
					p.AppendChild(c)
				}
			}
			run = run[:0]
		}
		for c := n.FirstChild; c != nil; {
			next := c.NextSibling
			switch {
			case c.Type == html.ElementNode && (htmltext.IsBlock(c)):
				wrap(c)
			case c.Type == html.TextNode || c.Type == html.ElementNode:
				run = append(run, c)
			}
			c = next
		}
		wrap(nil)
	}
}

// hasLooseText reports a container with text of its own beside block
// children or line breaks.
func hasLooseText(n *html.Node) bool {
	text, block := false, false
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode && strings.TrimSpace(c.Data) != "":
			text = true
		case c.Type == html.ElementNode && htmltext.IsBlock(c):
			block = true
		}
	}
	return text && block
}

func hasText(nodes []*html.Node) bool {
	for _, n := range nodes {
		if strings.TrimSpace(textOf(n)) != "" {
			return true
		}
	}
	return false
}

// unwrapSpans replaces every <span> inside a paragraph by its children.
// Such spans are formatting, yet the extractor's precision rules drop a
// span whose class merely contains "link" or "bottom", which cuts inline
// links out of the middle of sentences ("reported that for his role").
func unwrapSpans(doc *html.Node) {
	var spans []*html.Node
	type frame struct {
		n   *html.Node
		inP bool
	}
	stack := []frame{{n: doc}}
	for len(stack) > 0 {
		f := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		inP := f.inP
		if f.n.Type == html.ElementNode {
			switch f.n.DataAtom {
			case atom.P:
				inP = true
			case atom.Span:
				if inP {
					spans = append(spans, f.n)
				}
			}
		}
		for c := f.n.FirstChild; c != nil; c = c.NextSibling {
			stack = append(stack, frame{c, inP})
		}
	}
	for _, s := range spans {
		parent := s.Parent
		if parent == nil {
			continue
		}
		for c := s.FirstChild; c != nil; {
			next := c.NextSibling
			s.RemoveChild(c)
			parent.InsertBefore(c, s)
			c = next
		}
		parent.RemoveChild(s)
	}
}

// markSpaces protects the white space between words that sit in
// different elements. The extractor trims every text node, so "everyone
// <strong>will</strong> appreciate" came out as "everyonewillappreciate";
// its own plain-text output puts a space at every element edge instead,
// which reads "( Reuters )". A space at the edge of a text node (or a
// blank text node between two inline elements) becomes SpaceMark, which
// trimming keeps and htmltext reads as a space.
func markSpaces(doc *html.Node) {
	mark := string(htmltext.SpaceMark)
	stack := []*html.Node{doc}
	for len(stack) > 0 {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if n.Type == html.TextNode {
			if strings.TrimSpace(n.Data) == "" {
				if inline(n.PrevSibling) && inline(n.NextSibling) && n.Data != "" {
					n.Data = mark
				}
				continue
			}
			if t := strings.TrimLeftFunc(n.Data, unicode.IsSpace); len(t) < len(n.Data) {
				n.Data = mark + t
			}
			if t := strings.TrimRightFunc(n.Data, unicode.IsSpace); len(t) < len(n.Data) {
				n.Data = t + mark
			}
			continue
		}
		if n.Type == html.ElementNode && (n.DataAtom == atom.Script || n.DataAtom == atom.Style || n.DataAtom == atom.Pre || n.DataAtom == atom.Textarea) {
			continue
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			stack = append(stack, c)
		}
	}
}

// inline reports a node that runs on in the text: text or an inline element.
func inline(n *html.Node) bool {
	if n == nil {
		return false
	}
	switch n.Type {
	case html.TextNode:
		return true
	case html.ElementNode:
		return !htmltext.IsBlock(n)
	}
	return false
}

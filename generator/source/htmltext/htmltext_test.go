package htmltext

import (
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

func TestFragment(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"paragraphs", "<p>One.</p><p>Two.</p>", []string{"One.", "Two."}},
		{"inline runs on", "<p>A <b>bold</b> and <a href=x>linked</a> word.</p>", []string{"A bold and linked word."}},
		{"white space folded", "<p>  A\n\t  spaced \u00a0 line  </p>", []string{"A spaced line"}},
		{"entities decoded", "<p>Fish &amp; chips &lt;3 &#8364;5 &nbsp;now</p>", []string{"Fish & chips <3 €5 now"}},
		{"line break splits", "First line<br>Second line<br/><br>Third", []string{"First line", "Second line", "Third"}},
		{"headings and lists", "<h2>Key facts</h2><ul><li>one</li><li>two</li></ul>", []string{"Key facts", "one", "two"}},
		{"bare text between blocks", "Lead text<div>Inner</div>Tail text", []string{"Lead text", "Inner", "Tail text"}},
		{"scripts, styles and forms skipped", "<p>Text</p><script>alert(1)</script><style>p{}</style><form><input value=x><button>Go</button></form><noscript>Enable JS</noscript>", []string{"Text"}},
		{"hidden elements skipped", `<p>Seen</p><p hidden>Unseen</p><div style="display: none">Gone</div><span aria-hidden="true">icon</span>`, []string{"Seen"}},
		{"data table rows", "<table><tr><th>Team</th><th>Points</th></tr><tr><td>Reds</td><td>12</td></tr></table>", []string{"Team | Points", "Reds | 12"}},
		{"layout table cells", "<table><tr><td><p>Left column.</p></td><td><p>Right column.</p></td></tr></table>", []string{"Left column.", "Right column."}},
		{"preformatted lines kept", "<pre>line one\n  line two\n\nline three</pre>", []string{"line one", "line two", "line three"}},
		{"captions dropped with their pictures", "<p>Text.</p><figure><img src=x><figcaption>A caption</figcaption></figure>", []string{"Text."}},
		{"image between words", "word<img src=x>word", []string{"word word"}},
		{"controls and invisibles dropped", "<p>a\u200bb\u00adc\u0007d\u202ee\ufeff</p>", []string{"abcde"}},
		{"space mark is a space", "<p>every\ufdd0<b>one</b>\ufdd0will</p>", []string{"every one will"}},
		{"comments dropped", "<p>a<!-- hidden -->b</p>", []string{"ab"}},
		{"empty", "", nil},
		{"only markup", "<div><span></span><p> </p></div>", nil},
		{"plain text", "No markup at all", []string{"No markup at all"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Fragment(tt.in)
			if err != nil {
				t.Fatal(err)
			}
			if strings.Join(got, "\x00") != strings.Join(tt.want, "\x00") || len(got) != len(tt.want) {
				t.Errorf("Fragment(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestText(t *testing.T) {
	got := Text("First line\nof the first.\r\n\r\nSecond\r\rThird\n\n\n")
	want := []string{"First line of the first.", "Second", "Third"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("Text = %q, want %q", got, want)
	}
}

func TestDeepNesting(t *testing.T) {
	// The parser refuses more than 512 open elements; up to there the
	// walk must cope, and beyond it the error must come back.
	s := strings.Repeat("<div>", 500) + "deep" + strings.Repeat("</div>", 500)
	if got, err := Fragment(s); err != nil || len(got) != 1 || got[0] != "deep" {
		t.Errorf("500 levels: got %d paragraphs, err %v", len(got), err)
	}
	s = strings.Repeat("<div>", 100000) + "deep"
	if got, err := Fragment(s); err == nil {
		t.Errorf("100000 levels: got %d paragraphs and no error", len(got))
	}
}

func TestParagraphsOfDeepTree(t *testing.T) {
	// A tree built by code has no parser limit: the walk must not recurse.
	root := &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div}
	n := root
	for i := 0; i < 200_000; i++ {
		c := &html.Node{Type: html.ElementNode, Data: "span", DataAtom: atom.Span}
		n.AppendChild(c)
		n = c
	}
	n.AppendChild(&html.Node{Type: html.TextNode, Data: "deep"})
	if got := Paragraphs(root); len(got) != 1 || got[0] != "deep" {
		t.Errorf("got %d paragraphs", len(got))
	}
}

func FuzzFragment(f *testing.F) {
	for _, s := range []string{
		"<p>One.</p><p>Two.</p>",
		"<table><tr><td>a<td><p>b</table>",
		"<pre>x\ny</pre><br><br>",
		"<svg><p>x</svg><math><p>y",
		"<template><p>t</template><select><option>o",
		"\x00\xff<p>\ufdd0</p>",
		"<div style='display:none'>x</div><p hidden>y",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		ps, _ := Fragment(s)
		for _, p := range ps {
			if p == "" || p != strings.TrimSpace(p) || strings.Contains(p, "  ") || strings.ContainsAny(p, "\n\t\r\x00") {
				t.Fatalf("paragraph %q is not clean text", p)
			}
			if !utf8.ValidString(p) {
				t.Fatalf("paragraph %q is not UTF-8", p)
			}
		}
	})
}

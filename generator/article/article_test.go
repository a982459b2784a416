package article_test

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"briefing/generator/article"
)

func TestParse(t *testing.T) {
	tests := []struct {
		name     string
		file     string
		in       string
		headline string
		paras    []string
		encoding string
		fields   map[string]any
	}{
		{name: "plain", file: "a.txt", in: "Headline here\n\nFirst para.\n\nSecond para.\n",
			headline: "Headline here", paras: []string{"First para.", "Second para."}},
		{name: "leading blank lines and wrapped paragraph", file: "a.txt", in: "\n\n  Headline  \n\nline one\nline two\n\n\n\nlast",
			headline: "Headline", paras: []string{"line one line two", "last"}},
		{name: "no blank line after headline", file: "a.txt", in: "Headline\nBody starts here.\n\nMore.",
			headline: "Headline", paras: []string{"Body starts here.", "More."}},
		{name: "crlf", file: "a.txt", in: "Head\r\n\r\nOne\r\ntwo\r\n\r\nThree\r\n",
			headline: "Head", paras: []string{"One two", "Three"}},
		{name: "old mac cr", file: "a.txt", in: "Head\r\rOne\r\rTwo",
			headline: "Head", paras: []string{"One", "Two"}},
		{name: "utf-8 bom", file: "a.txt", in: "\xEF\xBB\xBFHead\n\nBody",
			headline: "Head", paras: []string{"Body"}},
		{name: "latin-1 pound sign", file: "a.txt", in: "Price \xa3600m\n\nIt cost \xa3600m.",
			headline: "Price £600m", paras: []string{"It cost £600m."}, encoding: "windows-1252"},
		{name: "windows-1252 quotes", file: "a.txt", in: "\x93Quoted\x94 head\n\nBody",
			headline: "“Quoted” head", paras: []string{"Body"}, encoding: "windows-1252"},
		{name: "utf-16le bom", file: "a.txt", in: utf16le("Head\r\n\r\nBödy"),
			headline: "Head", paras: []string{"Bödy"}, encoding: "utf-16le"},
		{name: "utf-16be bom", file: "a.txt", in: utf16be("Head\n\nBody"),
			headline: "Head", paras: []string{"Body"}, encoding: "utf-16be"},
		{name: "tabs and nbsp collapse", file: "a.txt", in: "Head\t\u00a0line\n\nA\t\tB",
			headline: "Head line", paras: []string{"A B"}},
		{name: "stray control characters dropped", file: "a.txt", in: "Head\x1b\n\nBo\x07dy",
			headline: "Head", paras: []string{"Body"}},
		{name: "yaml front matter title wins", file: "a.md", in: "---\ntitle: From FM\nsummary: Mine\n---\nBody one.\n\nBody two.",
			headline: "From FM", paras: []string{"Body one.", "Body two."}, fields: map[string]any{"title": "From FM", "summary": "Mine"}},
		{name: "toml front matter", file: "a.md", in: "+++\nsummary = \"S\"\n+++\nHead\n\nBody",
			headline: "Head", paras: []string{"Body"}, fields: map[string]any{"summary": "S"}},
		{name: "json front matter", file: "a.md", in: "{\n  \"summary\": \"S\"\n}\n\nHead\n\nBody",
			headline: "Head", paras: []string{"Body"}, fields: map[string]any{"summary": "S"}},
		{name: "md without front matter", file: "a.md", in: "# Head\n\nBody",
			headline: "# Head", paras: []string{"Body"}},
		{name: "txt never reads front matter", file: "a.txt", in: "---\ntitle: x\n---\nBody",
			headline: "---", paras: []string{"title: x --- Body"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := article.Parse(tt.file, []byte(tt.in), article.Options{})
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			if a.Headline != tt.headline {
				t.Errorf("headline = %q, want %q", a.Headline, tt.headline)
			}
			if strings.Join(a.Paragraphs, "|") != strings.Join(tt.paras, "|") {
				t.Errorf("paragraphs = %q, want %q", a.Paragraphs, tt.paras)
			}
			if a.Encoding != tt.encoding {
				t.Errorf("encoding = %q, want %q", a.Encoding, tt.encoding)
			}
			for k, v := range tt.fields {
				if fmt.Sprint(a.Fields[k]) != fmt.Sprint(v) {
					t.Errorf("field %s = %v, want %v", k, a.Fields[k], v)
				}
			}
		})
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name, file, in string
		opt            article.Options
		want           string // the whole "file[:line]: what" prefix
	}{
		{name: "empty", file: "e.txt", in: "", want: "e.txt: file is empty"},
		{name: "whitespace only", file: "e.txt", in: " \n\t\n  \r\n", want: "e.txt: file is empty"},
		{name: "headline only", file: "h.txt", in: "Just a headline\n\n", want: "h.txt:1: headline has no body"},
		{name: "nul bytes", file: "b.txt", in: "Head\n\nbo\x00dy", want: "b.txt:3: file is binary"},
		{name: "binary junk", file: "b.txt", in: "\x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f\x10\x11\x12\x13\x14\x15\x16\x17\x18\x19\x1a\x1b\x1c\x1d\x1e\x1f\x01\x02\x03\x04\x05\x06\x07\x08 abc", want: "b.txt:1: file looks binary"},
		{name: "too big", file: "big.txt", in: "Head\n\n" + strings.Repeat("word ", 100), opt: article.Options{MaxBytes: 100}, want: "big.txt: file is 506 bytes, over the limit of 100"},
		{name: "malformed yaml", file: "m.md", in: "---\ntitle: ok\nsummary: [unclosed\n---\nBody", want: "m.md:"},
		{name: "unclosed front matter", file: "m.md", in: "---\ntitle: ok\nBody without end", want: "m.md:"},
		{name: "title not text", file: "m.md", in: "---\ntitle: [1, 2]\n---\nBody", want: "m.md:2: front matter field \"title\" must be text"},
		{name: "giant front matter title", file: "t.md", in: "---\nsummary: s\ntitle: \"" + strings.Repeat("word ", 61) + "\"\n---\nBody", want: "t.md:3: front matter title is 304 characters, over the limit of 300"},
		{name: "one giant line", file: "g.txt", in: strings.Repeat("word ", 100) + "\n\nBody", want: "g.txt:1: the first line is too long for a headline"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := article.Parse(tt.file, []byte(tt.in), tt.opt)
			if err == nil {
				t.Fatal("Parse succeeded, want an error")
			}
			var ae *article.Error
			if !errors.As(err, &ae) {
				t.Fatalf("error %T is not *article.Error", err)
			}
			if !strings.HasPrefix(err.Error(), tt.want) {
				t.Errorf("error = %q, want prefix %q", err, tt.want)
			}
			if ae.Hint == "" {
				t.Errorf("error %q says nothing about how to fix it", err)
			}
		})
	}
}

func TestMalformedFrontMatterLine(t *testing.T) {
	in := "---\ntitle: ok\nsummary: fine\ntags: [a, b\nmore: x\n---\nBody"
	_, err := article.Parse("m.md", []byte(in), article.Options{})
	if err == nil {
		t.Fatal("want error")
	}
	var ae *article.Error
	errors.As(err, &ae)
	if ae.Line < 4 || ae.Line > 6 {
		t.Errorf("line = %d, want the line of the broken value (4-6): %v", ae.Line, err)
	}
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{
		"Head\n\nBody", "", "\xff\xfe\x00", "---\ntitle: x\n---\nb", "+++\na=1\n+++\n", "{\"a\":1}\n\nH\n\nB",
		"H\r\n\r\nB\r", "\xEF\xBB\xBFH\n\nB", "H\n\n<script>alert(1)</script>", "{{< x >}}\n\n{{ .Site }}",
	} {
		f.Add("a.md", []byte(s))
		f.Add("a.txt", []byte(s))
	}
	f.Fuzz(func(t *testing.T, name string, data []byte) {
		a, err := article.Parse(name, data, article.Options{})
		if err != nil {
			if !strings.HasPrefix(err.Error(), name) {
				t.Fatalf("error %q does not name the file %q", err, name)
			}
			return
		}
		if a.Headline == "" || len(a.Paragraphs) == 0 {
			t.Fatalf("accepted an article with no headline or body: %+v", a)
		}
		for _, s := range append([]string{a.Headline}, a.Paragraphs...) {
			if !utf8.ValidString(s) || strings.ContainsAny(s, "\x00\r\n") {
				t.Fatalf("unnormalised text %q", s)
			}
		}
	})
}

func utf16le(s string) string {
	b := []byte{0xFF, 0xFE}
	for _, r := range s {
		b = append(b, byte(r), byte(r>>8))
	}
	return string(b)
}

func utf16be(s string) string {
	b := []byte{0xFE, 0xFF}
	for _, r := range s {
		b = append(b, byte(r>>8), byte(r))
	}
	return string(b)
}

func TestFrontMatterFields(t *testing.T) {
	tests := []struct {
		name, in string
		want     string // error prefix, or "" for success
		check    func(t *testing.T, a *article.Article)
	}{
		{name: "url refused", in: "---\nurl: /../../x\n---\nH\n\nB", want: `a.md:2: front matter field "url" is not allowed`},
		{name: "aliases refused", in: "---\naliases: [/x]\n---\nH\n\nB", want: `a.md:2: front matter field "aliases" is not allowed`},
		{name: "outputs refused, any case", in: "---\nOutputs: [html]\n---\nH\n\nB", want: `a.md:2: front matter field "Outputs" is not allowed`},
		{name: "impossible date", in: "---\ndate: 2024-02-30\n---\nH\n\nB", want: "a.md:2: front matter date 2024-02-30 is not a real date"},
		{name: "tags not a list", in: "---\ntags: economy\n---\nH\n\nB", want: `a.md:2: front matter field "tags" must be a list of text`},
		{name: "quotes not records", in: "---\nquotes: [\"x\"]\n---\nH\n\nB", want: `a.md:2: front matter field "quotes" item 1 is not a record - write it as quotes: [{ text: `},
		{name: "quotes not a list", in: "---\ntitle: T\nquotes: a quote\n---\nH\n\nB", want: `a.md:3: front matter field "quotes" must be a list of records - write it as`},
		{name: "quote with another field", in: "---\nquotes:\n  - text: We act\n    who: The minister\n---\nH\n\nB", want: `a.md:2: front matter field "quotes" item 1 has the field who; a record has only text and speaker`},
		{name: "quote without text", in: "---\nquotes: [{ speaker: Me }]\n---\nH\n\nB", want: `a.md:2: front matter field "quotes" item 1 has no text`},
		{name: "figure with a list value", in: "---\nfigures: [{ value: [1] }]\n---\nH\n\nB", want: `a.md:2: front matter field "figures" item 1: value must be text`},
		{name: "weight not a number", in: "---\nweight: first\n---\nH\n\nB", want: `a.md:2: front matter field "weight" must be a whole number`},
		{name: "order not a number", in: "---\ntitle: T\norder: 1.5\n---\nH\n\nB", want: `a.md:3: front matter field "order" must be a whole number`},
		{name: "lead not a flag", in: "---\nlead: \"yes\"\n---\nH\n\nB", want: `a.md:2: front matter field "lead" must be true or false - write lead: true`},
		{name: "keep not a flag", in: "---\nkeep: 1\n---\nH\n\nB", want: `a.md:2: front matter field "keep" must be true or false`},
		{name: "section not text", in: "---\nsection: [Sport]\n---\nH\n\nB", want: `a.md:2: front matter field "section" must be text`},
		{name: "the editor's composition fields", in: "---\nSection: Sport\nLead: true\nkeep: false\nweight: 0\norder: -3\n---\nH\n\nB", check: func(t *testing.T, a *article.Article) {
			if a.Fields["section"] != "Sport" || a.Fields["lead"] != true || a.Fields["keep"] != false || a.Fields["weight"] != 0 || a.Fields["order"] != -3 {
				t.Errorf("fields = %#v", a.Fields)
			}
		}},
		{name: "json weight", in: "{\n  \"weight\": 0\n}\n\nH\n\nB", check: func(t *testing.T, a *article.Article) {
			if a.Fields["weight"] != 0 {
				t.Errorf("weight = %#v", a.Fields["weight"])
			}
		}},
		{name: "date as time", in: "---\ndate: 2024-02-03\nTags: [a, b]\n---\nH\n\nB", check: func(t *testing.T, a *article.Article) {
			if a.Fields["date"] != "2024-02-03" || fmt.Sprint(a.Fields["tags"]) != "[a b]" {
				t.Errorf("fields = %v", a.Fields)
			}
		}},
		{name: "quotes and figures as the hint says", in: "---\nquotes: [{ text: \"We will act\", speaker: \"The minister\" }]\nfigures: [{ value: \"3%\", measure: \"rise in prices\" }, { value: 40, Measure: people }]\n---\nH\n\nB", check: func(t *testing.T, a *article.Article) {
			if fmt.Sprint(a.Fields["quotes"]) != "[map[speaker:The minister text:We will act]]" || fmt.Sprint(a.Fields["figures"]) != "[map[measure:rise in prices value:3%] map[measure:people value:40]]" {
				t.Errorf("quotes = %v, figures = %v", a.Fields["quotes"], a.Fields["figures"])
			}
		}},
		{name: "quotes as a yaml block", in: "---\nquotes:\n  - text: We will act\n    speaker: The minister\n  - text: No comment\n---\nH\n\nB", check: func(t *testing.T, a *article.Article) {
			if fmt.Sprint(a.Fields["quotes"]) != "[map[speaker:The minister text:We will act] map[text:No comment]]" {
				t.Errorf("quotes = %v", a.Fields["quotes"])
			}
		}},
		{name: "quotes in toml", in: "+++\n[[quotes]]\ntext = \"We will act\"\nspeaker = \"The minister\"\n+++\nH\n\nB", check: func(t *testing.T, a *article.Article) {
			if fmt.Sprint(a.Fields["quotes"]) != "[map[speaker:The minister text:We will act]]" {
				t.Errorf("quotes = %v", a.Fields["quotes"])
			}
		}},
		{name: "figures in json", in: "{\n  \"figures\": [{\"value\": \"£5bn\", \"measure\": \"cost\"}]\n}\n\nH\n\nB", check: func(t *testing.T, a *article.Article) {
			if fmt.Sprint(a.Fields["figures"]) != "[map[measure:cost value:£5bn]]" {
				t.Errorf("figures = %v", a.Fields["figures"])
			}
		}},
		{name: "long title within the limit", in: "---\ntitle: \"" + strings.Repeat("x", 300) + "\"\n---\nB", check: func(t *testing.T, a *article.Article) {
			if len(a.Headline) != 300 {
				t.Errorf("headline = %d characters", len(a.Headline))
			}
		}},
		{name: "toml date", in: "+++\ndate = 2024-02-03T10:00:00Z\n+++\nH\n\nB", check: func(t *testing.T, a *article.Article) {
			if a.Fields["date"] != "2024-02-03" {
				t.Errorf("date = %v", a.Fields["date"])
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := article.Parse("a.md", []byte(tt.in), article.Options{})
			if tt.want != "" {
				if err == nil || !strings.HasPrefix(err.Error(), tt.want) {
					t.Fatalf("error = %v, want prefix %q", err, tt.want)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			tt.check(t, a)
		})
	}
}

func TestParseNote(t *testing.T) {
	tests := []struct {
		name, file, in string
		want           string // error prefix, or "" for success
		title          string
		paras          []string
	}{
		{name: "text", file: "_index.txt", in: "Good morning.\nA busy day.\n\n<b>Second</b> {{< x >}}\n", paras: []string{"Good morning. A busy day.", "<b>Second</b> {{< x >}}"}},
		{name: "title and note", file: "_index.md", in: "\n---\ntitle: \"Budget   day\"\n---\nThe Chancellor speaks at noon.\n", title: "Budget day", paras: []string{"The Chancellor speaks at noon."}},
		{name: "title only", file: "_index.md", in: "---\ntitle: Budget day\n---\n", title: "Budget day"},
		{name: "markdown without front matter", file: "_index.md", in: "# Not a heading\n\n* nor a list\n", paras: []string{"# Not a heading", "* nor a list"}},
		{name: "empty", file: "_index.txt", in: ""},
		{name: "an article field", file: "_index.md", in: "\n---\ntitle: T\nlead: true\n---\nNote.\n", want: `_index.md:4: front matter field "lead" is not used in an issue's note - `},
		{name: "a reserved field", file: "_index.md", in: "---\nurl: /x\n---\nNote.\n", want: `_index.md:2: front matter field "url" is not allowed`},
		{name: "title not text", file: "_index.md", in: "---\ntitle: [a]\n---\nNote.\n", want: `_index.md:2: front matter field "title" must be text`},
		{name: "binary", file: "_index.txt", in: "GIF89a\x00\x01", want: "_index.txt:1: file is binary"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n, err := article.ParseNote(tt.file, []byte(tt.in), article.Options{})
			if tt.want != "" {
				if err == nil || !strings.HasPrefix(err.Error(), tt.want) {
					t.Fatalf("error = %v, want prefix %q", err, tt.want)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if n.Title != tt.title || fmt.Sprint(n.Paragraphs) != fmt.Sprint(tt.paras) {
				t.Errorf("note = %q %q, want %q %q", n.Title, n.Paragraphs, tt.title, tt.paras)
			}
		})
	}
	if !article.IsNote("inbox/2024-01-02/_Index.MD") || article.IsNote("inbox/2024-01-02/index.md") {
		t.Error("IsNote")
	}
}

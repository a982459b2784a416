package webpage

import (
	"errors"
	"os"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

func TestParseSavedPage(t *testing.T) {
	data, err := os.ReadFile("testdata/saved.html")
	if err != nil {
		t.Fatal(err)
	}
	p, err := Parse("saved.html", data, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if want := "Harbour bridge reopens after two years of repairs"; p.Headline != want {
		t.Errorf("headline %q, want %q", p.Headline, want)
	}
	if p.Byline != "Jane Porter" {
		t.Errorf("byline %q", p.Byline)
	}
	if want := time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC); !p.Date.Equal(want) {
		t.Errorf("date %v, want %v", p.Date, want)
	}
	if want := "https://news.example.com/2024/03/01/harbour-bridge-reopens-after-repairs"; p.URL != want {
		t.Errorf("URL %q, want the canonical %q", p.URL, want)
	}
	if p.Site != "The Example Gazette" {
		t.Errorf("site %q", p.Site)
	}
	if len(p.Paragraphs) != 5 {
		t.Fatalf("%d paragraphs, want 5:\n%s", len(p.Paragraphs), strings.Join(p.Paragraphs, "\n"))
	}
	if !strings.HasPrefix(p.Paragraphs[0], "The harbour bridge reopened") || !strings.HasPrefix(p.Paragraphs[4], "Engineers will inspect") {
		t.Errorf("paragraphs out of order or cut:\n%s", strings.Join(p.Paragraphs, "\n"))
	}
	if !strings.Contains(p.Paragraphs[1], "added up to 25 minutes to journeys") {
		t.Errorf("inline markup lost its spaces: %q", p.Paragraphs[1])
	}
	body := strings.Join(p.Paragraphs, "\n")
	for _, junk := range []string{"cookies", "Subscribe", "Home", "Advertisement", "Related stories", "Ferry operator",
		"Comments", "commute", "All rights reserved", "Privacy policy", "dataLayer", "Transport correspondent"} {
		if strings.Contains(body, junk) {
			t.Errorf("body has page furniture %q:\n%s", junk, body)
		}
	}
}

// article builds a small page whose body is long enough to be an article.
func article(head, title string, paras ...string) string {
	var b strings.Builder
	b.WriteString("<!DOCTYPE html><html><head>" + head + "<title>" + title + "</title></head><body><article><h1>" + title + "</h1>")
	for _, p := range paras {
		b.WriteString("<p>" + p + "</p>")
	}
	b.WriteString("</article></body></html>")
	return b.String()
}

var body = []string{
	"Ministers agreed on Tuesday to spend an extra two billion on rural bus routes over the next five years, after months of talks with regional councils.",
	"The money will restore about three hundred routes cut since 2010 and pay for new electric buses in the towns that lost them first, officials said.",
	"Council leaders welcomed the deal but said it would not cover the rising cost of drivers' wages, which has doubled in some areas since the pandemic.",
}

func TestParseEncodings(t *testing.T) {
	cyr := []string{
		"Министры во вторник договорились выделить ещё два миллиарда на сельские автобусные маршруты в течение следующих пяти лет.",
		"Деньги позволят восстановить около трёхсот маршрутов и купить новые электрические автобусы для городов, которые потеряли их первыми.",
		"Руководители советов приветствовали соглашение, но сказали, что оно не покроет рост зарплат водителей.",
	}
	cp1251, _ := charmap.Windows1251.NewEncoder().String(article(`<meta charset="windows-1251">`, "Автобусы возвращаются", cyr...))
	latin, _ := charmap.ISO8859_1.NewEncoder().String(article("", "Café owners welcome bus deal", body...))
	utf16, _ := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().String(article("", "Buses return", body...))
	tests := []struct {
		name        string
		data        string
		contentType string
		headline    string
		first       string
		encoding    string
	}{
		{"UTF-8", article(`<meta charset="utf-8">`, "Buses return", body...), "", "Buses return", body[0], ""},
		{"UTF-8 saved with its old charset declaration", article(`<meta charset="iso-8859-1">`, "Café owners welcome bus deal", body...), "", "Café owners welcome bus deal", body[0], ""},
		{"Windows-1251 declared in the page", cp1251, "", "Автобусы возвращаются", cyr[0], "windows-1251"},
		{"Latin-1 declared by the server", latin, "text/html; charset=ISO-8859-1", "Café owners welcome bus deal", body[0], "windows-1252"},
		{"Latin-1 declared nowhere", latin, "", "Café owners welcome bus deal", body[0], "windows-1252"},
		{"UTF-16 with a byte-order mark", utf16, "", "Buses return", body[0], "utf-16le"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := Parse("page.html", []byte(tt.data), Options{ContentType: tt.contentType})
			if err != nil {
				t.Fatal(err)
			}
			if p.Headline != tt.headline || len(p.Paragraphs) == 0 || p.Paragraphs[0] != tt.first || p.Encoding != tt.encoding {
				t.Errorf("got headline %q, first paragraph %q, encoding %q", p.Headline, p.Paragraphs, p.Encoding)
			}
		})
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name string
		data string
		want string
	}{
		{"binary", "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary content"},
		{"empty", "", "no article text"},
		{"navigation only", `<html><body><nav><a href="/">Home</a> <a href="/news">News</a></nav><footer>© 2024</footer></body></html>`, "no article text"},
		{"nested beyond the parser's limit", strings.Repeat("<div>", 100000) + "x", "cannot read the HTML (open stack of elements exceeds 512 nodes)"},
		{"malformed and nearly empty", `<html><body><p>Breaking: <b><i>more soon</p></b><div <<>> </table>`, "no article text"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse("inbox/2024-03-01/page.html", []byte(tt.data), Options{})
			var perr *Error
			if !errors.As(err, &perr) {
				t.Fatalf("err = %v, want an *Error", err)
			}
			if !strings.Contains(err.Error(), tt.want) || !strings.HasPrefix(err.Error(), "inbox/2024-03-01/page.html: ") || perr.Hint == "" {
				t.Errorf("err = %q, want one naming the file, saying %q, with a hint", err, tt.want)
			}
		})
	}
}

func TestParseMalformedButReadable(t *testing.T) {
	// Unclosed tags and stray markup: the HTML5 parser repairs them as a
	// browser would, and the article survives.
	page := `<html><head><title>Buses return</title><body><div class=story><h1>Buses return</h1><p>` + body[0] + `<p>` + body[1] + `<b>` + `<p>` + body[2] + `</i></span></table>`
	p, err := Parse("page.html", []byte(page), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(p.Paragraphs, " "); !strings.Contains(got, "rural bus routes") || !strings.Contains(got, "drivers' wages") {
		t.Errorf("paragraphs %q", p.Paragraphs)
	}
}

func TestURL(t *testing.T) {
	tests := []struct {
		name, head, pageURL, want string
	}{
		{"canonical wins", `<link rel="canonical" href="https://a.example/story"><meta property="og:url" content="https://b.example/x">`, "https://c.example/y", "https://a.example/story"},
		{"og:url next", `<meta property="og:url" content="https://b.example/x">`, "", "https://b.example/x"},
		{"relative canonical resolved against the fetched address", `<link rel="canonical" href="/story?id=1">`, "https://c.example/y/z", "https://c.example/story?id=1"},
		{"relative canonical in a saved page is no address", `<link rel="canonical" href="/story">`, "", ""},
		{"local file is no address", `<link rel="canonical" href="file:///home/ed/page.html">`, "", ""},
		{"fetched address when the page names none", ``, "https://c.example/y", "https://c.example/y"},
		{"saved-from comment when the page names none", `<!-- saved from url=(0031)https://d.example/story?id=7 -->`, "", "https://d.example/story?id=7"},
		{"fragment dropped", `<link rel="canonical" href="https://a.example/story#comments">`, "", "https://a.example/story"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := Parse("page.html", []byte(article(tt.head, "Buses return", body...)), Options{URL: tt.pageURL})
			if err != nil {
				t.Fatal(err)
			}
			if p.URL != tt.want {
				t.Errorf("URL %q, want %q", p.URL, tt.want)
			}
		})
	}
}

func TestHeadline(t *testing.T) {
	tests := []struct {
		name  string
		head  string
		h1    string
		title string
		want  string
	}{
		{"og:title without the site", `<meta property="og:title" content="Bus deal agreed | The Gazette"><meta property="og:site_name" content="The Gazette">`, "", "", "Bus deal agreed"},
		{"site first", `<meta property="og:title" content="The Gazette - Bus deal agreed"><meta property="og:site_name" content="The Gazette">`, "", "", "Bus deal agreed"},
		{"host name as site", `<meta property="og:title" content="Bus deal agreed – Gazette.co.uk"><link rel="canonical" href="https://www.gazette.co.uk/a">`, "", "", "Bus deal agreed"},
		{"short pipe tail", ``, "", "Bus deal agreed by ministers | Politics", "Bus deal agreed by ministers"},
		{"dash inside a headline kept", `<meta property="og:title" content="Buses - and trains - return">`, "", "", "Buses - and trains - return"},
		{"h1 when no og:title", ``, "Ministers agree bus deal", "Home | Gazette", "Ministers agree bus deal"},
		{"title matches h1 plus section", ``, "Bus deal agreed", "Bus deal agreed - Politics - Gazette", "Bus deal agreed"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b strings.Builder
			b.WriteString("<html><head>" + tt.head + "<title>" + tt.title + "</title></head><body><article>")
			if tt.h1 != "" {
				b.WriteString("<h1>" + tt.h1 + "</h1>")
			}
			for _, p := range body {
				b.WriteString("<p>" + p + "</p>")
			}
			b.WriteString("</article></body></html>")
			p, err := Parse("page.html", []byte(b.String()), Options{})
			if err != nil {
				t.Fatal(err)
			}
			if p.Headline != tt.want {
				t.Errorf("headline %q, want %q", p.Headline, tt.want)
			}
		})
	}
}

func TestTidy(t *testing.T) {
	tests := []struct {
		name     string
		in       []string
		headline string
		byline   string
		want     []string
	}{
		{"headline repeated", []string{"Bus deal agreed", "Ministers agreed."}, "Bus deal agreed", "", []string{"Ministers agreed."}},
		{"byline line", []string{"By Reuters", "Ministers agreed."}, "X", "", []string{"Ministers agreed."}},
		{"byline as found", []string{"Jane Porter", "Ministers agreed."}, "X", "Jane Porter", []string{"Ministers agreed."}},
		{"sentence starting with By kept", []string{"By Tuesday, ministers had agreed."}, "X", "", []string{"By Tuesday, ministers had agreed."}},
		{"late repeat kept", []string{"a.", "b.", "c.", "Bus deal agreed"}, "Bus deal agreed", "", []string{"a.", "b.", "c.", "Bus deal agreed"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := tidy(append([]string(nil), tt.in...), tt.headline, tt.byline)
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("tidy = %q, want %q", got, tt.want)
			}
		})
	}
}

func BenchmarkParse(b *testing.B) {
	data, err := os.ReadFile("testdata/saved.html")
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := Parse("saved.html", data, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

func FuzzParse(f *testing.F) {
	data, err := os.ReadFile("testdata/saved.html")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(data)
	f.Add([]byte(article(`<meta charset="koi8-r">`, "T", body...)))
	f.Add([]byte("<table><tr><td>a<td><p>b</table><pre>x\ny</pre><br><br>"))
	f.Add([]byte("\xff\xfe<\x00p\x00>\x00"))
	f.Fuzz(func(t *testing.T, data []byte) {
		p, err := Parse("fuzz.html", data, Options{MinWords: 1})
		if err != nil {
			var perr *Error
			if !errors.As(err, &perr) || !strings.HasPrefix(err.Error(), "fuzz.html: ") {
				t.Fatalf("error %q does not name the file", err)
			}
			return
		}
		if p.Headline == "" || len(p.Paragraphs) == 0 {
			t.Fatalf("page without headline or body: %+v", p)
		}
		for _, s := range append([]string{p.Headline}, p.Paragraphs...) {
			if strings.ContainsRune(s, '\ufdd0') || strings.ContainsAny(s, "\n\x00") {
				t.Fatalf("unclean text %q", s)
			}
		}
	})
}

package pipeline_test

import (
	"bytes"
	"html"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"briefing/generator/pipeline"

	nethtml "golang.org/x/net/html"
)

// The hostile article: markup, Hugo syntax and script in the headline and
// the text. Every page, feed and email must show it as text.
const hostile = `<script>alert("headline")</script> {{< youtube x >}} & *stars*

<img src=x onerror=alert(1)> opens the first paragraph, says a "source".

{{% include "secret" %}} and {{ .Site.Params }} and {{ printf "%s" "x" }}

# Not a heading

* not a bullet

1. not a list

> not a quote

---

[not a link](javascript:alert(2)) and <iframe src="https://evil.example.com/"></iframe>

<style>body{display:none}</style> The committee said "it will <b>not</b> stand," according to Mr. Smith.
`

// executed finds the first element or attribute that only exists because
// the article's markup was interpreted.
func executed(page []byte) string {
	z := nethtml.NewTokenizer(bytes.NewReader(page))
	var open, typ string
	for {
		switch z.Next() {
		case nethtml.ErrorToken:
			return ""
		case nethtml.StartTagToken, nethtml.SelfClosingTagToken:
			tok := z.Token()
			open, typ = tok.Data, ""
			switch tok.Data {
			case "iframe", "img":
				return "<" + tok.Data + ">"
			}
			for _, a := range tok.Attr {
				if a.Key == "type" {
					typ = a.Val
				}
				url := a.Key == "href" || a.Key == "src" || a.Key == "action" || a.Key == "formaction"
				if strings.HasPrefix(a.Key, "on") || url && strings.Contains(strings.ToLower(a.Val), "javascript:") {
					return tok.Data + " " + a.Key + "=" + a.Val
				}
			}
		case nethtml.TextToken:
			text := string(z.Text())
			switch {
			case open == "script" && typ == "application/ld+json" && !strings.Contains(text, "<"):
				// JSON-LD carries the headline as escaped JSON: data, not code.
			case (open == "script" || open == "style") && (strings.Contains(text, "alert") || strings.Contains(text, "display:none")):
				return "<" + open + ">" + text
			case open == "h1" && strings.Contains(text, "Not a heading"), open == "li" && strings.HasPrefix(text, "not a"), open == "b" && text == "not":
				return "<" + open + ">" + text
			}
		}
	}
}

func TestHostileArticleShownLiterally(t *testing.T) {
	if testing.Short() {
		t.Skip("runs Hugo")
	}
	inbox := t.TempDir()
	if err := os.MkdirAll(filepath.Join(inbox, "2024-05-01"), 0o755); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(inbox, "2024-05-01", "evil.txt"), []byte(hostile), 0o644)
	// The editor's note is escaped like article text.
	os.WriteFile(filepath.Join(inbox, "2024-05-01", "_index.txt"), []byte(hostile), 0o644)
	o, _ := site(t, inbox, pipeline.Options{})

	var article string
	shown := 0
	filepath.WalkDir(o.Public, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, _ := os.ReadFile(p)
		if strings.HasSuffix(p, ".html") {
			if m := executed(data); m != "" {
				t.Errorf("%s: article markup was executed: %q", p, m)
			}
		}
		if strings.HasSuffix(p, ".xml") && regexp.MustCompile(`<(script|iframe|img)[\s>]`).Match(data) {
			t.Errorf("%s: raw markup in a feed", p)
		}
		// Wherever a page shows the shortcode's paragraph, it shows the
		// shortcode as written (the typographer may curl its quotes).
		if strings.HasSuffix(p, ".html") {
			text := typo(html.UnescapeString(string(scripts.ReplaceAll(data, nil))))
			if strings.Contains(text, "secret") && strings.Contains(text, "include") {
				shown++
				if !strings.Contains(text, `{{% include "secret" %}}`) {
					t.Errorf("%s: shortcode text lost", p)
				}
			}
		}
		if strings.HasSuffix(p, "index.html") && strings.Contains(p, "2024-05-01"+string(filepath.Separator)) && strings.Count(p, string(filepath.Separator)) > strings.Count(o.Public, string(filepath.Separator))+3 {
			article = string(data)
		}
		return nil
	})
	if article == "" {
		t.Fatal("no article page")
	}
	// The note, on the page and in its email's parts.
	day := filepath.Join(o.Public, "issues", "2024-05-01")
	for _, f := range []string{"index.html", "email.html"} {
		b, _ := os.ReadFile(filepath.Join(day, f))
		if text := typo(html.UnescapeString(string(scripts.ReplaceAll(b, nil)))); !strings.Contains(text, `<img src=x onerror=alert(1)> opens the first paragraph`) ||
			!strings.Contains(text, `{{% include "secret" %}} and {{ .Site.Params }}`) {
			t.Errorf("%s does not show the note literally", f)
		}
	}
	if b, _ := os.ReadFile(filepath.Join(day, "email.txt")); !strings.Contains(typo(string(b)), `{{% include "secret" %}} and {{ .Site.Params }}`) ||
		!strings.Contains(string(b), "\n# Not a heading\n") {
		t.Errorf("email.txt does not show the note literally:\n%s", b)
	}
	if shown == 0 {
		t.Error("no page shows the shortcode's paragraph")
	}
	text := html.UnescapeString(article)
	for _, want := range []string{
		`<script>alert("headline")</script>`, `{{< youtube x >}}`, `{{% include "secret" %}}`, `{{ .Site.Params }}`,
		"# Not a heading", "* not a bullet", "1. not a list", "> not a quote", "[not a link](javascript:alert(2))",
		`<iframe src="https://evil.example.com/"></iframe>`,
	} {
		if !strings.Contains(text, want) && !strings.Contains(typo(text), want) {
			t.Errorf("article page does not show %q literally", want)
		}
	}
}

// scripts are script elements: JSON-LD carries the text JSON-escaped, and
// executed checks it apart.
var scripts = regexp.MustCompile(`(?s)<script[^>]*>.*?</script>`)

// typo undoes the typographer's curly quotes.
func typo(s string) string {
	return strings.NewReplacer("“", `"`, "”", `"`, "‘", "'", "’", "'", "–", "--", "—", "---").Replace(s)
}

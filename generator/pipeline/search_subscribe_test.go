package pipeline_test

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"briefing/generator/pipeline"
)

// TestSubscribeForm builds the sample with and without
// params.subscribe.action (set the way Hugo reads any param from the
// environment) and reads the form, or its absence, on every kind of page.
func TestSubscribeForm(t *testing.T) {
	if testing.Short() {
		t.Skip("runs Hugo")
	}
	const action = "https://lists.example.net/subscribe?list=briefing"
	pages := map[string]string{
		"home":    "index.html",
		"issue":   "issues/2022-06-15/index.html",
		"article": "issues/2022-06-15/china-willing-to-continue-to-offer-mutual-support-to-russia/index.html",
		"archive": "issues/index.html",
		"search":  "search/index.html",
	}
	for _, tt := range []struct {
		name   string
		action string
	}{
		{"without an action, no form", ""},
		{"with an action, a form on every page", action},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if tt.action != "" {
				t.Setenv("HUGO_PARAMS_SUBSCRIBE_ACTION", tt.action)
			}
			o, _ := site(t, filepath.Join("..", "..", "inbox"), pipeline.Options{})
			for kind, rel := range pages {
				b, err := os.ReadFile(filepath.Join(o.Public, filepath.FromSlash(rel)))
				if err != nil {
					t.Fatal(err)
				}
				// Quotes are the minifier's choice; the checks read without them.
				html := strings.ReplaceAll(string(b), `"`, "")
				forms := regexp.MustCompile(`<form[^>]*class=subscribe`).FindAllString(html, -1)
				if tt.action == "" {
					if len(forms) > 0 || strings.Contains(html, "#subscribe") {
						t.Errorf("%s: a subscribe form or link without params.subscribe.action", kind)
					}
					continue
				}
				if len(forms) != 1 {
					t.Errorf("%s: %d subscribe forms, want 1", kind, len(forms))
					continue
				}
				checkSubscribeForm(t, kind, html, action)
				inFooter := strings.Contains(html[strings.Index(html, "<footer"):], "<form")
				if body := kind == "home" || kind == "issue"; body == inFooter {
					t.Errorf("%s: form in the footer = %v, want %v (the home and issue pages carry it in the page, and link to it from the footer)", kind, inFooter, !body)
				}
				if (kind == "home" || kind == "issue") && !strings.Contains(html, `href=#subscribe`) {
					t.Errorf("%s: the footer does not link to the form", kind)
				}
			}
		})
	}
}

// checkSubscribeForm reads the form's accessible parts: a POST to the
// action, an email field with a visible label, the consent note tied to
// it, and a honeypot out of sight, the tab order and the accessibility
// tree.
func checkSubscribeForm(t *testing.T, kind, html, action string) {
	t.Helper()
	form := html[strings.Index(html, "<form class=subscribe"):]
	form = form[:strings.Index(form, "</form>")]
	attr := func(tag, name string) string {
		m := regexp.MustCompile(`\b` + name + `=([^\s>]*)`).FindStringSubmatch(tag)
		if m == nil {
			return ""
		}
		return m[1]
	}
	open := regexp.MustCompile(`<form[^>]*>`).FindString(form)
	if got := strings.ReplaceAll(attr(open, "action"), "&amp;", "&"); got != action || attr(open, "method") != "post" {
		t.Errorf("%s: form %s, want a POST to %s", kind, open, action)
	}
	email := regexp.MustCompile(`<input[^>]*type=email[^>]*>`).FindString(form)
	id := attr(email, "id")
	if email == "" || !strings.Contains(email, "required") || attr(email, "name") != "email" || attr(email, "autocomplete") != "email" {
		t.Fatalf("%s: email field %q", kind, email)
	}
	if !regexp.MustCompile(`<label for=` + regexp.QuoteMeta(id) + `>Your email address</label>`).MatchString(form) {
		t.Errorf("%s: the email field has no visible label", kind)
	}
	note := attr(email, "aria-describedby")
	if note == "" || !regexp.MustCompile(`id=`+regexp.QuoteMeta(note)+`>One email each issue`).MatchString(form) {
		t.Errorf("%s: the consent note is missing or not tied to the field", kind)
	}
	hp := regexp.MustCompile(`<div class=hp aria-hidden=true><label[^>]*>[^<]+</label><input[^>]*name=website[^>]*>`).FindString(form)
	if hp == "" || !strings.Contains(hp, "tabindex=-1") || !strings.Contains(hp, `autocomplete=off`) {
		t.Errorf("%s: no honeypot hidden from people and the tab order: %s", kind, form)
	}
}

// TestSearchPage builds the sample at a sub-path and reads the search
// page, the masthead link and, when Pagefind could be had (always in CI),
// the index.
func TestSearchPage(t *testing.T) {
	if testing.Short() {
		t.Skip("runs Hugo")
	}
	o, rep := site(t, filepath.Join("..", "..", "inbox"), pipeline.Options{BaseURL: "https://example.org/briefing/"})
	b, err := os.ReadFile(filepath.Join(o.Public, "search", "index.html"))
	if err != nil {
		t.Fatal(err)
	}
	page := strings.ReplaceAll(string(b), `"`, "")
	for _, want := range []string{
		`<title>Search the archive · The Briefing</title>`,
		`data-bundle=/briefing/pagefind/`,
		`data-base=/briefing/`,
		`<link rel=canonical href=https://example.org/briefing/search/>`,
		`<noscript><p>Search needs JavaScript`,
		`<a href=/briefing/issues/>Every issue, by month</a>`,
		`<a href=/briefing/people/>People</a>`,
	} {
		if !strings.Contains(page, want) {
			t.Errorf("the search page lacks %s", want)
		}
	}
	// Its script and CSS are inline (no request on the first paint's
	// path); Pagefind's code is loaded from the site by the script.
	if !regexp.MustCompile(`<script>\(function\(\)\{[^<]*import\(`).MatchString(page) || strings.Contains(page, "<script src=") {
		t.Error("the search page's script is not inline")
	}
	if !strings.Contains(page, "<style>") || strings.Contains(page, "css/search") {
		t.Error("the search page's CSS is not inline")
	}
	if regexp.MustCompile(`(src=|rel=stylesheet href=|rel=preload href=)(https?:)?//`).MatchString(page) {
		t.Error("the search page loads something from another host")
	}
	// The article page says what to index: its body, key points and date
	// as metadata, and its names (as it spells them) as filters.
	b, _ = os.ReadFile(filepath.Join(o.Public, "issues", "2022-06-15", "china-willing-to-continue-to-offer-mutual-support-to-russia", "index.html"))
	article := strings.ReplaceAll(string(b), `"`, "")
	for _, want := range []string{
		`<article class=article data-pagefind-body data-pagefind-filter=section:World>`,
		`<time datetime=2022-06-15 data-pagefind-meta=date[datetime], issue>15 June 2022</time>`,
		`<li data-pagefind-meta=kp1>`, `<li data-pagefind-meta=kp3>`,
		`<span data-pagefind-filter=people>Vladimir Putin</span>`,
		`<span data-pagefind-filter=places>`, `<span data-pagefind-filter=organizations>`,
	} {
		if !strings.Contains(article, want) {
			t.Errorf("the article page lacks %s", want)
		}
	}
	b, _ = os.ReadFile(filepath.Join(o.Public, "index.html"))
	home := strings.ReplaceAll(string(b), `"`, "")
	if !strings.Contains(home, `<a href=/briefing/search/>Search</a>`) {
		t.Error("the masthead does not link to the search page")
	}
	if strings.Contains(home, "<script") || strings.Contains(home, "pagefind") {
		t.Error("the home page loads script or search code")
	}

	if rep.Search.Unavailable != "" {
		if os.Getenv("BRIEFING_REQUIRE_PAGEFIND") != "" || os.Getenv("CI") == "true" {
			t.Fatalf("Pagefind is required here (BRIEFING_REQUIRE_PAGEFIND or CI=true) and the build made no index: %s", rep.Search.Unavailable)
		}
		t.Skipf("no search index: %s", rep.Search.Unavailable)
	}
	if rep.Search.Pages != 1 || rep.Search.Shards != 1 || rep.Search.Bytes == 0 {
		t.Errorf("search report %+v, want the one article in one shard", rep.Search)
	}
	m, err := os.ReadFile(filepath.Join(o.Public, "pagefind", "shards.json"))
	if err != nil || !strings.Contains(string(m), `"pages":1`) {
		t.Errorf("pagefind/shards.json = %s, %v", m, err)
	}
}

package pipeline_test

import (
	"bytes"
	"net/mail"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"briefing/generator/pipeline"
)

// TestUnsubscribeLinkResolvesInTheSite builds the site as 'make site' does
// (the repository's content, copied) and follows the web link of the
// issue's List-Unsubscribe into public/: a page that explains and offers
// the mailto.
func TestUnsubscribeLinkResolvesInTheSite(t *testing.T) {
	if testing.Short() {
		t.Skip("runs Hugo")
	}
	content := filepath.Join(t.TempDir(), "content")
	if err := os.CopyFS(content, os.DirFS(filepath.Join("..", "..", "content"))); err != nil {
		t.Fatal(err)
	}
	o, rep := site(t, filepath.Join("..", "..", "inbox"), pipeline.Options{Content: content})
	if w := strings.Join(rep.Warnings, "\n"); strings.Contains(w, "postalAddress is empty") {
		t.Errorf("the sample config has no postal address:\n%s", w)
	}
	eml, err := os.ReadFile(filepath.Join(o.Public, "issues", "2022-06-15", "issue.eml"))
	if err != nil {
		t.Fatal(err)
	}
	msg, err := mail.ReadMessage(bytes.NewReader(eml))
	if err != nil {
		t.Fatal(err)
	}
	var web, mailto string
	for _, f := range strings.Split(msg.Header.Get("List-Unsubscribe"), ",") {
		f = strings.Trim(strings.TrimSpace(f), "<>")
		switch {
		case strings.HasPrefix(f, "https://"):
			web = f
		case strings.HasPrefix(f, "mailto:"):
			mailto = strings.TrimPrefix(f, "mailto:")
		}
	}
	u, err := url.Parse(web)
	if err != nil || u.Host != "briefing.example.org" {
		t.Fatalf("List-Unsubscribe web link %q is not on the site's host", web)
	}
	page, err := os.ReadFile(filepath.Join(o.Public, filepath.FromSlash(u.Path), "index.html"))
	if err != nil {
		t.Fatalf("%s does not resolve to a page in public/: %v", web, err)
	}
	p := string(page)
	for _, want := range []string{"<h1>Unsubscribe</h1>", `href="mailto:` + mailto + `?subject=unsubscribe"`, `get("t")`, `name="robots" content="noindex"`} {
		if !strings.Contains(p, want) {
			t.Errorf("the unsubscribe page lacks %q", want)
		}
	}
	// It is a page of its own, not an article: no feed or sitemap lists it.
	for _, f := range []string{"index.xml", "feed.json", "sitemap.xml", "issues/index.xml"} {
		b, _ := os.ReadFile(filepath.Join(o.Public, f))
		if bytes.Contains(b, []byte("/unsubscribe/")) {
			t.Errorf("%s lists the unsubscribe page", f)
		}
	}
}

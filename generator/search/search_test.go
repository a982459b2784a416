package search

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func view(s string) string {
	h := sha256.New()
	writeView(h, []byte(s))
	return hex.EncodeToString(h.Sum(nil))
}

func TestViewIgnoresWhatPagefindIgnores(t *testing.T) {
	base := `<html lang=en><head><script type=application/ld+json>{"url":"https://a.example/x"}</script></head><body>` +
		`<nav><a href=/a/>Archive</a></nav><article data-pagefind-body><h1>Title</h1><p>Text about <a href=/people/x/ data-pagefind-filter=people>Xi</a>.</p>` +
		`<time datetime=2022-06-15 data-pagefind-meta="date[datetime], issue">15 June 2022</time><p data-pagefind-ignore><span>X</span></p><p>After</p></article><footer>Feeds</footer></body></html>`
	same := map[string]string{
		"another link target":           strings.Replace(base, "href=/people/x/", "href=/briefing/people/x/", 1),
		"a name that loses its link":    strings.Replace(strings.Replace(base, `<a href=/people/x/ data-pagefind-filter=people>Xi</a>`, `<span data-pagefind-filter=people>Xi</span>`, 1), "", "", 1),
		"text outside the body":         strings.Replace(base, "Feeds", "Feeds and more", 1),
		"a script's URL":                strings.Replace(base, "https://a.example/x", "https://b.example/x", 1),
		"quotes a minifier dropped":     strings.Replace(base, `<h1>`, `<h1 class="t">`, 1),
		"the masthead outside the body": strings.Replace(base, "Archive", "Every issue", 1),
		"ignored text":                  strings.Replace(base, "<p data-pagefind-ignore><span>X</span></p>", "<p data-pagefind-ignore><span>Y</span></p>", 1),
	}
	differs := map[string]string{
		"body text":                 strings.Replace(base, "Text about", "Words on", 1),
		"a heading level":           strings.Replace(strings.Replace(base, "<h1>", "<h2>", 1), "</h1>", "</h2>", 1),
		"a filter":                  strings.Replace(base, "data-pagefind-filter=people", "data-pagefind-filter=places", 1),
		"an attribute a meta reads": strings.Replace(base, "datetime=2022-06-15", "datetime=2022-06-16", 1),
		"the language":              strings.Replace(base, "lang=en", "lang=fr", 1),
	}
	want := view(base)
	for name, s := range same {
		if view(s) != want {
			t.Errorf("%s changed the digest", name)
		}
	}
	for name, s := range differs {
		if view(s) == want {
			t.Errorf("%s left the digest as it was", name)
		}
	}
}

func TestParseAttrs(t *testing.T) {
	got := parseAttrs([]byte(` a=1 b="two words" c='x>y' data-pagefind-body d=e/`))
	want := map[string]string{"a": "1", "b": "two words", "c": "x>y", "data-pagefind-body": "", "d": "e/"}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("%s = %q, want %q", k, got[k], v)
		}
	}
}

// groups makes n folders of per pages each, with digests from their names.
func groups(n, per int, salt string) []*group {
	var gs []*group
	for i := range n {
		g := &group{name: fmt.Sprintf("issues/2005-%02d-%02d", 1+i/28, 1+i%28)}
		for j := range per {
			p := fmt.Sprintf("%s/%d/index.html", g.name, j)
			sum := sha256.Sum256([]byte(p + salt))
			g.pages = append(g.pages, p)
			g.sums = append(g.sums, sum[:])
		}
		gs = append(gs, g)
	}
	return gs
}

func TestPlan(t *testing.T) {
	full, _ := plan(groups(10, 100, ""), nil, 1000, 2)
	prev := &manifest{Version: Version, Shards: full}
	tests := []struct {
		name         string
		groups       []*group
		prev         *manifest
		jobs         int
		shards, kept int
		tail         bool
	}{
		{"a first build splits by CPU", groups(10, 100, ""), nil, 2, 2, 0, false},
		{"a small site is one shard", groups(3, 100, ""), nil, 2, 1, 0, false},
		{"nothing changed: all reused", groups(10, 100, ""), prev, 2, 2, 2, false},
		{"a new issue: a tail of its own", groups(11, 100, ""), prev, 2, 3, 2, true},
		{"an old issue edited: all anew", append(groups(1, 100, "edited"), groups(10, 100, "")[1:]...), prev, 2, 2, 0, false},
		{"a tail past a third: all anew", groups(16, 100, ""), prev, 2, 2, 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pages := 0
			for _, g := range tt.groups {
				pages += len(g.pages)
			}
			shards, keep := plan(tt.groups, tt.prev, pages, tt.jobs)
			kept, total, tail := 0, 0, false
			for i, s := range shards {
				if keep[i] {
					kept++
				}
				total += s.Pages
				tail = tail || s.Tail
			}
			if len(shards) != tt.shards || kept != tt.kept || tail != tt.tail || total != pages {
				t.Errorf("got %d shards, %d kept, tail %v, %d pages; want %d, %d, %v, %d", len(shards), kept, tail, total, tt.shards, tt.kept, tt.tail, pages)
			}
		})
	}
	// The tail, unchanged, is reused on the build after.
	withTail, _ := plan(groups(11, 100, ""), prev, 1100, 2)
	_, keep := plan(groups(11, 100, ""), &manifest{Version: Version, Shards: withTail}, 1100, 2)
	for i, k := range keep {
		if !k {
			t.Errorf("shard %d of an unchanged site with a tail was not reused", i)
		}
	}
}

// page is an article page as the layouts write it, minified.
func page(title, text string) string {
	return `<!doctype html><html lang=en-gb><head><title>` + title + `</title></head><body><main><article data-pagefind-body>` +
		`<p class=kicker data-pagefind-ignore><time datetime=2022-06-15 data-pagefind-meta="date[datetime], issue">15 June 2022</time></p>` +
		`<h1>` + title + `</h1><ul><li data-pagefind-meta=kp1>` + text + `</li></ul><p>` + text + `</p>` +
		`<p data-pagefind-ignore><a href=/people/p/ data-pagefind-filter=people>Vladimir Putin</a></p></article></main></body></html>`
}

func writeSite(t *testing.T, dir string, issues map[string]string) {
	t.Helper()
	for rel, html := range issues {
		p := filepath.Join(dir, filepath.FromSlash(rel))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(html), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// pagefindOr skips without Pagefind, unless BRIEFING_REQUIRE_PAGEFIND is
// set (CI sets it, so there the tests run or fail).
func pagefindOr(t *testing.T) string {
	t.Helper()
	tools, _ := filepath.Abs(filepath.Join("..", "..", ".tools", "pagefind"))
	_, err := locate(context.Background(), tools, os.Stderr)
	if err != nil {
		if os.Getenv("BRIEFING_REQUIRE_PAGEFIND") != "" {
			t.Fatalf("BRIEFING_REQUIRE_PAGEFIND is set and Pagefind cannot be had: %v", err)
		}
		t.Skipf("no Pagefind: %v", err)
	}
	return tools
}

func TestIndexWithPagefind(t *testing.T) {
	if testing.Short() {
		t.Skip("runs Pagefind")
	}
	tools := pagefindOr(t)
	root := t.TempDir()
	site1, site2, site3 := filepath.Join(root, "1"), filepath.Join(root, "2"), filepath.Join(root, "3")
	issue := map[string]string{
		"issues/2022-06-15/china/index.html":   page("China backs Russia", "Xi told Putin that Beijing would keep backing Moscow."),
		"issues/2022-06-15/grain/index.html":   page("Grain deal", "Ships leave Odesa with grain."),
		"issues/2022-06-15/index.html":         "<html><body><p>the issue page is not indexed</p></body></html>",
		"issues/2022-06-15/email.html":         "<html><body><p>neither is the email</p></body></html>",
		"people/vladimir-putin/index.html":     "<html><body><p>nor a term page</p></body></html>",
		"search/index.html":                    "<html><body><h1>Search</h1></body></html>",
		"issues/2022-06-16/markets/index.html": page("Markets fall", "Shares fell in London."),
	}
	writeSite(t, site1, issue)
	r, err := Index(context.Background(), Options{Site: site1, Tools: tools, Jobs: 2})
	if err != nil {
		t.Fatal(err)
	}
	if r.Unavailable != "" || r.Pages != 3 || r.Indexed != 3 || r.Shards != 1 || r.Bytes == 0 {
		t.Fatalf("first index: %+v", r)
	}
	m := readManifest(t, site1)
	entry, err := os.ReadFile(filepath.Join(site1, Bundle, m.Shards[0].Dir, "pagefind-entry.json"))
	if err != nil || !strings.Contains(string(entry), `"page_count":3`) {
		t.Errorf("pagefind-entry.json = %s, %v; want 3 pages", entry, err)
	}
	if _, err := os.Stat(filepath.Join(site1, Bundle, m.Shards[0].Dir, "pagefind-ui.js")); err == nil {
		t.Error("Pagefind's own UI was left in the bundle")
	}

	// Nothing changed: the shard is reused, Pagefind not run.
	writeSite(t, site2, issue)
	r, err = Index(context.Background(), Options{Site: site2, Previous: site1, Tools: tools})
	if err != nil {
		t.Fatal(err)
	}
	if r.Reused != 1 || r.Indexed != 0 || r.Pages != 3 {
		t.Errorf("unchanged: %+v, want the shard reused", r)
	}
	if _, err := os.Stat(filepath.Join(site2, Bundle, m.Shards[0].Dir, "pagefind.js")); err != nil {
		t.Errorf("the reused shard is not in the new site: %v", err)
	}

	// A page edited: the shard (the only one) is indexed again.
	issue["issues/2022-06-15/grain/index.html"] = page("Grain deal", "Ships leave Odesa with wheat.")
	writeSite(t, site3, issue)
	r, err = Index(context.Background(), Options{Site: site3, Previous: site2, Tools: tools})
	if err != nil {
		t.Fatal(err)
	}
	if r.Reused != 0 || r.Indexed != 3 {
		t.Errorf("edited: %+v, want everything indexed again", r)
	}
	if m3 := readManifest(t, site3); m3.Shards[0].Dir == m.Shards[0].Dir {
		t.Error("a changed shard kept its folder name (browsers would cache the old one)")
	}
}

func TestIndexWithoutPagefind(t *testing.T) {
	t.Setenv("BRIEFING_PAGEFIND", "")
	t.Setenv("PATH", t.TempDir()) // no npm
	site := t.TempDir()
	writeSite(t, site, map[string]string{"issues/2022-06-15/a/index.html": page("A", "a story")})
	var log strings.Builder
	r, err := Index(context.Background(), Options{Site: site, Tools: filepath.Join(t.TempDir(), "tools"), Log: &log})
	if err != nil {
		t.Fatalf("no npm must not fail the build: %v", err)
	}
	if !strings.Contains(r.Unavailable, "npm is not installed") || !strings.Contains(r.String(), "search is unavailable") {
		t.Errorf("report %q does not say why search is unavailable", r)
	}
	if _, err := os.Stat(filepath.Join(site, Bundle)); err == nil {
		t.Error("an index folder was written without an index")
	}
}

func TestIndexOff(t *testing.T) {
	t.Setenv("BRIEFING_PAGEFIND", "off")
	site := t.TempDir()
	writeSite(t, site, map[string]string{"issues/2022-06-15/a/index.html": page("A", "a story")})
	r, err := Index(context.Background(), Options{Site: site})
	if err != nil || !strings.Contains(r.Unavailable, "BRIEFING_PAGEFIND=off") {
		t.Errorf("BRIEFING_PAGEFIND=off: %+v, %v", r, err)
	}
}

func readManifest(t *testing.T, site string) manifest {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(site, Bundle, Manifest))
	if err != nil {
		t.Fatal(err)
	}
	var m manifest
	if err := json.Unmarshal(data, &m); err != nil {
		t.Fatal(err)
	}
	if len(m.Shards) == 0 {
		t.Fatal("no shards")
	}
	return m
}

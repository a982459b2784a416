package search

import (
	"bytes"
	"compress/gzip"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

func view(s string) string {
	h := sha256.New()
	writeView(h, []byte(s))
	return hex.EncodeToString(h.Sum(nil))
}

func TestViewIgnoresWhatPagefindIgnores(t *testing.T) {
	base := `<html lang=en><head><script type=application/ld+json>{"url":"https://a.example/x"}</script></head><body>` +
		`<nav><a href=/a/>Archive</a></nav><article data-pagefind-body><h1>Title</h1><p>Text about <a href=/people/x/ data-pagefind-filter=people>Xi</a>.</p>` +
		`<time datetime=2022-06-15 data-pagefind-meta="date[datetime], issue">15 June 2022</time><p data-pagefind-ignore><span>X</span></p><div data-pagefind-ignore><div>in</div>still ignored</div><div>After</div><p>After</p></article><footer>Feeds</footer></body></html>`
	same := map[string]string{
		"another link target":                 strings.Replace(base, "href=/people/x/", "href=/briefing/people/x/", 1),
		"a name that loses its link":          strings.Replace(strings.Replace(base, `<a href=/people/x/ data-pagefind-filter=people>Xi</a>`, `<span data-pagefind-filter=people>Xi</span>`, 1), "", "", 1),
		"text outside the body":               strings.Replace(base, "Feeds", "Feeds and more", 1),
		"a script's URL":                      strings.Replace(base, "https://a.example/x", "https://b.example/x", 1),
		"quotes a minifier dropped":           strings.Replace(base, `<h1>`, `<h1 class="t">`, 1),
		"the masthead outside the body":       strings.Replace(base, "Archive", "Every issue", 1),
		"ignored text":                        strings.Replace(base, "<p data-pagefind-ignore><span>X</span></p>", "<p data-pagefind-ignore><span>Y</span></p>", 1),
		"text after a nested ignored element": strings.Replace(base, "still ignored", "still left out", 1),
		"a comment":                           strings.Replace(base, "<h1>", "<!-- a <b>note</b> --><h1>", 1),
	}
	differs := map[string]string{
		"body text":                            strings.Replace(base, "Text about", "Words on", 1),
		"a heading level":                      strings.Replace(strings.Replace(base, "<h1>", "<h2>", 1), "</h1>", "</h2>", 1),
		"a filter":                             strings.Replace(base, "data-pagefind-filter=people", "data-pagefind-filter=places", 1),
		"an attribute a meta reads":            strings.Replace(base, "datetime=2022-06-15", "datetime=2022-06-16", 1),
		"the language":                         strings.Replace(base, "lang=en", "lang=fr", 1),
		"text after an ignored element closes": strings.Replace(base, "<div>After</div>", "<div>Later</div>", 1),
		"the body's own filter":                strings.Replace(base, "<article data-pagefind-body>", `<article data-pagefind-body data-pagefind-filter="section:World">`, 1),
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
	tests := []struct {
		name string
		in   string
		want map[string]string
	}{
		{"unquoted, quoted, bare", ` a=1 b="two words" data-pagefind-body`, map[string]string{"a": "1", "b": "two words", "data-pagefind-body": ""}},
		{"a quoted '>'", ` c='x>y'`, map[string]string{"c": "x>y"}},
		{"an unquoted value ending in '/'", ` d=e/`, map[string]string{"d": "e/"}},
		{"upper-case names", ` DATA-Pagefind-Meta="date[datetime]"`, map[string]string{"data-pagefind-meta": "date[datetime]"}},
		{"self-closing", ` src=x.png /`, map[string]string{"src": "x.png"}},
		{"an unclosed quote", ` a="open`, map[string]string{"a": "open"}},
		{"nothing", ``, map[string]string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := parseAttrs([]byte(tt.in)); !maps.Equal(got, tt.want) {
				t.Errorf("parseAttrs(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// FuzzView feeds writeView and parseAttrs any bytes: they must not panic,
// a page's digest must not depend on anything but the page, and text after
// the closed body must not change it.
func FuzzView(f *testing.F) {
	for _, s := range []string{
		articlePage("Title", "text"),
		`<article data-pagefind-body><div data-pagefind-ignore><div>x</div></div>y</article>`,
		`<a b='>' c="<"`, `<!--`, `<script>`, `<h1 data-pagefind-meta="x[y]" y=1>`, `<br/><img data-pagefind-body/>`,
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		parseAttrs([]byte(s))
		d := view(s)
		if view(s) != d {
			t.Fatal("the digest of the same page changed")
		}
		body := `<article data-pagefind-body>` + s + `</article>`
		if strings.Count(s, "<") == 0 && view(body+"<p>outside</p>") != view(body+"<p>elsewhere</p>") {
			t.Error("text after the body changed the digest")
		}
	})
}

// issues makes n folders of per pages each, in path order, with digests
// of their views and bytes from their paths.
func issues(n, per int, salt string) []*page {
	var ps []*page
	for i := range n {
		for j := range per {
			rel := fmt.Sprintf("issues/2005-%02d-%02d/%03d/index.html", 1+i/28, 1+i%28, j)
			view := sha256.Sum256([]byte(rel + salt))
			in := sha256.Sum256([]byte(rel + salt + "\x00bytes"))
			ps = append(ps, &page{rel: rel, view: view[:], input: in[:]})
		}
	}
	return ps
}

// relinked changes the bytes of the first n pages but not their views, as
// a link that changes does.
func relinked(ps []*page, n int) []*page {
	for _, p := range ps[:n] {
		sum := sha256.Sum256(append(p.input, "relinked"...))
		p.input = sum[:]
	}
	return ps
}

// lazy forgets the views of ps, as readPages does when there is a
// previous index, and returns the function that reads them again,
// counting the pages it reads.
func lazy(ps []*page) (views func([]*page) error, read *int) {
	known := map[*page][]byte{}
	for _, p := range ps {
		known[p], p.view = p.view, nil
	}
	read = new(int)
	return func(ps []*page) error {
		for _, p := range ps {
			if p.view == nil {
				p.view = known[p]
				*read++
			}
		}
		return nil
	}, read
}

func mustPlan(t *testing.T, ps []*page, prev *manifest, jobs int) ([]shard, []bool) {
	t.Helper()
	views, _ := lazy(ps)
	shards, keep, err := plan(ps, prev, jobs, views)
	if err != nil {
		t.Fatal(err)
	}
	return shards, keep
}

func TestPlan(t *testing.T) {
	full, _ := mustPlan(t, issues(10, 100, ""), nil, 2)
	prev := &manifest{Version: Version, Shards: full}
	older := &manifest{Version: Version, Shards: slices.Clone(full)}
	for i := range older.Shards {
		older.Shards[i].Input = "" // written before shards had one
	}
	tests := []struct {
		name         string
		pages        []*page
		prev         *manifest
		jobs         int
		shards, kept int
		tail         bool
		read         int // pages whose views were read
	}{
		{"a first build splits by CPU", issues(10, 100, ""), nil, 2, 2, 0, false, 1000},
		{"a small site is one shard", issues(3, 100, ""), nil, 2, 1, 0, false, 300},
		{"nothing changed: all reused, no view read", issues(10, 100, ""), prev, 2, 2, 2, false, 0},
		{"a new issue: a tail of its own, its views read", issues(11, 100, ""), prev, 2, 3, 2, true, 100},
		{"an old issue edited: all anew", append(issues(1, 100, "edited"), issues(10, 100, "")[100:]...), prev, 2, 2, 0, false, 1000},
		{"links changed, views the same: reused, that shard's views read", relinked(issues(10, 100, ""), 1), prev, 2, 2, 2, false, 500},
		{"an index from before inputs: reused by views", issues(10, 100, ""), older, 2, 2, 2, false, 1000},
		{"a tail past a third: all anew", issues(16, 100, ""), prev, 2, 2, 0, false, 1600},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			views, read := lazy(tt.pages)
			shards, keep, err := plan(tt.pages, tt.prev, tt.jobs, views)
			if err != nil {
				t.Fatal(err)
			}
			kept, total, tail := 0, 0, false
			for i, s := range shards {
				if keep[i] {
					kept++
				}
				total += s.Pages
				tail = tail || s.Tail
				if s.Dir == "" || s.Input == "" {
					t.Errorf("shard %d has no folder or no input digest: %+v", i, s)
				}
			}
			if len(shards) != tt.shards || kept != tt.kept || tail != tt.tail || total != len(tt.pages) {
				t.Errorf("got %d shards, %d kept, tail %v, %d pages; want %d, %d, %v, %d", len(shards), kept, tail, total, tt.shards, tt.kept, tt.tail, len(tt.pages))
			}
			if *read != tt.read {
				t.Errorf("read the views of %d pages, want %d", *read, tt.read)
			}
		})
	}
	// Folders of uneven size (the BBC corpus's topics as issues): the
	// shards run at once, so they are as even as pages allow, a folder
	// split between two if need be.
	var uneven []*page
	for i, n := range []int{497, 362, 387, 486, 322} {
		uneven = append(uneven, issues(i+1, n, "")[len(issues(i, n, "")):]...)
	}
	split, _ := mustPlan(t, uneven, nil, 2)
	if len(split) != 2 || split[0].Pages != 1027 || split[1].Pages != 1027 {
		t.Errorf("uneven folders split %d+%d, want 1027+1027", split[0].Pages, split[len(split)-1].Pages)
	}
	// A folder split between two shards: a rebuild finds both, and a new
	// page sorting between them goes to the tail.
	again := slices.Clone(uneven)
	_, keep := mustPlan(t, again, &manifest{Version: Version, Shards: split}, 2)
	if !slices.Equal(keep, []bool{true, true}) {
		t.Errorf("an unchanged site split inside a folder: kept %v, want both shards", keep)
	}
	between := &page{rel: split[0].Last + "x", input: []byte("new"), view: []byte("new")}
	mid := slices.Index(uneven, split[1].pages[0])
	grown := slices.Concat(uneven[:mid], []*page{between}, uneven[mid:])
	shards, keep := mustPlan(t, grown, &manifest{Version: Version, Shards: split}, 2)
	if len(shards) != 3 || !shards[2].Tail || shards[2].Pages != 1 || !keep[0] || !keep[1] || keep[2] {
		t.Errorf("a page between two shards: %d shards, kept %v, want both kept and it alone in a new tail", len(shards), keep)
	}
	// The tail, unchanged, is reused on the build after.
	withTail, _ := mustPlan(t, issues(11, 100, ""), prev, 2)
	_, keep = mustPlan(t, issues(11, 100, ""), &manifest{Version: Version, Shards: withTail}, 2)
	for i, k := range keep {
		if !k {
			t.Errorf("shard %d of an unchanged site with a tail was not reused", i)
		}
	}
}

// articlePage is an article page as the layouts write it, minified.
func articlePage(title, text string) string {
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

// pagefindOr installs Pagefind as a build does (into the repository's
// .tools) and skips without it, unless BRIEFING_REQUIRE_PAGEFIND or CI is
// set: CI installs npm, so there the tests run or fail.
func pagefindOr(t *testing.T) string {
	t.Helper()
	tools, _ := filepath.Abs(filepath.Join("..", "..", ".tools", "pagefind"))
	_, err := locate(context.Background(), tools, os.Stderr)
	if err != nil {
		if os.Getenv("BRIEFING_REQUIRE_PAGEFIND") != "" || os.Getenv("CI") == "true" {
			t.Fatalf("Pagefind is required here (BRIEFING_REQUIRE_PAGEFIND or CI=true) and cannot be had: %v", err)
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
		"issues/2022-06-15/china/index.html":   articlePage("China backs Russia", "Xi told Putin that Beijing would keep backing Moscow."),
		"issues/2022-06-15/grain/index.html":   articlePage("Grain deal", "Ships leave Odesa with grain."),
		"issues/2022-06-15/index.html":         "<html><body><p>the issue page is not indexed</p></body></html>",
		"issues/2022-06-15/email.html":         "<html><body><p>neither is the email</p></body></html>",
		"people/vladimir-putin/index.html":     "<html><body><p>nor a term page</p></body></html>",
		"search/index.html":                    "<html><body><h1>Search</h1></body></html>",
		"issues/2022-06-16/markets/index.html": articlePage("Markets fall", "Shares fell in London."),
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
	// The size is counted once, when a shard is made, and kept with it.
	for _, site := range []string{site1, site2} {
		if want := treeSize(filepath.Join(site, Bundle)); readSize(t, site) != want {
			t.Errorf("%s: shards and manifest of %d bytes, the folder has %d", site, readSize(t, site), want)
		}
	}
	if want := treeSize(filepath.Join(site2, Bundle)); r.Bytes != want {
		t.Errorf("reused: the report says %d bytes, the folder has %d", r.Bytes, want)
	}
	if _, err := os.Stat(filepath.Join(site2, Bundle, m.Shards[0].Dir, "pagefind.js")); err != nil {
		t.Errorf("the reused shard is not in the new site: %v", err)
	}

	// A link changed, not what Pagefind reads: the shard is reused still,
	// known by its pages' views now that their bytes differ.
	site4 := filepath.Join(root, "4")
	issue["issues/2022-06-15/grain/index.html"] = strings.Replace(issue["issues/2022-06-15/grain/index.html"], "href=/people/p/", "href=/people/putin/", 1)
	writeSite(t, site4, issue)
	r, err = Index(context.Background(), Options{Site: site4, Previous: site2, Tools: tools})
	if err != nil {
		t.Fatal(err)
	}
	if r.Reused != 1 || r.Indexed != 0 {
		t.Errorf("a link changed: %+v, want the shard reused", r)
	}
	if m4 := readManifest(t, site4); m4.Shards[0].Dir != m.Shards[0].Dir || m4.Shards[0].Input == m.Shards[0].Input {
		t.Errorf("a link changed: shards %+v, want the same folder under a new input digest (was %+v)", m4.Shards, m.Shards)
	}

	// A page edited: the shard (the only one) is indexed again.
	issue["issues/2022-06-15/grain/index.html"] = articlePage("Grain deal", "Ships leave Odesa with wheat.")
	writeSite(t, site3, issue)
	r, err = Index(context.Background(), Options{Site: site3, Previous: site4, Tools: tools})
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
	writeSite(t, site, map[string]string{"issues/2022-06-15/a/index.html": articlePage("A", "a story")})
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
	writeSite(t, site, map[string]string{"issues/2022-06-15/a/index.html": articlePage("A", "a story")})
	r, err := Index(context.Background(), Options{Site: site})
	if err != nil || !strings.Contains(r.Unavailable, "BRIEFING_PAGEFIND=off") {
		t.Errorf("BRIEFING_PAGEFIND=off: %+v, %v", r, err)
	}
}

// readSize is what the manifest says of the size of the index: its
// shards' and its own.
func readSize(t *testing.T, site string) int64 {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(site, Bundle, Manifest))
	if err != nil {
		t.Fatal(err)
	}
	n := int64(len(data))
	for _, s := range readManifest(t, site).Shards {
		n += s.Bytes
	}
	return n
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

// fragment is what Pagefind keeps of a page and shows in a result.
type fragment struct {
	URL     string              `json:"url"`
	Content string              `json:"content"`
	Filters map[string][]string `json:"filters"`
	Meta    map[string]string   `json:"meta"`
}

// fragments reads every page Pagefind stored in a shard, by URL: each
// fragment is gzip-compressed JSON behind a "pagefind_dcd" marker.
func fragments(t *testing.T, shard string) map[string]fragment {
	t.Helper()
	files, _ := filepath.Glob(filepath.Join(shard, "fragment", "*.pf_fragment"))
	out := map[string]fragment{}
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		zr, err := gzip.NewReader(bytes.NewReader(raw))
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		data, err := io.ReadAll(zr)
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		data, ok := bytes.CutPrefix(data, []byte("pagefind_dcd"))
		if !ok {
			t.Fatalf("%s: not a Pagefind %s fragment", f, Version)
		}
		var fr fragment
		if err := json.Unmarshal(data, &fr); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		out[fr.URL] = fr
	}
	return out
}

// TestIndexedContent reads back what Pagefind stored for a page marked up
// as the layouts mark article pages: the body's text without the ignored
// parts, the names as filters, the date, issue and key point as the
// metadata a result shows.
func TestIndexedContent(t *testing.T) {
	if testing.Short() {
		t.Skip("runs Pagefind")
	}
	tools := pagefindOr(t)
	site := t.TempDir()
	writeSite(t, site, map[string]string{
		"issues/2022-06-15/china/index.html": `<!doctype html><html lang=en-gb><head><title>China backs Russia · The Briefing</title></head><body>` +
			`<header><a href=/search/>Search</a> masthead words</header><main><article class=article data-pagefind-body data-pagefind-filter="section:World">` +
			`<p class=kicker data-pagefind-ignore><a href=/issues/2022-06-15/><time datetime=2022-06-15 data-pagefind-meta="date[datetime], issue">15 June 2022</time></a> · 2 min read</p>` +
			`<h1>China backs Russia</h1><section><h2 data-pagefind-ignore>Key points</h2><ul data-pagefind-weight=2><li data-pagefind-meta=kp1>Xi told Putin that Beijing would keep backing Moscow.</li></ul></section>` +
			`<section data-pagefind-ignore><h2>Summary</h2><p>summarywords repeated</p></section>` +
			`<section><h2 data-pagefind-ignore>Full story</h2><p>Chinese President Xi Jinping spoke to Vladimir Putin on Wednesday.</p></section>` +
			`<p hidden data-pagefind-ignore><span data-pagefind-filter=people>Xi Jinping</span><span data-pagefind-filter=people>Vladimir Putin</span><span data-pagefind-filter=places>Beijing</span></p>` +
			`</article></main><footer>footerwords</footer></body></html>`,
	})
	if _, err := Index(context.Background(), Options{Site: site, Tools: tools}); err != nil {
		t.Fatal(err)
	}
	m := readManifest(t, site)
	frs := fragments(t, filepath.Join(site, Bundle, m.Shards[0].Dir))
	fr, ok := frs["/issues/2022-06-15/china/"]
	if !ok || len(frs) != 1 {
		t.Fatalf("fragments %v, want the one page at /issues/2022-06-15/china/", frs)
	}
	for _, want := range []string{"China backs Russia", "Xi told Putin", "Vladimir Putin on Wednesday"} {
		if !strings.Contains(fr.Content, want) {
			t.Errorf("indexed text %q lacks %q", fr.Content, want)
		}
	}
	for _, not := range []string{"masthead", "footerwords", "summarywords", "Key points", "min read", "Full story"} {
		if strings.Contains(fr.Content, not) {
			t.Errorf("indexed text %q has %q, which is outside the body or ignored", fr.Content, not)
		}
	}
	wantFilters := map[string][]string{"people": {"Xi Jinping", "Vladimir Putin"}, "places": {"Beijing"}, "section": {"World"}}
	for k, want := range wantFilters {
		if got := fr.Filters[k]; !slices.Equal(got, want) {
			t.Errorf("filter %s = %q, want %q", k, got, want)
		}
	}
	wantMeta := map[string]string{"title": "China backs Russia", "date": "2022-06-15", "issue": "15 June 2022", "kp1": "Xi told Putin that Beijing would keep backing Moscow."}
	for k, want := range wantMeta {
		if got := fr.Meta[k]; got != want {
			t.Errorf("meta %s = %q, want %q", k, got, want)
		}
	}
}

// TestIndexTail adds an issue to an indexed archive: the old issues'
// shards are reused and only the new one is indexed, into a tail the
// search page merges.
func TestIndexTail(t *testing.T) {
	if testing.Short() {
		t.Skip("runs Pagefind")
	}
	tools := pagefindOr(t)
	root := t.TempDir()
	archive := map[string]string{}
	for d := 1; d <= 4; d++ {
		for _, s := range []string{"a", "b"} {
			archive[fmt.Sprintf("issues/2022-06-%02d/%s/index.html", d, s)] = articlePage(fmt.Sprintf("Story %s of day %d", s, d), fmt.Sprintf("Words of day %d, story %s.", d, s))
		}
	}
	old, next := filepath.Join(root, "old"), filepath.Join(root, "next")
	writeSite(t, old, archive)
	// Two jobs, and shards of a few pages, as an archive would have.
	r, err := Index(context.Background(), Options{Site: old, Tools: tools, Jobs: 2})
	if err != nil {
		t.Fatal(err)
	}
	if r.Shards != 1 || r.Indexed != 8 {
		t.Fatalf("first index: %+v", r)
	}
	archive["issues/2022-06-05/new/index.html"] = articlePage("A new story", "Fresh words about Putin.")
	writeSite(t, next, archive)
	r, err = Index(context.Background(), Options{Site: next, Previous: old, Tools: tools, Jobs: 2})
	if err != nil {
		t.Fatal(err)
	}
	if r.Pages != 9 || r.Shards != 2 || r.Reused != 1 || r.Indexed != 1 {
		t.Fatalf("with a new issue: %+v, want 9 pages in 2 shards, 1 reused, 1 indexed", r)
	}
	m := readManifest(t, next)
	if !m.Shards[1].Tail || m.Shards[1].Pages != 1 {
		t.Fatalf("shards %+v, want the new issue in a tail", m.Shards)
	}
	frs := fragments(t, filepath.Join(next, Bundle, m.Shards[1].Dir))
	if _, ok := frs["/issues/2022-06-05/new/"]; !ok || len(frs) != 1 {
		t.Errorf("the tail holds %d pages, want just the new story", len(frs))
	}
	if n := len(fragments(t, filepath.Join(next, Bundle, m.Shards[0].Dir))); n != 8 {
		t.Errorf("the reused shard holds %d pages, want 8", n)
	}
	if left, _ := filepath.Glob(filepath.Join(next, ".search-*")); len(left) > 0 {
		t.Errorf("indexing left %v in the site", left)
	}
}

func TestPrevious(t *testing.T) {
	good := func(dir string) manifest {
		return manifest{Version: Version, Shards: []shard{{Dir: dir, First: "issues/2022-06-15", Last: "issues/2022-06-15", Pages: 1, Digest: "d"}}}
	}
	tests := []struct {
		name     string
		manifest any    // written as shards.json; nil writes none
		bundle   string // a shard folder given a pagefind.js
		want     bool
	}{
		{"a manifest of this Pagefind", good("abc/"), "abc", true},
		{"no manifest", nil, "abc", false},
		{"not JSON", "{", "abc", false},
		{"another Pagefind", manifest{Version: "1.5.0", Shards: good("abc/").Shards}, "abc", false},
		{"a shard outside the bundle", good("../abc/"), "abc", false},
		{"an absolute shard folder", good("/abc/"), "abc", false},
		{"a shard without its files", good("abc/"), "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			site := t.TempDir()
			files := map[string]string{}
			if tt.bundle != "" {
				files[Bundle+"/"+tt.bundle+"/pagefind.js"] = "export{}"
			}
			switch m := tt.manifest.(type) {
			case nil:
			case string:
				files[Bundle+"/"+Manifest] = m
			default:
				data, _ := json.Marshal(m)
				files[Bundle+"/"+Manifest] = string(data)
			}
			writeSite(t, site, files)
			if got := previous(site) != nil; got != tt.want {
				t.Errorf("previous reused = %v, want %v", got, tt.want)
			}
		})
	}
	if previous("") != nil {
		t.Error("no previous site gave a manifest")
	}
}

func TestReportString(t *testing.T) {
	tests := []struct {
		name string
		r    Report
		want string
	}{
		{"an index", Report{Pages: 510, Shards: 2, Reused: 1, Indexed: 10, Bytes: 3 << 20, Elapsed: 1500 * time.Millisecond},
			"search: 510 pages in 2 shards (1 reused, 10 pages indexed), 3.0 MB in 1.50s"},
		{"the first build", Report{Pages: 1, Shards: 1, Indexed: 1, Bytes: 2048, Elapsed: time.Second, Install: 4 * time.Second},
			"search: 1 pages in 1 shards (0 reused, 1 pages indexed), 2.0 KB in 1.00s (Pagefind installed in 4.00s)"},
		{"no index", Report{Unavailable: "npm is not installed"},
			"search: no index, npm is not installed; the search page says search is unavailable"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.r.String(); got != tt.want {
				t.Errorf("got  %s\nwant %s", got, tt.want)
			}
		})
	}
}

func TestOwns(t *testing.T) {
	for rel, want := range map[string]bool{
		"pagefind/":                      true,
		"pagefind/abc/pagefind.js":       true,
		".search-123/":                   true,
		".search-123/0/issues/a/b.html":  true,
		"issues/2005-01-03/a/index.html": false,
		"pagefinder/index.html":          false,
		"search/index.html":              false,
	} {
		if got := Owns(rel); got != want {
			t.Errorf("Owns(%q) = %v, want %v", rel, got, want)
		}
	}
}

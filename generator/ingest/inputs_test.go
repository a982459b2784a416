package ingest_test

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"briefing/generator/content"
	"briefing/generator/ingest"
	"briefing/generator/source/fetch"
)

// fixture reads a test file of the source packages.
func fixture(t testing.TB, rel string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "source", rel))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// articles lists an issue's article files (not its _index.md) by name.
func articles(t testing.TB, root, id string) map[string]string {
	t.Helper()
	out := map[string]string{}
	for rel, data := range tree(t, filepath.Join(root, "content", "issues", id)) {
		if rel != "_index.md" {
			out[rel] = data
		}
	}
	return out
}

func field(file, key string) string {
	m := regexp.MustCompile(`(?m)^` + regexp.QuoteMeta(key) + `: (.*)$`).FindStringSubmatch(file)
	if m == nil {
		return ""
	}
	return strings.Trim(m[1], `"`)
}

func body(file string) string {
	_, b, _ := strings.Cut(file[4:], "\n---\n")
	return b
}

// TestEveryKindOfInput: text, Markdown, saved pages (one with its _files
// folder, one saved as .txt), three feeds; READMEs and hidden files are
// skipped. The RSS feed's first item is the saved page's story: it is
// published once, as the page (the longer version).
func TestEveryKindOfInput(t *testing.T) {
	page := fixture(t, "webpage/testdata/saved.html")
	root := inbox(t, map[string]string{
		"2024-03-01/a.txt":                                 good,
		"2024-03-01/b.md":                                  "---\ntags: [budget]\n---\nSecond story\n\nIt happened on Monday.\n",
		"2024-03-01/Harbour bridge reopens.html":           page,
		"2024-03-01/Harbour bridge reopens_files/site.css": "body{}",
		"2024-03-01/Harbour bridge reopens_files/logo.png": "\x89PNG\r\n\x1a\n",
		"2024-03-01/feeds/gazette.xml":                     fixture(t, "feed/testdata/rss.xml"),
		"2024-03-01/feeds/port.atom":                       fixture(t, "feed/testdata/atom.xml"),
		"2024-03-01/feeds/cityhall.json":                   fixture(t, "feed/testdata/feed.json"),
		"2024-03-02/page-saved-as.txt":                     page,
		"2024-03-01/README.md":                             "# What goes here\n",
		"2024-03-01/.DS_Store":                             "\x00\x00\x00\x01Bud1",
		"2024-03-01/.drafts/x.pdf":                         "%PDF-1.7",
	})
	rep, err := run(root, ingest.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Articles != 10 || len(rep.Skipped) != 0 {
		t.Fatalf("articles %d, skipped %v: want 2 files, 2 pages and 7 feed items less one duplicate, nothing skipped", rep.Articles, rep.Skipped)
	}
	if len(rep.Merged) != 1 || !strings.HasSuffix(rep.Merged[0].File, "/feeds/gazette.xml: item 1") || !strings.HasSuffix(rep.Merged[0].Into, "/Harbour bridge reopens.html") {
		t.Errorf("merged %+v, want the feed's bridge story into the saved page", rep.Merged)
	}
	first, second := articles(t, root, "2024-03-01"), articles(t, root, "2024-03-02")
	if len(first) != 9 || len(second) != 1 {
		t.Fatalf("content files %q and %q", keys(first), keys(second))
	}
	// The page saved as .txt is read as a page, not published with the
	// headline "<!DOCTYPE html>".
	for _, f := range second {
		if field(f, "title") != "Harbour bridge reopens after two years of repairs" || strings.Contains(f, "<!DOCTYPE") {
			t.Errorf("page saved as .txt:\n%s", f)
		}
	}
	// A page: the article's text and what the page says about it, not its
	// navigation, adverts, comments or footer.
	var pageFile string
	for name, f := range first {
		if field(f, "source") == "inbox/2024-03-01/Harbour bridge reopens.html" || strings.HasSuffix(field(f, "source"), "/2024-03-01/Harbour bridge reopens.html") {
			pageFile = name
		}
	}
	f := first[pageFile]
	if field(f, "author") != "Jane Porter" || field(f, "link") != "https://news.example.com/2024/03/01/harbour-bridge-reopens-after-repairs" || field(f, "sourcedate") != "2024-03-01" {
		t.Errorf("page %s lacks its byline, link or date:\n%s", pageFile, f)
	}
	for _, junk := range []string{"Subscribe", "Related stories", "Privacy policy", "All rights reserved", "commute", "winter tyres", "cookies"} {
		if strings.Contains(body(f), junk) {
			t.Errorf("the page's %q is in the article:\n%s", junk, body(f))
		}
	}
	// A feed item: its title, link and text; the feed file as its source.
	var feedFiles int
	for _, f := range first {
		if strings.HasSuffix(field(f, "source"), "/feeds/gazette.xml") {
			feedFiles++
			if field(f, "link") == "" || field(f, "site") != "The Example Gazette" || !strings.Contains(f, "  key: ") {
				t.Errorf("feed item lacks its link, site or key:\n%s", f)
			}
		}
	}
	if feedFiles != 2 {
		t.Errorf("%d articles from the RSS feed, want 2 (3 less the duplicate)", feedFiles)
	}
	// Every story has its own place in the issue.
	var weights []int
	for _, f := range first {
		var w int
		fmt.Sscan(field(f, "weight"), &w)
		weights = append(weights, w)
	}
	sort.Ints(weights)
	for i, w := range weights {
		if w != i+1 {
			t.Fatalf("weights %v, want 1 to %d", weights, len(first))
		}
	}
	// A second run reads everything again and changes nothing.
	rep, err = run(root, ingest.Options{})
	if err != nil || rep.Cached != 10 || rep.Created+rep.Updated != 0 {
		t.Errorf("second run: %+v, %v", rep, err)
	}
}

// TestNamedReadmeIsNotSilent: a README given by name says why nothing
// came of it.
func TestNamedReadmeIsNotSilent(t *testing.T) {
	root := inbox(t, map[string]string{"2024-03-01/README.txt": good})
	_, err := ingest.Run(context.Background(), []string{filepath.Join(root, "inbox", "2024-03-01", "README.txt")}, ingest.Options{Out: filepath.Join(root, "content")})
	if err == nil || !strings.Contains(err.Error(), "README.txt: a README is not read as an article - rename it if it is one") {
		t.Errorf("err = %v", err)
	}
}

// web serves pages and feeds on loopback and counts the requests.
type web struct {
	*httptest.Server
	mu   sync.Mutex
	hits map[string]int
}

func (w *web) count(path string) int {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.hits[path]
}

func newWeb(t *testing.T) *web {
	t.Helper()
	w := &web{hits: map[string]int{}}
	page := fixture(t, "webpage/testdata/saved.html")
	rss := fixture(t, "feed/testdata/rss.xml")
	mux := http.NewServeMux()
	serve := func(ctype, body string) http.HandlerFunc {
		return func(rw http.ResponseWriter, r *http.Request) {
			rw.Header().Set("Content-Type", ctype)
			fmt.Fprint(rw, body)
		}
	}
	mux.HandleFunc("/bridge", serve("text/html; charset=utf-8", page))
	mux.HandleFunc("/feed.xml", serve("application/rss+xml", rss))
	mux.HandleFunc("/teasers.xml", func(rw http.ResponseWriter, r *http.Request) {
		rw.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprintf(rw, `<rss version="2.0"><channel><title>Wire</title><link>http://%[1]s/</link>
<item><title>Bridge reopens</title><link>http://%[1]s/bridge</link><description>The bridge is open.</description></item>
</channel></rss>`, r.Host)
	})
	mux.HandleFunc("/malformed", serve("text/html", `<html><body><div <<>><p>Breaking: <b><i>more soon</p></b></table></span><script>var x = "</div>`))
	mux.HandleFunc("/not-a-feed", serve("application/rss+xml", "Our feeds are moving. Please check back soon."))
	mux.HandleFunc("/slow", func(rw http.ResponseWriter, r *http.Request) {
		select {
		case <-time.After(5 * time.Second):
		case <-r.Context().Done():
		}
	})
	mux.HandleFunc("/huge", func(rw http.ResponseWriter, r *http.Request) {
		rw.Header().Set("Content-Type", "text/html")
		chunk := []byte(strings.Repeat("<p>more</p>", 1<<12))
		for sent := 0; sent < 50<<20; sent += len(chunk) {
			if _, err := rw.Write(chunk); err != nil {
				return
			}
		}
	})
	mux.HandleFunc("/loop", func(rw http.ResponseWriter, r *http.Request) { http.Redirect(rw, r, "/loop2", http.StatusFound) })
	mux.HandleFunc("/loop2", func(rw http.ResponseWriter, r *http.Request) { http.Redirect(rw, r, "/loop", http.StatusFound) })
	mux.HandleFunc("/missing", http.NotFound)
	mux.HandleFunc("/down", func(rw http.ResponseWriter, r *http.Request) { http.Error(rw, "oops", http.StatusServiceUnavailable) })
	w.Server = httptest.NewServer(http.HandlerFunc(func(rw http.ResponseWriter, r *http.Request) {
		w.mu.Lock()
		w.hits[r.URL.Path]++
		w.mu.Unlock()
		mux.ServeHTTP(rw, r)
	}))
	t.Cleanup(w.Close)
	return w
}

// TestURLsGiveArticles: a feed's address and a page's address given to
// ingest give the feed's three articles and the page's one, without the
// page's navigation or footer; the feed's first item is the page's story,
// published once.
func TestURLsGiveArticles(t *testing.T) {
	srv := newWeb(t)
	root := t.TempDir()
	out := filepath.Join(root, "content")
	rep, err := ingest.Run(context.Background(), []string{srv.URL + "/feed.xml", srv.URL + "/bridge"}, ingest.Options{Out: out, Issue: "2024-03-01"})
	if err != nil {
		t.Fatal(err)
	}
	files := articles(t, root, "2024-03-01")
	if rep.Articles != 3 || len(files) != 3 || len(rep.Merged) != 1 || rep.Merged[0].Into != srv.URL+"/bridge" {
		t.Fatalf("articles %d, files %q, merged %+v", rep.Articles, keys(files), rep.Merged)
	}
	var page string
	for _, f := range files {
		if field(f, "source") == srv.URL+"/bridge" {
			page = f
		}
	}
	if page == "" {
		t.Fatalf("no content file has the page's address as its source: %q", keys(files))
	}
	b := body(page)
	if !strings.Contains(b, "The harbour bridge reopened to traffic") {
		t.Errorf("article text missing:\n%s", b)
	}
	for _, junk := range []string{"Home", "Subscribe", "Related stories", "Privacy policy", "All rights reserved", "commute"} {
		if strings.Contains(b, junk) {
			t.Errorf("the page's navigation or footer (%q) is in the article:\n%s", junk, b)
		}
	}
	// Without an issue there is nowhere to put them: said before a download.
	_, err = ingest.Run(context.Background(), []string{srv.URL + "/feed.xml"}, ingest.Options{Out: out})
	if err == nil || !strings.Contains(err.Error(), srv.URL+"/feed.xml: no issue date - pass --issue YYYY-MM-DD") || srv.count("/feed.xml") != 1 {
		t.Errorf("err = %v, feed fetched %d times", err, srv.count("/feed.xml"))
	}
	for _, bad := range []struct{ arg, want string }{
		{"ftp://example.org/a", "ftp://example.org/a: no such file or directory - give a web address in full, starting with https://"},
		{"www.example.org/story", "www.example.org/story: no such file or directory - give a web address in full, starting with https://"},
	} {
		_, err = ingest.Run(context.Background(), []string{bad.arg}, ingest.Options{Out: out, Issue: "2024-03-01"})
		if err == nil || !strings.Contains(err.Error(), bad.want) {
			t.Errorf("%s: err = %v", bad.arg, err)
		}
	}
}

// TestURLErrorsAreNamed: every way a download goes wrong is an error
// naming the address and saying what to do, and changes nothing.
func TestURLErrorsAreNamed(t *testing.T) {
	srv := newWeb(t)
	client := &fetch.Client{HeaderTimeout: 200 * time.Millisecond, Timeout: 20 * time.Second}
	tests := []struct{ name, path, want string }{
		{"times out", "/slow", "the server did not answer within 200ms - try again later"},
		{"not found", "/missing", "the page was not found (404 Not Found) - check the address"},
		{"server error", "/down", "the site failed (503 Service Unavailable) - try again later"},
		{"50 MB", "/huge", "the download is over the 10 MB limit - "},
		{"redirect loop", "/loop", "the address redirects in a loop (" + srv.URL + "/loop -> " + srv.URL + "/loop2 -> " + srv.URL + "/loop) - "},
		{"malformed HTML", "/malformed", "no article text found in the page"},
		{"feed neither XML nor JSON", "/not-a-feed", "neither an RSS, Atom nor JSON feed - "},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			root := t.TempDir()
			opt := ingest.Options{Out: filepath.Join(root, "content"), Issue: "2024-03-01", Fetch: client}
			_, err := ingest.Run(context.Background(), []string{srv.URL + tt.path, srv.URL + "/bridge"}, opt)
			if err == nil || !strings.HasPrefix(err.Error(), srv.URL+tt.path+": ") || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("err = %v\nwant the address and %q", err, tt.want)
			}
			if _, err := os.Stat(opt.Out); !os.IsNotExist(err) {
				t.Error("a failed ingest wrote content")
			}
			opt.KeepGoing = true
			rep, err := ingest.Run(context.Background(), []string{srv.URL + tt.path, srv.URL + "/bridge"}, opt)
			if err != nil || rep.Articles != 1 || len(rep.Skipped) != 1 || !strings.Contains(rep.Skipped[0].Error(), tt.want) {
				t.Errorf("--keep-going: %+v, %v", rep, err)
			}
		})
	}
}

// TestURLListFetchedOnce: a .urls list in an issue folder is fetched once;
// later runs keep its articles without a download, so they work offline,
// and a download that fails never takes away a story already there.
func TestURLListFetchedOnce(t *testing.T) {
	srv := newWeb(t)
	root := inbox(t, map[string]string{
		"2024-03-01/a.txt":      good,
		"2024-03-01/links.urls": "# the morning's links\n" + srv.URL + "/feed.xml\n" + srv.URL + "/bridge\n",
	})
	rep, err := run(root, ingest.Options{})
	if err != nil {
		t.Fatal(err)
	}
	// The feed's first item is the page's story: published once.
	first := articles(t, root, "2024-03-01")
	if rep.Articles != 4 || len(first) != 4 || len(rep.Merged) != 1 || srv.count("/feed.xml") != 1 || srv.count("/bridge") != 1 {
		t.Fatalf("articles %d, files %d, merged %+v, fetched feed %d and page %d times", rep.Articles, len(first), rep.Merged, srv.count("/feed.xml"), srv.count("/bridge"))
	}
	for _, f := range first {
		if s := field(f, "source"); strings.HasSuffix(s, "links.urls") && !strings.Contains(f, "  key: "+srv.URL) {
			t.Errorf("a listed article does not record its address:\n%s", f)
		}
	}
	// Again: nothing fetched, nothing written.
	rep, err = run(root, ingest.Options{Orphans: true})
	if err != nil || rep.Articles != 4 || rep.Created+rep.Updated != 0 || len(rep.Orphans) != 0 || srv.count("/feed.xml") != 1 || srv.count("/bridge") != 1 {
		t.Fatalf("second run: %+v, %v; fetched %d, %d", rep, err, srv.count("/feed.xml"), srv.count("/bridge"))
	}
	// Offline, and with a new lead story: every article moves down, the
	// listed ones too, without a download (each keeps its place after
	// the lead but the old lead, which goes to its section).
	srv.Close()
	os.WriteFile(filepath.Join(root, "inbox", "2024-03-01", "0.md"), []byte("---\nlead: true\n---\nFirst story\n\nIt came first.\n"), 0o644)
	rep, err = run(root, ingest.Options{Orphans: true})
	if err != nil || rep.Articles != 5 || len(rep.Orphans) != 0 {
		t.Fatalf("offline: %+v, %v", rep, err)
	}
	now := articles(t, root, "2024-03-01")
	if w := field(now["first-story.md"], "weight"); w != "1" {
		t.Errorf("the new lead's weight is %s, want 1", w)
	}
	for name, f := range first {
		if body(now[name]) != body(f) {
			t.Errorf("%s changed offline", name)
		}
		var was, is int
		fmt.Sscan(field(f, "weight"), &was)
		fmt.Sscan(field(now[name], "weight"), &is)
		if was == 1 && is < 2 || was > 1 && is != was+1 {
			t.Errorf("%s: weight %d, then %d; want it one down (the old lead: below the new one)", name, was, is)
		}
	}
	// Asked to fetch again while the site is down: an error naming the
	// address; the stories stay as they are.
	before := tree(t, filepath.Join(root, "content"))
	_, err = run(root, ingest.Options{Refetch: true})
	if err == nil || !strings.Contains(err.Error(), "links.urls:2: "+srv.URL+"/feed.xml: could not connect") {
		t.Errorf("refetch offline: err = %v", err)
	}
	rep, err = run(root, ingest.Options{Refetch: true, KeepGoing: true, Orphans: true})
	if err != nil || len(rep.Skipped) != 1 || len(rep.Orphans) != 0 {
		t.Errorf("refetch offline, keep going: %+v, %v", rep, err)
	}
	after := tree(t, filepath.Join(root, "content"))
	for name, data := range before {
		if after[name] != data {
			t.Errorf("%s changed when the download failed", name)
		}
	}
}

// TestFeedTeasers: an item with only a short description is left out with
// a warning that names the flag, or fetched from its link when asked.
func TestFeedTeasers(t *testing.T) {
	srv := newWeb(t)
	resp, err := http.Get(srv.URL + "/teasers.xml")
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	buf := make([]byte, 4096)
	for {
		n, err := resp.Body.Read(buf)
		b.Write(buf[:n])
		if err != nil {
			break
		}
	}
	resp.Body.Close()
	root := inbox(t, map[string]string{"2024-03-01/wire.xml": b.String(), "2024-03-01/a.txt": good})
	rep, err := run(root, ingest.Options{FollowLinksHint: "rerun with --follow-links"})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Articles != 1 || len(rep.Warnings) != 1 || !strings.Contains(rep.Warnings[0], `wire.xml: item 1 "Bridge reopens": skipped: the feed gives only a short description (4 words), not the article - rerun with --follow-links, or save`) {
		t.Fatalf("articles %d, warnings %q", rep.Articles, rep.Warnings)
	}
	rep, err = run(root, ingest.Options{FollowLinks: true})
	if err != nil || rep.Articles != 2 || len(rep.Warnings) != 0 || srv.count("/bridge") != 1 {
		t.Fatalf("follow links: %+v, %v", rep, err)
	}
	// Fetched once: later runs, with or without the flag, keep it.
	for _, follow := range []bool{true, false} {
		rep, err = run(root, ingest.Options{FollowLinks: follow, Orphans: true})
		if err != nil || rep.Articles != 2 || len(rep.Warnings) != 0 || len(rep.Orphans) != 0 || srv.count("/bridge") != 1 {
			t.Fatalf("again (follow %v): %+v, %v, fetched %d", follow, rep, err, srv.count("/bridge"))
		}
	}
}

// TestRenameKeepsPages: renaming or moving inbox files within the issue
// keeps every page, at its address, with its new source; the issue's
// order is its composition's (see package compose), not the files' names,
// so each keeps its place.
func TestRenameKeepsPages(t *testing.T) {
	other := "Council approves cycle lanes\n\nCouncillors voted on Thursday to build eleven kilometres of cycle lanes.\n"
	root := inbox(t, map[string]string{"2024-01-02/01-budget.txt": good, "2024-01-02/02-lanes.txt": other})
	if _, err := run(root, ingest.Options{Orphans: true}); err != nil {
		t.Fatal(err)
	}
	before := articles(t, root, "2024-01-02")
	dir := filepath.Join(root, "inbox", "2024-01-02")
	os.MkdirAll(filepath.Join(dir, "later"), 0o755)
	os.Rename(filepath.Join(dir, "01-budget.txt"), filepath.Join(dir, "later", "budget.txt"))
	os.Rename(filepath.Join(dir, "02-lanes.txt"), filepath.Join(dir, "01-lanes.txt"))
	rep, err := run(root, ingest.Options{Orphans: true})
	if err != nil {
		t.Fatal(err)
	}
	after := articles(t, root, "2024-01-02")
	// Both pages, and the issue's page (its composition records the files).
	if len(after) != 2 || len(rep.Orphans) != 0 || rep.Cached != 0 || rep.Updated != 3 || rep.Created != 0 {
		t.Fatalf("after renaming: files %q, orphans %q, report %+v", keys(after), rep.Orphans, rep)
	}
	for name, f := range before {
		g, ok := after[name]
		if !ok {
			t.Fatalf("%s is gone: %q", name, keys(after))
		}
		if body(g) != body(f) || field(g, "summary") != field(f, "summary") || field(g, "weight") != field(f, "weight") || field(g, "section") != field(f, "section") {
			t.Errorf("%s changed beyond its source", name)
		}
	}
	budget := after["ministers-agree-new-budget.md"]
	lanes := after["council-approves-cycle-lanes.md"]
	if !strings.HasSuffix(field(budget, "source"), "2024-01-02/later/budget.txt") || !strings.HasSuffix(field(lanes, "source"), "2024-01-02/01-lanes.txt") {
		t.Errorf("sources not updated:\n%s\n%s", budget, lanes)
	}
	// And the run after changes nothing.
	rep, err = run(root, ingest.Options{Orphans: true})
	if err != nil || rep.Cached != 2 || rep.Created+rep.Updated != 0 {
		t.Errorf("third run: %+v, %v", rep, err)
	}
}

// TestMoveIntoSectionFolder: an article moved into a section's folder
// keeps its page and takes the folder's section; nothing else of it is
// computed again.
func TestMoveIntoSectionFolder(t *testing.T) {
	other := "Council approves cycle lanes\n\nCouncillors voted on Thursday to build eleven kilometres of cycle lanes.\n"
	root := inbox(t, map[string]string{"2024-01-02/budget.txt": good, "2024-01-02/lanes.txt": other})
	if _, err := run(root, ingest.Options{}); err != nil {
		t.Fatal(err)
	}
	before := articles(t, root, "2024-01-02")
	if s := field(before["ministers-agree-new-budget.md"], "section"); s == "" || s == "Sport" {
		t.Fatalf("the budget story's section is %q before the move", s)
	}
	dir := filepath.Join(root, "inbox", "2024-01-02")
	os.MkdirAll(filepath.Join(dir, "sport"), 0o755)
	os.Rename(filepath.Join(dir, "budget.txt"), filepath.Join(dir, "sport", "budget.txt"))
	rep, err := run(root, ingest.Options{Orphans: true})
	if err != nil {
		t.Fatal(err)
	}
	after := articles(t, root, "2024-01-02")
	budget := after["ministers-agree-new-budget.md"]
	if len(after) != 2 || len(rep.Orphans) != 0 || rep.Created != 0 {
		t.Fatalf("after the move: files %q, report %+v", keys(after), rep)
	}
	if field(budget, "section") != "Sport" || !strings.HasSuffix(field(budget, "source"), "2024-01-02/sport/budget.txt") {
		t.Errorf("moved into sport/: section %q, source %q", field(budget, "section"), field(budget, "source"))
	}
	was := before["ministers-agree-new-budget.md"]
	if body(budget) != body(was) || field(budget, "summary") != field(was, "summary") {
		t.Error("the moved article changed beyond its place")
	}
	if err := content.CheckDir(filepath.Join(root, "content"), ingest.DefaultTaxonomies); err != nil {
		t.Error(err)
	}
}

// TestOrphanAdviceWorks: when a run lists an orphan, deleting it as the
// advice says leaves one page per article, and the runs after agree.
func TestOrphanAdviceWorks(t *testing.T) {
	root := inbox(t, map[string]string{
		"2024-01-02/a.txt":   good,
		"2024-01-02/b.txt":   "Council approves cycle lanes\n\nCouncillors voted on Thursday to build eleven kilometres of cycle lanes.\n",
		"2024-01-02/f.json":  fixture(t, "feed/testdata/feed.json"),
		"2024-01-02/old.txt": "Old story\n\nIt is no longer wanted.\n",
	})
	if _, err := run(root, ingest.Options{Orphans: true}); err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join(root, "inbox", "2024-01-02")
	// Renamed and corrected at once: a new input under a new name.
	os.Remove(filepath.Join(dir, "a.txt"))
	os.WriteFile(filepath.Join(dir, "z.txt"), []byte(strings.Replace(good, "Tuesday", "Wednesday", 1)), 0o644)
	// An item dropped from the feed.
	var feed map[string]any
	json.Unmarshal([]byte(fixture(t, "feed/testdata/feed.json")), &feed)
	feed["items"] = feed["items"].([]any)[1:]
	dropped, _ := json.Marshal(feed)
	os.WriteFile(filepath.Join(dir, "f.json"), dropped, 0o644)
	// A file removed.
	os.Remove(filepath.Join(dir, "old.txt"))
	rep, err := run(root, ingest.Options{Orphans: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Orphans) != 3 {
		t.Fatalf("orphans %q, want the old budget file, the dropped item's and the old story's", rep.Orphans)
	}
	for _, o := range rep.Orphans {
		if err := os.Remove(o); err != nil {
			t.Fatal(err)
		}
	}
	for n := range 2 {
		rep, err = run(root, ingest.Options{Orphans: true})
		if err != nil {
			t.Fatal(err)
		}
		files := articles(t, root, "2024-01-02")
		if len(rep.Orphans) != 0 || rep.Created+rep.Updated != 0 || len(files) != 3 || rep.Articles != 3 {
			t.Fatalf("run %d after deleting the orphans: %q, orphans %q, report %+v", n+1, keys(files), rep.Orphans, rep)
		}
		titles := map[string]int{}
		for _, f := range files {
			titles[field(f, "title")]++
		}
		if titles["Ministers agree new budget"] != 1 {
			t.Errorf("the corrected story has %d pages", titles["Ministers agree new budget"])
		}
	}
}

// TestChangedFeedItemKeepsPage: a feed item whose text changed updates its
// page; it does not get a second one.
func TestChangedFeedItemKeepsPage(t *testing.T) {
	feed := fixture(t, "feed/testdata/rss.xml")
	root := inbox(t, map[string]string{"2024-03-01/gazette.xml": feed})
	if _, err := run(root, ingest.Options{}); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(root, "inbox", "2024-03-01", "gazette.xml"), []byte(strings.Replace(feed, "Work starts in June.", "Work starts in July.", 1)), 0o644)
	rep, err := run(root, ingest.Options{Orphans: true})
	if err != nil {
		t.Fatal(err)
	}
	// The item's page, and the issue's page (its composition records
	// every article's input).
	files := articles(t, root, "2024-03-01")
	if len(files) != 3 || rep.Updated != 2 || rep.Cached != 2 || len(rep.Orphans) != 0 {
		t.Fatalf("files %q, report %+v", keys(files), rep)
	}
	if !strings.Contains(files["council-approves-new-cycle-lanes-crossings.md"], "Work starts in July.") {
		t.Errorf("the item's page was not updated: %q", keys(files))
	}
	if err := content.CheckDir(filepath.Join(root, "content"), ingest.DefaultTaxonomies); err != nil {
		t.Error(err)
	}
}

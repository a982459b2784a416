package source

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"briefing/generator/source/fetch"
	"briefing/generator/source/sniff"
)

func file(t *testing.T, path string) []byte {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func TestRead(t *testing.T) {
	page := file(t, "webpage/testdata/saved.html")
	tests := []struct {
		name     string
		file     string
		data     []byte
		kind     sniff.Kind
		articles int
		headline string
	}{
		{"text article", "inbox/2024-03-01/a.txt", []byte("Rates held\n\nThe bank kept rates on hold."), sniff.Text, 1, "Rates held"},
		{"markdown article", "inbox/2024-03-01/a.md", []byte("---\ntitle: Rates held\n---\nThe bank kept rates on hold."), sniff.Markdown, 1, "Rates held"},
		{"saved page", "inbox/2024-03-01/bridge.html", page, sniff.HTML, 1, "Harbour bridge reopens after two years of repairs"},
		{"page saved as .txt", "inbox/2024-03-01/bridge.txt", page, sniff.HTML, 1, "Harbour bridge reopens after two years of repairs"},
		{"RSS", "inbox/2024-03-01/gazette.xml", file(t, "feed/testdata/rss.xml"), sniff.Feed, 3, "Harbour bridge reopens after two years of repairs"},
		{"Atom", "inbox/2024-03-01/port.atom", file(t, "feed/testdata/atom.xml"), sniff.Feed, 2, "Cargo volumes fall to a ten-year low"},
		{"JSON Feed", "inbox/2024-03-01/cityhall.json", file(t, "feed/testdata/feed.json"), sniff.Feed, 2, "Budget vote delayed by a week"},
		{"README", "inbox/2024-03-01/README.md", []byte("# notes"), sniff.Ignored, 0, ""},
		{"hidden file", "inbox/2024-03-01/.DS_Store", []byte("\x00\x00\x00\x01Bud1"), sniff.Ignored, 0, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := Read(context.Background(), tt.file, tt.data, Options{})
			if err != nil {
				t.Fatal(err)
			}
			if res.Kind != tt.kind || len(res.Items) != tt.articles {
				t.Fatalf("got %v with %d articles, want %v with %d", res.Kind, len(res.Items), tt.kind, tt.articles)
			}
			if tt.articles == 0 {
				return
			}
			first := res.Items[0]
			if first.Headline != tt.headline || len(first.Paragraphs) == 0 || first.Digest == "" {
				t.Errorf("first article: %q, %d paragraphs, digest %q", first.Headline, len(first.Paragraphs), first.Digest)
			}
			keys := map[string]bool{}
			for _, it := range res.Items {
				if keys[it.Key] {
					t.Errorf("key %q twice", it.Key)
				}
				keys[it.Key] = true
			}
		})
	}
}

func TestThreeFeedFilesGiveSevenArticles(t *testing.T) {
	n := 0
	for _, f := range []string{"feed/testdata/rss.xml", "feed/testdata/atom.xml", "feed/testdata/feed.json"} {
		res, err := Read(context.Background(), f, file(t, f), Options{})
		if err != nil {
			t.Fatal(err)
		}
		n += len(res.Items)
		for _, it := range res.Items {
			if it.Link == "" || it.Fields[FieldLink] != it.Link || it.Fields[FieldDate] == nil {
				t.Errorf("%s: item %q has link %q, fields %v", f, it.Headline, it.Link, it.Fields)
			}
		}
	}
	if n != 7 {
		t.Errorf("%d articles, want 7", n)
	}
}

func TestReadPageFields(t *testing.T) {
	res, err := Read(context.Background(), "bridge.html", file(t, "webpage/testdata/saved.html"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	a := res.Items[0]
	want := map[string]any{FieldAuthor: "Jane Porter", FieldLink: "https://news.example.com/2024/03/01/harbour-bridge-reopens-after-repairs",
		FieldSite: "The Example Gazette", FieldDate: "2024-03-01"}
	for k, v := range want {
		if a.Fields[k] != v {
			t.Errorf("field %s = %v, want %v", k, a.Fields[k], v)
		}
	}
	if a.Source != "bridge.html" || a.Key != "" || a.Link != want[FieldLink] {
		t.Errorf("source %q key %q link %q", a.Source, a.Key, a.Link)
	}
}

func TestReadErrors(t *testing.T) {
	tests := []struct {
		name, file string
		data       []byte
		want       string
	}{
		{"PDF", "inbox/2024-03-01/report.pdf", []byte("%PDF-1.7\n"), "inbox/2024-03-01/report.pdf: a PDF document is not an article the generator can read - save the article's text as a .txt file"},
		{"Word", "inbox/2024-03-01/story.docx", []byte("PK\x03\x04" + strings.Repeat("\x00", 26) + "word/document.xml"), "story.docx: a Word document is not an article"},
		{"image", "inbox/2024-03-01/photo.jpg", []byte("\xFF\xD8\xFF\xE0"), "photo.jpg: a JPEG image is not an article the generator can read - move it out of the issue folder"},
		{"feed that is no feed", "inbox/2024-03-01/feed.xml", []byte(`<?xml version="1.0"?><urlset></urlset>`), "feed.xml: an XML file that is not a feed is not an article"},
		{"broken feed", "inbox/2024-03-01/feed.xml", []byte("<rss version=\"2.0\">\n<channel>\n<item><title>a</ti"), "feed.xml:3: malformed feed"},
		{"page without an article", "inbox/2024-03-01/home.html", []byte(`<html><body><nav><a href="/">Home</a></nav></body></html>`), "home.html: no article text found in the page"},
		{"bad URL list", "inbox/2024-03-01/links.urls", []byte("https://a.example/\nexample.com/b\n"), "links.urls:2: \"example.com/b\": not a full address"},
		{"empty text", "inbox/2024-03-01/a.txt", []byte(""), "a.txt: file is empty"},
		{"page over the limit", "inbox/2024-03-01/big.html", []byte("<html>" + strings.Repeat("x", 2000)), "big.html: file is 2006 bytes, over the limit of 1000"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Read(context.Background(), tt.file, tt.data, Options{MaxPageBytes: 1000})
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("err = %v\nwant it to contain %q", err, tt.want)
			}
		})
	}
}

// web serves pages and feeds on loopback for the URL tests.
func web(t *testing.T) *httptest.Server {
	t.Helper()
	mux := http.NewServeMux()
	page := file(t, "webpage/testdata/saved.html")
	rss := file(t, "feed/testdata/rss.xml")
	mux.HandleFunc("/bridge", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write(page)
	})
	mux.HandleFunc("/feed.xml", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		w.Write(rss)
	})
	mux.HandleFunc("/teasers.xml", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprintf(w, `<rss version="2.0"><channel><title>Wire</title><link>%[1]s/</link>
<item><title>Bridge reopens</title><link>%[1]s/bridge</link><description>The bridge is open.</description></item>
<item><title>Gone</title><link>%[1]s/missing</link><description>Teaser.</description></item>
</channel></rss>`, "http://"+r.Host)
	})
	mux.HandleFunc("/malformed", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprint(w, `<html><body><div <<>><p>Breaking: <b><i>more soon</p></b></table></span><script>var x = "</div>`)
	})
	mux.HandleFunc("/not-a-feed", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprint(w, "Our feeds are moving. Please check back soon.")
	})
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-time.After(5 * time.Second):
		case <-r.Context().Done():
		}
	})
	mux.HandleFunc("/huge", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		chunk := []byte(strings.Repeat("<p>more</p>", 1<<12))
		for sent := 0; sent < 50<<20; sent += len(chunk) {
			if _, err := w.Write(chunk); err != nil {
				return
			}
		}
	})
	mux.HandleFunc("/loop", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/loop2", http.StatusFound) })
	mux.HandleFunc("/loop2", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/loop", http.StatusFound) })
	mux.HandleFunc("/missing", http.NotFound)
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

func TestReadURLFeedAndPageGiveFourArticles(t *testing.T) {
	srv := web(t)
	var items []Item
	for _, u := range []string{srv.URL + "/feed.xml", srv.URL + "/bridge"} {
		res, err := ReadURL(context.Background(), u, Options{})
		if err != nil {
			t.Fatal(err)
		}
		items = append(items, res.Items...)
	}
	if len(items) != 4 {
		t.Fatalf("%d articles, want 4", len(items))
	}
	page := items[3]
	if page.Headline != "Harbour bridge reopens after two years of repairs" || page.Source != srv.URL+"/bridge" || page.Key != "" {
		t.Errorf("page: %q from %q key %q", page.Headline, page.Source, page.Key)
	}
	body := strings.Join(page.Paragraphs, "\n")
	for _, junk := range []string{"Home", "Subscribe", "Related stories", "Privacy policy", "All rights reserved", "commute"} {
		if strings.Contains(body, junk) {
			t.Errorf("the page's navigation or footer (%q) is in the article:\n%s", junk, body)
		}
	}
	if !strings.Contains(body, "The harbour bridge reopened to traffic") {
		t.Errorf("article text missing:\n%s", body)
	}
}

func TestReadURLList(t *testing.T) {
	srv := web(t)
	list := fmt.Sprintf("# today\n%[1]s/feed.xml\n%[1]s/bridge\n%[1]s/missing # gone?\n", srv.URL)
	res, err := Read(context.Background(), "inbox/2024-03-01/links.urls", []byte(list), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if res.Kind != sniff.URLList || len(res.Items) != 4 {
		t.Fatalf("%v with %d articles, want a URL list with 4", res.Kind, len(res.Items))
	}
	if len(res.Failed) != 1 || !strings.HasPrefix(res.Failed[0].Error(), "inbox/2024-03-01/links.urls:4: "+srv.URL+"/missing: the page was not found (404 Not Found)") {
		t.Errorf("failed: %v", res.Failed)
	}
	if k := res.Items[0].Key; k != srv.URL+"/feed.xml gazette-1001" {
		t.Errorf("feed item key %q", k)
	}
	if k := res.Items[3].Key; k != srv.URL+"/bridge" {
		t.Errorf("page key %q", k)
	}
	// A list none of whose addresses works is an error as a whole.
	_, err = Read(context.Background(), "links.urls", []byte(srv.URL+"/missing\n"), Options{})
	if err == nil || !strings.Contains(err.Error(), "links.urls:1: "+srv.URL+"/missing: the page was not found") {
		t.Errorf("err = %v", err)
	}
}

func TestShortFeedItems(t *testing.T) {
	srv := web(t)
	res, err := ReadURL(context.Background(), srv.URL+"/teasers.xml", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Items) != 0 || len(res.Skipped) != 2 {
		t.Fatalf("%d articles, %d skipped", len(res.Items), len(res.Skipped))
	}
	want := srv.URL + `/teasers.xml: item 1 "Bridge reopens": skipped: the feed gives only a short description (4 words), not the article - `
	if !strings.HasPrefix(res.Skipped[0].Error(), want) {
		t.Errorf("skip message\n got %q\nwant %q...", res.Skipped[0], want)
	}
	// Asked to, the generator reads the linked pages instead.
	res, err = ReadURL(context.Background(), srv.URL+"/teasers.xml", Options{FollowLinks: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Items) != 1 || res.Items[0].Headline != "Bridge reopens" || len(res.Items[0].Paragraphs) != 5 || res.Items[0].Fields[FieldAuthor] != "Jane Porter" {
		t.Fatalf("items %+v", res.Items)
	}
	if len(res.Failed) != 1 || !strings.Contains(res.Failed[0].Error(), `item 2 "Gone": its page could not be read: `+srv.URL+"/missing: the page was not found") {
		t.Errorf("failed %v", res.Failed)
	}
}

func TestReadURLErrors(t *testing.T) {
	srv := web(t)
	opt := Options{Client: &fetch.Client{HeaderTimeout: 200 * time.Millisecond, Timeout: 20 * time.Second}}
	tests := []struct {
		name, path, want string
	}{
		{"times out", "/slow", "the server did not answer within 200ms - try again later"},
		{"not found", "/missing", "the page was not found (404 Not Found)"},
		{"50 MB", "/huge", "the download is over the 10 MB limit"},
		{"redirect loop", "/loop", "the address redirects in a loop"},
		{"malformed HTML", "/malformed", "no article text found in the page"},
		{"feed neither XML nor JSON", "/not-a-feed", "neither an RSS, Atom nor JSON feed"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ReadURL(context.Background(), srv.URL+tt.path, opt)
			if err == nil || !strings.HasPrefix(err.Error(), srv.URL+tt.path+": ") || !strings.Contains(err.Error(), tt.want) || !strings.Contains(err.Error(), " - ") {
				t.Errorf("err = %v\nwant the URL, %q and a hint", err, tt.want)
			}
		})
	}
}

func TestLongHeadlineFitsArticle(t *testing.T) {
	long := strings.Repeat("word ", 100)
	h := headline(long)
	if n := len([]rune(h)); n > 300 || !strings.HasSuffix(h, "…") {
		t.Errorf("headline of %d characters: %q", n, h)
	}
	if short := headline("Bridge reopens"); short != "Bridge reopens" {
		t.Errorf("short headline changed to %q", short)
	}
}

// TestReuse: what the caller already has is neither fetched nor skipped
// with a message, and comes back in the input's order.
func TestReuse(t *testing.T) {
	var hits sync.Map
	srv := web(t)
	count := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		n, _ := hits.LoadOrStore(r.URL.Path, new(int))
		*n.(*int)++
		http.Redirect(w, r, srv.URL+r.URL.Path, http.StatusFound)
	}))
	t.Cleanup(count.Close)
	have := map[string]bool{count.URL + "/bridge": true}
	opt := Options{Reuse: func(k string) bool { return have[k] }}
	list := fmt.Sprintf("%[1]s/feed.xml\n%[1]s/bridge\n%[1]s/missing\n", count.URL)
	res, err := Read(context.Background(), "links.urls", []byte(list), opt)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Items) != 3 || len(res.Failed) != 1 {
		t.Fatalf("%d articles, %d failed: want the feed's 3 and the missing page", len(res.Items), len(res.Failed))
	}
	if len(res.Reused) != 1 || res.Reused[0] != (Reused{Key: count.URL + "/bridge", At: 3}) {
		t.Errorf("reused %+v, want the page after the feed's items", res.Reused)
	}
	if _, fetched := hits.Load("/bridge"); fetched {
		t.Error("a reused address was fetched")
	}
	// Only reused addresses: no error, nothing fetched.
	res, err = Read(context.Background(), "links.urls", []byte(count.URL+"/bridge\n"), opt)
	if err != nil || len(res.Items) != 0 || len(res.Reused) != 1 {
		t.Fatalf("res %+v, err %v", res, err)
	}

	// A teaser already fetched once (with FollowLinks) is reused, not
	// skipped; the other is skipped with the caller's hint.
	teasers := srv.URL + "/teasers.xml"
	opt = Options{FollowLinksHint: "rerun with --follow-links", Reuse: func(k string) bool { return k == srv.URL+"/bridge" }}
	res, err = ReadURL(context.Background(), teasers, opt)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Reused) != 1 || res.Reused[0].Key != srv.URL+"/bridge" || len(res.Skipped) != 1 {
		t.Fatalf("reused %+v, skipped %v", res.Reused, res.Skipped)
	}
	if !strings.Contains(res.Skipped[0].Error(), "- rerun with --follow-links, or save the article's page into the issue folder") {
		t.Errorf("skip message does not name the flag: %v", res.Skipped[0])
	}
}

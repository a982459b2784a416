// Command webcheck checks a built site offline: every internal link and
// resource resolves to a file, no page loads anything from another host,
// same-page and cross-page #fragments exist, every sitemap URL resolves,
// and every RSS and JSON feed parses (gofeed) with the right items. With
// -search, the search page and its index must be there: every article
// page in a shard of pagefind/shards.json, each shard a whole bundle.
//
//	go run ./checks/webcheck -base https://example.org/briefing/ -feed-items 30 public/
//
// It prints one line per finding and exits 1 if there is any.
package main

import (
	"encoding/json"
	"encoding/xml"
	"flag"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/mmcdole/gofeed"
	"golang.org/x/net/html"
)

type site struct {
	dir      string
	base     *url.URL            // the site's baseURL
	ids      map[string][]string // page file -> element ids (filled lazily)
	findings []string
}

func main() {
	baseFlag := flag.String("base", "", "the baseURL the site was built with (required)")
	skip := flag.String("skip", "", "HTML file name to leave out (e.g. email.html, the email edition)")
	feedItems := flag.Int("feed-items", 30, "most articles a feed carries (params.web.feedItems)")
	search := flag.Bool("search", false, "require the search page and its index")
	flag.Parse()
	if flag.NArg() != 1 || *baseFlag == "" {
		fmt.Fprintln(os.Stderr, "usage: webcheck -base URL [-feed-items N] DIR")
		os.Exit(2)
	}
	base, err := url.Parse(*baseFlag)
	if err != nil || base.Host == "" {
		fmt.Fprintf(os.Stderr, "webcheck: bad -base %q\n", *baseFlag)
		os.Exit(2)
	}
	if !strings.HasSuffix(base.Path, "/") {
		base.Path += "/"
	}
	s := &site{dir: flag.Arg(0), base: base, ids: map[string][]string{}}
	pages, links := 0, 0
	err = filepath.WalkDir(s.dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".html") || d.Name() == *skip {
			return err
		}
		pages++
		links += s.checkPage(p)
		return nil
	})
	if err != nil {
		s.findf("walk: %v", err)
	}
	feeds := s.checkFeeds(*feedItems)
	if *search {
		s.checkSearch()
	}
	locs := s.checkSitemap()
	for _, f := range s.findings {
		fmt.Println(f)
	}
	fmt.Fprintf(os.Stderr, "webcheck: %d pages, %d links, %d feeds, %d sitemap URLs, %d findings\n",
		pages, links, feeds, locs, len(s.findings))
	if len(s.findings) > 0 || pages == 0 {
		os.Exit(1)
	}
}

func (s *site) findf(format string, a ...any) {
	s.findings = append(s.findings, fmt.Sprintf(format, a...))
}

// pageURL is the URL a file in the site is served at.
func (s *site) pageURL(file string) *url.URL {
	rel, _ := filepath.Rel(s.dir, file)
	rel = filepath.ToSlash(rel)
	rel = strings.TrimSuffix(rel, "index.html")
	return s.base.ResolveReference(&url.URL{Path: rel})
}

// resolve maps a URL on this site to the file that serves it; ok is false
// for other hosts. A URL outside the base path is an error: it would work
// at the root but not under a sub-path.
func (s *site) resolve(u *url.URL) (file string, ok bool, err error) {
	if u.Scheme != "http" && u.Scheme != "https" || u.Host != s.base.Host {
		return "", false, nil
	}
	if !strings.HasPrefix(u.Path, s.base.Path) {
		return "", true, fmt.Errorf("outside the base path %s", s.base.Path)
	}
	rel := strings.TrimPrefix(u.Path, s.base.Path)
	f := filepath.Join(s.dir, filepath.FromSlash(rel))
	if st, e := os.Stat(f); e == nil {
		if st.IsDir() {
			if !strings.HasSuffix(u.Path, "/") {
				return "", true, fmt.Errorf("folder without trailing slash")
			}
			f = filepath.Join(f, "index.html")
			if _, e := os.Stat(f); e != nil {
				return "", true, fmt.Errorf("no index.html")
			}
		}
		return f, true, nil
	}
	return "", true, fmt.Errorf("no such file")
}

// isResource tells the attributes that make a browser fetch something.
func isResource(tag, attr, rel string) bool {
	switch {
	case attr == "src" || attr == "srcset" || attr == "poster" || attr == "data":
		return true
	case tag == "link" && attr == "href":
		return rel != "alternate" && rel != "canonical" && rel != "prev" && rel != "next"
	}
	return false
}

func (s *site) checkPage(file string) int {
	f, err := os.Open(file)
	if err != nil {
		s.findf("%s: %v", file, err)
		return 0
	}
	defer f.Close()
	doc, err := html.Parse(f)
	if err != nil {
		s.findf("%s: %v", file, err)
		return 0
	}
	page := s.pageURL(file)
	n := 0
	var walk func(*html.Node)
	walk = func(nd *html.Node) {
		if nd.Type == html.ElementNode {
			rel := ""
			for _, a := range nd.Attr {
				if a.Key == "rel" {
					rel = a.Val
				}
			}
			for _, a := range nd.Attr {
				var refs []string
				switch a.Key {
				case "href", "src", "poster", "data", "action":
					refs = []string{a.Val}
				case "srcset":
					for _, c := range strings.Split(a.Val, ",") {
						if fs := strings.Fields(c); len(fs) > 0 {
							refs = append(refs, fs[0])
						}
					}
				case "content": // og:url and friends are absolute URLs on this site
					if strings.HasPrefix(a.Val, s.base.Scheme+"://"+s.base.Host) {
						refs = []string{a.Val}
					}
				}
				for _, ref := range refs {
					n++
					s.checkRef(file, page, nd.Data, a.Key, rel, ref)
				}
			}
		}
		for c := nd.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return n
}

func (s *site) checkRef(file string, page *url.URL, tag, attr, rel, ref string) {
	where := fmt.Sprintf("%s: <%s %s=%q>", strings.TrimPrefix(file, s.dir), tag, attr, ref)
	u, err := url.Parse(strings.TrimSpace(ref))
	if err != nil {
		s.findf("%s: %v", where, err)
		return
	}
	if u.Scheme == "mailto" || u.Scheme == "tel" {
		return
	}
	if u.Scheme == "javascript" { // the site has no JavaScript
		s.findf("%s: %s: URL", where, u.Scheme)
		return
	}
	abs := page.ResolveReference(u)
	target, internal, err := s.resolve(abs)
	if !internal {
		if isResource(tag, attr, rel) {
			s.findf("%s: loads from another host", where)
		}
		return
	}
	if err != nil {
		s.findf("%s: %s: %v", where, abs.Path, err)
		return
	}
	if u.Fragment != "" && strings.HasSuffix(target, ".html") {
		if !contains(s.idsOf(target), u.Fragment) {
			s.findf("%s: no element with id %q", where, u.Fragment)
		}
	}
}

func contains(list []string, v string) bool {
	i := sort.SearchStrings(list, v)
	return i < len(list) && list[i] == v
}

func (s *site) idsOf(file string) []string {
	if ids, ok := s.ids[file]; ok {
		return ids
	}
	var ids []string
	if f, err := os.Open(file); err == nil {
		z := html.NewTokenizer(f)
		for tt := z.Next(); tt != html.ErrorToken; tt = z.Next() {
			if tt == html.StartTagToken || tt == html.SelfClosingTagToken {
				for _, a := range z.Token().Attr {
					if a.Key == "id" {
						ids = append(ids, a.Val)
					}
				}
			}
		}
		f.Close()
	}
	sort.Strings(ids)
	s.ids[file] = ids
	return ids
}

// checkFeeds parses every index.xml (RSS) and feed.json with gofeed. The
// home and archive feeds carry the newest feedItems articles of the whole
// site; an issue's feed carries all of that articles.
func (s *site) checkFeeds(limit int) int {
	articles := map[string]int{} // issue folder -> articles
	total := 0
	matches, _ := filepath.Glob(filepath.Join(s.dir, "issues", "*", "*", "index.html"))
	for _, m := range matches {
		articles[filepath.Base(filepath.Dir(filepath.Dir(m)))]++
		total++
	}
	n := 0
	filepath.WalkDir(s.dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || (d.Name() != "index.xml" && d.Name() != "feed.json") {
			return err
		}
		if d.Name() == "index.xml" && isSitemap(p) {
			return nil
		}
		n++
		rel, _ := filepath.Rel(s.dir, filepath.Dir(p))
		rel = filepath.ToSlash(rel)
		want := min(total, limit)
		if parts := strings.Split(rel, "/"); len(parts) == 2 && parts[0] == "issues" {
			want = min(articles[parts[1]], limit)
		} else if rel != "." && rel != "issues" {
			want = -1 // term feeds: not counted
		}
		s.checkFeed(p, want)
		return nil
	})
	if n == 0 {
		s.findf("no feeds found")
	}
	return n
}

func isSitemap(p string) bool {
	b, err := os.ReadFile(p)
	return err == nil && (strings.Contains(string(b[:min(len(b), 512)]), "<urlset") || strings.Contains(string(b[:min(len(b), 512)]), "<sitemapindex"))
}

func (s *site) checkFeed(file string, want int) {
	name := strings.TrimPrefix(file, s.dir)
	f, err := os.Open(file)
	if err != nil {
		s.findf("%s: %v", name, err)
		return
	}
	defer f.Close()
	feed, err := gofeed.NewParser().Parse(f)
	if err != nil {
		s.findf("%s: does not parse: %v", name, err)
		return
	}
	wantType := map[bool]string{true: "json", false: "rss"}[strings.HasSuffix(file, ".json")]
	if feed.FeedType != wantType {
		s.findf("%s: parsed as %s, want %s", name, feed.FeedType, wantType)
	}
	if wantType == "json" && !strings.HasSuffix(feed.FeedVersion, "1.1") {
		s.findf("%s: JSON Feed version %q, want 1.1", name, feed.FeedVersion)
	}
	if feed.Title == "" || feed.Link == "" {
		s.findf("%s: feed without title or link", name)
	}
	if want >= 0 && len(feed.Items) != want {
		s.findf("%s: %d items, want %d", name, len(feed.Items), want)
	}
	seen := map[string]bool{}
	for i, it := range feed.Items {
		if it.Title == "" || it.Link == "" || it.GUID == "" || it.PublishedParsed == nil {
			s.findf("%s: item %d lacks a title, link, id or date", name, i+1)
		}
		if it.Description == "" && it.Content == "" {
			s.findf("%s: item %d has no key points", name, i+1)
		}
		if seen[it.GUID] {
			s.findf("%s: item %d repeats id %s", name, i+1, it.GUID)
		}
		seen[it.GUID] = true
		s.checkAbs(name, it.Link, true)
	}
	s.checkAbs(name, feed.Link, true)
	if feed.FeedLink != "" {
		s.checkAbs(name, feed.FeedLink, false)
	}
}

// checkAbs checks that an absolute URL in a feed or sitemap is on this
// site and resolves.
func (s *site) checkAbs(where, ref string, page bool) {
	u, err := url.Parse(ref)
	if err != nil || !u.IsAbs() {
		s.findf("%s: %q is not an absolute URL", where, ref)
		return
	}
	if _, internal, err := s.resolve(u); !internal {
		s.findf("%s: %s is not on %s", where, ref, s.base)
	} else if err != nil {
		s.findf("%s: %s: %v", where, ref, err)
	}
}

func (s *site) checkSitemap() int {
	b, err := os.ReadFile(filepath.Join(s.dir, "sitemap.xml"))
	if err != nil {
		s.findf("sitemap.xml: %v", err)
		return 0
	}
	var sm struct {
		URLs []struct {
			Loc string `xml:"loc"`
		} `xml:"url"`
	}
	if err := xml.Unmarshal(b, &sm); err != nil {
		s.findf("sitemap.xml: %v", err)
		return 0
	}
	for _, u := range sm.URLs {
		s.checkAbs("sitemap.xml", u.Loc, true)
	}
	if len(sm.URLs) == 0 {
		s.findf("sitemap.xml: no URLs")
	}
	robots, err := os.ReadFile(filepath.Join(s.dir, "robots.txt"))
	if err != nil {
		s.findf("robots.txt: %v", err)
	} else if !strings.Contains(string(robots), "Sitemap: "+s.base.ResolveReference(&url.URL{Path: "sitemap.xml"}).String()) {
		s.findf("robots.txt: no Sitemap line for this base URL")
	}
	return len(sm.URLs)
}

// checkSearch wants the search page, pointing at this site's index, and
// an index that holds every article page.
func (s *site) checkSearch() {
	page, err := os.ReadFile(filepath.Join(s.dir, "search", "index.html"))
	if err != nil {
		s.findf("search page: %v", err)
		return
	}
	bundle := s.base.Path + "pagefind/"
	if !strings.Contains(string(page), "data-bundle="+bundle) && !strings.Contains(string(page), `data-bundle="`+bundle+`"`) {
		s.findf("search page: its index is not at %s", bundle)
	}
	data, err := os.ReadFile(filepath.Join(s.dir, "pagefind", "shards.json"))
	if err != nil {
		s.findf("search index: %v", err)
		return
	}
	var m struct {
		Shards []struct {
			Dir   string `json:"dir"`
			Pages int    `json:"pages"`
		} `json:"shards"`
	}
	if err := json.Unmarshal(data, &m); err != nil {
		s.findf("pagefind/shards.json: %v", err)
		return
	}
	pages := 0
	for _, sh := range m.Shards {
		pages += sh.Pages
		for _, f := range []string{"pagefind.js", "pagefind-entry.json", "pagefind-worker.js"} {
			if _, err := os.Stat(filepath.Join(s.dir, "pagefind", filepath.FromSlash(sh.Dir), f)); err != nil {
				s.findf("search index: shard %s lacks %s", sh.Dir, f)
			}
		}
	}
	articles, _ := filepath.Glob(filepath.Join(s.dir, "issues", "*", "*", "index.html"))
	if pages != len(articles) {
		s.findf("search index: %d pages in its shards, %d article pages in the site", pages, len(articles))
	}
}

package fetch

import (
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"briefing/generator/source/sniff"
)

const page = `<!DOCTYPE html><html><head><title>Story</title></head><body><p>Text.</p></body></html>`
const rss = `<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><item><title>A</title></item></channel></rss>`

// server serves the cases the tests need, on loopback.
func server(t *testing.T) (*httptest.Server, *sync.Map) {
	t.Helper()
	agents := &sync.Map{}
	mux := http.NewServeMux()
	mux.HandleFunc("/page", func(w http.ResponseWriter, r *http.Request) {
		agents.Store("page", r.Header.Get("User-Agent"))
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, page)
	})
	mux.HandleFunc("/feed", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprint(w, rss)
	})
	mux.HandleFunc("/gzip", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Header().Set("Content-Encoding", "gzip")
		gz := gzip.NewWriter(w)
		fmt.Fprint(gz, page)
		gz.Close()
	})
	mux.HandleFunc("/feed-as-html", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprint(w, rss)
	})
	mux.HandleFunc("/not-a-feed", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprint(w, "Service temporarily unavailable, please retry")
	})
	mux.HandleFunc("/pdf", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/pdf")
		fmt.Fprint(w, "%PDF-1.7\n...")
	})
	mux.HandleFunc("/slow-headers", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-time.After(5 * time.Second):
		case <-r.Context().Done():
		}
	})
	mux.HandleFunc("/slow-body", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprint(w, "<html><body><p>")
		w.(http.Flusher).Flush()
		for i := 0; i < 50; i++ {
			select {
			case <-time.After(100 * time.Millisecond):
				fmt.Fprint(w, "word ")
				w.(http.Flusher).Flush()
			case <-r.Context().Done():
				return
			}
		}
	})
	big := func(declare bool) http.HandlerFunc {
		return func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html")
			if declare {
				w.Header().Set("Content-Length", fmt.Sprint(50<<20))
			}
			chunk := []byte(strings.Repeat("<p>filler text</p>", 1<<12))
			for sent := 0; sent < 50<<20; sent += len(chunk) {
				if _, err := w.Write(chunk[:min(len(chunk), 50<<20-sent)]); err != nil {
					return
				}
			}
		}
	}
	mux.HandleFunc("/big", big(false))
	mux.HandleFunc("/big-declared", big(true))
	mux.HandleFunc("/missing", http.NotFound)
	mux.HandleFunc("/private", func(w http.ResponseWriter, r *http.Request) { http.Error(w, "no", http.StatusForbidden) })
	mux.HandleFunc("/broken", func(w http.ResponseWriter, r *http.Request) { http.Error(w, "oops", http.StatusServiceUnavailable) })
	mux.HandleFunc("/loop/a", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/loop/b", http.StatusFound) })
	mux.HandleFunc("/loop/b", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/loop/a", http.StatusMovedPermanently)
	})
	mux.HandleFunc("/chain/", func(w http.ResponseWriter, r *http.Request) {
		var n int
		fmt.Sscanf(strings.TrimPrefix(r.URL.Path, "/chain/"), "%d", &n)
		http.Redirect(w, r, fmt.Sprintf("/chain/%d", n+1), http.StatusFound)
	})
	mux.HandleFunc("/moved", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/page", http.StatusMovedPermanently)
	})
	mux.HandleFunc("/to-ftp", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "ftp://example.com/x", http.StatusFound)
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv, agents
}

func TestGet(t *testing.T) {
	srv, agents := server(t)
	c := &Client{UserAgent: UserAgent("3", "https://briefing.example.org/")}
	tests := []struct {
		path  string
		kind  sniff.Kind
		final string
	}{
		{"/page", sniff.HTML, "/page"},
		{"/feed", sniff.Feed, "/feed"},
		{"/gzip", sniff.HTML, "/gzip"},
		{"/feed-as-html", sniff.Feed, "/feed-as-html"},
		{"/moved", sniff.HTML, "/page"},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			r, err := c.Get(context.Background(), srv.URL+tt.path)
			if err != nil {
				t.Fatal(err)
			}
			if r.Type.Kind != tt.kind || r.FinalURL != srv.URL+tt.final || r.URL != srv.URL+tt.path || len(r.Body) == 0 {
				t.Errorf("got %v from %s, %d bytes", r.Type.Kind, r.FinalURL, len(r.Body))
			}
		})
	}
	if ua, _ := agents.Load("page"); ua != "Briefing/3 (+https://briefing.example.org/)" {
		t.Errorf("User-Agent %q", ua)
	}
}

func TestGetErrors(t *testing.T) {
	srv, _ := server(t)
	closed := httptest.NewServer(http.NotFoundHandler())
	closed.Close()
	// Generous for the whole download (a race-detector build moves 10 MB
	// over loopback slowly), short for the first answer.
	c := &Client{HeaderTimeout: 300 * time.Millisecond, Timeout: 20 * time.Second, MaxRedirects: 4}
	clients := map[string]*Client{"slow download": {Timeout: 500 * time.Millisecond}}
	tests := []struct {
		name, url, want string
	}{
		{"not found", srv.URL + "/missing", "the page was not found (404 Not Found) - check the address"},
		{"forbidden", srv.URL + "/private", "the site refused access (403 Forbidden) - the page may need a login"},
		{"server error", srv.URL + "/broken", "the site failed (503 Service Unavailable) - try again later"},
		{"no answer", srv.URL + "/slow-headers", "the server did not answer within 300ms - try again later"},
		{"slow download", srv.URL + "/slow-body", "the download did not finish within 500ms - try again later"},
		{"50 MB streamed", srv.URL + "/big", "the download is over the 10 MB limit - no news article is that large"},
		{"50 MB declared", srv.URL + "/big-declared", "the download is 50 MB, over the 10 MB limit"},
		{"redirect loop", srv.URL + "/loop/a", "the address redirects in a loop (" + srv.URL + "/loop/a -> " + srv.URL + "/loop/b -> " + srv.URL + "/loop/a) - open it in a browser"},
		{"too many redirects", srv.URL + "/chain/1", "more than 4 redirects (the last to " + srv.URL + "/chain/6)"},
		{"redirect off the web", srv.URL + "/to-ftp", "redirected to ftp://example.com/x, which is not an http(s) address"},
		{"feed that is not a feed", srv.URL + "/not-a-feed", "not a web page or a feed but a document served as application/rss+xml that is neither an RSS, Atom nor JSON feed - check that the address is the site's feed"},
		{"PDF", srv.URL + "/pdf", "not a web page or a feed but a PDF document - link to the article's web page"},
		{"refused", closed.URL + "/page", "could not connect ("},
		{"not http", "ftp://example.com/story", "only http and https addresses can be fetched"},
		{"not absolute", "example.com/story", "not a full address - write it in full, starting with https://"},
		{"no host", "https:///story", "the address has no host name"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			client := c
			if other, ok := clients[tt.name]; ok {
				client = other
			}
			start := time.Now()
			_, err := client.Get(context.Background(), tt.url)
			var ferr *Error
			if !errors.As(err, &ferr) {
				t.Fatalf("err = %v, want an *Error", err)
			}
			if !strings.HasPrefix(err.Error(), tt.url+": ") || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("err = %q\nwant it to start with the URL and contain %q", err, tt.want)
			}
			if time.Since(start) > 10*time.Second {
				t.Errorf("took %v: a limit did not hold", time.Since(start))
			}
		})
	}
}

func TestCancel(t *testing.T) {
	srv, _ := server(t)
	ctx, cancel := context.WithCancel(context.Background())
	go func() { time.Sleep(100 * time.Millisecond); cancel() }()
	_, err := (&Client{}).Get(ctx, srv.URL+"/slow-headers")
	if err == nil || !strings.Contains(err.Error(), "cancelled") {
		t.Errorf("err = %v", err)
	}
}

func TestUserAgent(t *testing.T) {
	for _, tt := range []struct{ v, site, want string }{
		{"3", "https://b.example/", "Briefing/3 (+https://b.example/)"},
		{"", "https://b.example/", "Briefing (+https://b.example/)"},
		{"3", "", "Briefing/3"},
	} {
		if got := UserAgent(tt.v, tt.site); got != tt.want {
			t.Errorf("UserAgent(%q, %q) = %q, want %q", tt.v, tt.site, got, tt.want)
		}
	}
}

// Package fetch downloads the pages and feeds an editor points the
// briefing at: http and https only, with timeouts for connecting, for the
// first answer and for the whole download, a size limit, a User-Agent
// that names the briefing, and a bounded number of redirects. Its errors
// name the address and say what to do.
package fetch

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	nurl "net/url"
	"strings"
	"sync"
	"time"

	"briefing/generator/source/sniff"
)

// Defaults for the zero Client.
const (
	DefaultMaxBytes       = 10 << 20
	DefaultMaxRedirects   = 5
	DefaultConnectTimeout = 10 * time.Second
	DefaultHeaderTimeout  = 20 * time.Second
	DefaultTimeout        = 60 * time.Second
	DefaultUserAgent      = "Briefing (+https://briefing.example.org/)"
)

// UserAgent is the User-Agent the briefing sends: its name and version,
// and where a site's owner can see who is fetching.
func UserAgent(version, site string) string {
	ua := "Briefing"
	if version != "" {
		ua += "/" + version
	}
	if site != "" {
		ua += " (+" + site + ")"
	}
	return ua
}

// Client fetches pages and feeds; the zero value is ready to use and safe
// for concurrent use.
type Client struct {
	UserAgent      string        // "" means DefaultUserAgent
	MaxBytes       int64         // the largest body accepted; 0 means DefaultMaxBytes
	MaxRedirects   int           // 0 means DefaultMaxRedirects; negative follows none
	ConnectTimeout time.Duration // to open the connection (TLS included); 0 means the default
	HeaderTimeout  time.Duration // from sending the request to the answer's headers; 0 means the default
	Timeout        time.Duration // for the whole fetch, body included; 0 means the default
	// Transport replaces the network (tests); nil uses a transport built
	// from the timeouts above.
	Transport http.RoundTripper

	once   sync.Once
	client *http.Client
}

// Response is a fetched page or feed.
type Response struct {
	URL         string     // the address asked for
	FinalURL    string     // where the redirects ended
	ContentType string     // as the server sent it
	Type        sniff.Type // Kind is sniff.HTML or sniff.Feed
	Body        []byte
}

// Error is a fetch that failed: the address, what happened, what to do.
type Error struct {
	URL  string
	Msg  string
	Hint string
	Err  error // the underlying error, if any
}

func (e *Error) Error() string {
	s := e.URL + ": " + e.Msg
	if e.Hint != "" {
		s += " - " + e.Hint
	}
	return s
}

func (e *Error) Unwrap() error { return e.Err }

func (c *Client) init() {
	c.once.Do(func() {
		rt := c.Transport
		if rt == nil {
			connect := or(c.ConnectTimeout, DefaultConnectTimeout)
			rt = &http.Transport{
				Proxy:                 http.ProxyFromEnvironment,
				DialContext:           (&net.Dialer{Timeout: connect, KeepAlive: 30 * time.Second}).DialContext,
				TLSHandshakeTimeout:   connect,
				ResponseHeaderTimeout: or(c.HeaderTimeout, DefaultHeaderTimeout),
				ForceAttemptHTTP2:     true,
				MaxIdleConnsPerHost:   4,
				IdleConnTimeout:       30 * time.Second,
			}
		}
		c.client = &http.Client{Transport: rt, CheckRedirect: c.checkRedirect}
	})
}

func or(d, def time.Duration) time.Duration {
	if d > 0 {
		return d
	}
	return def
}

func (c *Client) maxBytes() int64 {
	if c.MaxBytes > 0 {
		return c.MaxBytes
	}
	return DefaultMaxBytes
}

// redirectError carries a refused redirect out of the http.Client.
type redirectError struct{ msg, hint string }

func (e *redirectError) Error() string { return e.msg }

func (c *Client) checkRedirect(req *http.Request, via []*http.Request) error {
	limit := c.MaxRedirects
	if limit == 0 {
		limit = DefaultMaxRedirects
	}
	next := req.URL.String()
	for i, v := range via {
		if v.URL.String() == next {
			chain := make([]string, 0, len(via)-i+1)
			for _, w := range via[i:] {
				chain = append(chain, w.URL.String())
			}
			chain = append(chain, next)
			return &redirectError{msg: "the address redirects in a loop (" + strings.Join(chain, " -> ") + ")",
				hint: "open it in a browser to find the article's own address"}
		}
	}
	if limit < 0 || len(via) > limit {
		return &redirectError{msg: fmt.Sprintf("more than %d redirects (the last to %s)", max(0, limit), next),
			hint: "open it in a browser to find the article's own address"}
	}
	if req.URL.Scheme != "http" && req.URL.Scheme != "https" {
		return &redirectError{msg: "redirected to " + next + ", which is not an http(s) address",
			hint: "open it in a browser to find the article's own address"}
	}
	return nil
}

// Get fetches the page or feed at rawURL.
func (c *Client) Get(ctx context.Context, rawURL string) (*Response, error) {
	u, err := CheckURL(rawURL)
	if err != nil {
		return nil, err
	}
	c.init()
	timeout := or(c.Timeout, DefaultTimeout)
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, &Error{URL: rawURL, Msg: "not a valid address", Hint: "check the address", Err: err}
	}
	ua := c.UserAgent
	if ua == "" {
		ua = DefaultUserAgent
	}
	req.Header.Set("User-Agent", ua)
	req.Header.Set("Accept", "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/feed+json;q=0.9,application/xml;q=0.8,application/json;q=0.7,*/*;q=0.5")
	resp, err := c.client.Do(req)
	if err != nil {
		return nil, c.explain(ctx, rawURL, err, timeout)
	}
	defer resp.Body.Close()
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return nil, statusError(rawURL, resp)
	}
	limit := c.maxBytes()
	if resp.ContentLength > limit {
		return nil, tooLarge(rawURL, resp.ContentLength, limit)
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, limit+1))
	if err != nil {
		return nil, c.explain(ctx, rawURL, err, timeout)
	}
	if int64(len(body)) > limit {
		return nil, tooLarge(rawURL, -1, limit)
	}
	ct := resp.Header.Get("Content-Type")
	t := sniff.Content(ct, body[:min(len(body), sniff.HeadSize)])
	if t.Kind != sniff.HTML && t.Kind != sniff.Feed {
		return nil, &Error{URL: rawURL, Msg: "not a web page or a feed but " + article(t.What), Hint: t.Hint}
	}
	return &Response{URL: rawURL, FinalURL: resp.Request.URL.String(), ContentType: ct, Type: t, Body: body}, nil
}

func article(s string) string {
	if s != "" && strings.ContainsRune("aeiouAEIOU", rune(s[0])) || strings.HasPrefix(s, "HTML") || strings.HasPrefix(s, "MP") || strings.HasPrefix(s, "SVG") || strings.HasPrefix(s, "RTF") {
		return "an " + s
	}
	return "a " + s
}

// CheckURL accepts absolute http and https addresses only.
func CheckURL(raw string) (*nurl.URL, error) {
	u, err := nurl.Parse(strings.TrimSpace(raw))
	switch {
	case err != nil:
		return nil, &Error{URL: raw, Msg: "not a valid address", Hint: "check it for typos and stray spaces", Err: err}
	case u.Scheme == "" && u.Host == "":
		return nil, &Error{URL: raw, Msg: "not a full address", Hint: "write it in full, starting with https://"}
	case u.Scheme != "http" && u.Scheme != "https":
		return nil, &Error{URL: raw, Msg: "only http and https addresses can be fetched", Hint: "save the article as a file in the issue folder instead"}
	case u.Host == "":
		return nil, &Error{URL: raw, Msg: "the address has no host name", Hint: "write it in full, as https://example.com/story"}
	}
	return u, nil
}

func tooLarge(u string, size, max int64) error {
	msg := fmt.Sprintf("the download is over the %s limit", mb(max))
	if size > 0 {
		msg = fmt.Sprintf("the download is %s, over the %s limit", mb(size), mb(max))
	}
	return &Error{URL: u, Msg: msg, Hint: "no news article is that large: check the address, or save the article's page from your browser into the issue folder"}
}

func mb(n int64) string {
	if n >= 1<<20 {
		return fmt.Sprintf("%.0f MB", float64(n)/(1<<20))
	}
	return fmt.Sprintf("%d KB", (n+1023)/1024)
}

func statusError(u string, resp *http.Response) error {
	status := resp.Status
	if status == "" {
		status = fmt.Sprint(resp.StatusCode)
	}
	e := &Error{URL: u}
	switch code := resp.StatusCode; {
	case code == http.StatusNotFound || code == http.StatusGone:
		e.Msg, e.Hint = "the page was not found ("+status+")", "check the address; the article may have moved or been taken down"
	case code == http.StatusUnauthorized || code == http.StatusForbidden || code == http.StatusPaymentRequired || code == 451:
		e.Msg, e.Hint = "the site refused access ("+status+")", "the page may need a login or refuse robots: save it from your browser into the issue folder instead"
	case code == http.StatusTooManyRequests:
		e.Msg, e.Hint = "the site asks to slow down ("+status+")", "try again later"
	case code >= 500:
		e.Msg, e.Hint = "the site failed ("+status+")", "try again later"
	case code >= 300 && code < 400:
		e.Msg, e.Hint = "a redirect without a destination ("+status+")", "open the address in a browser to find the article's own address"
	default:
		e.Msg, e.Hint = "the site answered "+status, "check the address"
	}
	return e
}

// explain turns a transport error into what an editor can act on.
func (c *Client) explain(ctx context.Context, u string, err error, timeout time.Duration) error {
	var rerr *redirectError
	var dnsErr *net.DNSError
	var opErr *net.OpError
	var certErr *tls.CertificateVerificationError
	var unknownAuth x509.UnknownAuthorityError
	var hostErr x509.HostnameError
	e := &Error{URL: u, Err: err}
	switch {
	case errors.As(err, &rerr):
		e.Msg, e.Hint = rerr.msg, rerr.hint
	case errors.Is(ctx.Err(), context.DeadlineExceeded):
		e.Msg = fmt.Sprintf("the download did not finish within %s", timeout)
		e.Hint = "try again later, or save the page from your browser into the issue folder"
	case errors.Is(err, context.Canceled):
		e.Msg, e.Hint = "the download was cancelled", ""
	case strings.Contains(err.Error(), "awaiting response headers"):
		e.Msg = fmt.Sprintf("the server did not answer within %s", or(c.HeaderTimeout, DefaultHeaderTimeout))
		e.Hint = "try again later"
	case errors.As(err, &dnsErr):
		e.Msg, e.Hint = "cannot find the server "+dnsErr.Name, "check the address for typos, and your network connection"
	case errors.As(err, &certErr), errors.As(err, &unknownAuth), errors.As(err, &hostErr):
		e.Msg, e.Hint = "the site's certificate is not valid", "check the address; if it is right, save the page from your browser into the issue folder"
	case errors.As(err, &opErr) && opErr.Op == "dial":
		var ne net.Error
		if errors.As(err, &ne) && ne.Timeout() {
			e.Msg = fmt.Sprintf("could not connect within %s", or(c.ConnectTimeout, DefaultConnectTimeout))
		} else {
			e.Msg = "could not connect (" + opErr.Err.Error() + ")"
		}
		e.Hint = "check the address and your network, or try again later"
	default:
		var ne net.Error
		if errors.As(err, &ne) && ne.Timeout() {
			e.Msg, e.Hint = "the connection timed out", "try again later"
		} else {
			e.Msg, e.Hint = "the download failed ("+unwrapURLError(err).Error()+")", "check the address, or try again later"
		}
	}
	return e
}

func unwrapURLError(err error) error {
	var ue *nurl.Error
	if errors.As(err, &ue) {
		return ue.Err
	}
	return err
}

// Package weburl reads the addresses that pages and feeds give for
// themselves and their items.
package weburl

import (
	"net/url"
	"strings"
)

// Abs parses s as an http(s) address, resolved against base when relative
// (base may be nil). Anything else (mailto:, javascript:, a path with no
// base, a parse error) is nil: a page's source must be a web address.
func Abs(s string, base *url.URL) *url.URL {
	s = strings.TrimSpace(s)
	if s == "" {
		return nil
	}
	u, err := url.Parse(s)
	if err != nil {
		return nil
	}
	if !u.IsAbs() && base != nil {
		u = base.ResolveReference(u)
	}
	if (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil
	}
	return u
}

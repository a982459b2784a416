package webpage

import (
	nurl "net/url"
	"strings"
	"unicode"
)

// headline picks the article's title: the page's og:title, else its
// <h1>, else the extractor's, else <title>; whichever it is, a site name
// glued to it (" | The Site", "The Site - ") is cut off.
func headline(h *head, found, site, pageURL string) string {
	host := ""
	if u, err := nurl.Parse(pageURL); err == nil {
		host = u.Hostname()
	}
	names := siteNames(site, host)
	var h1 string
	if len(h.h1) > 0 {
		h1 = h.h1[0]
	}
	for _, t := range []string{h.ogTitle, h1, found, h.title} {
		if t = stripSite(t, names, h1); t != "" && len([]rune(t)) <= 300 {
			return t
		}
	}
	return ""
}

// separators join a headline and a site name in titles.
var separators = []string{" | ", " – ", " — ", " - ", " :: ", " « ", " » ", " · ", " • ", " / ", " ~ "}

// stripSite cuts site names off either end of t. A segment is a site name
// when it matches the site's name or host, or, for the unambiguous " | ",
// when it is short and the rest is the longer part.
func stripSite(t string, names []string, h1 string) string {
	t = strings.TrimSpace(t)
	for changed := true; changed; {
		changed = false
		for _, sep := range separators {
			if i := strings.LastIndex(t, sep); i > 0 {
				head, tail := t[:i], t[i+len(sep):]
				if isSite(tail, names) || (sep == " | " && short(tail) && len(tail) < len(head)) || (h1 != "" && same(head, h1)) {
					t, changed = strings.TrimSpace(head), true
					break
				}
			}
			if i := strings.Index(t, sep); i > 0 {
				head, tail := t[:i], t[i+len(sep):]
				if isSite(head, names) || (h1 != "" && same(tail, h1)) {
					t, changed = strings.TrimSpace(tail), true
					break
				}
			}
		}
	}
	return t
}

// siteNames are the ways a site may be named in a title: its name and
// its host without "www." and without its top-level domain.
func siteNames(site, host string) []string {
	var out []string
	if k := key(site); k != "" {
		out = append(out, k)
	}
	host = strings.TrimPrefix(strings.ToLower(host), "www.")
	if host != "" {
		out = append(out, key(host))
		if i := strings.Index(host, "."); i > 0 {
			out = append(out, key(host[:i]))
		}
	}
	return out
}

func isSite(seg string, names []string) bool {
	k := key(seg)
	if k == "" {
		return false
	}
	for _, n := range names {
		if n != "" && (k == n || (len(n) >= 4 && strings.Contains(k, n) && short(seg))) {
			return true
		}
	}
	return false
}

func short(s string) bool { return len(strings.Fields(s)) <= 4 }

func same(a, b string) bool { return key(a) == key(b) }

// key keeps only letters and digits, lower-cased, so "The Verge" and
// "theverge.com" compare as names.
func key(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	k := b.String()
	return strings.TrimSuffix(strings.TrimSuffix(strings.TrimPrefix(k, "the"), "com"), "news")
}

// cleanByline tidies the extractor's author field: no "By", no address.
func cleanByline(s string) string {
	s = strings.TrimSpace(s)
	for _, p := range []string{"by ", "By ", "BY "} {
		s = strings.TrimPrefix(s, p)
	}
	if strings.Contains(s, "://") || len([]rune(s)) > 120 {
		return ""
	}
	return s
}

// tidy drops what the extractor keeps but a briefing shows elsewhere:
// the headline and the byline repeated among the first paragraphs.
func tidy(ps []string, headline, byline string) []string {
	out := ps[:0]
	for i, p := range ps {
		if i < 3 && (same(p, headline) || isByline(p, byline)) {
			continue
		}
		out = append(out, p)
	}
	return out
}

// isByline reports a paragraph that only names the author: "By Reuters".
func isByline(p, byline string) bool {
	if byline != "" && same(p, byline) {
		return true
	}
	rest, ok := strings.CutPrefix(p, "By ")
	return ok && len(strings.Fields(rest)) <= 4 && !strings.ContainsAny(rest, ".!?")
}

// siteName drops a site "name" that is only an address, as some pages'
// metadata gives.
func siteName(s string) string {
	if strings.Contains(s, "://") || strings.HasPrefix(s, "www.") {
		return ""
	}
	return s
}

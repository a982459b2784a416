package unsubscribe

import (
	"net/url"
	"strings"
)

// Param is the query parameter that carries the token in the https URL.
const Param = "t"

// Links returns a reader's own List-Unsubscribe URIs for the configured
// ones: the https URL with the token as ?t=, the mailto with the subject
// "unsubscribe TOKEN". Anything else is kept as it is.
func Links(uris []string, token string) []string {
	out := make([]string, len(uris))
	for i, s := range uris {
		out[i] = s
		u, err := url.Parse(s)
		if err != nil {
			continue
		}
		switch u.Scheme {
		case "https", "http":
			q := u.Query()
			q.Set(Param, token)
			u.RawQuery = q.Encode()
			out[i] = u.String()
		case "mailto":
			q := u.Query()
			q.Set("subject", "unsubscribe "+token)
			// mailto wants %20, not +, for spaces (RFC 6068).
			u.RawQuery = strings.ReplaceAll(q.Encode(), "+", "%20")
			out[i] = u.String()
		}
	}
	return out
}

// TokenOf returns the token in an unsubscribe URL (its t parameter), or
// "" if there is none.
func TokenOf(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return ""
	}
	if t := u.Query().Get(Param); IsToken(t) {
		return t
	}
	return ""
}

// DefaultURL is the unsubscribe page of a site at baseURL: the link
// target when the config names no https URL.
func DefaultURL(baseURL string) string {
	if baseURL == "" {
		return ""
	}
	return strings.TrimSuffix(baseURL, "/") + "/unsubscribe/"
}

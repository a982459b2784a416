package content

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// MaxSlug keeps URLs and file names short enough for every file system
// and still readable in a link.
const MaxSlug = 60

// reserved are names that mean something to Hugo or to a file system.
var reserved = map[string]bool{
	"index": true, "_index": true, "con": true, "prn": true, "aux": true, "nul": true,
	"com1": true, "com2": true, "com3": true, "com4": true, "lpt1": true, "lpt2": true, "lpt3": true,
	"tags": true, "people": true, "places": true, "organizations": true, "issues": true,
	"feed": true, "email": true, "404": true, "page": true,
}

// Fallback is the slug of a text with no letter or digit to make one of.
const Fallback = "article"

// Slugify turns a headline into a URL path segment: lowercase ASCII letters
// and digits joined by single hyphens, accents folded, at most MaxSlug
// bytes cut at a word. It never returns "", ".", ".." or a reserved name.
// ok is false when s has no Latin letter or digit ("日本語", "..."): the
// slug is then Fallback, and the caller may have a better name to try.
func Slugify(s string) (slug string, ok bool) {
	var b strings.Builder
	dash := false
	for _, r := range norm.NFKD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case r == '\'' || r == '’' || r == '‘':
			continue // "China's" reads better as "chinas" than "china-s"
		case r < 128 && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(unicode.ToLower(r))
		default:
			dash = true
		}
	}
	out := b.String()
	if len(out) > MaxSlug {
		out = out[:MaxSlug]
		if i := strings.LastIndexByte(out, '-'); i > MaxSlug/2 {
			out = out[:i]
		}
		out = strings.Trim(out, "-")
	}
	if out == "" {
		return Fallback, false
	}
	if reserved[out] {
		return out + "-" + Fallback, true
	}
	return out, true
}

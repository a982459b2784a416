package text

import "strings"

// furnitureStarts open a paragraph or sentence that is page furniture, not
// reporting. Matched case-insensitively.
var furnitureStarts = []string{
	"click here", "scroll down", "read more", "related:", "related articles", "see also",
	"advertisement", "share this", "follow us", "follow @", "sign up", "subscribe to",
	"image copyright", "image caption", "media playback", "photo:", "photo credit", "photos:",
	"picture:", "pictures:", "pictured:", "(photo", "photograph:", "credit:", "getty images",
	"copyright 19", "copyright 20", "copyright ©", "©", "all rights reserved", "e-mail to a friend", "email to a friend",
	"last updated", "published:", "updated:", "watch:", "video:", "watch the video",
	"listen:", "more:", "editor's note", "editor’s note", "story highlights", "top stories",
	"like us on facebook", "get the latest", "print this",
}

func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}

func furnitureSentence(s string) bool {
	// Lower-case the opening once rather than folding for every prefix.
	var buf [32]byte
	n := min(len(s), len(buf))
	for i := range n {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	for _, f := range furnitureStarts {
		if len(f) <= n && string(buf[:len(f)]) == f {
			return true
		}
	}
	return false
}

// furnitureParagraph reports a paragraph that carries no reporting: a
// byline, a credit line, a call to action.
func furnitureParagraph(p string) bool {
	if furnitureSentence(p) {
		return true
	}
	words := strings.Count(p, " ") + 1
	if words <= 8 && hasPrefixFold(p, "by ") && !strings.ContainsAny(p, ".!?") {
		return true // "By Jane Smith, CNN"
	}
	if words <= 30 && (strings.HasSuffix(p, "contributed to this report.") ||
		strings.HasSuffix(p, "contributed reporting.") || strings.HasSuffix(p, "contributed to this story.")) {
		return true
	}
	return false
}

// stripLeadFurniture removes a byline or dateline that opens a paragraph.
func stripLeadFurniture(p string) string {
	for range 4 {
		q := stripStamp(p)
		if strings.HasPrefix(q, "By . ") {
			q = stripDotByline(q)
		}
		q = stripDateline(q)
		if q == p {
			return p
		}
		p = strings.TrimSpace(q)
	}
	return p
}

// stripStamp removes Daily Mail-style headers: "By . Associated Press .
// PUBLISHED: . 14:11 EST, 25 October 2013 . | . UPDATED: . 14:46 EST,
// 25 October 2013 . " and "Last updated at 3:57 PM on 12th October 2011 . ".
func stripStamp(p string) string {
	head := p[:min(len(p), 320)]
	at := -1
	switch {
	case hasPrefixFold(p, "last updated"):
		at = 0
	case strings.IndexByte(head, ':') < 0:
		return p
	default:
		if at = strings.Index(head, "UPDATED:"); at < 0 {
			at = strings.Index(head, "PUBLISHED:")
		}
	}
	if at < 0 {
		return p
	}
	// The stamp ends after a year followed by " . ".
	for i := at; i+4 < len(p) && i < at+100; i++ {
		if (p[i] == '1' && p[i+1] == '9' || p[i] == '2' && p[i+1] == '0') && leadingDigit(p[i+2:]) && leadingDigit(p[i+3:]) &&
			(i == 0 || p[i-1] == ' ') {
			rest := strings.TrimLeft(p[i+4:], " ")
			if strings.HasPrefix(rest, ".") {
				return strings.TrimLeft(rest, " .|")
			}
		}
	}
	return p
}

// stripDotByline removes "By . Sam Webb . " from scraped Daily Mail copy.
func stripDotByline(p string) string {
	rest := p[len("By . "):]
	k := strings.Index(rest[:min(len(rest), 90)], " . ")
	if k < 0 || strings.ContainsAny(rest[:k], ".!?") {
		return p
	}
	return rest[k+3:]
}

// stripDateline removes "BEIJING (Reuters) - ", "(CNN) -- ", "LONDON, England
// (CNN) -- " and "WASHINGTON — " from the start of p.
func stripDateline(p string) string {
	head := p[:min(len(p), 90)]
	if strings.IndexByte(head, '-') < 0 && !strings.Contains(head, "—") && !strings.Contains(head, "–") {
		return p
	}
	dash, width := -1, 0
	for _, d := range []string{" -- ", " - ", " — ", " – ", "-- ", " —", "— "} {
		if k := strings.Index(head, d); k >= 0 && (dash < 0 || k < dash) {
			dash, width = k, len(d)
		}
	}
	if dash < 0 {
		return p
	}
	prefix := strings.TrimSpace(p[:dash])
	if prefix == "" || strings.ContainsAny(prefix, ".!?\"“") && !strings.HasSuffix(prefix, ")") {
		return p
	}
	if strings.HasSuffix(prefix, ")") {
		open := strings.LastIndexByte(prefix, '(')
		if open < 0 || strings.Count(prefix[open:], " ") > 3 {
			return p
		}
		if !allCapsPlace(prefix[:open]) {
			return p
		}
	} else if !allCapsPlace(prefix) || !strings.ContainsFunc(prefix, upperASCII) {
		return p
	}
	return strings.TrimSpace(p[dash+width:])
}

func upperASCII(r rune) bool { return r >= 'A' && r <= 'Z' }

// allCapsPlace accepts the place part of a dateline: empty, or a capitalised
// city in capitals with an optional ", Country" or date ("LONDON, England",
// "NEW YORK, Jan 5").
func allCapsPlace(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" {
		return true
	}
	if len(s) > 60 {
		return false
	}
	city, _, _ := strings.Cut(s, ",")
	letters := 0
	for _, r := range city {
		switch {
		case r >= 'a' && r <= 'z':
			return false
		case r >= 'A' && r <= 'Z':
			letters++
		case r == ' ' || r == '.' || r == '-' || r == '\'' || r >= 0x80:
		default:
			return false
		}
	}
	return letters >= 2 && strings.Count(s, " ") <= 6
}

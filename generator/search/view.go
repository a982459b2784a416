package search

import (
	"bytes"
	"hash"
	"regexp"
	"slices"
	"strings"
)

// writeView writes to h what of an HTML page Pagefind's index depends on:
// the text inside the data-pagefind-body element but outside any
// data-pagefind-ignore one, its heading levels, the html element's lang,
// and every data-pagefind-* attribute with the attributes they read
// ("date[datetime]" reads datetime). Links, classes, scripts, ignored text
// and the rest of the page are left out, so a page whose links change (a
// name that gains a term page, another base URL) keeps its digest and its
// shard is reused.
func writeView(h hash.Hash, b []byte) {
	body, bodyTag := 0, ""
	ignore, ignoreTag := 0, "" // depth inside a data-pagefind-ignore element
	text := func() bool { return body > 0 && ignore == 0 }
	for i := 0; i < len(b); {
		lt := bytes.IndexByte(b[i:], '<')
		if lt < 0 {
			if text() {
				h.Write(b[i:])
			}
			return
		}
		if text() {
			h.Write(b[i : i+lt])
		}
		i += lt
		if bytes.HasPrefix(b[i:], []byte("<!--")) {
			end := bytes.Index(b[i:], []byte("-->"))
			if end < 0 {
				return
			}
			i += end + 3
			continue
		}
		end := tagEnd(b, i)
		if end < 0 {
			return // a tag cut off at the end: no more text
		}
		tag := b[i+1 : end]
		i = end + 1
		if len(tag) > 0 && tag[0] == '/' {
			name := tagName(tag[1:])
			if ignore > 0 && name == ignoreTag {
				ignore--
			}
			if body > 0 && name == bodyTag {
				body--
			}
			if text() {
				h.Write(space)
			}
			continue
		}
		n := nameLen(tag)
		name := tagName(tag)
		attrs := noAttrs
		if name == "html" || mayHavePagefind(tag[n:]) {
			attrs = parseAttrs(tag[n:])
		}
		writeAttrs(h, name, attrs)
		_, isBody := attrs["data-pagefind-body"]
		selfClosing := bytes.HasSuffix(tag, []byte("/")) || voidElements[name]
		switch {
		case body == 0 && isBody && !selfClosing:
			body, bodyTag = 1, name
		case body > 0 && name == bodyTag && !selfClosing:
			body++
		}
		_, isIgnore := attrs["data-pagefind-ignore"]
		switch {
		case ignore == 0 && isIgnore && !selfClosing:
			ignore, ignoreTag = 1, name
		case ignore > 0 && name == ignoreTag && !selfClosing:
			ignore++
		}
		if text() {
			if len(name) == 2 && name[0] == 'h' && name[1] >= '1' && name[1] <= '6' {
				h.Write([]byte(name)) // headings weigh more in Pagefind's ranking
			}
			h.Write(space)
		}
		if name == "script" || name == "style" {
			close := bytes.Index(b[i:], []byte("</"+name))
			if close < 0 {
				return
			}
			i += close
		}
	}
}

// space is the separator written between text runs.
var space = []byte{' '}

// noAttrs are the attributes of a tag that has no data-pagefind ones,
// which is all Pagefind reads (but the html element's lang).
var noAttrs = map[string]string{}

// mayHavePagefind reports whether the attributes s of a tag may name a
// data-pagefind one: most tags are read without parsing their
// attributes. Attribute names are lower-cased by Unicode's rules, so any
// byte outside ASCII gets a full reading.
func mayHavePagefind(s []byte) bool {
	const want = "data-pagefind"
	for i, c := range s {
		if c >= 0x80 {
			return true
		}
		if c|0x20 == 'd' && len(s)-i >= len(want) && asciiFold(s[i:i+len(want)], want) {
			return true
		}
	}
	return false
}

// asciiFold reports whether b is s (lower-case ASCII) in any case.
func asciiFold(b []byte, s string) bool {
	for i := range b {
		c := b[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != s[i] {
			return false
		}
	}
	return true
}

var attrRef = regexp.MustCompile(`\[([A-Za-z0-9_:-]+)\]`)

func writeAttrs(h hash.Hash, name string, attrs map[string]string) {
	var pf []string
	for k := range attrs {
		if len(k) > 14 && k[:14] == "data-pagefind-" || k == "data-pagefind" {
			pf = append(pf, k)
		}
	}
	if name == "html" {
		pf = append(pf, "lang")
	}
	if len(pf) == 0 {
		return
	}
	slices.Sort(pf)
	for _, k := range pf {
		v := attrs[k]
		h.Write([]byte(k + "=" + v + "\x00"))
		for _, m := range attrRef.FindAllStringSubmatch(v, -1) {
			h.Write([]byte(m[1] + "=" + attrs[m[1]] + "\x00"))
		}
	}
}

// tagEnd is the index of the '>' that ends the tag starting at b[i],
// quoted attribute values included, or -1 when the page ends first.
func tagEnd(b []byte, i int) int {
	var quote byte
	for j := i + 1; j < len(b); j++ {
		switch c := b[j]; {
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case c == '"' || c == '\'':
			quote = c
		case c == '>':
			return j
		}
	}
	return -1
}

// nameLen is the length in bytes of the name a tag starts with.
func nameLen(tag []byte) int {
	n := 0
	for n < len(tag) && !isSpace(tag[n]) && tag[n] != '/' && tag[n] != '>' {
		n++
	}
	return n
}

// tagName is that name in lower case (which may be longer: invalid
// UTF-8 becomes U+FFFD).
func tagName(tag []byte) string {
	name := tag[:nameLen(tag)]
	if s, ok := elements[string(name)]; ok {
		return s // no copy for the names pages are made of
	}
	return string(bytes.ToLower(name))
}

// elements are the element names the site's pages use, each its own
// lower-case name.
var elements = func() map[string]string {
	m := map[string]string{}
	for _, name := range strings.Fields(`html head meta title link script style body header nav main footer
		article section div span p a ul ol li dl dt dd h1 h2 h3 h4 h5 h6 time figure figcaption blockquote
		strong em b i small sup sub br hr img svg path button form input label template aside mark`) {
		m[name] = name
	}
	return m
}()

// parseAttrs reads the attributes of a tag (after its name), quoted,
// unquoted and bare, as a minifier leaves them.
func parseAttrs(s []byte) map[string]string {
	attrs := map[string]string{}
	i := 0
	for i < len(s) {
		for i < len(s) && (isSpace(s[i]) || s[i] == '/') {
			i++
		}
		start := i
		for i < len(s) && !isSpace(s[i]) && s[i] != '=' && s[i] != '/' {
			i++
		}
		if start == i {
			break
		}
		key := string(bytes.ToLower(s[start:i]))
		val := ""
		if i < len(s) && s[i] == '=' {
			i++
			if i < len(s) && (s[i] == '"' || s[i] == '\'') {
				q := s[i]
				end := bytes.IndexByte(s[i+1:], q)
				if end < 0 {
					end = len(s) - i - 1
				}
				val = string(s[i+1 : i+1+end])
				i += end + 2
			} else {
				start := i
				for i < len(s) && !isSpace(s[i]) {
					i++
				}
				val = string(s[start:i])
			}
		}
		attrs[key] = val
	}
	return attrs
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' }

var voidElements = map[string]bool{"area": true, "base": true, "br": true, "col": true, "embed": true,
	"hr": true, "img": true, "input": true, "link": true, "meta": true, "source": true, "track": true, "wbr": true}

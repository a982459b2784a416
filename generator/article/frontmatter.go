package article

import (
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/adrg/frontmatter"
)

var lineInErr = regexp.MustCompile(`(?i)line (\d+)`)

// splitFrontMatter reads optional front matter at the top of a Markdown
// file. It returns the fields, the rest of the text and the file line on
// which that rest starts.
func splitFrontMatter(name, text string) (map[string]any, string, int, error) {
	trimmed := strings.TrimLeft(text, " \t\n")
	if !(strings.HasPrefix(trimmed, "---") || strings.HasPrefix(trimmed, "+++") || strings.HasPrefix(trimmed, ";;;") || strings.HasPrefix(trimmed, "{")) {
		return nil, text, 1, nil
	}
	lead := strings.Count(text[:len(text)-len(trimmed)], "\n")
	fields := map[string]any{}
	rest, err := frontmatter.Parse(strings.NewReader(trimmed), &fields)
	if err != nil {
		if errors.Is(err, frontmatter.ErrNotFound) {
			if !strings.HasPrefix(trimmed, "{") {
				return nil, "", 0, &Error{File: name, Line: lead + 1, Msg: "front matter is not closed",
					Hint: "end it with a line of " + trimmed[:3] + ", or remove it"}
			}
			return nil, text, 1, nil
		}
		line := lead + 1
		msg := strings.TrimSpace(err.Error())
		if m := lineInErr.FindStringSubmatch(msg); m != nil {
			n, _ := strconv.Atoi(m[1])
			line = lead + 1 + n // the opening delimiter is the first line
		}
		return nil, "", 0, &Error{File: name, Line: line, Msg: "malformed front matter: " + msg,
			Hint: "fix the YAML, TOML or JSON between the delimiters, or remove it"}
	}
	body := string(rest)
	if len(body) == len(trimmed) && !strings.HasPrefix(trimmed, "{") {
		return nil, "", 0, &Error{File: name, Line: lead + 1, Msg: "front matter is not closed",
			Hint: "end it with a line of " + trimmed[:3] + ", or remove it"}
	}
	start := lead + strings.Count(trimmed[:len(trimmed)-len(body)], "\n") + 1
	if err := checkFields(name, fields); err != nil {
		return nil, "", 0, err
	}
	return fields, body, start, nil
}

// reservedFields change where or how Hugo publishes a page; an article
// may not set them, or one file could move itself over another page,
// publish under any URL, or pull in other layouts.
var reservedFields = map[string]bool{
	"url": true, "aliases": true, "outputs": true, "cascade": true, "build": true, "_build": true,
	"layout": true, "type": true, "markup": true, "resources": true, "headless": true, "sitemap": true,
	"menu": true, "menus": true, "translationkey": true, "generated": true, "source": true,
	"lastmod": true, "publishdate": true, "pubdate": true, "published": true, "expirydate": true,
	"unpublishdate": true, "modified": true, "draft": true, "params": true, "iscjklanguage": true, "linktitle": true,
}

// textFields and listFields are the computed fields an author may set.
var (
	textFields = map[string]bool{"title": true, "summary": true, "description": true, "slug": true}
	listFields = map[string]bool{"keypoints": true, "tags": true, "people": true, "places": true, "organizations": true}
)

// checkFields lower-cases the author's keys (Hugo reads them without
// case) and refuses values that would break or redirect the build.
func checkFields(name string, f map[string]any) error {
	bad := func(msg, hint string) error { return &Error{File: name, Msg: msg, Hint: hint} }
	keys := make([]string, 0, len(f))
	for k := range f {
		keys = append(keys, k)
	}
	for _, k := range keys {
		v := f[k]
		key := strings.ToLower(k)
		if key != k {
			if _, dup := f[key]; dup {
				return bad(fmt.Sprintf("front matter sets %q twice (as %q)", key, k), "keep one of them")
			}
			delete(f, k)
			f[key] = v
		}
		switch {
		case reservedFields[key]:
			return bad(fmt.Sprintf("front matter field %q is not allowed in an article", k),
				"remove it: the generator decides where and how articles are published")
		case textFields[key]:
			if _, ok := v.(string); !ok {
				return bad(fmt.Sprintf("front matter field %q must be text", k), "quote the value")
			}
		case listFields[key]:
			list, ok := v.([]any)
			if !ok {
				return bad(fmt.Sprintf("front matter field %q must be a list of text", k), `write it as [ "one", "two" ]`)
			}
			out := make([]string, len(list))
			for i, e := range list {
				if out[i], ok = e.(string); !ok {
					return bad(fmt.Sprintf("front matter field %q must be a list of text", k), "quote every item")
				}
			}
			f[key] = out
		case key == "weight":
			switch w := v.(type) {
			case int, int64, uint64:
			case float64:
				if w != float64(int(w)) {
					return bad(`front matter field "weight" must be a whole number`, "use 1, 2, 3...")
				}
				f[key] = int(w)
			default:
				return bad(`front matter field "weight" must be a whole number`, "use 1, 2, 3...")
			}
		case key == "date" || key == "issue":
			d, err := dateOf(v)
			if err != nil {
				return bad(fmt.Sprintf("front matter %s %v is not a real date", key, v), "use YYYY-MM-DD")
			}
			f[key] = d
		case key == "quotes" || key == "figures":
			if !recordList(v) {
				return bad(fmt.Sprintf("front matter field %q must be a list of records", k),
					`write each as { text: "...", speaker: "..." } (quotes) or { value: "...", measure: "..." } (figures)`)
			}
		}
	}
	return nil
}

// recordList reports whether v is a list of records of text.
func recordList(v any) bool {
	list, ok := v.([]any)
	if !ok {
		return false
	}
	for _, e := range list {
		m, ok := e.(map[string]any)
		if !ok {
			return false
		}
		for _, x := range m {
			if _, ok := x.(string); !ok {
				return false
			}
		}
	}
	return true
}

// dateOf reads a front matter date as YYYY-MM-DD: YAML and TOML give
// time values, JSON and quoted YAML give text.
func dateOf(v any) (string, error) {
	switch d := v.(type) {
	case time.Time:
		return d.Format("2006-01-02"), nil
	case string:
		for _, layout := range []string{"2006-01-02", time.RFC3339, "2006-01-02T15:04:05", "2006-01-02 15:04:05"} {
			if t, err := time.Parse(layout, d); err == nil {
				return t.Format("2006-01-02"), nil
			}
		}
	}
	return "", fmt.Errorf("not a date: %v", v)
}

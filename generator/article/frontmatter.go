package article

import (
	"errors"
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

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
	block := trimmed[:len(trimmed)-len(body)]
	start := lead + strings.Count(block, "\n") + 1
	lineOf := func(key string) int { return lead + keyLine(block, key) }
	if err := checkFields(name, fields, lineOf); err != nil {
		return nil, "", 0, err
	}
	return fields, body, start, nil
}

// keyLine is the 1-based line of block on which key is set (YAML "key:",
// TOML "key =", JSON "\"key\":"), or 1 when it cannot be found.
func keyLine(block, key string) int {
	q := regexp.QuoteMeta(key)
	re := regexp.MustCompile(`(?im)^\s*(?:"` + q + `"|'` + q + `'|` + q + `)\s*[:=]`)
	if loc := re.FindStringIndex(block); loc != nil {
		return strings.Count(block[:loc[0]], "\n") + 1
	}
	return 1
}

// MaxTitle is the longest headline accepted, in characters.
const MaxTitle = 300

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
	textFields = map[string]bool{"title": true, "summary": true, "description": true, "slug": true, "section": true}
	listFields = map[string]bool{"keypoints": true, "tags": true, "people": true, "places": true, "organizations": true}
)

// checkFields lower-cases the author's keys (Hugo reads them without
// case) and refuses values that would break or redirect the build, naming
// the line (lineOf) of the key at fault.
func checkFields(name string, f map[string]any, lineOf func(key string) int) error {
	keys := make([]string, 0, len(f))
	for k := range f {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		v := f[k]
		key := strings.ToLower(k)
		bad := func(msg, hint string) error { return &Error{File: name, Line: lineOf(k), Msg: msg, Hint: hint} }
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
			s, ok := v.(string)
			if !ok {
				return bad(fmt.Sprintf("front matter field %q must be text", k), "quote the value")
			}
			if n := utf8.RuneCountInString(collapse(s)); key == "title" && n > MaxTitle {
				return bad(fmt.Sprintf("front matter title is %d characters, over the limit of %d", n, MaxTitle),
					"shorten it: a headline is read at a glance; the rest belongs in the summary or the text")
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
		case key == "weight" || key == "order":
			// Any whole number, 0 and negatives included: the issue's
			// order (see ingest), not Hugo's weight, for which 0 is unset.
			n, ok := wholeNumber(v)
			if !ok {
				return bad(fmt.Sprintf("front matter field %q must be a whole number", key), "use 1, 2, 3... (0 and negatives are fine)")
			}
			f[key] = n
		case flagFields[key]:
			if _, ok := v.(bool); !ok {
				return bad(fmt.Sprintf("front matter field %q must be true or false", key), fmt.Sprintf("write %s: true, without quotes", key))
			}
		case key == "date" || key == "issue":
			d, err := dateOf(v)
			if err != nil {
				return bad(fmt.Sprintf("front matter %s %v is not a real date", key, v), "use YYYY-MM-DD")
			}
			f[key] = d
		case recordFields[key] != [2]string{}:
			recs, msg := records(v, recordFields[key])
			if msg != "" {
				return bad(fmt.Sprintf("front matter field %q %s", k, msg), recordHint[key])
			}
			f[key] = recs
		}
	}
	return nil
}

// flagFields are the editor's switches for an issue: lead makes the
// article the lead story, keep publishes it even when it
// duplicates another article of the issue.
var flagFields = map[string]bool{"lead": true, "keep": true}

// wholeNumber reads a front matter number that must be whole; YAML and
// TOML give integers, JSON gives float64.
func wholeNumber(v any) (int, bool) {
	switch n := v.(type) {
	case int:
		return n, true
	case int64:
		return int(n), n == int64(int(n))
	case uint64:
		return int(n), n <= uint64(int(^uint(0)>>1))
	case float64:
		if n == float64(int(n)) {
			return int(n), true
		}
	}
	return 0, false
}

// recordFields are the lists of records an author may set, with their
// keys: the first is required, the second optional.
var recordFields = map[string][2]string{"quotes": {"text", "speaker"}, "figures": {"value", "measure"}}

var recordHint = map[string]string{
	"quotes":  `write it as quotes: [{ text: "We will act", speaker: "The minister" }], or one "- text: ..." item per quote`,
	"figures": `write it as figures: [{ value: "3%", measure: "rise in prices" }], or one "- value: ..." item per figure`,
}

// records reads a list of records as YAML (of any version), TOML and JSON
// decode it: a list of mappings from the two keys to text or numbers. It
// returns the records with their keys lower-cased, or what is wrong.
func records(v any, keys [2]string) ([]map[string]string, string) {
	list, ok := v.([]any)
	if tables, isTables := v.([]map[string]any); isTables { // TOML's [[quotes]]
		list, ok = make([]any, len(tables)), true
		for i, t := range tables {
			list[i] = t
		}
	}
	if !ok {
		if v == nil {
			return []map[string]string{}, ""
		}
		return nil, "must be a list of records"
	}
	out := make([]map[string]string, 0, len(list))
	for i, e := range list {
		r := map[string]string{}
		var bad string
		each := func(k, x any) {
			ks, ok := k.(string)
			key := strings.ToLower(ks)
			switch {
			case bad != "":
			case !ok || (key != keys[0] && key != keys[1]):
				bad = fmt.Sprintf("item %d has the field %v; a record has only %s and %s", i+1, k, keys[0], keys[1])
			default:
				switch x := x.(type) {
				case string:
					r[key] = strings.TrimSpace(x)
				case int, int64, uint64, float64:
					r[key] = fmt.Sprint(x)
				case nil:
				default:
					bad = fmt.Sprintf("item %d: %s must be text", i+1, key)
				}
			}
		}
		switch m := e.(type) {
		case map[string]any:
			for k, x := range m {
				each(k, x)
			}
		case map[any]any:
			for k, x := range m {
				each(k, x)
			}
		default:
			return nil, fmt.Sprintf("item %d is not a record", i+1)
		}
		if bad != "" {
			return nil, bad
		}
		if r[keys[0]] == "" {
			return nil, fmt.Sprintf("item %d has no %s", i+1, keys[0])
		}
		out = append(out, r)
	}
	return out, ""
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

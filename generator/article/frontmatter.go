package article

import (
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"

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

// checkFields refuses author fields of the wrong type, which would
// otherwise surface later as a confusing Hugo error.
func checkFields(name string, f map[string]any) error {
	for _, k := range []string{"title", "summary", "description", "slug", "date"} {
		if v, ok := f[k]; ok {
			switch v.(type) {
			case string:
			default:
				if k == "date" {
					// YAML and TOML parse dates themselves; keep them as text.
					f[k] = fmt.Sprint(v)
					continue
				}
				return &Error{File: name, Msg: fmt.Sprintf("front matter field %q must be text", k), Hint: "quote the value"}
			}
		}
	}
	return nil
}

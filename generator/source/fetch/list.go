package fetch

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Entry is one address of a URL list.
type Entry struct {
	Line int // 1-based line in the list
	URL  string
}

// ListError is a bad line in a URL list.
type ListError struct {
	File string
	Line int // 0 for the list as a whole
	Msg  string
	Hint string
}

func (e *ListError) Error() string {
	s := e.File
	if e.Line > 0 {
		s += fmt.Sprintf(":%d", e.Line)
	}
	s += ": " + e.Msg
	if e.Hint != "" {
		s += " - " + e.Hint
	}
	return s
}

// ParseList reads a URL list (a .urls file): one http or https address per
// line; blank lines are skipped and "#" starts a comment, at the start of
// a line or after a space ("#" right after a character is part of the
// address, as in ".../story#update"). Every bad line is reported, each
// with its line number, joined in one error.
func ParseList(name string, data []byte) ([]Entry, error) {
	data = bytes.TrimPrefix(data, []byte{0xEF, 0xBB, 0xBF})
	if bytes.IndexByte(data, 0) >= 0 || !utf8.Valid(data) {
		return nil, &ListError{File: name, Msg: "not a text file", Hint: "a URL list is plain text, one address per line"}
	}
	var out []Entry
	var errs []error
	seen := map[string]int{}
	text := strings.ReplaceAll(strings.ReplaceAll(string(data), "\r\n", "\n"), "\r", "\n")
	for i, line := range strings.Split(text, "\n") {
		n := i + 1
		line = stripComment(strings.TrimSpace(line))
		if line == "" {
			continue
		}
		bad := func(msg, hint string) { errs = append(errs, &ListError{File: name, Line: n, Msg: msg, Hint: hint}) }
		if strings.IndexFunc(line, unicode.IsSpace) >= 0 {
			bad(fmt.Sprintf("%q is more than one address", short(line)), "put one address on each line")
			continue
		}
		u, err := CheckURL(line)
		if err != nil {
			var ferr *Error
			errors.As(err, &ferr)
			hint := ferr.Hint
			if strings.HasPrefix(ferr.Msg, "not a full address") && strings.Contains(line, ".") {
				hint = "write it in full: https://" + line
			}
			bad(fmt.Sprintf("%q: %s", short(line), ferr.Msg), hint)
			continue
		}
		key := u.String()
		if first, dup := seen[key]; dup {
			bad(fmt.Sprintf("%s is already on line %d", short(line), first), "remove one of them")
			continue
		}
		seen[key] = n
		out = append(out, Entry{Line: n, URL: key})
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	if len(out) == 0 {
		return nil, &ListError{File: name, Msg: "the list has no addresses", Hint: "add one http(s) address per line, or remove the file"}
	}
	return out, nil
}

// stripComment cuts a comment: "#" at the start or after white space.
func stripComment(line string) string {
	if strings.HasPrefix(line, "#") {
		return ""
	}
	for i := 1; i < len(line); i++ {
		if line[i] == '#' && (line[i-1] == ' ' || line[i-1] == '\t') {
			return strings.TrimSpace(line[:i])
		}
	}
	return line
}

// short keeps messages readable when a line is long.
func short(s string) string {
	if utf8.RuneCountInString(s) <= 80 {
		return s
	}
	r := []rune(s)
	return string(r[:77]) + "..."
}

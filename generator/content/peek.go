package content

import (
	"bufio"
	"errors"
	"os"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"
)

// Head is what a re-run needs to know of an existing content file without
// parsing all of it: whose it is, where it came from and from what input.
type Head struct {
	Source    string // the "source" field
	Input     string // the recorded input hash
	Key       string // the recorded key of the article within its input
	Weight    int    // the "weight" field (0 when absent or not a number)
	Generated bool   // the file has a generator record

	fields string // the record's field hashes, as written
}

// Peek reads the head of the content file at path by scanning its front
// matter lines; it returns (nil, nil) when the file does not exist. A full
// parse costs more than computing some articles, and an unchanged re-run
// only needs these few facts.
func Peek(path string) (*Head, error) {
	f, err := os.Open(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	defer f.Close()
	h := &Head{}
	sc := bufio.NewScanner(f)
	// The scanner's own 4 KB to start (a front matter is a few KB; a build
	// peeks at every article file), growing for a long line up to 1 MB.
	sc.Buffer(nil, 1<<20)
	if !sc.Scan() || sc.Text() != "---" {
		return h, sc.Err()
	}
	inRecord := false
	for sc.Scan() {
		line := sc.Text()
		switch {
		case line == "---":
			return h, nil
		case line == recordKey+":":
			h.Generated, inRecord = true, true
		case strings.HasPrefix(line, "source: "):
			h.Source = value(line[len("source: "):])
			inRecord = false
		case strings.HasPrefix(line, "weight: "):
			h.Weight, _ = strconv.Atoi(strings.TrimSpace(line[len("weight: "):]))
			inRecord = false
		case inRecord && strings.HasPrefix(line, "  input: "):
			h.Input = value(line[len("  input: "):])
		case inRecord && strings.HasPrefix(line, "  key: "):
			h.Key = value(line[len("  key: "):])
		case inRecord && strings.HasPrefix(line, "  fields: "):
			h.fields = line[len("  fields: "):]
		case len(line) > 0 && line[0] != ' ' && line[0] != '-':
			inRecord = false
		}
	}
	return h, sc.Err()
}

// Fresh reports whether the file was generated from input and can be left
// as it is without computing anything.
func (h *Head) Fresh(input string) bool {
	return h != nil && h.Generated && h.Input == input
}

// Wrote reports whether the generator's last value for key was v, by the
// hash in the record (an editor's change to the field does not count: it
// is kept whatever the generator writes).
func (h *Head) Wrote(key string, v any) bool {
	if h == nil || !h.Generated || h.fields == "" {
		return false
	}
	got, ok := recordHash(h.fields, key)
	return ok && got == hash(normal(v))
}

// recordHash finds key's hash in the record's fields as emitRecord writes
// them ({a: "1234abcd", b: "..."}), or as an editor may have rewritten
// them.
func recordHash(fields, key string) (string, bool) {
	for _, lead := range []string{"{", ", "} {
		if i := strings.Index(fields, lead+key+`: "`); i >= 0 {
			rest := fields[i+len(lead)+len(key)+3:]
			if j := strings.IndexByte(rest, '"'); j >= 0 {
				return rest[:j], true
			}
		}
	}
	var m map[string]string
	if yaml.Unmarshal([]byte(fields), &m) != nil {
		return "", false
	}
	v, ok := m[key]
	return v, ok
}

func value(s string) string {
	if s == "" || (s[0] != '"' && s[0] != '\'') {
		return s
	}
	if v, ok := plainQuoted(s); ok {
		return v
	}
	var v string
	if yaml.Unmarshal([]byte(s), &v) != nil {
		return s
	}
	return v
}

// plainQuoted reads a double-quoted value of printable ASCII without
// escapes (the generator writes an input hash that starts with a digit so)
// as YAML reads it, without setting up a YAML parser for it, as a re-run
// would for most files it peeks at. ok is false for any other value.
func plainQuoted(s string) (string, bool) {
	n := len(s)
	if n < 2 || s[0] != '"' || s[n-1] != '"' {
		return "", false
	}
	for i := 1; i < n-1; i++ {
		if c := s[i]; c < 0x20 || c > 0x7e || c == '"' || c == '\\' {
			return "", false
		}
	}
	return s[1 : n-1], true
}

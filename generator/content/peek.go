package content

import (
	"bufio"
	"errors"
	"os"
	"strings"

	"gopkg.in/yaml.v3"
)

// Head is what a re-run needs to know of an existing content file without
// parsing all of it: whose it is, where it came from and from what input.
type Head struct {
	Source    string // the "source" field
	Input     string // the recorded input hash
	Generated bool   // the file has a generator record
}

// Peek reads the head of the content file at path by scanning its front
// matter lines; it returns (nil, nil) when the file does not exist. A full
// parse costs more than computing some articles, and an unchanged re-run
// only needs these three facts.
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
	sc.Buffer(make([]byte, 0, 64<<10), 1<<20)
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
		case inRecord && strings.HasPrefix(line, "  input: "):
			h.Input = value(line[len("  input: "):])
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

func value(s string) string {
	if s == "" || (s[0] != '"' && s[0] != '\'') {
		return s
	}
	var v string
	if yaml.Unmarshal([]byte(s), &v) != nil {
		return s
	}
	return v
}

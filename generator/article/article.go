// Package article reads raw news articles: a headline on the first non-empty
// line, then paragraphs separated by blank lines. Markdown files may carry
// YAML, TOML or JSON front matter whose fields override computed metadata.
package article

import (
	"bytes"
	"fmt"
	"path/filepath"
	"strings"
)

// Article is one parsed article, its text as the author wrote it.
type Article struct {
	// Source is the file the article came from, as given to Parse.
	Source string
	// Headline is the first non-empty line (or the front matter title).
	Headline string
	// Paragraphs holds the body; the lines of a paragraph are joined by a space.
	Paragraphs []string
	// Fields holds front matter the author set in a .md file; nil otherwise.
	Fields map[string]any
	// Encoding names the encoding the text was decoded from when it was not
	// UTF-8 ("windows-1252", "utf-16le", ...); empty for UTF-8.
	Encoding string
}

// Options tune parsing; the zero value is the sensible default.
type Options struct {
	// MaxBytes rejects larger files; 0 means DefaultMaxBytes.
	MaxBytes int64
	// MaxBytesHint says how to raise MaxBytes (the flag or setting the
	// caller took it from), for the error about a larger file; "" says
	// "raise the size limit".
	MaxBytesHint string
}

// DefaultMaxBytes is far above any news article (a long read is ~100 KB)
// and low enough that a stray video or archive is refused early.
const DefaultMaxBytes = 2 << 20

// Error is a problem with one input file: what is wrong and how to fix it.
type Error struct {
	File string
	Line int // 0 when no line applies
	Msg  string
	Hint string
}

func (e *Error) Error() string {
	s := e.File
	if e.Line > 0 {
		s = fmt.Sprintf("%s:%d", s, e.Line)
	}
	s += ": " + e.Msg
	if e.Hint != "" {
		s += " - " + e.Hint
	}
	return s
}

// Parse parses the bytes of the file name. Files ending in .md may start
// with front matter; every other file is read as plain text.
func Parse(name string, data []byte, opt Options) (*Article, error) {
	if err := CheckSize(name, int64(len(data)), opt); err != nil {
		return nil, err
	}
	text, enc, err := Decode(name, data)
	if err != nil {
		return nil, err
	}
	a := &Article{Source: name, Encoding: enc}
	firstLine := 1
	if strings.EqualFold(filepath.Ext(name), ".md") {
		fields, rest, line, ferr := splitFrontMatter(name, text)
		if ferr != nil {
			return nil, ferr
		}
		a.Fields, text, firstLine = fields, rest, line
	}
	if err := a.parseBody(text, firstLine); err != nil {
		return nil, err
	}
	return a, nil
}

// CheckSize refuses a file of size bytes over opt's limit with an *Error
// that names it. Callers that can stat a file check it before reading it.
func CheckSize(name string, size int64, opt Options) error {
	max := opt.MaxBytes
	if max <= 0 {
		max = DefaultMaxBytes
	}
	if size <= max {
		return nil
	}
	hint := opt.MaxBytesHint
	if hint == "" {
		hint = "raise the size limit"
	}
	return &Error{File: name, Msg: fmt.Sprintf("file is %d bytes, over the limit of %d", size, max), Hint: "split it, or " + hint}
}

// parseBody fills Headline and Paragraphs from normalised text whose first
// line is line number first of the file.
func (a *Article) parseBody(text string, first int) error {
	lines := strings.Split(text, "\n")
	i := 0
	for i < len(lines) && strings.TrimSpace(lines[i]) == "" {
		i++
	}
	if title, ok := a.Fields["title"].(string); ok && strings.TrimSpace(title) != "" {
		a.Headline = collapse(title)
	} else {
		if i == len(lines) {
			return &Error{File: a.Source, Msg: "file is empty", Hint: "put the headline on the first line, a blank line, then the paragraphs"}
		}
		a.Headline = collapse(lines[i])
		i++
	}
	a.Paragraphs = paragraphs(lines[i:])
	if len(a.Paragraphs) == 0 {
		return &Error{File: a.Source, Line: first, Msg: "headline has no body",
			Hint: "add the article's paragraphs after a blank line below the headline"}
	}
	// A front matter title was checked with its own line and message.
	if _, fromTitle := a.Fields["title"].(string); !fromTitle && len([]rune(a.Headline)) > MaxTitle {
		return &Error{File: a.Source, Line: first, Msg: "the first line is too long for a headline",
			Hint: "put the headline alone on the first line, then a blank line"}
	}
	return nil
}

// collapse folds runs of white space into one space: wire copy is full of
// tabs and double spaces that mean nothing.
func collapse(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		if r == ' ' || r == '\t' || r == '\u00a0' || r == '\v' || r == '\f' {
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}

// lineOf reports the 1-based line of byte offset off in text.
func lineOf(text []byte, off int) int {
	return bytes.Count(text[:off], []byte("\n")) + 1
}

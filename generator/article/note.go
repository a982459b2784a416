package article

import (
	"fmt"
	"path/filepath"
	"sort"
	"strings"
)

// Note is the editor's note for an issue: the _index.md or _index.txt of
// the inbox folder. Its text is the note, shown at the top of the
// issue; a .md file's front matter may give the issue a title.
type Note struct {
	// Source is the file the note came from, as given to ParseNote.
	Source string
	// Title is the title from front matter; "" keeps the date.
	Title string
	// Paragraphs is the note's text; the lines of a paragraph are joined
	// by a space. Empty when the file only sets the title.
	Paragraphs []string
	// Encoding names the encoding the text was decoded from when it was
	// not UTF-8, as in Article.
	Encoding string
}

// IsNote reports whether the file name is an issue's note rather than an
// article: _index.md or _index.txt, in any case.
func IsNote(name string) bool {
	base := strings.ToLower(filepath.Base(name))
	return base == "_index.md" || base == "_index.txt"
}

// noteFields are the front matter fields a note may set.
var noteFields = map[string]bool{"title": true}

// ParseNote parses the bytes of the note file name. Unlike an article it
// has no headline: all its text is the note. A .md file may start with
// front matter setting title; any other field is refused with its line,
// so a field meant for an article is never silently dropped.
func ParseNote(name string, data []byte, opt Options) (*Note, error) {
	if err := CheckSize(name, int64(len(data)), opt); err != nil {
		return nil, err
	}
	text, enc, err := Decode(name, data)
	if err != nil {
		return nil, err
	}
	n := &Note{Source: name, Encoding: enc}
	if strings.EqualFold(filepath.Ext(name), ".md") {
		fields, rest, _, ferr := splitFrontMatter(name, text)
		if ferr != nil {
			return nil, ferr
		}
		keys := make([]string, 0, len(fields))
		for k := range fields {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		trimmed := strings.TrimLeft(text, " \t\n")
		lead := strings.Count(text[:len(text)-len(trimmed)], "\n")
		for _, k := range keys {
			if !noteFields[k] {
				return nil, &Error{File: name, Line: lead + keyLine(trimmed[:len(trimmed)-len(rest)], k),
					Msg:  fmt.Sprintf("front matter field %q is not used in an issue's note", k),
					Hint: "an issue's _index.md may set only its title; article fields go in the article's own file"}
			}
		}
		if t, ok := fields["title"].(string); ok {
			n.Title = collapse(strings.TrimSpace(t))
		}
		text = rest
	}
	n.Paragraphs = paragraphs(strings.Split(text, "\n"))
	return n, nil
}

// paragraphs joins lines into paragraphs separated by blank lines,
// folding runs of white space.
func paragraphs(lines []string) []string {
	var out, para []string
	flush := func() {
		if len(para) > 0 {
			out = append(out, collapse(strings.Join(para, " ")))
			para = para[:0]
		}
	}
	for _, l := range lines {
		if strings.TrimSpace(l) == "" {
			flush()
			continue
		}
		para = append(para, l)
	}
	flush()
	return out
}

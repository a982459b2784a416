package content

import (
	"bytes"
	"errors"
	"os"
	"strings"

	"gopkg.in/yaml.v3"
)

// ErrRetouch says a file cannot be retouched line by line (its front
// matter is not laid out as the generator writes it); Plan the whole doc
// instead.
var ErrRetouch = errors.New("content: the file is not laid out for a retouch")

// Retouch works out what setting the generator's values of a few one-line
// fields (text or whole numbers, such as "source" and "weight") in the
// generated file at path means, leaving every other line as it is: the
// article's place in its issue and its input's name change when its file
// is renamed, and nothing else does, so nothing is computed again. As in
// Plan, a field the editor changed or removed is kept (and named in kept),
// data is nil when the file already says this or is the editor's own, and
// the record's hashes follow the new values. It returns ErrRetouch when a
// field is not on one line of its own, or the record not as the generator
// writes it.
func Retouch(path string, fields []Field) (data []byte, res Result, kept []string, err error) {
	cur, err := os.ReadFile(path)
	if err != nil {
		return nil, 0, nil, err
	}
	s := string(cur)
	if !strings.HasPrefix(s, "---\n") {
		return nil, Owned, nil, nil
	}
	end := strings.Index(s[3:], "\n---\n")
	if end < 0 {
		return nil, 0, nil, ErrRetouch
	}
	lines := strings.Split(s[4:3+end+1], "\n") // the front matter, each line without its end
	lines = lines[:len(lines)-1]
	rec, recLine := -1, -1
	for i, l := range lines {
		if l == recordKey+":" {
			rec = i
		}
		if rec >= 0 && i > rec && strings.HasPrefix(l, "  fields: ") {
			recLine = i
		}
	}
	if rec < 0 {
		return nil, Owned, nil, nil
	}
	if recLine < 0 {
		return nil, 0, nil, ErrRetouch
	}
	var hashes map[string]string
	if err := yaml.Unmarshal([]byte(strings.TrimPrefix(lines[recLine], "  fields: ")), &hashes); err != nil || hashes == nil {
		return nil, 0, nil, ErrRetouch
	}
	for _, f := range fields {
		switch f.Value.(type) {
		case string, int:
		default:
			return nil, 0, nil, ErrRetouch
		}
		at := -1
		for i, l := range lines[:rec] {
			if strings.HasPrefix(l, f.Key+":") {
				at = i
				break
			}
		}
		recorded, had := hashes[f.Key]
		if !had {
			return nil, 0, nil, ErrRetouch // not a field the generator wrote here
		}
		hashes[f.Key] = hash(normal(f.Value))
		if at < 0 {
			kept = append(kept, f.Key) // the editor removed it
			continue
		}
		if at+1 < len(lines) && at+1 != rec && len(lines[at+1]) > 0 && (lines[at+1][0] == ' ' || lines[at+1][0] == '-') {
			return nil, 0, nil, ErrRetouch // a value over several lines
		}
		var now map[string]any
		if err := yaml.Unmarshal([]byte(lines[at]), &now); err != nil {
			return nil, 0, nil, ErrRetouch
		}
		if hash(normal(now[f.Key])) != recorded {
			kept = append(kept, f.Key) // the editor's value
			continue
		}
		var b bytes.Buffer
		if err := emitField(&b, f.Key, f.Value); err != nil {
			return nil, 0, nil, err
		}
		lines[at] = strings.TrimSuffix(b.String(), "\n")
	}
	var b bytes.Buffer
	emitHashes(&b, hashes)
	lines[recLine] = strings.TrimSuffix(b.String(), "\n")
	out := "---\n" + strings.Join(lines, "\n") + "\n" + s[3+end+1:]
	if out == s {
		return nil, Unchanged, kept, nil
	}
	return []byte(out), Updated, kept, nil
}

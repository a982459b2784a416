package content

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"hash/crc32"
	"os"
	"strings"

	"gopkg.in/yaml.v3"
)

// Field is one front matter key and its value.
type Field struct {
	Key   string
	Value any
}

// Doc is a content file as the generator would write it.
type Doc struct {
	Fields []Field // in the order they are written
	Body   string  // Markdown
	// Input identifies what the doc was computed from (a hash of the raw
	// article and the generator's version); equal Input means equal Doc.
	Input string
	// Key tells apart the articles of one input (the items of a feed, the
	// addresses of a .urls list); "" for a file that is one article. It
	// is kept in the record, so a re-run finds an item's file again when
	// the item's text changed.
	Key string
}

// Result says what writing a doc does to its file.
type Result int

const (
	Unchanged Result = iota // the file already had these bytes
	Created
	Updated
	Owned // the file has no generator record: the editor's, left alone
)

const recordKey = "generated"

// record is the bookkeeping kept in each generated file.
type record struct {
	Input  string            `yaml:"input"`
	Key    string            `yaml:"key"`
	Fields map[string]string `yaml:"fields"`
}

// Existing is a content file as found on disk.
type Existing struct {
	Fields map[string]any
	Order  []string // keys in file order
	Body   string
	Rec    *record
}

// readFile reads and parses the content file at path; it returns nils
// when the file does not exist.
func readFile(path string) (*Existing, []byte, error) {
	data, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil, nil
	}
	if err != nil {
		return nil, nil, err
	}
	old, err := parse(path, data)
	return old, data, err
}

func parse(path string, data []byte) (*Existing, error) {
	s := string(data)
	if !strings.HasPrefix(s, "---\n") {
		return &Existing{Body: s}, nil
	}
	end := strings.Index(s[3:], "\n---\n")
	if end < 0 {
		if strings.HasSuffix(s, "\n---") {
			end = len(s) - 3 - 4
		} else {
			return nil, fmt.Errorf("%s:1: front matter has no closing --- line - close it or delete the file to regenerate it", path)
		}
	}
	fm := s[4 : 3+end+1]
	body := ""
	if 3+end+5 <= len(s) {
		body = s[3+end+5:]
	}
	var node yaml.Node
	if err := yaml.Unmarshal([]byte(fm), &node); err != nil {
		line := 2
		var te *yaml.TypeError
		msg := err.Error()
		if !errors.As(err, &te) {
			var n int
			if _, e := fmt.Sscanf(msg, "yaml: line %d:", &n); e == nil {
				line = n + 1
			}
		}
		return nil, fmt.Errorf("%s:%d: malformed front matter (%s) - fix it, or delete the file to regenerate it", path, line, msg)
	}
	e := &Existing{Fields: map[string]any{}, Body: strings.TrimRight(strings.TrimPrefix(body, "\n"), "\n")}
	if len(node.Content) == 0 {
		return e, nil
	}
	m := node.Content[0]
	if m.Kind != yaml.MappingNode {
		return nil, fmt.Errorf("%s:2: front matter is not a set of key: value lines - fix it, or delete the file to regenerate it", path)
	}
	for i := 0; i+1 < len(m.Content); i += 2 {
		k := m.Content[i].Value
		if k == recordKey {
			var r record
			if err := m.Content[i+1].Decode(&r); err == nil {
				e.Rec = &r
			}
			continue
		}
		var v any
		if err := m.Content[i+1].Decode(&v); err != nil {
			return nil, fmt.Errorf("%s:%d: front matter field %q: %v - fix it, or delete the file to regenerate it", path, m.Content[i].Line+1, k, err)
		}
		e.Fields[k] = v
		e.Order = append(e.Order, k)
	}
	return e, nil
}

// Plan works out what writing doc to path means, keeping what an editor
// changed in an earlier version of the file (see the package comment): the
// bytes to write, or nil when the file already holds them (so modification
// times survive re-ingests) or is the editor's own; res says which. The
// caller writes the bytes atomically (fsx.WriteTemp and a rename).
func Plan(path string, doc Doc) (data []byte, res Result, kept []string, err error) {
	old, cur, err := readFile(path)
	if err != nil {
		return nil, 0, nil, err
	}
	data, kept, err = Merge(old, doc)
	switch {
	case err != nil:
		return nil, 0, nil, fmt.Errorf("%s: %w", path, err)
	case data == nil:
		return nil, Owned, nil, nil
	case old == nil:
		return data, Created, kept, nil
	case bytes.Equal(cur, data):
		return nil, Unchanged, kept, nil
	}
	return data, Updated, kept, nil
}

// Merge renders doc over the existing file old (nil when there is none)
// and names the fields kept from old. It returns nil data when old is the
// editor's own file.
func Merge(old *Existing, doc Doc) ([]byte, []string, error) {
	rec := record{Input: doc.Input, Key: doc.Key, Fields: map[string]string{}}
	var out []Field
	var kept []string
	if old != nil && old.Rec == nil {
		return nil, nil, nil
	}
	edited := func(key string, now any) (any, bool, bool) {
		if old == nil {
			return nil, false, false
		}
		h, had := old.Rec.Fields[key]
		v, present := old.Fields[key]
		switch {
		case !had && present:
			return v, true, true // a field the editor added
		case had && !present:
			return nil, false, true // a field the editor removed
		case had && hash(v) != h:
			return v, true, true // a value the editor changed
		}
		return nil, false, false
	}
	seen := map[string]bool{}
	for _, f := range doc.Fields {
		seen[f.Key] = true
		rec.Fields[f.Key] = hash(normal(f.Value))
		if v, keep, ok := edited(f.Key, f.Value); ok {
			kept = append(kept, f.Key)
			if keep {
				out = append(out, Field{f.Key, v})
			}
			continue
		}
		out = append(out, f)
	}
	if old != nil {
		for _, k := range old.Order {
			if _, had := old.Rec.Fields[k]; !had && !seen[k] {
				out = append(out, Field{k, old.Fields[k]}) // the editor's own field
			}
		}
	}
	body := strings.TrimRight(doc.Body, "\n")
	rec.Fields["body"] = hash(body)
	if old != nil {
		if h, had := old.Rec.Fields["body"]; had && hash(old.Body) != h {
			body = old.Body
			kept = append(kept, "body")
		}
	}
	data, err := render(out, rec, body)
	return data, kept, err
}

func render(fields []Field, rec record, body string) ([]byte, error) {
	var b bytes.Buffer
	b.Grow(4096)
	b.WriteString("---\n")
	for _, f := range fields {
		if err := emitField(&b, f.Key, f.Value); err != nil {
			return nil, err
		}
	}
	emitRecord(&b, rec)
	b.WriteString("---\n\n")
	b.WriteString(body)
	b.WriteString("\n")
	return b.Bytes(), nil
}

// normal gives a value the shape it has after a YAML round trip (structs
// become maps, typed slices become []any) so hashes compare like for like.
func normal(v any) any {
	switch v.(type) {
	case string, []string, int:
		return v // already marshal as their round trip does
	}
	if rs, ok := v.([]Record); ok {
		out := make([]any, len(rs))
		for i, r := range rs {
			m := map[string]any{}
			for _, f := range r {
				if s, _ := f.Value.(string); s != "" {
					m[f.Key] = s
				}
			}
			out[i] = m
		}
		return out
	}
	b, err := json.Marshal(v)
	if err != nil {
		return v
	}
	var out any
	if json.Unmarshal(b, &out) != nil {
		return v
	}
	return out
}

// hash is a short checksum of a value, enough to tell an edit from the
// generator's own value (not a defence against anyone).
func hash(v any) string {
	var b []byte
	if s, ok := v.(string); ok {
		b = []byte(s)
	} else {
		b, _ = json.Marshal(v)
	}
	return fmt.Sprintf("%08x", crc32.Checksum(b, castagnoli))
}

var castagnoli = crc32.MakeTable(crc32.Castagnoli)

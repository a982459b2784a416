package content

import (
	"bytes"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"gopkg.in/yaml.v3"
)

// Record is an ordered mapping inside a list, such as one quotation
// (text, speaker). Empty string values are left out.
type Record []Field

// The generator writes thousands of files per run and yaml.v3's reflective
// encoder dominated ingest time, so the shapes it writes itself (text,
// numbers, lists of text, lists of records) are emitted here directly.
// Text is plain when that is unambiguous and otherwise a JSON string, which
// is also a valid YAML double-quoted scalar. Anything else (an author's or
// editor's own values) goes through yaml.v3.

// emitField appends "key: value" lines at the top level.
func emitField(b *bytes.Buffer, key string, v any) error {
	switch v := v.(type) {
	case string:
		b.WriteString(key)
		b.WriteString(": ")
		scalar(b, v)
		b.WriteByte('\n')
	case int:
		fmt.Fprintf(b, "%s: %d\n", key, v)
	case []string:
		if len(v) == 0 {
			b.WriteString(key + ": []\n")
			return nil
		}
		b.WriteString(key + ":\n")
		for _, s := range v {
			b.WriteString("  - ")
			scalar(b, s)
			b.WriteByte('\n')
		}
	case []Record:
		if len(v) == 0 {
			b.WriteString(key + ": []\n")
			return nil
		}
		b.WriteString(key + ":\n")
		for _, r := range v {
			lead := "  - "
			for _, f := range r {
				s, ok := f.Value.(string)
				if !ok {
					return fmt.Errorf("encode %s: record value %s is %T", key, f.Key, f.Value)
				}
				if s == "" {
					continue
				}
				b.WriteString(lead + f.Key + ": ")
				scalar(b, s)
				b.WriteByte('\n')
				lead = "    "
			}
			if lead == "  - " {
				b.WriteString("  - {}\n")
			}
		}
	default:
		out, err := yaml.Marshal(map[string]any{key: v})
		if err != nil {
			return fmt.Errorf("encode %s: %w", key, err)
		}
		b.Write(out)
	}
	return nil
}

// scalar writes s as a YAML scalar that reads back as exactly s.
func scalar(b *bytes.Buffer, s string) {
	if plain(s) {
		b.WriteString(s)
		return
	}
	quote(b, s)
}

// quote writes s double-quoted, escaping what YAML does not allow raw.
func quote(b *bytes.Buffer, s string) {
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '"' || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\t':
			b.WriteString(`\t`)
		case r < 0x20 || r >= 0x7f && r <= 0x9f:
			fmt.Fprintf(b, `\x%02x`, r)
		case r == utf8.RuneError || r == '\u2028' || r == '\u2029' || r == '\ufeff' || !unicode.IsPrint(r) && r != ' ':
			if r > 0xffff {
				fmt.Fprintf(b, `\U%08x`, r)
			} else {
				fmt.Fprintf(b, `\u%04x`, r)
			}
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
}

// plain reports whether s can be written unquoted: it starts with a letter,
// holds nothing YAML reads as structure, and is not a word YAML 1.1 or 1.2
// reads as a boolean or null.
func plain(s string) bool {
	if s == "" || len(s) > 1000 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s)
	if !unicode.IsLetter(r) || s[len(s)-1] == ' ' || s[len(s)-1] == ':' {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c < 0x20 || c == 0x7f:
			return false
		case c == ':' && (i+1 == len(s) || s[i+1] == ' '):
			return false
		case c == '#' && s[i-1] == ' ':
			return false
		case c >= 0x80:
			r, n := utf8.DecodeRuneInString(s[i:])
			if r == utf8.RuneError || r == '\u2028' || r == '\u2029' || r == '\u0085' || r == '\ufeff' || !unicode.IsPrint(r) && r != '\u00a0' {
				return false
			}
			i += n - 1
		}
	}
	switch strings.ToLower(s) {
	case "true", "false", "yes", "no", "on", "off", "y", "n", "null", "nan", "inf":
		return false
	}
	return true
}

// emitRecord writes the generator's bookkeeping block.
func emitRecord(b *bytes.Buffer, r record) {
	b.WriteString(recordKey + ":\n  input: ")
	scalar(b, r.Input)
	if r.Key != "" {
		b.WriteString("\n  key: ")
		scalar(b, r.Key)
	}
	b.WriteByte('\n')
	emitHashes(b, r.Fields)
}

// emitHashes writes the record's line of field hashes, by key, all on one
// line: Peek and Retouch read and rewrite it as a line.
func emitHashes(b *bytes.Buffer, hashes map[string]string) {
	keys := make([]string, 0, len(hashes))
	for k := range hashes {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	b.WriteString("  fields: {")
	for i, k := range keys {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(k + ": " + strconv.Quote(hashes[k]))
	}
	b.WriteString("}\n")
}

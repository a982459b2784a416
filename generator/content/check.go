package content

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"
	"time"

	"briefing/generator/internal/parallel"

	goyaml "github.com/goccy/go-yaml"
	"github.com/goccy/go-yaml/ast"
	"github.com/goccy/go-yaml/parser"
	"github.com/pelletier/go-toml/v2"
	"gopkg.in/yaml.v3"
)

// Check reads the front matter of the content file at path with the
// parsers Hugo uses and reports, as "file:line: what - how to fix it",
// what would stop Hugo or move a page: front matter that does not parse,
// and a value of a taxonomy key (the front matter keys Hugo makes term
// pages of) that is not a publishable term (see Term). A file without
// front matter passes.
func Check(path string, taxonomies []string) error {
	_, err := check(path, taxonomies)
	return err
}

// Terms are the names a content file gives Hugo's taxonomies: taxonomy
// key -> names, as written.
type Terms map[string][]string

// check is Check, returning the file's terms when it passes; nil when
// Hugo will not list the page (a draft, or build options that keep it out
// of lists), so none of its names counts.
func check(path string, taxonomies []string) (Terms, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	fm, first, format, err := frontMatter(path, data)
	if err != nil || fm == nil {
		return nil, err
	}
	fields := map[string]any{}
	switch format {
	case "yaml":
		// yaml.v3 reads a front matter in a third of the time Hugo's
		// parser takes; where it refuses one (it is stricter in places,
		// such as a key set twice), Hugo's parser decides and explains.
		var v any
		if yaml.Unmarshal(fm, &v) != nil {
			v = nil
			if err := goyaml.Unmarshal(fm, &v); err != nil {
				line, msg := first, err.Error()
				var ye goyaml.Error
				if errors.As(err, &ye) {
					msg = ye.GetMessage()
					if tok := ye.GetToken(); tok != nil && tok.Position != nil {
						line = first + yamlLine(fm, tok.Position.Line, tok.Position.Column, msg) - 1
					}
				}
				return nil, fmt.Errorf("%s:%d: malformed front matter (%s) - fix the YAML, or delete the file if the generator wrote it", path, line, msg)
			}
		}
		switch m := v.(type) {
		case nil:
		case map[string]any:
			fields = m
		case map[any]any: // a key that is not text, such as 2024: or true:
			for k, x := range m {
				fields[fmt.Sprint(k)] = x
			}
		default:
			return nil, fmt.Errorf("%s:%d: front matter is not a set of key: value lines - fix it, or delete the file if the generator wrote it", path, first)
		}
	case "toml":
		if err := toml.Unmarshal(fm, &fields); err != nil {
			line := first
			var de *toml.DecodeError
			if errors.As(err, &de) {
				row, _ := de.Position()
				line = first + row - 1
			}
			return nil, fmt.Errorf("%s:%d: malformed front matter (%v) - fix the TOML", path, line, err)
		}
	case "json":
		if err := json.Unmarshal(fm, &fields); err != nil {
			line := first
			var se *json.SyntaxError
			if errors.As(err, &se) {
				line = first + bytes.Count(fm[:min(int(se.Offset), len(fm))], []byte("\n"))
			}
			return nil, fmt.Errorf("%s:%d: malformed front matter (%v) - fix the JSON", path, line, err)
		}
	}
	if err := checkTerms(path, fm, first, format, fields, taxonomies); err != nil {
		return nil, err
	}
	return TermsOf(fields, taxonomies), nil
}

// TermsOf are the terms a page with these front matter fields gives
// Hugo's taxonomies, as ScanDir reads them: nil when Hugo does not list
// the page under its terms.
func TermsOf(fields map[string]any, taxonomies []string) Terms {
	if !listed(fields) {
		return nil
	}
	terms := Terms{}
	for k, v := range fields {
		if key := strings.ToLower(k); slices.Contains(taxonomies, key) {
			names, _ := termNames(v)
			terms[key] = append(terms[key], names...)
		}
	}
	return terms
}

// listed reports whether Hugo lists the page under its terms: not a
// draft, and no build options that keep it from being rendered or listed.
func listed(fields map[string]any) bool {
	for k, v := range fields {
		switch strings.ToLower(k) {
		case "draft":
			if b, ok := v.(bool); ok && b {
				return false
			}
		case "build":
			m, ok := v.(map[string]any)
			if !ok {
				continue
			}
			for bk, bv := range m {
				switch strings.ToLower(bk) {
				case "render", "list":
					if s := fmt.Sprint(bv); s == "never" || s == "false" {
						return false
					}
				}
			}
		}
	}
	return true
}

// yamlLine is the line of front matter to blame for a YAML error the
// parser noticed at line:col. An unclosed [ or { is noticed only at the
// start of the next key; the line to fix is the one before.
func yamlLine(fm []byte, line, col int, msg string) int {
	if col != 1 || !strings.Contains(msg, "must be specified") {
		return line
	}
	lines := strings.Split(string(fm), "\n")
	for l := line - 1; l >= 1 && l <= len(lines); l-- {
		if strings.TrimSpace(lines[l-1]) != "" {
			return l
		}
	}
	return line
}

// frontMatter finds the front matter of a content file as Hugo does: YAML
// between --- lines, TOML between +++ lines, or a JSON object. first is
// the file line it starts on; fm is nil when there is none.
func frontMatter(path string, data []byte) (fm []byte, first int, format string, err error) {
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	if bytes.HasPrefix(data, []byte("{")) {
		dec := json.NewDecoder(bytes.NewReader(data))
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			return data, 1, "json", nil // Check reports it with its line
		}
		return raw, 1, "json", nil
	}
	var delim, name string
	switch {
	case bytes.HasPrefix(data, []byte("---")):
		delim, name = "---", "yaml"
	case bytes.HasPrefix(data, []byte("+++")):
		delim, name = "+++", "toml"
	default:
		return nil, 0, "", nil
	}
	lines := bytes.SplitAfter(data, []byte("\n"))
	if strings.TrimSpace(string(lines[0])) != delim {
		return nil, 0, "", nil // "---" opening a Markdown rule, not front matter
	}
	off := len(lines[0])
	for i := 1; i < len(lines); i++ {
		if strings.TrimRight(string(lines[i]), " \t\r\n") == delim {
			return data[len(lines[0]):off], 2, name, nil
		}
		off += len(lines[i])
	}
	return nil, 0, "", fmt.Errorf("%s:1: front matter has no closing %s line - close it, or delete the file if the generator wrote it", path, delim)
}

// checkTerms refuses taxonomy values that Term would change beyond their
// spacing: Hugo would publish them at a path of their own.
func checkTerms(path string, fm []byte, first int, format string, fields map[string]any, taxonomies []string) error {
	keys := make([]string, 0, len(fields))
	for k := range fields {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		key := strings.ToLower(k)
		if !slices.Contains(taxonomies, key) {
			continue
		}
		names, ok := termNames(fields[k])
		if !ok {
			return fmt.Errorf("%s:%d: %s must be a name or a list of names", path, keyLine(fm, first, format, k), key)
		}
		for _, n := range names {
			t := Term(n)
			if t != "" && t == strings.Join(strings.Fields(n), " ") {
				continue
			}
			line := valueLine(fm, first, format, k, n)
			fix := fmt.Sprintf("write %q", t)
			if t == "" {
				fix = "remove it (a term needs a letter or a digit)"
			}
			return fmt.Errorf("%s:%d: %s %q cannot be published: a term's name becomes its page's address, so it may not hold slashes, dots, %% or control characters - %s", path, line, key, n, fix)
		}
	}
	return nil
}

// termNames reads a taxonomy value as Hugo does: one name or a list.
func termNames(v any) ([]string, bool) {
	switch v := v.(type) {
	case nil:
		return nil, true
	case string:
		return []string{v}, true
	case []string:
		return v, true
	case []any:
		out := make([]string, 0, len(v))
		for _, e := range v {
			switch e := e.(type) {
			case string:
				out = append(out, e)
			case nil, map[string]any, []any:
				return nil, false
			default:
				out = append(out, fmt.Sprint(e))
			}
		}
		return out, true
	}
	return nil, false
}

// keyLine is the file line on which key is set, or first when not found.
func keyLine(fm []byte, first int, format, key string) int {
	var re *regexp.Regexp
	q := regexp.QuoteMeta(key)
	switch format {
	case "json":
		re = regexp.MustCompile(`"` + q + `"\s*:`)
	case "toml":
		re = regexp.MustCompile(`(?m)^\s*["']?` + q + `["']?\s*=`)
	default:
		re = regexp.MustCompile(`(?m)^["']?` + q + `["']?\s*:`)
	}
	if loc := re.FindIndex(fm); loc != nil {
		return first + bytes.Count(fm[:loc[0]], []byte("\n"))
	}
	return first
}

// valueLine is the file line of the term name under key: exact for YAML
// (from Hugo's parser), else the first line from key's on that holds it.
func valueLine(fm []byte, first int, format, key, name string) int {
	at := keyLine(fm, first, format, key)
	if format == "yaml" {
		if f, err := parser.ParseBytes(fm, 0); err == nil {
			v := &finder{name: name, after: at - first + 1}
			for _, d := range f.Docs {
				if d.Body != nil {
					ast.Walk(v, d.Body)
				}
			}
			if v.line > 0 {
				return first + v.line - 1
			}
		}
		return at
	}
	lines := bytes.Split(fm, []byte("\n"))
	for i := at - first; i >= 0 && i < len(lines); i++ {
		if bytes.Contains(lines[i], []byte(name)) {
			return first + i
		}
	}
	return at
}

// finder finds the first string node holding name on or after a line.
type finder struct {
	name  string
	after int
	line  int
}

func (f *finder) Visit(n ast.Node) ast.Visitor {
	if f.line > 0 {
		return nil
	}
	if s, ok := n.(*ast.StringNode); ok && s.Value == f.name {
		if tok := s.GetToken(); tok != nil && tok.Position != nil && tok.Position.Line >= f.after {
			f.line = tok.Position.Line
			return nil
		}
	}
	return f
}

// CheckDir runs Check on every content file under dir (Markdown and HTML
// with front matter; hidden files and folders are skipped, as Hugo skips
// them) and returns every problem found, one per line.
func CheckDir(dir string, taxonomies []string) error {
	_, err := ScanDir(dir, taxonomies, nil)
	return err
}

// ScanDir is CheckDir, returning as well the terms of every page Hugo will
// list under its terms (drafts and pages built never are left out), one
// entry per file in path order, for counting the stories that name each
// term. With a cache, a file the cache knows as it is now is not read,
// and the cache learns every file that passes and forgets the files that
// are gone.
func ScanDir(dir string, taxonomies []string, cache *ScanCache) ([]Terms, error) {
	start := time.Now()
	var files []string
	var infos []fs.FileInfo
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			if errors.Is(err, fs.ErrNotExist) && p == dir {
				return nil
			}
			return err
		}
		if p != dir && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		switch strings.ToLower(filepath.Ext(p)) {
		case ".md", ".markdown", ".mdown", ".html", ".htm":
			if d.Type().IsRegular() {
				var st fs.FileInfo
				if cache != nil {
					if st, err = d.Info(); err != nil {
						return err
					}
				}
				files = append(files, p)
				infos = append(infos, st)
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("check %s: %w", dir, err)
	}
	errs := make([]error, len(files))
	terms := make([]Terms, len(files))
	read := make([]bool, len(files))
	parallel.For(len(files), 0, func(i int) {
		if cache != nil {
			if t, ok := cache.lookup(files[i], infos[i]); ok {
				terms[i] = t
				return
			}
		}
		terms[i], errs[i] = check(files[i], taxonomies)
		read[i] = true
	})
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	if cache != nil {
		known := make(map[string]cachedScan, len(files))
		for i, p := range files {
			if read[i] {
				st := stampOf(infos[i])
				if st.racy(start) {
					continue
				}
				known[p] = cachedScan{Stamp: st, Terms: terms[i], Unlisted: terms[i] == nil}
			} else {
				known[p] = cache.files[p]
			}
		}
		cache.files = known
	}
	return terms, nil
}

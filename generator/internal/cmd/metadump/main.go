package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"briefing/generator/article"
	"briefing/generator/meta"
)

func main() {
	jsonOut := flag.Bool("json", false, "write one JSON object per article")
	flag.Usage = func() {
		fmt.Fprintln(os.Stderr, "usage: metadump [-json] file-or-folder...")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() == 0 {
		flag.Usage()
		os.Exit(2)
	}
	w := bufio.NewWriter(os.Stdout)
	err := run(w, flag.Args(), *jsonOut)
	if ferr := w.Flush(); err == nil {
		err = ferr
	}
	if err != nil {
		fmt.Fprintf(os.Stderr, "metadump: %v\n", err)
		os.Exit(1)
	}
}

// record is one line of -json output.
type record struct {
	File     string        `json:"file"`
	Metadata meta.Metadata `json:"metadata"`
}

// run dumps every article of args to w. A file that cannot be read or
// parsed is reported and skipped; run then fails at the end.
func run(w io.Writer, args []string, jsonOut bool) error {
	files, err := articleFiles(args)
	if err != nil {
		return err
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	var failed []error
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err == nil {
			var a *article.Article
			if a, err = article.Parse(f, data, article.Options{}); err == nil {
				m := meta.Compute(a.Headline, a.Paragraphs)
				if jsonOut {
					err = enc.Encode(record{File: filepath.ToSlash(f), Metadata: m})
				} else {
					err = dump(w, f, a.Headline, m)
				}
			}
		}
		if err != nil {
			failed = append(failed, err)
		}
	}
	return errors.Join(failed...)
}

// articleFiles expands folders into their .txt and .md files.
func articleFiles(args []string) ([]string, error) {
	var files []string
	for _, arg := range args {
		info, err := os.Stat(arg)
		if err != nil {
			return nil, err
		}
		if !info.IsDir() {
			files = append(files, arg)
			continue
		}
		var found []string
		err = filepath.WalkDir(arg, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if ext := strings.ToLower(filepath.Ext(path)); !d.IsDir() && (ext == ".txt" || ext == ".md") {
				found = append(found, path)
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
		slices.Sort(found)
		files = append(files, found...)
	}
	return files, nil
}

// dump writes the metadata of one article for a reader.
func dump(w io.Writer, file, headline string, m meta.Metadata) error {
	var b strings.Builder
	fmt.Fprintf(&b, "== %s: %s\n", file, headline)
	fmt.Fprintf(&b, " description: %s\n", m.Description)
	fmt.Fprintf(&b, " summary: %s\n", m.Summary)
	for _, k := range m.KeyPoints {
		fmt.Fprintf(&b, " key point: %s\n", k)
	}
	fmt.Fprintf(&b, " people: %q\n places: %q\n organizations: %q\n", m.People, m.Places, m.Organizations)
	for _, q := range m.Quotes {
		fmt.Fprintf(&b, " quote: %q — %s\n", q.Text, q.Speaker)
	}
	for _, f := range m.Figures {
		fmt.Fprintf(&b, " figure: %q = %q\n", f.Value, f.Measure)
	}
	fmt.Fprintf(&b, " tags: %q\n", m.Tags)
	fmt.Fprintf(&b, " words: %d, reading time: %d min\n", m.WordCount, m.ReadingTime)
	_, err := io.WriteString(w, b.String())
	return err
}

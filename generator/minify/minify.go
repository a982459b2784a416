// Package minify minifies a built site in place: HTML, CSS, JS, JSON, SVG
// and XML, in parallel, with email-safe settings for email HTML.
package minify

import (
	"bytes"
	"context"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"

	"briefing/generator/internal/progress"

	tdm "github.com/tdewolff/minify/v2"
	"github.com/tdewolff/minify/v2/css"
	"github.com/tdewolff/minify/v2/html"
	"github.com/tdewolff/minify/v2/js"
	"github.com/tdewolff/minify/v2/json"
	"github.com/tdewolff/minify/v2/svg"
	"github.com/tdewolff/minify/v2/xml"
)

// Options tune Dir; the zero value is the sensible default.
type Options struct {
	// Workers is how many files are minified at once; 0 means one per CPU.
	Workers int
	// IsEmail picks the HTML files that are email bodies and need
	// email-safe minification; nil means files named email.html.
	IsEmail func(path string) bool
}

// Stats reports what Dir did.
type Stats struct {
	Files         int
	Before, After int64
}

var mediaTypes = map[string]string{
	".html": "text/html", ".htm": "text/html", ".css": "text/css", ".js": "application/javascript",
	".mjs": "application/javascript", ".json": "application/json", ".svg": "image/svg+xml",
	".xml": "text/xml", ".rss": "text/xml", ".atom": "text/xml", ".webmanifest": "application/json",
}

// New returns a minifier for web pages.
func New() *tdm.M {
	m := tdm.New()
	m.Add("text/html", &html.Minifier{KeepDocumentTags: true, KeepEndTags: true, KeepQuotes: true})
	m.AddFunc("text/css", css.Minify)
	m.AddFunc("application/javascript", js.Minify)
	m.AddFunc("application/json", json.Minify)
	m.AddFunc("image/svg+xml", svg.Minify)
	m.AddFunc("text/xml", xml.Minify)
	return m
}

// NewEmail returns a minifier for email HTML: mail clients need quoted
// attributes, the document tags, and Outlook's conditional comments.
// KeepSpecialComments keeps the conditional comments; the deprecated
// KeepConditionalComments would print a warning to stdout on every file and
// rewrite the shared Minifier from several goroutines.
func NewEmail() *tdm.M {
	m := New()
	m.Add("text/html", &html.Minifier{KeepDocumentTags: true, KeepEndTags: true, KeepQuotes: true,
		KeepSpecialComments: true, KeepDefaultAttrVals: true})
	return m
}

// File minifies one file's bytes by its extension; other files come back
// unchanged.
func File(m *tdm.M, path string, data []byte) ([]byte, error) {
	mt, ok := mediaTypes[strings.ToLower(filepath.Ext(path))]
	if !ok {
		return data, nil
	}
	var b bytes.Buffer
	b.Grow(len(data))
	if err := m.Minify(mt, &b, bytes.NewReader(data)); err != nil {
		return nil, fmt.Errorf("minify %s: %w", path, err)
	}
	return b.Bytes(), nil
}

// Dir minifies every file of a known type under dir in place.
func Dir(ctx context.Context, dir string, opt Options) (Stats, error) {
	var files []string
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.Type().IsRegular() {
			if _, ok := mediaTypes[strings.ToLower(filepath.Ext(p))]; ok {
				files = append(files, p)
			}
		}
		return nil
	})
	if err != nil {
		return Stats{}, fmt.Errorf("minify %s: %w", dir, err)
	}
	isEmail := opt.IsEmail
	if isEmail == nil {
		isEmail = func(p string) bool { return filepath.Base(p) == "email.html" }
	}
	workers := opt.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	web, mail := New(), NewEmail()
	var (
		before, after atomic.Int64
		wg            sync.WaitGroup
		once          sync.Once
		firstErr      error
		next          atomic.Int64
	)
	bar := progress.New(len(files), "minify")
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := int(next.Add(1) - 1)
				if i >= len(files) || ctx.Err() != nil {
					return
				}
				p := files[i]
				m := web
				if isEmail(p) {
					m = mail
				}
				b, a, err := minifyFile(m, p)
				if err != nil {
					once.Do(func() { firstErr = err })
					return
				}
				before.Add(b)
				after.Add(a)
				bar.Add()
			}
		}()
	}
	wg.Wait()
	bar.Done()
	if firstErr == nil {
		firstErr = ctx.Err()
	}
	return Stats{Files: len(files), Before: before.Load(), After: after.Load()}, firstErr
}

func minifyFile(m *tdm.M, p string) (int64, int64, error) {
	data, err := os.ReadFile(p)
	if err != nil {
		return 0, 0, err
	}
	out, err := File(m, p, data)
	if err != nil {
		return 0, 0, err
	}
	if len(out) < len(data) {
		if err := os.WriteFile(p, out, 0o644); err != nil {
			return 0, 0, err
		}
	} else {
		out = data
	}
	return int64(len(data)), int64(len(out)), nil
}

// Package minify minifies a built site in place: HTML, CSS, JS, JSON, SVG
// and XML, in parallel, taking a file unchanged since the last build from
// that build's output.
package minify

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"

	"briefing/generator/internal/fsx"
	"briefing/generator/internal/parallel"
	"briefing/generator/internal/progress"

	tdm "github.com/tdewolff/minify/v2"
	"github.com/tdewolff/minify/v2/css"
	"github.com/tdewolff/minify/v2/html"
	"github.com/tdewolff/minify/v2/js"
	mjson "github.com/tdewolff/minify/v2/json"
	"github.com/tdewolff/minify/v2/svg"
	"github.com/tdewolff/minify/v2/xml"
	"github.com/tdewolff/parse/v2/buffer"
)

// Options tune Dir; the zero value is the sensible default.
type Options struct {
	// Workers is how many files are minified at once; 0 means one per CPU.
	Workers int
	// Skip reports the files another step owns (by path relative to the
	// folder, with slashes), which Dir leaves as they are and does not
	// count; nil skips none. It is asked about folders too, their path
	// ending in a slash ("pagefind/"): a folder it skips is not entered
	// (another step may be writing it meanwhile).
	Skip func(rel string) bool
	// Reuse, when set, takes a file whose input is unchanged since the last
	// build from that build's output instead of minifying it again.
	Reuse *Reuse
}

// Reuse is what the last build left: its published folder and the sums
// of the files Hugo wrote for it and of what was published (Stats.Sums of
// that run).
type Reuse struct {
	Previous string
	Sums     map[string]Sum
}

// Sum identifies one file's bytes before and after minification. A file is
// reused only when both match: Hugo wrote the same input, and the copy in
// the previous folder is still exactly what was published (not edited,
// truncated or replaced since).
type Sum struct {
	In  string `json:"in"`
	Out string `json:"out"`
}

// Stats reports what Dir did.
type Stats struct {
	Files         int
	Reused        int // files taken from the last build
	Before, After int64
	// Sums identifies each file's bytes before and after minification, by
	// path relative to the folder, for the next build's Reuse.
	Sums map[string]Sum
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
	m.AddFunc("application/json", mjson.Minify)
	m.AddFunc("image/svg+xml", svg.Minify)
	m.AddFunc("text/xml", xml.Minify)
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
	// buffer.Reader hands its bytes to the minifier's parser, which would
	// copy anything else into a buffer of its own, growing it as it goes.
	if err := m.Minify(mt, &b, buffer.NewReader(data)); err != nil {
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
		skip := func(suffix string) bool {
			rel, err := filepath.Rel(dir, p)
			return opt.Skip != nil && err == nil && rel != "." && opt.Skip(filepath.ToSlash(rel)+suffix)
		}
		if d.IsDir() {
			if skip("/") {
				return filepath.SkipDir
			}
			return nil
		}
		if !d.Type().IsRegular() {
			return nil
		}
		if _, ok := mediaTypes[strings.ToLower(filepath.Ext(p))]; !ok || skip("") {
			return nil
		}
		files = append(files, p)
		return nil
	})
	if err != nil {
		return Stats{}, fmt.Errorf("minify %s: %w", dir, err)
	}
	m := New()
	sums := make([]Sum, len(files))
	var (
		reused        atomic.Int64
		before, after atomic.Int64
		once          sync.Once
		firstErr      error
	)
	bar := progress.New(len(files), "minify")
	parallel.For(len(files), opt.Workers, func(i int) {
		if ctx.Err() != nil {
			return
		}
		b, a, sum, hit, err := minifyFile(m, dir, files[i], opt.Reuse)
		if err != nil {
			once.Do(func() { firstErr = err })
			return
		}
		before.Add(b)
		after.Add(a)
		sums[i] = sum
		if hit {
			reused.Add(1)
		}
		bar.Add()
	})
	bar.Done()
	if firstErr == nil {
		firstErr = ctx.Err()
	}
	st := Stats{Files: len(files), Reused: int(reused.Load()), Before: before.Load(), After: after.Load(), Sums: map[string]Sum{}}
	for i, p := range files {
		if rel, err := filepath.Rel(dir, p); err == nil && sums[i].In != "" {
			st.Sums[filepath.ToSlash(rel)] = sums[i]
		}
	}
	return st, firstErr
}

// Add counts what another Dir did into s: two Dir calls over parts of one
// folder (with Skip) make up one Stats.
func (s *Stats) Add(o Stats) {
	s.Files += o.Files
	s.Reused += o.Reused
	s.Before += o.Before
	s.After += o.After
	if s.Sums == nil {
		s.Sums = map[string]Sum{}
	}
	for k, v := range o.Sums {
		s.Sums[k] = v
	}
}

// sum is a digest of data: SHA-256 (hardware-accelerated, and not
// something an edited page can match by accident) cut to 128 bits.
func sum(data []byte) string {
	h := sha256.Sum256(data)
	return hex.EncodeToString(h[:16])
}

// minifyFile minifies the file p under dir in place, or copies the last
// build's output when p's input is unchanged and that output is intact.
// It returns the sizes before and after, the sums and whether it reused.
func minifyFile(m *tdm.M, dir, p string, reuse *Reuse) (int64, int64, Sum, bool, error) {
	// The file is opened once, to read and to write back: an open costs
	// more than reading or writing a page.
	f, err := os.OpenFile(p, os.O_RDWR, 0)
	if errors.Is(err, fs.ErrPermission) {
		f, err = os.Open(p) // a read-only file is fine while minifying leaves it as it is
	}
	if err != nil {
		return 0, 0, Sum{}, false, err
	}
	defer f.Close() // on an error; a second Close does nothing
	data, err := readAll(f)
	if err != nil {
		return 0, 0, Sum{}, false, err
	}
	s := Sum{In: sum(data)}
	if reuse != nil {
		rel, _ := filepath.Rel(dir, p)
		rel = filepath.ToSlash(rel)
		if was, ok := reuse.Sums[rel]; ok && was.In == s.In {
			prev, err := os.ReadFile(filepath.Join(reuse.Previous, filepath.FromSlash(rel)))
			if err == nil && sum(prev) == was.Out {
				if err := replace(f, prev); err != nil {
					return 0, 0, Sum{}, false, err
				}
				s.Out = was.Out
				return int64(len(data)), int64(len(prev)), s, true, f.Close()
			}
		}
	}
	out, err := File(m, p, data)
	if err != nil {
		return 0, 0, Sum{}, false, err
	}
	if len(out) < len(data) {
		if err := replace(f, out); err != nil {
			return 0, 0, Sum{}, false, err
		}
	} else {
		out = data
	}
	s.Out = sum(out)
	return int64(len(data)), int64(len(out)), s, false, f.Close()
}

// readAll reads the open file f from its start to its end, as os.ReadFile
// reads a file by its name.
func readAll(f *os.File) ([]byte, error) {
	size := 0
	if info, err := f.Stat(); err == nil && int64(int(info.Size())) == info.Size() {
		size = int(info.Size())
	}
	data := make([]byte, 0, max(size+1, 512)) // one more byte: the read that finds the end needs room
	for {
		n, err := f.Read(data[len(data):cap(data)])
		data = data[:len(data)+n]
		if err == io.EOF {
			return data, nil
		}
		if err != nil {
			return nil, err
		}
		if len(data) == cap(data) { // grown since Stat
			data = append(data, 0)[:len(data)]
		}
	}
}

// replace makes data the whole content of the open file f.
func replace(f *os.File, data []byte) error {
	if _, err := f.WriteAt(data, 0); err != nil {
		return err
	}
	return f.Truncate(int64(len(data)))
}

// ReadSums reads the sums a build saved with WriteSums; a missing or
// damaged file (or one from an older version) means nothing is reused.
func ReadSums(path string) map[string]Sum {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil
	}
	var sums map[string]Sum
	if json.Unmarshal(data, &sums) != nil {
		return nil
	}
	return sums
}

// WriteSums saves sums for the next build.
func WriteSums(path string, sums map[string]Sum) error {
	data, err := json.Marshal(sums)
	if err != nil {
		return err
	}
	return fsx.WriteFileAtomic(path, data, 0o644)
}

package content

import (
	"encoding/json"
	"io/fs"
	"os"
	"slices"
	"time"

	"briefing/generator/internal/fsx"
)

// ScanCache remembers what ScanDir found in the content files that
// passed, so a file that has not changed since is not read again. A file
// is known by its size, modification time and, where the system keeps
// one, its change time, which no editor's tool sets back; any change to
// it, or a damaged or missing cache, means it is read. Files the
// generator has just written are recorded with Known and not read at all.
// A file that changed just before it was read is not remembered (see
// racyWindow).
type ScanCache struct {
	taxonomies []string
	files      map[string]cachedScan
}

type cachedScan struct {
	Stamp    stamp `json:"s"`
	Terms    Terms `json:"t,omitempty"`
	Unlisted bool  `json:"u,omitempty"`
}

// stamp identifies one version of a file.
type stamp struct {
	Size  int64 `json:"n"`
	MTime int64 `json:"m"`
	CTime int64 `json:"c"`
}

// racyWindow is how long before a scan a file must last have changed for
// the scan to remember it. File times tick coarsely (a few milliseconds
// on Linux), so a file read in the same tick as an edit could keep its
// stamp through that edit; one read a window after its last change
// cannot, as git reasons about its index.
var racyWindow = time.Second

// racy reports whether a file with this stamp changed too close to a scan
// that started at start for the scan to remember it.
func (s stamp) racy(start time.Time) bool {
	return max(s.MTime, s.CTime) >= start.Add(-racyWindow).UnixNano()
}

// scanCacheVersion changes whenever Check would judge a file differently.
const scanCacheVersion = 1

type scanCacheFile struct {
	Version    int                   `json:"version"`
	Taxonomies []string              `json:"taxonomies"`
	Files      map[string]cachedScan `json:"files"`
}

// ReadScanCache reads the cache at path, kept for these taxonomies; a
// missing or damaged cache, or one kept for other taxonomies or by
// another version, is empty.
func ReadScanCache(path string, taxonomies []string) *ScanCache {
	c := &ScanCache{taxonomies: taxonomies, files: map[string]cachedScan{}}
	data, err := os.ReadFile(path)
	if err != nil {
		return c
	}
	var f scanCacheFile
	if json.Unmarshal(data, &f) != nil || f.Version != scanCacheVersion || !slices.Equal(f.Taxonomies, taxonomies) || f.Files == nil {
		return c
	}
	c.files = f.Files
	return c
}

// Write saves the cache at path.
func (c *ScanCache) Write(path string) error {
	data, err := json.Marshal(scanCacheFile{Version: scanCacheVersion, Taxonomies: c.taxonomies, Files: c.files})
	if err != nil {
		return err
	}
	return fsx.WriteFileAtomic(path, data, 0o644)
}

// Known records the terms of the file at path as it is now, for a file
// whose front matter the generator has just written and knows to pass
// (nil terms: a page Hugo does not list).
func (c *ScanCache) Known(path string, t Terms) error {
	st, err := os.Lstat(path)
	if err != nil {
		return err
	}
	c.files[path] = cachedScan{Stamp: stampOf(st), Terms: t, Unlisted: t == nil}
	return nil
}

// lookup is what the cache knows of the file at path with info st.
func (c *ScanCache) lookup(path string, st fs.FileInfo) (Terms, bool) {
	e, ok := c.files[path]
	if !ok || e.Stamp != stampOf(st) {
		return nil, false
	}
	if e.Unlisted {
		return nil, true
	}
	if e.Terms == nil {
		return Terms{}, true
	}
	return e.Terms, true
}

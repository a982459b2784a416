// Package sitetest helps the tests of whole builds. Site renders small
// briefings with the real Hugo, the repository's config.toml and layouts,
// and the real ingest, for tests that need what Hugo writes (an issue's
// email.html and email.txt) rather than a frozen copy of it: a change to a
// template reaches every such test. Project copies the repository's
// project files for a build to work on; ReadOnly locks a folder.
//
// A test binary renders each briefing once and removes them all at the
// end: packages that use Site call Main from their TestMain.
package sitetest

import (
	"context"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"briefing/generator/config"
	"briefing/generator/hugo"
	"briefing/generator/ingest"
)

// Issue is the issue every rendered briefing holds: the sample's.
const Issue = "2022-06-15"

// sample is the repository's sample article, relative to its root.
var sample = filepath.Join("inbox", Issue, "000_6416b27d7081f7ba.txt")

var (
	mu       sync.Mutex
	cacheDir string
	rendered = map[int]string{} // stories -> the rendered site
)

// Main runs a package's tests, then removes the briefings Site rendered.
func Main(m *testing.M) int {
	code := m.Run()
	mu.Lock()
	defer mu.Unlock()
	if cacheDir != "" {
		os.RemoveAll(cacheDir)
	}
	return code
}

// Root is the repository's folder: the nearest one above the working
// folder that holds go.mod.
func Root(t testing.TB) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatal("sitetest: no go.mod above the working folder")
		}
		dir = parent
	}
}

// Site returns a new folder holding what Hugo wrote for a briefing of one
// issue (Issue) with the sample article as its stories, numbered "1 ...",
// "2 ..." and marked keep: true (so no copy is merged as a duplicate) when
// there are several: the built site before minification and
// before the email step. The test may change the folder as it likes. It
// skips the test in -short mode.
func Site(t testing.TB, stories int) string {
	t.Helper()
	if testing.Short() {
		t.Skip("renders with Hugo")
	}
	src, err := render(Root(t), stories)
	if err != nil {
		t.Fatal(err)
	}
	dst := t.TempDir()
	if err := os.CopyFS(dst, os.DirFS(src)); err != nil {
		t.Fatal(err)
	}
	return dst
}

// projectFiles are what a build reads from the repository besides the
// content, which it writes.
var projectFiles = []string{"config.toml", "layouts", "i18n", "assets", "static", "inbox"}

// Project copies what a build reads from the repository (its config,
// layouts, labels, assets and inbox) into a new folder and returns it: a
// project to build, serve or break without touching the repository.
func Project(t testing.TB) string {
	t.Helper()
	root, dir := Root(t), t.TempDir()
	for _, p := range projectFiles {
		src, dst := filepath.Join(root, p), filepath.Join(dir, p)
		st, err := os.Stat(src)
		switch {
		case os.IsNotExist(err):
			continue
		case err != nil:
			t.Fatal(err)
		case st.IsDir():
			err = os.CopyFS(dst, os.DirFS(src))
		default:
			var data []byte
			if data, err = os.ReadFile(src); err == nil {
				err = os.WriteFile(dst, data, 0o644)
			}
		}
		if err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// ReadOnly makes every folder under dir read-only, and writable again
// when the test ends so its files can be removed.
func ReadOnly(t testing.TB, dir string) {
	t.Helper()
	var dirs []string
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err == nil && d.IsDir() {
			dirs = append(dirs, p)
		}
		return err
	})
	for i := len(dirs) - 1; i >= 0; i-- {
		os.Chmod(dirs[i], 0o555)
	}
	t.Cleanup(func() {
		for _, d := range dirs {
			os.Chmod(d, 0o755)
		}
	})
}

// IssueDir is the folder of Issue inside the site at site.
func IssueDir(site string) string { return filepath.Join(site, "issues", Issue) }

// render ingests and builds a briefing once per test binary.
func render(root string, stories int) (string, error) {
	mu.Lock()
	defer mu.Unlock()
	if dir, ok := rendered[stories]; ok {
		return dir, nil
	}
	if cacheDir == "" {
		dir, err := os.MkdirTemp("", "briefing-sitetest-")
		if err != nil {
			return "", err
		}
		cacheDir = dir
	}
	work := filepath.Join(cacheDir, fmt.Sprint(stories))
	inbox := filepath.Join(work, "inbox", Issue)
	if err := os.MkdirAll(inbox, 0o755); err != nil {
		return "", err
	}
	raw, err := os.ReadFile(filepath.Join(root, sample))
	if err != nil {
		return "", err
	}
	for i := 1; i <= stories; i++ {
		name, data := "story-01.txt", raw
		if stories > 1 {
			// Copies of one story are published once unless the editor
			// keeps them: these are kept, numbered.
			name = fmt.Sprintf("story-%02d.md", i)
			data = append([]byte(fmt.Sprintf("---\nkeep: true\n---\n%d ", i)), raw...)
		}
		if err := os.WriteFile(filepath.Join(inbox, name), data, 0o644); err != nil {
			return "", err
		}
	}
	c, err := config.Load(filepath.Join(root, "config.toml"))
	if err != nil {
		return "", err
	}
	content, site := filepath.Join(work, "content"), filepath.Join(work, "site")
	if _, err := ingest.Run(context.Background(), []string{filepath.Dir(inbox)}, ingest.Options{
		Out: content, SiteName: c.Params.Name, Base: work, Taxonomies: c.TaxonomyKeys(),
	}); err != nil {
		return "", fmt.Errorf("sitetest: ingest: %w", err)
	}
	if err := hugo.Build(context.Background(), hugo.Options{Source: root, ContentDir: content, Destination: site,
		Args: []string{"--buildFuture"}}); err != nil {
		return "", fmt.Errorf("sitetest: %w", err)
	}
	if _, err := os.Stat(filepath.Join(IssueDir(site), "email.html")); err != nil {
		return "", fmt.Errorf("sitetest: Hugo wrote no email edition: %w", err)
	}
	rendered[stories] = site
	return site, nil
}

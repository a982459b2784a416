package search

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// fakePagefind writes a script at path that answers --version with
// version, as the real binary does.
func fakePagefind(t *testing.T, path, version string) string {
	t.Helper()
	if runtime.GOOS == "windows" {
		t.Skip("shell scripts stand in for Pagefind")
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	script := "#!/bin/sh\n[ \"$1\" = --version ] && echo 'pagefind " + version + "' && exit 0\necho \"unexpected $*\" >&2\nexit 3\n"
	if err := os.WriteFile(path, []byte(script), 0o755); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestLocate(t *testing.T) {
	dir := t.TempDir()
	pinned := fakePagefind(t, filepath.Join(dir, "pinned"), Version)
	older := fakePagefind(t, filepath.Join(dir, "older"), "1.5.0")
	installed := t.TempDir()
	bin, err := binaryIn(installed)
	if err != nil {
		t.Skip(err)
	}
	fakePagefind(t, bin, Version)
	stale := t.TempDir()
	staleBin, _ := binaryIn(stale)
	fakePagefind(t, staleBin, "1.5.0")

	tests := []struct {
		name        string
		env, tools  string
		want        string // the binary found, or "" for an error
		unavailable bool   // the error lets the build go on without search
		says        string // the error mentions it
	}{
		{"BRIEFING_PAGEFIND names the pinned version", pinned, "", pinned, false, ""},
		{"BRIEFING_PAGEFIND names another version", older, "", "", false, `"pagefind 1.5.0", want pagefind ` + Version},
		{"BRIEFING_PAGEFIND names nothing there", filepath.Join(dir, "missing"), "", "", false, "missing"},
		{"off", "off", installed, "", true, "BRIEFING_PAGEFIND=off"},
		{"no tools folder", "", "", "", true, "no tools folder"},
		{"installed in tools, npm not needed", "", installed, bin, false, ""},
		{"another version in tools and no npm", "", stale, "", true, "npm is not installed"},
		{"nothing in tools and no npm", "", filepath.Join(dir, "empty"), "", true, "npm is not installed"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Setenv("BRIEFING_PAGEFIND", tt.env)
			t.Setenv("PATH", t.TempDir()) // no npm: nothing is installed here
			var log strings.Builder
			got, err := locate(context.Background(), tt.tools, &log)
			if tt.want != "" {
				if err != nil || got != tt.want {
					t.Fatalf("locate = %q, %v; want %q", got, err, tt.want)
				}
				return
			}
			if err == nil {
				t.Fatalf("locate = %q, want an error", got)
			}
			if errors.Is(err, errUnavailable) != tt.unavailable {
				t.Errorf("error %q: unavailable = %v, want %v", err, !tt.unavailable, tt.unavailable)
			}
			if !strings.Contains(err.Error(), tt.says) {
				t.Errorf("error %q does not say %q", err, tt.says)
			}
			if log.Len() > 0 {
				t.Errorf("said %q without installing anything", log.String())
			}
		})
	}
}

// A Pagefind the user named but of another version fails the build: an
// index it wrote would not match the search code the page expects.
func TestIndexWrongPagefindFails(t *testing.T) {
	t.Setenv("BRIEFING_PAGEFIND", fakePagefind(t, filepath.Join(t.TempDir(), "pagefind"), "1.0.0"))
	site := t.TempDir()
	writeSite(t, site, map[string]string{"issues/2022-06-15/a/index.html": articlePage("A", "a story")})
	r, err := Index(context.Background(), Options{Site: site})
	if err == nil {
		t.Fatalf("Index with Pagefind 1.0.0 = %+v, want an error", r)
	}
}

// A binary that says the right version but fails on the site fails the
// build with what it said, and leaves no work folder in the site.
func TestIndexPagefindFailing(t *testing.T) {
	t.Setenv("BRIEFING_PAGEFIND", fakePagefind(t, filepath.Join(t.TempDir(), "pagefind"), Version))
	site := t.TempDir()
	writeSite(t, site, map[string]string{"issues/2022-06-15/a/index.html": articlePage("A", "a story")})
	_, err := Index(context.Background(), Options{Site: site})
	if err == nil || !strings.Contains(err.Error(), "unexpected --site") || !strings.Contains(err.Error(), "1 pages") {
		t.Fatalf("Index = %v, want Pagefind's own message and the page count", err)
	}
	if left, _ := filepath.Glob(filepath.Join(site, ".search-*")); len(left) > 0 {
		t.Errorf("a failed index left %v in the site", left)
	}
}

// Pagefind runs with its allocator tuned (mallocConf) unless the user
// tuned it: a fake Pagefind says what it was given.
func TestPagefindAllocator(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("shell scripts stand in for Pagefind")
	}
	tests := []struct {
		name, env, want string
	}{
		{"not set: tuned", "", "dirty_decay_ms:-1,muzzy_decay_ms:-1,thp:always,narenas:1"},
		{"set by the user: left alone", "narenas:1", "narenas:1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			bin := filepath.Join(t.TempDir(), "pagefind")
			script := "#!/bin/sh\n[ \"$1\" = --version ] && echo 'pagefind " + Version + "' && exit 0\necho \"conf=[$_RJEM_MALLOC_CONF]\" >&2\nexit 3\n"
			if err := os.WriteFile(bin, []byte(script), 0o755); err != nil {
				t.Fatal(err)
			}
			t.Setenv("BRIEFING_PAGEFIND", bin)
			t.Setenv("_RJEM_MALLOC_CONF", tt.env) // restored after the test
			if tt.env == "" {
				os.Unsetenv("_RJEM_MALLOC_CONF")
			}
			site := t.TempDir()
			writeSite(t, site, map[string]string{"issues/2022-06-15/a/index.html": articlePage("A", "a story")})
			_, err := Index(context.Background(), Options{Site: site})
			if err == nil || !strings.Contains(err.Error(), "conf=["+tt.want+"]") {
				t.Fatalf("Index = %v, want Pagefind given _RJEM_MALLOC_CONF=%s", err, tt.want)
			}
		})
	}
}

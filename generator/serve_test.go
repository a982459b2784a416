package main

import (
	"bytes"
	"context"
	"crypto/sha256"
	"fmt"
	"io"
	"io/fs"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"briefing/generator/internal/sitetest"
)

// TestServeLeavesPublicAlone runs 'serve' (what make serve runs) on a copy
// of the project whose public/ was built, fetches the issue from the live
// preview, stops it, and finds public/ byte for byte as it was.
func TestServeLeavesPublicAlone(t *testing.T) {
	if testing.Short() {
		t.Skip("runs Hugo")
	}
	dir := sitetest.Project(t)
	cfg := filepath.Join(dir, "config.toml")
	if out, errs, err := cli(t, dir, "build"); err != nil {
		t.Fatalf("build: %v\n%s%s", err, out, errs)
	}
	public := filepath.Join(dir, "public")
	before := tree(t, public)

	_, port, _ := net.SplitHostPort(freePort(t))
	ctx, stop := context.WithCancel(context.Background())
	var out syncBuffer
	done := make(chan error, 1)
	go func() {
		root := newRoot()
		root.SetOut(&out)
		root.SetErr(&out)
		root.SetArgs([]string{"serve", "--config", cfg, "--port", port})
		done <- root.ExecuteContext(ctx)
	}()
	url := fmt.Sprintf("http://127.0.0.1:%s/issues/2022-06-15/", port)
	page, err := fetchWhenUp(url, done, 2*time.Minute)
	stop()
	if err != nil {
		t.Fatalf("%v\n%s", err, out.String())
	}
	if err := <-done; err != nil {
		t.Errorf("serve: %v\n%s", err, out.String())
	}
	if !strings.Contains(page, "mutual support") || !strings.Contains(page, "livereload") {
		t.Errorf("the preview is not the live issue page:\n%.500s", page)
	}
	if after := tree(t, public); after != before {
		t.Errorf("serve changed public/:\nbefore:\n%s\nafter:\n%s", before, after)
	}
}

// fetchWhenUp GETs url until the server answers 200, done reports the
// server stopped, or the time is up.
func fetchWhenUp(url string, done <-chan error, limit time.Duration) (string, error) {
	deadline := time.Now().Add(limit)
	for {
		select {
		case err := <-done:
			return "", fmt.Errorf("serve stopped before it served: %v", err)
		default:
		}
		resp, err := http.Get(url)
		if err == nil {
			body, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return string(body), nil
			}
		}
		if time.Now().After(deadline) {
			return "", fmt.Errorf("%s did not answer within %v (last error %v)", url, limit, err)
		}
		time.Sleep(200 * time.Millisecond)
	}
}

// tree lists every file under dir with a digest of its bytes.
func tree(t *testing.T, dir string) string {
	t.Helper()
	var b strings.Builder
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		fmt.Fprintf(&b, "%s %x\n", rel, sha256.Sum256(data))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// syncBuffer is a bytes.Buffer two goroutines may write.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

package publish_test

import (
	"os"
	"path/filepath"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"briefing/generator/publish"
)

func TestReplace(t *testing.T) {
	root := t.TempDir()
	dst := filepath.Join(root, "public")
	os.MkdirAll(dst, 0o755)
	os.WriteFile(filepath.Join(dst, "old.html"), []byte("old"), 0o644)

	staged, err := publish.Staging(dst)
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(staged, "new.html"), []byte("new"), 0o644)
	if err := publish.Replace(staged, dst); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(dst, "new.html")); err != nil {
		t.Error("new site not in place")
	}
	if _, err := os.Stat(filepath.Join(dst, "old.html")); err == nil {
		t.Error("old site still there")
	}
	left, _ := os.ReadDir(root)
	if len(left) != 1 {
		t.Errorf("left behind: %v", left)
	}
}

func TestReplaceFailureKeepsOld(t *testing.T) {
	root := t.TempDir()
	dst := filepath.Join(root, "public")
	os.MkdirAll(dst, 0o755)
	os.WriteFile(filepath.Join(dst, "old.html"), []byte("old"), 0o644)
	if err := publish.Replace(filepath.Join(root, "missing"), dst); err == nil {
		t.Fatal("replacing with a missing folder succeeded")
	}
	if b, err := os.ReadFile(filepath.Join(dst, "old.html")); err != nil || string(b) != "old" {
		t.Error("a failed swap lost the old site")
	}
}

// TestLockSerialises runs builds at once: the lock lets one in at a time.
func TestLockSerialises(t *testing.T) {
	path := filepath.Join(t.TempDir(), ".lock")
	var inside, most atomic.Int32
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			unlock, err := publish.Lock(path)
			if err != nil {
				t.Error(err)
				return
			}
			n := inside.Add(1)
			if n > most.Load() {
				most.Store(n)
			}
			time.Sleep(20 * time.Millisecond)
			inside.Add(-1)
			unlock()
		}()
	}
	wg.Wait()
	if most.Load() != 1 {
		t.Errorf("%d holders at once, want 1", most.Load())
	}
}

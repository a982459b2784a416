package fsx_test

import (
	"bufio"
	"os"
	"os/exec"
	"path/filepath"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"briefing/generator/internal/fsx"
)

// TestLockSerialises runs holders at once: the lock lets one in at a time.
func TestLockSerialises(t *testing.T) {
	path := filepath.Join(t.TempDir(), ".lock")
	var inside, most atomic.Int32
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			unlock, err := fsx.Lock(path)
			if err != nil {
				t.Error(err)
				return
			}
			n := inside.Add(1)
			for {
				m := most.Load()
				if n <= m || most.CompareAndSwap(m, n) {
					break
				}
			}
			time.Sleep(20 * time.Millisecond)
			inside.Add(-1)
			if err := unlock(); err != nil {
				t.Error(err)
			}
		}()
	}
	wg.Wait()
	if most.Load() != 1 {
		t.Errorf("%d holders at once, want 1", most.Load())
	}
}

// TestLockHolder is the process TestLockFreedWhenHolderDies kills.
func TestLockHolder(t *testing.T) {
	path := os.Getenv("FSX_LOCK_HOLDER")
	if path == "" {
		t.Skip("helper process")
	}
	if _, err := fsx.Lock(path); err != nil {
		t.Fatal(err)
	}
	os.Stdout.WriteString("locked\n")
	time.Sleep(time.Minute)
}

// TestLockFreedWhenHolderDies: a build killed with SIGKILL must not leave
// the next one waiting for ever.
func TestLockFreedWhenHolderDies(t *testing.T) {
	path := filepath.Join(t.TempDir(), ".lock")
	cmd := exec.Command(os.Args[0], "-test.run=^TestLockHolder$")
	cmd.Env = append(os.Environ(), "FSX_LOCK_HOLDER="+path)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	if line, _ := bufio.NewReader(out).ReadString('\n'); line != "locked\n" {
		cmd.Process.Kill()
		t.Fatalf("holder said %q", line)
	}
	got := make(chan error, 1)
	go func() {
		unlock, err := fsx.Lock(path)
		if err == nil {
			unlock()
		}
		got <- err
	}()
	select {
	case err := <-got:
		t.Fatalf("took a lock that another process holds (%v)", err)
	case <-time.After(100 * time.Millisecond):
	}
	cmd.Process.Kill()
	cmd.Wait()
	select {
	case err := <-got:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("the lock of a killed process was not freed")
	}
}

func TestWriteFileAtomic(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "sums")
	for _, data := range []string{"first", "second, longer than the first"} {
		if err := fsx.WriteFileAtomic(path, []byte(data), 0o640); err != nil {
			t.Fatal(err)
		}
		got, err := os.ReadFile(path)
		if err != nil || string(got) != data {
			t.Fatalf("read %q, %v; want %q", got, err, data)
		}
	}
	if st, _ := os.Stat(path); st.Mode().Perm() != 0o640 {
		t.Errorf("mode = %v, want 0640", st.Mode().Perm())
	}
	// A write that cannot happen leaves the old file and no temporary one.
	if err := os.Mkdir(filepath.Join(dir, "taken"), 0o755); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(dir, "taken", "x"), nil, 0o644)
	if err := fsx.WriteFileAtomic(filepath.Join(dir, "taken"), []byte("x"), 0o644); err == nil {
		t.Error("replacing a folder with a file succeeded")
	}
	if err := fsx.WriteFileAtomic(filepath.Join(dir, "missing", "f"), []byte("x"), 0o644); err == nil {
		t.Error("writing into a missing folder succeeded")
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 2 {
		t.Errorf("left behind: %v", entries)
	}
}

func TestWriteTemp(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "issues", "2022-06-15", "story.md")
	tmp, err := fsx.WriteTemp(path, []byte("draft"), 0o644)
	if err != nil {
		t.Fatal(err)
	}
	// Hidden, beside path, in the folder it made, and path untouched.
	if filepath.Dir(tmp) != filepath.Dir(path) || filepath.Base(tmp)[0] != '.' {
		t.Errorf("temporary file %s is not a hidden file beside %s", tmp, path)
	}
	if _, err := os.Stat(path); !os.IsNotExist(err) {
		t.Errorf("WriteTemp wrote %s itself", path)
	}
	if got, _ := os.ReadFile(tmp); string(got) != "draft" {
		t.Errorf("temporary file holds %q", got)
	}
	if st, _ := os.Stat(tmp); st.Mode().Perm() != 0o644 {
		t.Errorf("mode = %v, want 0644", st.Mode().Perm())
	}
	// A folder that cannot be made is an error, and nothing is left.
	os.WriteFile(filepath.Join(dir, "file"), nil, 0o644)
	if _, err := fsx.WriteTemp(filepath.Join(dir, "file", "x"), []byte("x"), 0o644); err == nil {
		t.Error("writing under a file succeeded")
	}
}

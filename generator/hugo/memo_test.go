package hugo

import (
	"context"
	"os"
	"path/filepath"
	"sync/atomic"
	"testing"
	"time"
)

// TestBinaryRemembersTheLookUp: a memo naming an executable is used
// without asking `go tool`; one whose binary is gone is not.
func TestBinaryRemembersTheLookUp(t *testing.T) {
	t.Setenv("BRIEFING_HUGO", "")
	t.Setenv("XDG_CACHE_HOME", t.TempDir())
	t.Setenv("HOME", t.TempDir())
	forget := func() {
		resolveMu.Lock()
		defer resolveMu.Unlock()
		clear(resolved)
	}
	t.Cleanup(forget)

	memo := memoPath("")
	if memo == "" {
		t.Fatal("no memo path inside the module")
	}
	fake := filepath.Join(t.TempDir(), "hugo")
	if err := os.WriteFile(fake, []byte("#!/bin/sh\n"), 0o755); err != nil {
		t.Fatal(err)
	}
	writeMemo(memo, fake)
	forget()
	if got := binary(context.Background(), ""); got != fake {
		t.Errorf("binary = %q, want the remembered %q", got, fake)
	}

	// The Go cache was cleaned: the memo is not trusted.
	os.Remove(fake)
	if got := readMemo(memo); got != "" {
		t.Errorf("a memo naming a missing binary was read: %q", got)
	}
	notExec := filepath.Join(t.TempDir(), "hugo")
	os.WriteFile(notExec, nil, 0o644)
	writeMemo(memo, notExec)
	if got := readMemo(memo); got != "" {
		t.Errorf("a memo naming a file that is not executable was read: %q", got)
	}

	// Another pin of Hugo (go.mod or go.sum changed) asks again.
	mod := t.TempDir()
	os.WriteFile(filepath.Join(mod, "go.mod"), []byte("module a\n"), 0o644)
	a := memoPath(mod)
	os.WriteFile(filepath.Join(mod, "go.sum"), []byte("x v1 h1:abc\n"), 0o644)
	if b := memoPath(mod); a == "" || a == b {
		t.Errorf("memo paths %q and %q: go.sum is not part of the key", a, b)
	}
}

// TestCompileSaysOnceWhenSlow: while `go tool` compiles Hugo (here a fake
// go that takes a while), Compile calls slow once; once the answer is
// remembered, it does not.
func TestCompileSaysOnceWhenSlow(t *testing.T) {
	t.Setenv("BRIEFING_HUGO", "")
	t.Setenv("XDG_CACHE_HOME", t.TempDir())
	t.Setenv("HOME", t.TempDir())
	bin := t.TempDir()
	hugo := filepath.Join(bin, "hugo")
	os.WriteFile(hugo, []byte("#!/bin/sh\n"), 0o755)
	goTool := "#!/bin/sh\nsleep 0.5\necho " + hugo + "\n"
	if err := os.WriteFile(filepath.Join(bin, "go"), []byte(goTool), 0o755); err != nil {
		t.Fatal(err)
	}
	t.Setenv("PATH", bin+string(os.PathListSeparator)+os.Getenv("PATH"))
	was := slowCompile
	slowCompile = 100 * time.Millisecond
	t.Cleanup(func() { slowCompile = was })
	forget := func() {
		resolveMu.Lock()
		defer resolveMu.Unlock()
		clear(resolved)
	}
	t.Cleanup(forget)
	forget()

	var said atomic.Int32
	Compile(context.Background(), "", func() { said.Add(1) })
	if n := said.Load(); n != 1 {
		t.Errorf("slow called %d times while compiling, want 1", n)
	}
	if got := binary(context.Background(), ""); got != hugo {
		t.Errorf("binary = %q, want %q", got, hugo)
	}
	forget()
	said.Store(0)
	Compile(context.Background(), "", func() { said.Add(1) })
	if n := said.Load(); n != 0 {
		t.Errorf("slow called %d times with Hugo remembered", n)
	}
}

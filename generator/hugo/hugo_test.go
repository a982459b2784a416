package hugo_test

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"briefing/generator/hugo"
)

// fakeHugo installs a shell script as the Hugo to run.
func fakeHugo(t *testing.T, script string) {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "hugo")
	if err := os.WriteFile(bin, []byte("#!/bin/sh\n"+script), 0o755); err != nil {
		t.Fatal(err)
	}
	t.Setenv("BRIEFING_HUGO", bin)
}

// TestBuildShowsHugoError: Hugo's own message, with the file and line it
// names, is the error; not "exit status 1", not its banner.
func TestBuildShowsHugoError(t *testing.T) {
	fakeHugo(t, `echo "Start building sites … "
echo "hugo v0.165.0 linux/amd64 BuildDate=unknown"
echo
printf 'Total in 52 msERROR error building site: "/c/x.md:14:1": [13:1] bad YAML\n  12 | wordcount: [308\n'
exit 1
`)
	err := hugo.Build(context.Background(), hugo.Options{})
	if err == nil {
		t.Fatal("a failed Hugo run succeeded")
	}
	msg := err.Error()
	if !strings.HasPrefix(msg, `hugo: error building site: "/c/x.md:14:1": [13:1] bad YAML`) || strings.Contains(msg, "exit status") || strings.Contains(msg, "Total in") {
		t.Errorf("error = %q", msg)
	}
	fakeHugo(t, `echo "Start building sites … "
echo 'ERROR the "date" front matter field is not a parsable date: see /c/x.md'
echo "Total in 124 ms"
echo "ERROR error building site: logged 1 error(s)"
exit 1
`)
	err = hugo.Build(context.Background(), hugo.Options{})
	if err == nil || err.Error() != `hugo: the "date" front matter field is not a parsable date: see /c/x.md` {
		t.Errorf("error = %v", err)
	}
	fakeHugo(t, "exit 3\n")
	if err := hugo.Build(context.Background(), hugo.Options{}); err == nil || err.Error() != "hugo: exit status 3" {
		t.Errorf("silent failure: error = %v", err)
	}
}

// alive reports whether pid is a running (not zombie) process.
func alive(pid int) bool {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return false
	}
	// The state follows the command name in parentheses.
	s := string(b)
	i := strings.LastIndexByte(s, ')')
	return i >= 0 && i+2 < len(s) && s[i+2] != 'Z' && s[i+2] != 'X'
}

// waitFor reads the pids a fake Hugo wrote to path once it has.
func waitFor(t *testing.T, path string, n int) []int {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for time.Now().Before(deadline) {
		b, _ := os.ReadFile(path)
		if f := strings.Fields(string(b)); len(f) >= n {
			var pids []int
			for _, s := range f[:n] {
				p, _ := strconv.Atoi(s)
				pids = append(pids, p)
			}
			return pids
		}
		time.Sleep(10 * time.Millisecond)
	}
	t.Fatalf("fake hugo never wrote %s", path)
	return nil
}

func gone(t *testing.T, pids []int, what string) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for _, pid := range pids {
		for alive(pid) {
			if time.Now().After(deadline) {
				syscall.Kill(pid, syscall.SIGKILL)
				t.Fatalf("%s: process %d still running", what, pid)
			}
			time.Sleep(10 * time.Millisecond)
		}
	}
}

// TestCancelKillsHugoAndItsChildren: an interrupted build (Ctrl-C, SIGTERM)
// takes Hugo and anything Hugo started with it.
func TestCancelKillsHugoAndItsChildren(t *testing.T) {
	pids := filepath.Join(t.TempDir(), "pids")
	fakeHugo(t, `sleep 300 &
echo $$ $! > `+pids+`
wait
`)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- hugo.Build(ctx, hugo.Options{}) }()
	running := waitFor(t, pids, 2)
	cancel()
	select {
	case err := <-done:
		if err == nil || !strings.Contains(err.Error(), "canceled") {
			t.Errorf("error = %v", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("Build did not return after its context ended")
	}
	gone(t, running, "after cancel")
}

// TestHugoParent is the build that TestHugoDiesWithBuild kills.
func TestHugoParent(t *testing.T) {
	if os.Getenv("HUGO_TEST_PARENT") == "" {
		t.Skip("helper process")
	}
	hugo.Build(context.Background(), hugo.Options{})
}

// TestHugoDiesWithBuild: a build killed with SIGKILL (no chance to clean
// up) must not leave Hugo running.
func TestHugoDiesWithBuild(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("only Linux has a parent-death signal")
	}
	pids := filepath.Join(t.TempDir(), "pids")
	fakeHugo(t, "echo $$ > "+pids+"\nexec sleep 300\n")
	parent := exec.Command(os.Args[0], "-test.run=^TestHugoParent$")
	parent.Env = append(os.Environ(), "HUGO_TEST_PARENT=1")
	var out bytes.Buffer
	parent.Stdout, parent.Stderr = &out, &out
	if err := parent.Start(); err != nil {
		t.Fatal(err)
	}
	running := waitFor(t, pids, 1)
	parent.Process.Kill()
	parent.Wait()
	gone(t, running, "after the build was killed")
}

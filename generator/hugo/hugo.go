// Package hugo runs the Hugo pinned in go.mod (`go tool hugo`). Hugo runs
// as a child that never outlives the build: it is killed with its process
// group when the build's context ends, and by the kernel when the build
// itself dies (even of SIGKILL).
package hugo

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"syscall"
	"time"

	"briefing/generator/internal/fsx"
)

// Options describe one Hugo build; the zero value builds the site in the
// current folder into ./public.
type Options struct {
	Source      string // the site folder (config.toml); "" means "."
	ContentDir  string // "" means Hugo's default
	Destination string
	BaseURL     string   // overrides config.toml's baseURL when set
	Args        []string // further arguments for Hugo
	// Env adds variables to Hugo's environment.
	Env []string
}

// Command is the command that runs Hugo with args. BRIEFING_HUGO may name
// a Hugo binary (tests build it once); otherwise it is the binary `go
// tool` built for the module's pinned Hugo, run directly so that no `go`
// process stands between the build and Hugo (killing `go` would leave
// Hugo running).
func Command(ctx context.Context, args ...string) *exec.Cmd {
	return command(ctx, "", args...)
}

func command(ctx context.Context, dir string, args ...string) *exec.Cmd {
	var cmd *exec.Cmd
	if bin := binary(ctx, dir); bin != "" {
		cmd = exec.CommandContext(ctx, bin, args...)
	} else {
		cmd = exec.CommandContext(ctx, "go", append([]string{"tool", "hugo"}, args...)...)
		cmd.Dir = dir
	}
	tie(cmd)
	return cmd
}

// tie makes cmd die with the build: in a process group of its own, killed
// whole when ctx ends, and sent SIGKILL by the kernel if the build dies
// first (the parent-death signal, on Linux; see procattr_*.go).
func tie(cmd *exec.Cmd) {
	cmd.SysProcAttr = procAttr()
	cmd.Cancel = func() error {
		return syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
	}
	// Output pipes held open by a grandchild must not keep Wait waiting.
	cmd.WaitDelay = 5 * time.Second
}

var (
	resolveMu sync.Mutex
	resolved  = map[string]string{} // folder -> binary
)

// binary is the Hugo executable to run from dir: BRIEFING_HUGO, else what
// `go tool -n hugo` names (building it into the Go cache the first time),
// else "" to fall back on `go tool hugo`. Asking `go tool` takes a second
// or more even when Hugo is built, so the answer is remembered per go.mod
// and go.sum (see memo) while the binary it names is there.
func binary(ctx context.Context, dir string) string {
	if bin := os.Getenv("BRIEFING_HUGO"); bin != "" {
		return bin
	}
	resolveMu.Lock()
	defer resolveMu.Unlock()
	if bin, ok := resolved[dir]; ok {
		return bin
	}
	memo := memoPath(dir)
	if bin := readMemo(memo); bin != "" {
		resolved[dir] = bin
		return bin
	}
	cmd := exec.CommandContext(ctx, "go", "tool", "-n", "hugo")
	cmd.Dir = dir
	tie(cmd)
	out, err := cmd.Output()
	bin := strings.TrimSpace(string(out))
	if err != nil || strings.ContainsAny(bin, " \n") || !filepath.IsAbs(bin) {
		return "" // an exec wrapper, or no answer: let `go tool` run it
	}
	if !isExecutable(bin) {
		return ""
	}
	resolved[dir] = bin
	writeMemo(memo, bin)
	return bin
}

// memoPath is the file in the user's cache that remembers which binary
// `go tool -n hugo` named for the module that holds dir (the working
// folder when dir is ""): its name is a digest of the module's go.mod and
// go.sum, which pin Hugo's version, so a new pin asks again. It is "" when
// there is no module or no cache folder.
func memoPath(dir string) string {
	mod, err := moduleDir(dir)
	if err != nil {
		return ""
	}
	cache, err := os.UserCacheDir()
	if err != nil {
		return ""
	}
	h := sha256.New()
	h.Write([]byte(mod))
	for _, f := range []string{"go.mod", "go.sum"} {
		data, err := os.ReadFile(filepath.Join(mod, f))
		if err != nil && !errors.Is(err, fs.ErrNotExist) {
			return ""
		}
		h.Write([]byte{0})
		h.Write(data)
	}
	return filepath.Join(cache, "briefing", "hugo-"+hex.EncodeToString(h.Sum(nil)[:12]))
}

// readMemo is the binary the memo at path names, or "" when there is no
// memo or the binary is gone (the Go cache was trimmed or cleaned).
func readMemo(path string) string {
	if path == "" {
		return ""
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return ""
	}
	bin := strings.TrimSpace(string(data))
	if !filepath.IsAbs(bin) || !isExecutable(bin) {
		return ""
	}
	return bin
}

// writeMemo remembers bin; a memo that cannot be written only costs the
// next build the look-up.
func writeMemo(path, bin string) {
	if path == "" || os.MkdirAll(filepath.Dir(path), 0o755) != nil {
		return
	}
	fsx.WriteFileAtomic(path, []byte(bin+"\n"), 0o644)
}

// moduleDir is the folder of the go.mod above dir (or the working folder).
func moduleDir(dir string) (string, error) {
	if dir == "" {
		var err error
		if dir, err = os.Getwd(); err != nil {
			return "", err
		}
	}
	dir, err := filepath.Abs(dir)
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", fs.ErrNotExist
		}
		dir = parent
	}
}

func isExecutable(p string) bool {
	st, err := os.Stat(p)
	return err == nil && st.Mode().IsRegular() && st.Mode().Perm()&0o111 != 0
}

// toolDir is where `go tool hugo` can find the go.mod that pins Hugo: the
// current folder when it is inside a module (make site, the tests), else
// the site's own folder.
func toolDir(source string) string {
	if os.Getenv("BRIEFING_HUGO") != "" {
		return ""
	}
	if _, err := moduleDir(""); err == nil {
		return ""
	}
	return source
}

// Compile makes the pinned Hugo ready to run from the site at source. The
// first time, `go tool` compiles it into the Go build cache, which takes a
// minute or two; later it only looks it up. slow, when not nil, is called
// once if that takes more than a moment, so the caller can say why the
// build waits. Build does this itself: calling Compile first lets a
// caller time it apart from building pages.
func Compile(ctx context.Context, source string, slow func()) {
	if slow != nil {
		t := time.AfterFunc(slowCompile, slow)
		defer t.Stop()
	}
	binary(ctx, toolDir(source))
}

// slowCompile is how long looking Hugo up takes at most when it is already
// compiled, on a busy machine.
var slowCompile = 3 * time.Second

// Build runs Hugo once. On failure the error carries Hugo's own message
// (which names the file and line), not just its exit status.
func Build(ctx context.Context, opt Options) error {
	// Hugo prints errors through its logger, which --quiet silences; at
	// log level "error" it prints them and little else.
	var out bytes.Buffer
	cmd := opt.command(ctx, &out, "--logLevel", "error", "--noBuildLock", "--cleanDestinationDir")
	if err := cmd.Run(); err != nil {
		if ctx.Err() != nil {
			return fmt.Errorf("hugo: %w", ctx.Err())
		}
		return fmt.Errorf("hugo: %s", message(out.String(), err))
	}
	return nil
}

// Serve runs Hugo's development server on the site until ctx ends, with
// Hugo's output going to w. It renders into memory: the destination is
// never written, so a preview cannot leave the live-reload script or
// localhost links in the published site. opt.Args may set --port and
// --bind; opt.Destination is ignored.
func Serve(ctx context.Context, opt Options, w io.Writer) error {
	opt.Destination = ""
	cmd := opt.command(ctx, w, "server", "--renderToMemory", "--noBuildLock", "--disableFastRender")
	if err := cmd.Run(); err != nil && ctx.Err() == nil {
		return fmt.Errorf("hugo server: %w", err)
	}
	return nil
}

// command is the Hugo command for opt: args, then opt's folders, base
// URL and further arguments, with its output going to w.
func (opt Options) command(ctx context.Context, w io.Writer, args ...string) *exec.Cmd {
	for _, f := range []struct{ flag, value string }{
		{"--source", opt.Source}, {"--contentDir", opt.ContentDir},
		{"--destination", opt.Destination}, {"--baseURL", opt.BaseURL},
	} {
		if f.value != "" {
			args = append(args, f.flag, f.value)
		}
	}
	cmd := command(ctx, toolDir(opt.Source), append(args, opt.Args...)...)
	cmd.Env = append(os.Environ(), opt.Env...)
	cmd.Stdout, cmd.Stderr = w, w
	return cmd
}

// loggedN is Hugo's closing summary of errors it has already printed.
var loggedN = regexp.MustCompile(`^error building site: logged \d+ error\(s\)$`)

// message picks Hugo's error lines out of its output, dropping the banner
// and timing lines it prints around them and its "ERROR" labels.
func message(out string, err error) string {
	var keep []string
	for _, l := range strings.Split(out, "\n") {
		// The timing line has no line end: "Total in 52 msERROR ...".
		if i := strings.Index(l, "ERROR "); i > 0 && strings.HasPrefix(l, "Total in ") {
			l = l[i:]
		}
		l = strings.TrimRight(strings.TrimPrefix(l, "ERROR "), " \r")
		t := strings.TrimSpace(l)
		if t == "" || strings.HasPrefix(t, "Start building sites") || strings.HasPrefix(t, "hugo v") ||
			strings.HasPrefix(t, "Total in ") || loggedN.MatchString(t) {
			continue
		}
		keep = append(keep, l)
	}
	if len(keep) == 0 {
		return err.Error()
	}
	return strings.Join(keep, "\n")
}

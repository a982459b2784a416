package search

import (
	"bytes"
	"context"
	_ "embed"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"

	"briefing/generator/internal/fsx"
)

// Version is the Pagefind the build runs. The npm lock file beside this
// file pins it, with the checksum of every platform's binary.
const Version = "1.6.0"

var (
	//go:embed npm/package.json
	packageJSON []byte
	//go:embed npm/package-lock.json
	packageLock []byte
)

// errUnavailable marks the reasons a build goes without search, as
// opposed to Pagefind failing on the site.
var errUnavailable = errors.New("search unavailable")

// locate finds the pinned Pagefind binary, installing it with npm into
// tools the first time. BRIEFING_PAGEFIND may name a binary instead, or be
// "off". The error wraps errUnavailable when the build can go on without
// search.
func locate(ctx context.Context, tools string, log io.Writer) (string, error) {
	switch env := os.Getenv("BRIEFING_PAGEFIND"); env {
	case "off":
		return "", fmt.Errorf("%w: BRIEFING_PAGEFIND=off", errUnavailable)
	case "":
	default:
		return env, checkVersion(ctx, env)
	}
	if tools == "" {
		return "", fmt.Errorf("%w: no tools folder to install Pagefind into", errUnavailable)
	}
	bin, err := binaryIn(tools)
	if err != nil {
		return "", fmt.Errorf("%w: %v", errUnavailable, err)
	}
	if checkVersion(ctx, bin) == nil {
		return bin, nil
	}
	npm, err := exec.LookPath("npm")
	if err != nil {
		return "", fmt.Errorf("%w: npm is not installed, so Pagefind %s cannot be (install Node.js and npm, then build again)", errUnavailable, Version)
	}
	if err := os.MkdirAll(tools, 0o755); err != nil {
		return "", fmt.Errorf("%w: %v", errUnavailable, err)
	}
	// Two builds (or test packages) may start at once: one installs.
	unlock, err := fsx.Lock(filepath.Join(tools, ".lock"))
	if err != nil {
		return "", fmt.Errorf("%w: %v", errUnavailable, err)
	}
	defer unlock()
	if checkVersion(ctx, bin) == nil {
		return bin, nil
	}
	fmt.Fprintf(log, "search: installing Pagefind %s with npm into %s (once)\n", Version, tools)
	for name, data := range map[string][]byte{"package.json": packageJSON, "package-lock.json": packageLock} {
		if err := fsx.WriteFileAtomic(filepath.Join(tools, name), data, 0o644); err != nil {
			return "", fmt.Errorf("%w: %v", errUnavailable, err)
		}
	}
	cmd := exec.CommandContext(ctx, npm, "ci", "--no-audit", "--no-fund", "--loglevel=error",
		"--fetch-retries=1", "--fetch-retry-mintimeout=2000", "--fetch-timeout=60000")
	cmd.Dir = tools
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Run(); err != nil {
		if ctx.Err() != nil {
			return "", ctx.Err()
		}
		return "", fmt.Errorf("%w: npm could not install Pagefind %s: %s", errUnavailable, Version, lastLine(out.String(), err))
	}
	if err := checkVersion(ctx, bin); err != nil {
		return "", fmt.Errorf("%w: %v", errUnavailable, err)
	}
	return bin, nil
}

// binaryIn is where npm puts this platform's Pagefind binary under tools.
func binaryIn(tools string) (string, error) {
	arch := map[string]string{"amd64": "x64", "arm64": "arm64"}[runtime.GOARCH]
	osName := map[string]string{"linux": "linux", "darwin": "darwin", "windows": "windows", "freebsd": "freebsd"}[runtime.GOOS]
	if arch == "" || osName == "" {
		return "", fmt.Errorf("npm has no Pagefind binary for %s/%s", runtime.GOOS, runtime.GOARCH)
	}
	name := "pagefind_extended" // the only binary the platform packages ship
	if runtime.GOOS == "windows" {
		name += ".exe"
	}
	return filepath.Join(tools, "node_modules", "@pagefind", osName+"-"+arch, "bin", name), nil
}

// checkVersion runs bin --version and wants the pinned version.
func checkVersion(ctx context.Context, bin string) error {
	out, err := exec.CommandContext(ctx, bin, "--version").Output()
	if err != nil {
		return fmt.Errorf("pagefind %s: %v", bin, err)
	}
	if got := strings.TrimSpace(string(out)); got != "pagefind "+Version {
		return fmt.Errorf("%s is %q, want pagefind %s", bin, got, Version)
	}
	return nil
}

func lastLine(s string, err error) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	for i := len(lines) - 1; i >= 0; i-- {
		if l := strings.TrimSpace(lines[i]); l != "" {
			return l
		}
	}
	return err.Error()
}

// Package hugo runs the Hugo pinned in go.mod (`go tool hugo`) and
// publishes its output atomically.
package hugo

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
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

// Command is the command that runs Hugo. BRIEFING_HUGO may name a Hugo
// binary (tests build it once); otherwise it is the module's pinned tool.
func Command(ctx context.Context, args ...string) *exec.Cmd {
	if bin := os.Getenv("BRIEFING_HUGO"); bin != "" {
		return exec.CommandContext(ctx, bin, args...)
	}
	return exec.CommandContext(ctx, "go", append([]string{"tool", "hugo"}, args...)...)
}

// toolDir is where `go tool hugo` can find the go.mod that pins Hugo: the
// current folder when it is inside a module (make site, the tests), else
// the site's own folder.
func toolDir(source string) string {
	if os.Getenv("BRIEFING_HUGO") != "" {
		return ""
	}
	dir, err := os.Getwd()
	for err == nil {
		if _, serr := os.Stat(filepath.Join(dir, "go.mod")); serr == nil {
			return ""
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			break
		}
		dir = parent
	}
	return source
}

// Build runs Hugo once and returns its error output on failure.
func Build(ctx context.Context, opt Options) error {
	args := []string{"--quiet", "--noBuildLock", "--cleanDestinationDir"}
	if opt.Source != "" {
		args = append(args, "--source", opt.Source)
	}
	if opt.ContentDir != "" {
		args = append(args, "--contentDir", opt.ContentDir)
	}
	if opt.Destination != "" {
		args = append(args, "--destination", opt.Destination)
	}
	if opt.BaseURL != "" {
		args = append(args, "--baseURL", opt.BaseURL)
	}
	args = append(args, opt.Args...)
	cmd := Command(ctx, args...)
	cmd.Dir = toolDir(opt.Source)
	cmd.Env = append(os.Environ(), opt.Env...)
	var out bytes.Buffer
	cmd.Stdout = &out
	cmd.Stderr = &out
	if err := cmd.Run(); err != nil {
		msg := strings.TrimSpace(out.String())
		if msg == "" {
			msg = err.Error()
		}
		return fmt.Errorf("hugo: %s", msg)
	}
	return nil
}

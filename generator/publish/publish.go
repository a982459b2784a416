// Package publish swaps a finished build into place and serialises builds,
// so a reader (or a static host syncing the folder) only ever sees a
// complete site.
package publish

import (
	"fmt"
	"os"
	"path/filepath"
	"syscall"
)

// Staging creates an empty folder beside dst to build into. It sits in the
// same folder as dst so the final rename never crosses file systems.
func Staging(dst string) (string, error) {
	parent := filepath.Dir(filepath.Clean(dst))
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return "", err
	}
	return os.MkdirTemp(parent, "."+filepath.Base(dst)+".build-*")
}

// Replace makes the finished folder staged the new dst. The old dst is
// moved aside first and removed only once the new one is in place; if the
// swap fails the old one is put back.
func Replace(staged, dst string) error {
	dst = filepath.Clean(dst)
	old := ""
	if _, err := os.Lstat(dst); err == nil {
		old = fmt.Sprintf("%s.old-%d", filepath.Join(filepath.Dir(dst), "."+filepath.Base(dst)), os.Getpid())
		os.RemoveAll(old)
		if err := os.Rename(dst, old); err != nil {
			return fmt.Errorf("publish %s: %w", dst, err)
		}
	}
	if err := os.Rename(staged, dst); err != nil {
		if old != "" {
			os.Rename(old, dst)
		}
		return fmt.Errorf("publish %s: %w", dst, err)
	}
	if err := os.Chmod(dst, 0o755); err != nil {
		return err
	}
	if old != "" {
		return os.RemoveAll(old)
	}
	return nil
}

// Lock takes an exclusive lock on the file at path, waiting for another
// build to finish. The returned function releases it.
func Lock(path string) (func(), error) {
	f, err := os.OpenFile(path, os.O_CREATE|os.O_RDWR, 0o644)
	if err != nil {
		return nil, fmt.Errorf("lock %s: %w", path, err)
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		fmt.Fprintf(os.Stderr, "briefing: waiting for another build to finish (%s)\n", path)
		if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX); err != nil {
			f.Close()
			return nil, fmt.Errorf("lock %s: %w", path, err)
		}
	}
	return func() {
		syscall.Flock(int(f.Fd()), syscall.LOCK_UN)
		f.Close()
	}, nil
}

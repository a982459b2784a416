// Package publish swaps a finished build into place and cleans up after
// interrupted ones, so a reader (or a static host syncing the folder) only
// ever sees a complete site.
//
// A build of dst works in two folders beside it: .dst.build-* (the new site
// being made) and, during the swap, .dst.old-PID (the previous site). A
// build killed at any moment leaves at most those behind; Recover, run at
// the start of the next build under its lock, puts dst back and removes
// the rest.
package publish

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"syscall"
)

// Staging creates an empty folder beside dst to build into. It sits in the
// same folder as dst so the final rename never crosses file systems.
func Staging(dst string) (string, error) {
	parent, base := split(dst)
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return "", err
	}
	return os.MkdirTemp(parent, "."+base+".build-*")
}

// Recovery says what Recover found of interrupted builds.
type Recovery struct {
	// Restored is the previous site put back as dst because an interrupted
	// swap left no dst ("" when dst was in place).
	Restored string
	// Removed lists the leftover folders deleted.
	Removed []string
}

// Recover repairs what interrupted builds of dst left behind. It must run
// under the build lock (no other build may be working beside dst): when
// dst is missing and a previous site waits in .dst.old-*, that site is put
// back; every other .dst.old-* and every .dst.build-* folder is removed.
func Recover(dst string) (Recovery, error) {
	var rec Recovery
	parent, base := split(dst)
	entries, err := os.ReadDir(parent)
	if errors.Is(err, fs.ErrNotExist) {
		return rec, nil
	}
	if err != nil {
		return rec, fmt.Errorf("recover %s: %w", dst, err)
	}
	var olds, builds []string
	for _, e := range entries {
		switch name := e.Name(); {
		case !e.IsDir():
		case strings.HasPrefix(name, "."+base+".old-"):
			olds = append(olds, filepath.Join(parent, name))
		case strings.HasPrefix(name, "."+base+".build-"):
			builds = append(builds, filepath.Join(parent, name))
		}
	}
	if _, err := os.Lstat(dst); errors.Is(err, fs.ErrNotExist) && len(olds) > 0 {
		// The swap was cut between its two renames: the newest previous
		// site is the one that was published last.
		sort.Slice(olds, func(i, j int) bool { return modTime(olds[i]) > modTime(olds[j]) })
		if err := os.Rename(olds[0], dst); err != nil {
			return rec, fmt.Errorf("restore %s from %s: %w", dst, olds[0], err)
		}
		rec.Restored = olds[0]
		olds = olds[1:]
	}
	for _, p := range append(olds, builds...) {
		if err := removeAll(p); err != nil {
			return rec, fmt.Errorf("remove the leftover %s: %w - delete it by hand", p, err)
		}
		rec.Removed = append(rec.Removed, p)
	}
	return rec, nil
}

// Writable checks that dst can be replaced: every folder in it must be
// writable, or the old site could be moved aside but never removed. A
// folder marked read-only (chmod a-w) counts as read-only even for root,
// who could write it anyway: someone asked for it to be left alone.
func Writable(dst string) error {
	return filepath.WalkDir(dst, func(p string, d fs.DirEntry, err error) error {
		if errors.Is(err, fs.ErrNotExist) && p == dst {
			return nil // nothing to replace
		}
		if err != nil {
			return fmt.Errorf("%s: %w - a build replaces this folder; fix its permissions or remove it", p, unwrap(err))
		}
		if !d.IsDir() {
			return nil
		}
		info, err := d.Info()
		if err != nil {
			return err
		}
		if info.Mode().Perm()&0o200 == 0 || syscall.Access(p, 2 /* W_OK */) != nil {
			return fmt.Errorf("%s is read-only (%s): a build replaces the whole folder - make it writable with 'chmod -R u+w %s', or remove it", dst, p, dst)
		}
		return nil
	})
}

// LeftError is a publish that succeeded but could not remove the previous
// site; the next build's Recover tries again.
type LeftError struct {
	Path string
	Err  error
}

func (e *LeftError) Error() string {
	return fmt.Sprintf("the previous site is left in %s (%v) - the next build removes it, or delete it by hand", e.Path, e.Err)
}

func (e *LeftError) Unwrap() error { return e.Err }

// Replace makes the finished folder staged the new dst. The old dst is
// moved aside first and removed only once the new one is in place; if the
// swap fails the old one is put back. A *LeftError means dst is published
// but its predecessor is still beside it.
func Replace(staged, dst string) error {
	dst = filepath.Clean(dst)
	parent, base := split(dst)
	if err := os.Chmod(staged, 0o755); err != nil {
		return fmt.Errorf("publish %s: %w", dst, err)
	}
	old := ""
	if _, err := os.Lstat(dst); err == nil {
		old = filepath.Join(parent, fmt.Sprintf(".%s.old-%d", base, os.Getpid()))
		if err := removeAll(old); err != nil {
			return fmt.Errorf("publish %s: %w", dst, err)
		}
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
	if old != "" {
		if err := removeAll(old); err != nil {
			return &LeftError{Path: old, Err: unwrap(err)}
		}
	}
	return nil
}

// removeAll removes a leftover tree; when a read-only folder stops it,
// the folders are made writable (they are this program's leftovers) and
// it tries once more.
func removeAll(p string) error {
	err := os.RemoveAll(p)
	if err == nil {
		return nil
	}
	filepath.WalkDir(p, func(q string, d fs.DirEntry, err error) error {
		if err == nil && d.IsDir() {
			os.Chmod(q, 0o755)
		}
		return nil
	})
	return os.RemoveAll(p)
}

func split(dst string) (parent, base string) {
	dst = filepath.Clean(dst)
	return filepath.Dir(dst), filepath.Base(dst)
}

func modTime(p string) int64 {
	st, err := os.Stat(p)
	if err != nil {
		return 0
	}
	return st.ModTime().UnixNano()
}

func unwrap(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// Package fsx holds the file-system helpers every step shares: an
// exclusive lock between processes and atomic file writes.
package fsx

import (
	"fmt"
	"os"
	"path/filepath"
	"syscall"
)

// Lock takes an exclusive lock on the file at path (creating it), waiting
// for whoever holds it. The lock is released by unlock or when the process
// dies, so a killed holder never leaves it stuck.
func Lock(path string) (unlock func() error, err error) {
	f, err := os.OpenFile(path, os.O_CREATE|os.O_RDWR, 0o644)
	if err != nil {
		return nil, fmt.Errorf("lock %s: %w", path, err)
	}
	for {
		err = syscall.Flock(int(f.Fd()), syscall.LOCK_EX)
		if err != syscall.EINTR {
			break
		}
	}
	if err != nil {
		f.Close()
		return nil, fmt.Errorf("lock %s: %w", path, err)
	}
	return func() error {
		// Closing the file releases the lock.
		return f.Close()
	}, nil
}

// WriteFileAtomic writes data to path so that a reader, or a crash, sees
// either the old file or the whole new one: it writes a temporary file in
// the same folder, syncs it and renames it over path.
func WriteFileAtomic(path string, data []byte, perm os.FileMode) error {
	tmp, err := writeTemp(path, data, perm, true)
	if err == nil {
		if err = os.Rename(tmp, path); err != nil {
			os.Remove(tmp)
		}
	}
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	// The rename is durable once the folder is synced; a failure here
	// loses nothing that was there before.
	if d, err := os.Open(dirOf(path)); err == nil {
		d.Sync()
		d.Close()
	}
	return nil
}

// WriteTemp writes data to a new hidden file beside path (Hugo and the
// inbox walk skip dot files) and returns its name, for a caller that
// renames many files into place only once all of them are written. It
// creates path's folder when needed and does not sync: a crash before the
// rename loses only the temporary file.
func WriteTemp(path string, data []byte, perm os.FileMode) (string, error) {
	if err := os.MkdirAll(dirOf(path), 0o755); err != nil {
		return "", err
	}
	return writeTemp(path, data, perm, false)
}

// writeTemp writes data to a new file .BASE.tmp-* in path's folder.
func writeTemp(path string, data []byte, perm os.FileMode, sync bool) (string, error) {
	f, err := os.CreateTemp(dirOf(path), "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		return "", err
	}
	tmp := f.Name()
	_, err = f.Write(data)
	if err == nil && sync {
		err = f.Sync()
	}
	if err == nil {
		err = f.Chmod(perm)
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(tmp)
		return "", err
	}
	return tmp, nil
}

func dirOf(path string) string {
	if dir := filepath.Dir(path); dir != "" {
		return dir
	}
	return "."
}

// Package suppress keeps the suppression list: the addresses that asked
// never to be mailed again. send leaves them out, whatever list it is
// given; the unsubscribe command, its IMAP reader and its one-click HTTP
// handler add to it.
//
// The list is a text file in the project's state folder, one address per
// line, followed by when and how it was added, tab-separated:
//
//	ann@example.org	2024-03-01T09:30:00Z	one-click
//
// Lines starting with # are comments; a line with only an address (added
// by hand) counts too. Additions are appended under a lock and synced, so
// the HTTP handler and a send can share the file.
package suppress

import (
	"bufio"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"briefing/generator/email/address"
	"briefing/generator/internal/fsx"
)

// Path is where the suppression list of the project in dir lives.
func Path(dir string) string { return filepath.Join(dir, ".briefing", "suppressed.txt") }

// List is a suppression list read from its file. It is safe for
// concurrent use.
type List struct {
	path string
	mu   sync.Mutex
	keys map[string]bool
}

// Entry is one addition.
type Entry struct {
	Address string
	Time    time.Time
	// Source says how it came: "command", "one-click", "imap", ...
	Source string
}

// Load reads the list at path; a missing file is an empty list.
func Load(path string) (*List, error) {
	l := &List{path: path, keys: map[string]bool{}}
	if err := l.reload(); err != nil {
		return nil, err
	}
	return l, nil
}

func (l *List) reload() error {
	f, err := os.Open(l.path)
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("suppression list: %w", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 64<<10), 1<<20)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		addr, _, _ := strings.Cut(line, "\t")
		// A line only a person could have got wrong still suppresses what
		// it names, as written.
		if a, err := address.Parse(addr); err == nil {
			addr = a
		}
		l.keys[address.Key(addr)] = true
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("suppression list %s: %w", l.path, err)
	}
	return nil
}

// Contains reports whether addr is suppressed.
func (l *List) Contains(addr string) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.keys[address.Key(addr)]
}

// Len is the number of suppressed addresses.
func (l *List) Len() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return len(l.keys)
}

// Add appends the entries not already suppressed and returns their
// addresses. It locks the file, so additions from several processes
// never interleave or repeat, and syncs it before returning.
func (l *List) Add(entries ...Entry) ([]string, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if err := os.MkdirAll(filepath.Dir(l.path), 0o700); err != nil {
		return nil, fmt.Errorf("suppression list: %w", err)
	}
	unlock, err := fsx.Lock(l.path + ".lock")
	if err != nil {
		return nil, fmt.Errorf("suppression list: %w", err)
	}
	defer unlock()
	// Another process may have added some since this list was read.
	if err := l.reload(); err != nil {
		return nil, err
	}
	var b strings.Builder
	var added []string
	for _, e := range entries {
		addr, err := address.Parse(e.Address)
		if err != nil {
			return nil, err
		}
		k := address.Key(addr)
		if l.keys[k] {
			continue
		}
		if e.Time.IsZero() {
			e.Time = time.Now()
		}
		source := strings.Map(func(r rune) rune {
			if r == '\t' || r == '\n' || r == '\r' {
				return ' '
			}
			return r
		}, e.Source)
		fmt.Fprintf(&b, "%s\t%s\t%s\n", addr, e.Time.UTC().Format(time.RFC3339), source)
		l.keys[k] = true
		added = append(added, addr)
	}
	if len(added) == 0 {
		return nil, nil
	}
	f, err := os.OpenFile(l.path, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o600)
	if err != nil {
		return nil, fmt.Errorf("suppression list: %w", err)
	}
	_, werr := f.WriteString(b.String())
	serr := f.Sync()
	cerr := f.Close()
	if err := errors.Join(werr, serr, cerr); err != nil {
		// Not written: forget them so a retry writes them.
		for _, a := range added {
			delete(l.keys, address.Key(a))
		}
		return nil, fmt.Errorf("suppression list: %w", err)
	}
	return added, nil
}

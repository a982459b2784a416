// Package sentlog records who has been sent an issue, so that a repeated or
// interrupted send never mails the same issue to a recipient twice.
//
// The log is a JSON-lines file per issue, appended to and fsynced before
// and after every delivery: "sending" before the SMTP transaction starts,
// then "sent" or "failed". A recipient whose last entry is "sending" was
// interrupted mid-transaction (the process died); whether the server took
// the message is unknown, so such recipients are not retried
// automatically.
package sentlog

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"time"
)

// Status of a recipient in the log.
type Status string

const (
	None    Status = ""
	Sending Status = "sending" // transaction started, outcome unknown
	Sent    Status = "sent"
	Failed  Status = "failed" // may be retried by the next run
)

// Entry is one line of the log.
type Entry struct {
	Time      time.Time `json:"time"`
	To        string    `json:"to"`
	Status    Status    `json:"status"`
	MessageID string    `json:"message_id,omitempty"`
	Error     string    `json:"error,omitempty"`
}

// Log is an open send log. It is safe for concurrent use.
type Log struct {
	mu     sync.Mutex
	f      *os.File
	status map[string]Status
	now    func() time.Time
}

// ErrBusy means another send of the same issue holds the log.
var ErrBusy = errors.New("another send of this issue is running")

// Open opens (creating it if needed) the log at path and takes an
// exclusive lock on it, so two sends of one issue cannot interleave.
func Open(path string) (*Log, error) {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return nil, fmt.Errorf("send log: %w", err)
	}
	f, err := os.OpenFile(path, os.O_CREATE|os.O_RDWR|os.O_APPEND, 0o644)
	if err != nil {
		return nil, fmt.Errorf("send log: %w", err)
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		f.Close()
		return nil, fmt.Errorf("send log %s: %w", path, ErrBusy)
	}
	l := &Log{f: f, status: map[string]Status{}, now: time.Now}
	if err := l.read(); err != nil {
		f.Close()
		return nil, fmt.Errorf("send log %s: %w", path, err)
	}
	return l, nil
}

// Read returns the status of every recipient in the log at path without
// locking it; a missing log is empty. It is for --dry-run.
func Read(path string) (map[string]Status, error) {
	f, err := os.Open(path)
	if errors.Is(err, os.ErrNotExist) {
		return map[string]Status{}, nil
	}
	if err != nil {
		return nil, fmt.Errorf("send log: %w", err)
	}
	defer f.Close()
	l := &Log{f: f, status: map[string]Status{}}
	if err := l.read(); err != nil {
		return nil, fmt.Errorf("send log %s: %w", path, err)
	}
	return l.status, nil
}

func (l *Log) read() error {
	sc := bufio.NewScanner(l.f)
	sc.Buffer(make([]byte, 0, 64<<10), 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			continue
		}
		var e Entry
		if err := json.Unmarshal([]byte(line), &e); err != nil {
			// A crash can leave a torn last line; the entry before it stands.
			continue
		}
		l.status[Key(e.To)] = e.Status
	}
	return sc.Err()
}

// Key is how recipients are compared: addresses differing only in case
// are one mailbox in practice, and must not get the issue twice.
func Key(addr string) string { return strings.ToLower(strings.TrimSpace(addr)) }

// Status is the last recorded status of addr.
func (l *Log) Status(addr string) Status {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.status[Key(addr)]
}

// Record appends e and fsyncs the log before returning, so a recorded
// "sent" survives a crash.
func (l *Log) Record(e Entry) error {
	if e.Time.IsZero() {
		e.Time = l.now().UTC()
	}
	b, err := json.Marshal(e)
	if err != nil {
		return err
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	if _, err := l.f.Write(append(b, '\n')); err != nil {
		return fmt.Errorf("send log: %w", err)
	}
	if err := l.f.Sync(); err != nil {
		return fmt.Errorf("send log: %w", err)
	}
	l.status[Key(e.To)] = e.Status
	return nil
}

// Close releases the lock and closes the file.
func (l *Log) Close() error {
	syscall.Flock(int(l.f.Fd()), syscall.LOCK_UN)
	return l.f.Close()
}

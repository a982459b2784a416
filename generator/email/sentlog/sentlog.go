// Package sentlog records who has been sent an issue, so that a repeated or
// interrupted send never mails the same issue to a reader twice.
//
// The log is a JSON-lines file per issue, appended to and fsynced around
// every delivery: "sending" once the server has accepted DATA and the
// message is about to go out, then "sent", "failed" or "uncertain". A
// reader whose last entry is "sending" was cut off mid-message (the
// process died): whether the server took it is unknown. Nothing is
// written before the message goes out, so a crash while connecting loses
// no one.
package sentlog

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"time"

	"briefing/generator/email/address"
	"briefing/generator/internal/fsx"
)

// Status of a reader in the log.
type Status string

const (
	None    Status = ""
	Sending Status = "sending" // on the wire; a crash left it unknown
	Sent    Status = "sent"
	Failed  Status = "failed" // certainly not delivered; the next run retries
	// Uncertain: the message went out and no reply came, or a run died
	// while sending it. It is not sent again without --retry-uncertain.
	Uncertain Status = "uncertain"
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
	unlock func() error
	status map[string]Status
	now    func() time.Time
}

// Open opens (creating it if needed) the log at path and locks it, waiting
// while another send of the same issue holds it, so two sends cannot
// interleave: the second one starts from what the first recorded.
func Open(path string) (*Log, error) {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return nil, fmt.Errorf("send log: %w", err)
	}
	unlock, err := fsx.Lock(path)
	if err != nil {
		return nil, fmt.Errorf("send log: %w", err)
	}
	f, err := os.OpenFile(path, os.O_RDWR|os.O_APPEND, 0o644)
	if err != nil {
		unlock()
		return nil, fmt.Errorf("send log: %w", err)
	}
	l := &Log{f: f, unlock: unlock, status: map[string]Status{}, now: time.Now}
	if err := l.read(); err != nil {
		l.Close()
		return nil, fmt.Errorf("send log %s: %w", path, err)
	}
	return l, nil
}

// Read returns the status of every reader in the log at path, by Key,
// without locking it; a missing log is empty. It is for --dry-run.
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
	return scan(l.f, func(e Entry) { l.status[Key(e.To)] = e.Status })
}

// scan calls fn for every entry of a log.
func scan(f *os.File, fn func(Entry)) error {
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 64<<10), 1<<20)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			continue
		}
		var e Entry
		if err := json.Unmarshal([]byte(line), &e); err != nil {
			// A crash can leave a torn last line; the entry before it stands.
			continue
		}
		fn(e)
	}
	return sc.Err()
}

// Key is how readers are compared (see address.Key).
func Key(addr string) string { return address.Key(addr) }

// Status is the last recorded status of addr.
func (l *Log) Status(addr string) Status {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.status[Key(addr)]
}

// Cut are the readers an earlier run was sending to when it died: their
// last entry is "sending".
func (l *Log) Cut() []string {
	l.mu.Lock()
	defer l.mu.Unlock()
	var out []string
	for k, s := range l.status {
		if s == Sending {
			out = append(out, k)
		}
	}
	sort.Strings(out)
	return out
}

// Record appends e and fsyncs the log before returning, so a recorded
// entry survives a crash.
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
	err := l.f.Close()
	if l.unlock != nil {
		l.unlock()
	}
	return err
}

// Recipients lists every address any send log in dir has an entry for,
// each once, in the spelling first seen: the readers an unsubscribe token
// can belong to.
func Recipients(dir string) ([]string, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.jsonl"))
	if err != nil {
		return nil, err
	}
	sort.Strings(files)
	seen := map[string]bool{}
	var out []string
	for _, p := range files {
		f, err := os.Open(p)
		if err != nil {
			return nil, fmt.Errorf("send log: %w", err)
		}
		err = scan(f, func(e Entry) {
			if k := Key(e.To); k != "" && !seen[k] {
				seen[k] = true
				out = append(out, e.To)
			}
		})
		f.Close()
		if err != nil {
			return nil, fmt.Errorf("send log %s: %w", p, err)
		}
	}
	return out, nil
}

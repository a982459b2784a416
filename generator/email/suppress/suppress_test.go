package suppress

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

func TestAddAndContains(t *testing.T) {
	path := Path(t.TempDir())
	l, err := Load(path)
	if err != nil || l.Len() != 0 {
		t.Fatalf("a missing list: %v, %d entries", err, l.Len())
	}
	added, err := l.Add(Entry{Address: "Ann@Example.org", Source: "command"}, Entry{Address: "ann@example.org"}, Entry{Address: "bob@example.org", Source: "one\tclick"})
	if err != nil || strings.Join(added, " ") != "Ann@example.org bob@example.org" {
		t.Fatalf("added %v, %v", added, err)
	}
	if !l.Contains("ANN@example.org") || !l.Contains("bob@example.org") || l.Contains("carol@example.org") {
		t.Error("Contains")
	}
	again, err := Load(path)
	if err != nil || again.Len() != 2 || !again.Contains("ann@example.org") {
		t.Fatalf("reloaded: %d entries, %v", again.Len(), err)
	}
	b, _ := os.ReadFile(path)
	if lines := strings.Split(strings.TrimSpace(string(b)), "\n"); len(lines) != 2 || len(strings.Split(lines[1], "\t")) != 3 {
		t.Errorf("file:\n%s", b)
	}
	if fi, _ := os.Stat(path); fi.Mode().Perm() != 0o600 {
		t.Errorf("mode %v: the list of who left is nobody else's business", fi.Mode().Perm())
	}
	if _, err := l.Add(Entry{Address: "not an address"}); err == nil {
		t.Error("an invalid address was added")
	}
}

func TestHandWrittenLines(t *testing.T) {
	path := Path(t.TempDir())
	os.MkdirAll(filepath.Dir(path), 0o700)
	os.WriteFile(path, []byte("# people who left\n\ufeffcarol@example.org\r\n  dave@EXAMPLE.org \n"), 0o600)
	l, err := Load(path)
	if err != nil || !l.Contains("carol@example.org") || !l.Contains("dave@example.org") || l.Len() != 2 {
		t.Errorf("hand-written list: %v, %d entries", err, l.Len())
	}
}

// TestConcurrentAdds: lists in several goroutines (as in several
// processes) adding the same and different addresses keep one line each.
func TestConcurrentAdds(t *testing.T) {
	path := Path(t.TempDir())
	var wg sync.WaitGroup
	for i := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			l, err := Load(path)
			if err != nil {
				t.Error(err)
				return
			}
			if _, err := l.Add(Entry{Address: "same@example.org"}, Entry{Address: fmt.Sprintf("r%d@example.org", i)}); err != nil {
				t.Error(err)
			}
		}()
	}
	wg.Wait()
	b, _ := os.ReadFile(path)
	if n := strings.Count(string(b), "same@example.org"); n != 1 {
		t.Errorf("same@ written %d times:\n%s", n, b)
	}
	if n := strings.Count(string(b), "\n"); n != 9 {
		t.Errorf("%d lines, want 9:\n%s", n, b)
	}
}

package sentlog

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestLog(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "2022-06-15.jsonl")
	l, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range []Entry{
		{To: "Ann@example.org", Status: Sending}, {To: "ann@example.org", Status: Sent},
		{To: "bob@example.org", Status: Sending},
		{To: "carol@example.org", Status: Failed, Error: "550 no such mailbox"},
	} {
		if err := l.Record(e); err != nil {
			t.Fatal(err)
		}
	}
	l.Close()
	// A crash mid-write leaves a torn line; the entries before it stand.
	f, _ := os.OpenFile(path, os.O_APPEND|os.O_WRONLY, 0)
	f.WriteString(`{"to":"bob@example.org","status":"se`)
	f.Close()

	l, err = Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	if l.Status("ANN@example.org") != Sent || l.Status("carol@example.org") != Failed || l.Status("dave@example.org") != None {
		t.Errorf("statuses: %q %q %q", l.Status("ann@example.org"), l.Status("carol@example.org"), l.Status("dave@example.org"))
	}
	if cut := strings.Join(l.Cut(), " "); cut != "bob@example.org" {
		t.Errorf("Cut = %q, want bob@, whose last entry is sending", cut)
	}
	st, err := Read(path)
	if err != nil || st["bob@example.org"] != Sending || len(st) != 3 {
		t.Errorf("Read: %v, %v", st, err)
	}
	os.WriteFile(filepath.Join(dir, "2022-06-16.jsonl"), []byte(`{"to":"dave@example.org","status":"sent"}`+"\n"+`{"to":"ANN@example.org","status":"sent"}`+"\n"), 0o644)
	got, err := Recipients(dir)
	if err != nil || strings.Join(got, " ") != "Ann@example.org bob@example.org carol@example.org dave@example.org" {
		t.Errorf("Recipients = %q, %v", got, err)
	}
}

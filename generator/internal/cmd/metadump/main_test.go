package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

const sample = `Putin meets Xi in Beijing

Chinese President Xi Jinping met Russian President Vladimir Putin in Beijing on Tuesday.

Trade between China and Russia hit $147 billion last year, officials said.`

func TestRun(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "b.txt"), []byte(sample), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "a.md"), []byte(sample), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "notes.csv"), []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}

	var out bytes.Buffer
	if err := run(&out, []string{dir}, true); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if len(lines) != 2 {
		t.Fatalf("%d JSON lines, want one per article (a.md, b.txt):\n%s", len(lines), out.String())
	}
	var r record
	if err := json.Unmarshal([]byte(lines[1]), &r); err != nil {
		t.Fatal(err)
	}
	if !strings.HasSuffix(r.File, "/b.txt") || !slices.Contains(r.Metadata.People, "Xi Jinping") {
		t.Errorf("second record: file %q, people %q", r.File, r.Metadata.People)
	}

	out.Reset()
	if err := run(&out, []string{filepath.Join(dir, "b.txt")}, false); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"== ", "Putin meets Xi in Beijing", ` figure: "$147 billion"`, " key point: "} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("dump lacks %q:\n%s", want, out.String())
		}
	}

	if err := run(&out, []string{filepath.Join(dir, "missing.txt")}, false); err == nil {
		t.Error("a missing file is no error")
	}
}

package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"briefing/generator/meta/tagger/internal/ptron"
)

// TestRunTiny trains all three models on the package's hand-tagged
// fixture (as both training and development data) twice: the files must
// load and come out byte for byte the same.
func TestRunTiny(t *testing.T) {
	fixture, err := os.ReadFile("../../testdata/fixture.conll")
	if err != nil {
		t.Fatal(err)
	}
	data := t.TempDir()
	for _, f := range []string{"train.txt", "valid.txt"} {
		if err := os.WriteFile(filepath.Join(data, f), fixture, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var runs [2]map[string][]byte
	for i := range runs {
		out := t.TempDir()
		if err := run([]string{"-data", data, "-out", out}); err != nil {
			t.Fatal(err)
		}
		runs[i] = map[string][]byte{}
		for _, name := range []string{"pos.bin", "chunk.bin", "ner.bin"} {
			b, err := os.ReadFile(filepath.Join(out, name))
			if err != nil {
				t.Fatal(err)
			}
			ms, err := ptron.Decode(b)
			if err != nil || len(ms) == 0 {
				t.Fatalf("%s: %v", name, err)
			}
			runs[i][name] = b
		}
	}
	for name, b := range runs[0] {
		if !bytes.Equal(b, runs[1][name]) {
			t.Errorf("%s differs between two runs", name)
		}
	}
}

func TestRunWithoutData(t *testing.T) {
	err := run([]string{"-data", t.TempDir(), "-out", t.TempDir()})
	if err == nil || !strings.Contains(err.Error(), "train.txt") {
		t.Errorf("want an error naming train.txt, got %v", err)
	}
	if err := run([]string{"-data", t.TempDir(), "-bits", "12"}); err == nil || !strings.Contains(err.Error(), "-only") {
		t.Errorf("-bits without -only: want an error asking for -only, got %v", err)
	}
}

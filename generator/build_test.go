package main

import (
	"bytes"
	"context"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"briefing/generator/pipeline"
)

// TestBuildCommandReport: 'build --json' writes the report as one JSON
// object and nothing else; plain 'build' writes a line per stage.
func TestBuildCommandReport(t *testing.T) {
	if testing.Short() {
		t.Skip("runs Hugo")
	}
	tmp := t.TempDir()
	args := []string{"build", "--config", filepath.Join("..", "config.toml"), "--inbox", filepath.Join("..", "inbox"),
		"--content", filepath.Join(tmp, "content"), "--public", filepath.Join(tmp, "public")}
	var out, errw bytes.Buffer
	root := newRoot()
	root.SetOut(&out)
	root.SetErr(&errw)
	root.SetArgs(append(args, "--json"))
	if err := root.ExecuteContext(context.Background()); err != nil {
		t.Fatal(err)
	}
	var fields map[string]any
	if err := json.Unmarshal(out.Bytes(), &fields); err != nil {
		t.Fatalf("stdout is not one JSON object: %v", err)
	}
	for _, k := range []string{"warnings", "notes", "kept", "owned", "orphans", "skipped"} {
		if _, ok := fields[k].([]any); !ok {
			t.Errorf("%q is %v, want an array", k, fields[k])
		}
	}
	dec := json.NewDecoder(&out)
	var rep pipeline.Report
	if err := dec.Decode(&rep); err != nil {
		t.Fatalf("stdout is not a JSON report: %v", err)
	}
	if dec.More() {
		t.Error("more than one JSON value on stdout")
	}
	if rep.Articles != 1 || rep.Ingest.Written != 4 || rep.Pages == 0 || rep.Minify.BytesAfter == 0 || rep.Seconds.Hugo <= 0 {
		t.Errorf("report: %+v", rep)
	}

	out.Reset()
	root = newRoot()
	root.SetOut(&out)
	root.SetErr(&errw)
	root.SetArgs(args)
	if err := root.ExecuteContext(context.Background()); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"ingest: read 1 article, wrote 0 content files, left 4 unchanged in ",
		"hugo: ", "minify: ", "email: 1 issue, HTML ",
		"build: 1 article, ",
	} {
		if !strings.Contains(out.String(), "\n"+want) && !strings.HasPrefix(out.String(), want) {
			t.Errorf("output lacks a line %q:\n%s", want, out.String())
		}
	}
}

package content_test

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"briefing/generator/content"
)

var taxonomies = []string{"tags", "people", "places", "organizations"}

const goodFile = `---
title: A story
tags:
  - Xi Jinping
  - São Paulo
people: [Vladimir Putin]
places: "Kyiv"
wordcount: 308
generated:
  input: "abc"
  fields: {body: "01aa0e04"}
---

Body.
`

func TestCheck(t *testing.T) {
	tests := []struct {
		name, file string
		want       string // "" for no error, else the error after the path
	}{
		{"generated file", goodFile, ""},
		{"no front matter", "Just text.\n", ""},
		{"markdown rule first", "---\n\nText after a rule.\n", "1: front matter has no closing --- line"},
		{"broken flow list", strings.Replace(goodFile, "wordcount: 308", "wordcount: [308", 1), "8: malformed front matter (',' or ']' must be specified)"},
		{"missing colon", strings.Replace(goodFile, "wordcount: 308", "wordcount 308", 1), "8: malformed front matter"},
		{"unclosed quote", strings.Replace(goodFile, `title: A story`, `title: "A story`, 1), ": malformed front matter"},
		{"bad indentation", strings.Replace(goodFile, "  - São Paulo", " - São Paulo", 1), ": malformed front matter"},
		{"not a mapping", "---\n- a\n- b\n---\nx\n", "2: front matter is not a set of key: value lines"},
		{"unclosed", "---\ntitle: x\n\nBody\n", "1: front matter has no closing --- line"},
		{"dot dot tag", strings.Replace(goodFile, "  - São Paulo", "  - ../../unsubscribe", 1), `5: tags "../../unsubscribe" cannot be published: a term's name becomes its page's address, so it may not hold slashes, dots, % or control characters - write "unsubscribe"`},
		{"dots only", strings.Replace(goodFile, "[Vladimir Putin]", `[Vladimir Putin, ".."]`, 1), `6: people ".." cannot be published: a term's name becomes its page's address, so it may not hold slashes, dots, % or control characters - remove it (a term needs a letter or a digit)`},
		{"single value", strings.Replace(goodFile, `places: "Kyiv"`, `Places: "%2e%2e"`, 1), `7: places "%2e%2e" cannot be published`},
		{"nested value", strings.Replace(goodFile, `places: "Kyiv"`, "places: [{a: b}]", 1), "7: places must be a name or a list of names"},
		{"a key set twice", strings.Replace(goodFile, "wordcount: 308", "wordcount: 308\nwordcount: 309", 1), `9: malformed front matter (mapping key "wordcount" already defined`},
		{"spacing is fine", strings.Replace(goodFile, "  - Xi Jinping", `  - "  Xi  Jinping "`, 1), ""},
		{"other keys are free", strings.Replace(goodFile, "wordcount: 308", `source: "../../x/y.txt"`, 1), ""},
		{"toml", "+++\ntitle = \"x\"\ntags = [\"ok\", \"a/b\"]\n+++\nBody\n", `3: tags "a/b" cannot be published`},
		{"broken toml", "+++\ntitle = \"x\ntags = []\n+++\nBody\n", "2: malformed front matter"},
		{"json", "{\n  \"title\": \"x\",\n  \"tags\": [\"..\"]\n}\nBody\n", `3: tags ".." cannot be published`},
		{"broken json", "{\n  \"title\": \"x\",\n  \"tags\": [\"a\",]\n}\nBody\n", "3: malformed front matter"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "story.md")
			os.WriteFile(path, []byte(tt.file), 0o644)
			err := content.Check(path, taxonomies)
			switch {
			case tt.want == "" && err != nil:
				t.Errorf("unexpected error: %v", err)
			case tt.want != "" && (err == nil || !strings.HasPrefix(err.Error(), path+":"+tt.want) && !(strings.HasPrefix(tt.want, ":") && strings.HasPrefix(err.Error(), path+":") && strings.Contains(err.Error(), tt.want))):
				t.Errorf("error = %v\nwant %s:%s", err, path, tt.want)
			}
		})
	}
}

// TestCheckDir names every bad file and skips hidden ones, as Hugo does.
func TestCheckDir(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"_index.md":                  "---\ntitle: Home\n---\n",
		"issues/2024-01-02/ok.md":    goodFile,
		"issues/2024-01-02/bad.md":   "---\ntags: [a\n---\n",
		"issues/2024-01-02/evil.md":  "---\ntags: [\"../x\"]\n---\n",
		"issues/2024-01-02/.tmp.md":  "---\ntags: [a\n---\n",
		".hidden/x.md":               "---\ntags: [a\n---\n",
		"issues/2024-01-02/note.txt": "---\ntags: [a\n---\n",
	}
	for name, data := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		os.MkdirAll(filepath.Dir(p), 0o755)
		os.WriteFile(p, []byte(data), 0o644)
	}
	err := content.CheckDir(dir, taxonomies)
	if err == nil {
		t.Fatal("no error")
	}
	lines := strings.Split(err.Error(), "\n")
	if len(lines) != 2 || !strings.Contains(err.Error(), "bad.md:2: malformed") || !strings.Contains(err.Error(), `evil.md:2: tags "../x"`) {
		t.Errorf("error = %v", err)
	}
	if err := content.CheckDir(filepath.Join(dir, "missing"), taxonomies); err != nil {
		t.Errorf("missing folder: %v", err)
	}
}

// TestScanDir: the terms of every page Hugo lists, in path order, each
// taxonomy's names as written; drafts and pages built never list none.
func TestScanDir(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"_index.md":              "---\ntitle: Home\n---\n",
		"issues/a.md":            goodFile,
		"issues/b.md":            "+++\ntitle = \"b\"\nTags = [\"trade\", \"Xi Jinping\"]\n+++\nBody\n",
		"issues/draft.md":        "---\ndraft: true\ntags: [secret]\n---\n",
		"issues/hidden.md":       "---\nbuild: {render: never}\ntags: [secret]\n---\n",
		"issues/unlisted.md":     "---\nbuild:\n  list: never\ntags: [secret]\n---\n",
		"issues/not-draft.md":    "---\ndraft: false\npeople: Ann Smith\n---\n",
		"issues/no-front.md":     "Just text.\n",
		"people/_content.gotmpl": "{{ .AddPage (dict \"path\" \"x\") }}\n",
	}
	for name, data := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		os.MkdirAll(filepath.Dir(p), 0o755)
		os.WriteFile(p, []byte(data), 0o644)
	}
	got, err := content.ScanDir(dir, taxonomies, nil)
	if err != nil {
		t.Fatal(err)
	}
	want := []content.Terms{
		{}, // _index.md
		{"tags": {"Xi Jinping", "São Paulo"}, "people": {"Vladimir Putin"}, "places": {"Kyiv"}}, // a.md
		{"tags": {"trade", "Xi Jinping"}}, // b.md
		nil,                               // draft.md
		nil,                               // hidden.md
		nil,                               // no-front.md
		{"people": {"Ann Smith"}},         // not-draft.md
		nil,                               // unlisted.md
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("ScanDir =\n%#v\nwant\n%#v", got, want)
	}
}

// TestScanDirCache: a file the cache knows as it is now is not read (its
// recorded terms are what ScanDir returns); an edited file is read again,
// and a broken one is reported even though it passed before; the cache
// survives a round trip and forgets files that are gone; a cache kept
// for other taxonomies is not used.
func TestScanDirCache(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.md"), filepath.Join(dir, "b.md")
	os.WriteFile(a, []byte("---\ntags: [trade]\n---\n"), 0o644)
	os.WriteFile(b, []byte("---\npeople: [Ann Smith]\n---\n"), 0o644)
	cachePath := filepath.Join(t.TempDir(), "scan")
	cache := content.ReadScanCache(cachePath, taxonomies)
	if err := cache.Known(a, content.Terms{"tags": {"recorded"}}); err != nil {
		t.Fatal(err)
	}
	got, err := content.ScanDir(dir, taxonomies, cache)
	if err != nil {
		t.Fatal(err)
	}
	want := []content.Terms{{"tags": {"recorded"}}, {"people": {"Ann Smith"}}}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("ScanDir = %v, want %v (a.md from the cache)", got, want)
	}
	if err := cache.Write(cachePath); err != nil {
		t.Fatal(err)
	}

	// Read back, the cache still knows both files.
	cache = content.ReadScanCache(cachePath, taxonomies)
	os.Remove(b)
	if got, _ := content.ScanDir(dir, taxonomies, cache); !reflect.DeepEqual(got, want[:1]) {
		t.Errorf("after a round trip: %v, want %v", got, want[:1])
	}

	// An edit is seen, even one that keeps the size and the time.
	st, _ := os.Stat(a)
	os.WriteFile(a, []byte("---\ntags: [../xx]\n---\n"), 0o644) // the same size
	os.Chtimes(a, st.ModTime(), st.ModTime())
	if _, err := content.ScanDir(dir, taxonomies, cache); err == nil || !strings.Contains(err.Error(), `tags "../xx" cannot be published`) {
		t.Errorf("an edited file was not read again: %v", err)
	}
	os.WriteFile(a, []byte("---\ntags: [fixed]\n---\n"), 0o644)
	if got, _ := content.ScanDir(dir, taxonomies, cache); !reflect.DeepEqual(got, []content.Terms{{"tags": {"fixed"}}}) {
		t.Errorf("after the fix: %v", got)
	}

	// Other taxonomies, or a damaged file: nothing is known.
	cache.Known(a, content.Terms{"tags": {"recorded"}})
	cache.Write(cachePath)
	other := content.ReadScanCache(cachePath, []string{"tags"})
	if got, _ := content.ScanDir(dir, []string{"tags"}, other); !reflect.DeepEqual(got, []content.Terms{{"tags": {"fixed"}}}) {
		t.Errorf("a cache kept for other taxonomies was used: %v", got)
	}
	os.WriteFile(cachePath, []byte("{not json"), 0o644)
	if got, _ := content.ScanDir(dir, taxonomies, content.ReadScanCache(cachePath, taxonomies)); !reflect.DeepEqual(got, []content.Terms{{"tags": {"fixed"}}}) {
		t.Errorf("a damaged cache was used: %v", got)
	}
}

// TestScanDirRacy: a file that changed within racyWindow of a scan is read
// but not remembered, for an edit in the same tick of the file clock would
// keep its stamp; once it is older than that, it is remembered.
func TestScanDirRacy(t *testing.T) {
	dir := t.TempDir()
	a := filepath.Join(dir, "a.md")
	os.WriteFile(a, []byte("---\ntags: [trade]\n---\n"), 0o644)
	cache := content.ReadScanCache(filepath.Join(t.TempDir(), "scan"), taxonomies)
	if _, err := content.ScanDir(dir, taxonomies, cache); err != nil {
		t.Fatal(err)
	}
	if cache.Knows(a) {
		t.Errorf("a file written just now is remembered")
	}
	defer content.SetRacyWindow(0)()
	if _, err := content.ScanDir(dir, taxonomies, cache); err != nil {
		t.Fatal(err)
	}
	if !cache.Knows(a) {
		t.Errorf("a file older than the window is not remembered")
	}
}

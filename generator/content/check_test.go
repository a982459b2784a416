package content_test

import (
	"os"
	"path/filepath"
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

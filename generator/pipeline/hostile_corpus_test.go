package pipeline_test

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"briefing/generator/pipeline"
)

// hostileCorpus is one file of every class of bad input the pipeline must
// survive: name -> bytes, and whether the file must be refused.
func hostileCorpus() map[string]struct {
	data   string
	refuse bool
} {
	// Each story its own text: articles of one issue that share their
	// text are one story, published once (copy-a and copy-b are).
	body := func(topic string) string {
		return "\n\nThe council met on Tuesday to discuss " + topic + ". Members of the " + topic + " committee spoke first.\n\n" +
			"It approved the " + topic + " plan after a long debate about " + topic + " costs.\n"
	}
	return map[string]struct {
		data   string
		refuse bool
	}{
		"empty.txt":            {"", true},
		"blank.txt":            {" \n\t\n\r\n", true},
		"headline-only.txt":    {"Just a headline\n", true},
		"binary.txt":           {"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", true},
		"malformed.md":         {"---\ntitle: ok\ntags: [a, b\n---\nBody", true},
		"unclosed.md":          {"---\ntitle: never closed\n\nBody", true},
		"bad-date.md":          {"---\ndate: 2024-02-30\n---\nHead" + body("bins"), true},
		"no-blank-line.txt":    {"Headline\nFirst paragraph straight away.\n\nSecond.", false},
		"latin1.txt":           {"Caf\xe9 prices rise to \xa35" + body("cafes"), false},
		"cp1252.txt":           {"\x93Smart\x94 quotes \x96 dash" + body("quotes"), false},
		"utf16le.txt":          {"\xff\xfeU\x00T\x00F\x00-\x001\x006\x00\n\x00\n\x00B\x00o\x00d\x00y\x00", false},
		"bom.txt":              {"\xef\xbb\xbfBOM headline" + body("markers"), false},
		"crlf.txt":             {strings.ReplaceAll("CRLF headline"+body("lines"), "\n", "\r\n"), false},
		"cr.txt":               {strings.ReplaceAll("CR headline"+body("returns"), "\n", "\r"), false},
		"markdown.md":          {"# Heading *bold* [x](javascript:alert(1))\n\n> quote\n\n1. list\n\n---\n\n| a | b |", false},
		"script.txt":           {"<script>alert('h')</script>\n\n<img src=x onerror=alert(1)><svg onload=alert(2)>", false},
		"shortcode.txt":        {"{{< youtube abc >}} {{% x %}}\n\n{{ .Site.Title }} {{ os.Getenv \"HOME\" }} {{/* c */}}", false},
		"traversal.txt":        {"../../../../etc/passwd" + body("paths"), false},
		"CON.txt":              {"CON" + body("devices"), false},
		"dup-a.txt":            {"Same headline" + body("parks"), false},
		"dup-b.txt":            {"Same headline" + body("roads"), false},
		"copy-a.txt":           {"Filed twice" + body("copies"), false},
		"copy-b.txt":           {"Filed twice" + body("copies"), false},
		"unicode-controls.txt": {"Right\u202eto\u2028left" + body("signs"), false},
		"very-long-word.txt":   {strings.Repeat("x", 250) + body("words"), false},
		"terms-evil.md":        {"---\ntags: [\"../../../index\", \"..\", \"%2e%2e/x\"]\nplaces: [\"../../unsubscribe\", \"a\\\\b\"]\npeople: [\"/\"]\n---\nTerms that name paths" + body("terms"), false},
		"front-matter-evil.md": {"---\ntitle: \"<script>alert(3)</script>\"\nsummary: \"{{< x >}}\"\nkeypoints: [\"<b>bold</b>\"]\n---\nBody text.", false},
	}
}

func TestHostileCorpusBuild(t *testing.T) {
	if testing.Short() {
		t.Skip("runs Hugo")
	}
	root := t.TempDir()
	inbox := filepath.Join(root, "inbox")
	dir := filepath.Join(inbox, "2024-06-01")
	os.MkdirAll(dir, 0o755)
	corpus := hostileCorpus()
	for name, f := range corpus {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(f.data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	big := filepath.Join(dir, "oversized.txt")
	os.WriteFile(big, []byte("Big\n\n"+strings.Repeat("word ", 600_000)), 0o644)
	outside := filepath.Join(root, "secret.txt")
	os.WriteFile(outside, []byte("Secret"+"\n\nNever publish this.\n"), 0o644)
	os.Symlink(outside, filepath.Join(dir, "link.txt"))

	c := repoConfig(t)
	o := pipeline.Options{Inbox: inbox, Content: filepath.Join(root, "content"), Public: filepath.Join(root, "public")}

	// By default the first bad file stops everything and nothing is written.
	if _, err := build(c, o); err == nil {
		t.Fatal("build of a hostile inbox succeeded")
	} else {
		for name, f := range corpus {
			if f.refuse && !strings.Contains(err.Error(), name) {
				t.Errorf("error does not name %s:\n%v", name, err)
			}
		}
		for _, name := range []string{"oversized.txt", "link.txt"} {
			if !strings.Contains(err.Error(), name) {
				t.Errorf("error does not name %s", name)
			}
		}
	}
	if _, err := os.Stat(o.Content); err == nil {
		t.Error("a stopped build wrote content")
	}

	// --keep-going publishes the rest.
	o.KeepGoing = true
	rep, err := build(c, o)
	if err != nil {
		t.Fatalf("--keep-going: %v", err)
	}
	want := -1 // copy-b.txt is copy-a.txt's story
	for _, f := range corpus {
		if !f.refuse {
			want++
		}
	}
	if rep.Articles != want || len(rep.Merged) != 1 {
		t.Errorf("%d articles published, want %d; merged %+v", rep.Articles, want, rep.Merged)
	}
	for _, note := range []string{"latin1.txt: decoded from windows-1252", "utf16le.txt: decoded from utf-16le"} {
		if !strings.Contains(strings.Join(rep.Notes, "\n"), note) {
			t.Errorf("report lacks %q", note)
		}
	}
	filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(root, p)
		top := strings.SplitN(filepath.ToSlash(rel), "/", 2)[0]
		if top != "inbox" && top != "content" && top != "public" && top != "secret.txt" && !strings.HasPrefix(top, ".public.") {
			t.Errorf("wrote outside the output folders: %s", rel)
		}
		data, _ := os.ReadFile(p)
		if top != "inbox" && top != "secret.txt" && bytes.Contains(data, []byte("Never publish")) {
			t.Errorf("%s: published a file from outside the inbox", rel)
		}
		if top == "public" {
			pub := strings.SplitN(filepath.ToSlash(rel), "/", 2)[1]
			switch strings.SplitN(pub, "/", 2)[0] {
			case "tags", "people", "places", "organizations":
				if strings.Count(pub, "/") > 1 && !termPath.MatchString(pub) {
					t.Errorf("term page at %s, not at a slug", pub)
				}
			case "unsubscribe":
				t.Errorf("a term wrote %s", pub)
			}
		}
		if strings.HasSuffix(p, ".html") {
			if m := executed(data); m != "" {
				t.Errorf("%s: article markup executed: %q", rel, m)
			}
			if bytes.Contains(data, []byte(os.Getenv("HOME")+"<")) {
				t.Errorf("%s: a template function ran", rel)
			}
		}
		return nil
	})
}

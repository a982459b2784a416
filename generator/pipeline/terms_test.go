package pipeline_test

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"briefing/generator/pipeline"
)

// hostileTerms are term values that name paths, in front matter.
const hostileTerms = `---
title: Council approves the plan
tags: ["../issues/2022-06-15/china-willing-to-continue-to-offer-mutual-support-to-russia", "..", "/", ".", "%2e%2e", "%2F..%2F", "a\\b\\..\\..", "https://evil.example.com/x", "line\u2028break\u0000"]
people: [".."]
places: ["../../unsubscribe", "../index.html"]
organizations: ["../..", "C:\\Windows", "~root"]
---
The council met on Tuesday and approved the plan for the town centre.

It said the work would start next spring.
`

// termPath is the shape of every term page's folder: a slug.
var termPath = regexp.MustCompile(`^(tags|people|places|organizations)/[\pL\pN]+(-[\pL\pN]+)*/index\.html$`)

// TestBuildHostileTerms: term values that name paths, from front matter
// or an editor's hand, never put a page over another. Built with the real
// Hugo beside the sample, they leave the home page and the sample's page
// as a harmless article leaves them, create no /unsubscribe/, and every
// term page lies at a slug.
func TestBuildHostileTerms(t *testing.T) {
	if testing.Short() {
		t.Skip("runs Hugo")
	}
	harmless := strings.NewReplacer(
		`["../issues/2022-06-15/china-willing-to-continue-to-offer-mutual-support-to-russia", "..", "/", ".", "%2e%2e", "%2F..%2F", "a\\b\\..\\..", "https://evil.example.com/x", "line\u2028break\u0000"]`,
		`["issues 2022-06-15 china-willing-to-continue-to-offer-mutual-support-to-russia", "2F 2F", "a b", "https: evilexamplecom x", "line break"]`,
		`people: [".."]`, `people: []`,
		`["../../unsubscribe", "../index.html"]`, `["unsubscribe", "indexhtml"]`,
		`["../..", "C:\\Windows", "~root"]`, `["C: Windows", "root"]`,
	).Replace(hostileTerms)
	if harmless == hostileTerms {
		t.Fatal("the replacer changed nothing")
	}
	buildWith := func(article string) (pipeline.Options, string) {
		inbox := oneArticle(t)
		os.WriteFile(filepath.Join(inbox, "2022-06-15", "b.md"), []byte(article), 0o644)
		tmp := t.TempDir()
		o := pipeline.Options{Inbox: inbox, Content: filepath.Join(tmp, "content"), Public: filepath.Join(tmp, "public")}
		rep, err := build(repoConfig(t), o)
		if err != nil {
			t.Fatal(err)
		}
		return o, strings.Join(rep.Notes, "\n")
	}
	evil, notes := buildWith(hostileTerms)
	safe, _ := buildWith(harmless)

	for _, page := range []string{"index.html", "issues/2022-06-15/index.html", "issues/2022-06-15/china-willing-to-continue-to-offer-mutual-support-to-russia/index.html", "issues/index.html"} {
		got, err := os.ReadFile(filepath.Join(evil.Public, page))
		if err != nil {
			t.Errorf("%s: %v", page, err)
			continue
		}
		want, _ := os.ReadFile(filepath.Join(safe.Public, page))
		if !bytes.Equal(got, want) {
			t.Errorf("%s differs from the build with harmless terms", page)
		}
	}
	if _, err := os.Stat(filepath.Join(evil.Public, "unsubscribe")); err == nil {
		t.Error("a term created /unsubscribe/")
	}
	n := 0
	filepath.WalkDir(evil.Public, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel := filepath.ToSlash(strings.TrimPrefix(p, evil.Public+string(filepath.Separator)))
		top := strings.SplitN(rel, "/", 2)[0]
		switch top {
		case "tags", "people", "places", "organizations":
			if rel != top+"/index.html" && !termPath.MatchString(rel) {
				t.Errorf("term page at %s, not at a slug", rel)
			}
			n++
		}
		return nil
	})
	if n < 10 {
		t.Errorf("only %d taxonomy pages", n)
	}
	for _, want := range []string{"/places/unsubscribe/", "/tags/a-b/", "/organizations/c-windows/"} {
		if _, err := os.Stat(filepath.Join(evil.Public, filepath.FromSlash(want), "index.html")); err != nil {
			t.Errorf("no term page at %s", want)
		}
	}
	for _, want := range []string{`b.md: places "../../unsubscribe" published as "unsubscribe"`, `b.md: people ".." left out`} {
		if !strings.Contains(notes, want) {
			t.Errorf("notes lack %q:\n%s", want, notes)
		}
	}

	// An editor's hand-edited content file is checked before Hugo runs:
	// named with its line, and nothing is published.
	before := treeHash(t, evil.Public)
	md := filepath.Join(evil.Content, "issues", "2022-06-15", "china-willing-to-continue-to-offer-mutual-support-to-russia.md")
	data, _ := os.ReadFile(md)
	edited := strings.Replace(string(data), "\n  - Xi Jinping\n", "\n  - \"../../index\"\n", 1)
	if edited == string(data) {
		t.Fatal("the sample's content has no Xi Jinping to edit")
	}
	os.WriteFile(md, []byte(edited), 0o644)
	line := strings.Count(edited[:strings.Index(edited, "../../index")], "\n") + 1
	_, err := build(repoConfig(t), evil)
	if want := md + ":" + itoa(line) + `: people "../../index" cannot be published`; err == nil || !strings.Contains(err.Error(), want) {
		t.Errorf("error = %v, want %q", err, want)
	}
	if treeHash(t, evil.Public) != before {
		t.Error("a refused build changed public/")
	}
}

// TestBuildNamesBrokenContentFile: a content file whose YAML an editor
// broke is named with its line, and public/ stays as it was.
func TestBuildNamesBrokenContentFile(t *testing.T) {
	if testing.Short() {
		t.Skip("runs Hugo")
	}
	o, _ := site(t, oneArticle(t), pipeline.Options{})
	before := treeHash(t, o.Public)
	md := filepath.Join(o.Content, "issues", "2022-06-15", "china-willing-to-continue-to-offer-mutual-support-to-russia.md")
	data, _ := os.ReadFile(md)
	broken := regexp.MustCompile(`(?m)^wordcount: `).ReplaceAllString(string(data), "wordcount: [")
	os.WriteFile(md, []byte(broken), 0o644)
	line := strings.Count(broken[:strings.Index(broken, "wordcount: [")], "\n") + 1
	c := repoConfig(t)
	_, err := build(c, o)
	if want := md + ":" + itoa(line) + ": malformed front matter"; err == nil || !strings.Contains(err.Error(), want) {
		t.Errorf("error = %v, want %q", err, want)
	}
	if treeHash(t, o.Public) != before {
		t.Error("a failed build changed public/")
	}

	// What only Hugo knows is wrong comes with Hugo's own words and the
	// file, not "exit status 1".
	bad := regexp.MustCompile(`(?m)^date: .*$`).ReplaceAllString(string(data), "date: yesterday")
	os.WriteFile(md, []byte(bad), 0o644)
	_, err = build(c, o)
	if err == nil || !strings.Contains(err.Error(), md) || strings.Contains(err.Error(), "exit status") {
		t.Errorf("error = %v, want Hugo's message naming %s", err, md)
	}
}

func itoa(n int) string { return strconv.Itoa(n) }

// TestBuildPublishesFutureDates: tomorrow's issue (prepared the evening
// before), an issue dated 2099 and an article dated 2099 are all published;
// the 2099 ones are named in a warning, tomorrow's is not.
func TestBuildPublishesFutureDates(t *testing.T) {
	if testing.Short() {
		t.Skip("runs Hugo")
	}
	inbox := oneArticle(t)
	tomorrow := time.Now().AddDate(0, 0, 1).Format("2006-01-02")
	files := map[string]string{
		tomorrow + "/t.txt": "Tomorrow's story\n\nThe council will meet tomorrow to approve the plan.\n",
		"2099-01-01/f.txt":  "Far future story\n\nThe council will meet in 2099 to approve the plan.\n",
		"2022-06-15/d.md":   "---\ndate: 2099-01-01\n---\nDated story\n\nThe council met to approve the plan.\n",
	}
	for name, data := range files {
		p := filepath.Join(inbox, filepath.FromSlash(name))
		os.MkdirAll(filepath.Dir(p), 0o755)
		os.WriteFile(p, []byte(data), 0o644)
	}
	tmp := t.TempDir()
	o := pipeline.Options{Inbox: inbox, Content: filepath.Join(tmp, "content"), Public: filepath.Join(tmp, "public")}
	rep, err := build(repoConfig(t), o)
	if err != nil {
		t.Fatal(err)
	}
	warnings := strings.Join(rep.Warnings, "\n")
	for _, page := range []string{
		"issues/" + tomorrow + "/index.html", "issues/" + tomorrow + "/tomorrows-story/index.html",
		"issues/2099-01-01/index.html", "issues/2099-01-01/far-future-story/index.html",
		"issues/2022-06-15/dated-story/index.html", "issues/2099-01-01/issue.eml",
	} {
		if _, err := os.Stat(filepath.Join(o.Public, filepath.FromSlash(page))); err != nil {
			t.Errorf("not published: %s", page)
		}
	}
	home, _ := os.ReadFile(filepath.Join(o.Public, "index.html"))
	if !bytes.Contains(home, []byte("Far future story")) {
		t.Error("the home page does not show the newest issue")
	}
	for _, name := range []string{"2099-01-01/f.txt: dated 2099-01-01", "2022-06-15/d.md: dated 2099-01-01"} {
		if !strings.Contains(warnings, filepath.Join(inbox, filepath.FromSlash(name))) {
			t.Errorf("no warning for %s:\n%s", name, warnings)
		}
	}
	if strings.Contains(warnings, tomorrow) {
		t.Errorf("tomorrow's issue is warned about:\n%s", warnings)
	}
}

// TestBuildAuthorQuotesAndFigures: quotes and figures set in front matter
// the way the error hint says reach the article's page.
func TestBuildAuthorQuotesAndFigures(t *testing.T) {
	if testing.Short() {
		t.Skip("runs Hugo")
	}
	inbox := t.TempDir()
	os.MkdirAll(filepath.Join(inbox, "2022-06-15"), 0o755)
	os.WriteFile(filepath.Join(inbox, "2022-06-15", "q.md"), []byte("---\nquotes: [{ text: \"We will act within the week\", speaker: \"The transport minister\" }]\n"+
		"figures: [{ value: \"£3.2bn\", measure: \"cost of the new line\" }]\n---\nRail line approved\n\nThe government approved the new rail line on Tuesday.\n\nWork starts next year.\n"), 0o644)
	o, _ := site(t, inbox, pipeline.Options{})
	page, err := os.ReadFile(filepath.Join(o.Public, "issues", "2022-06-15", "rail-line-approved", "index.html"))
	if err != nil {
		t.Fatal(err)
	}
	text := htmlText(page)
	for _, want := range []string{"We will act within the week", "The transport minister", "£3.2bn", "cost of the new line"} {
		if !strings.Contains(text, want) {
			t.Errorf("the page lacks %q", want)
		}
	}
}

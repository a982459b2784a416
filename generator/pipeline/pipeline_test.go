package pipeline_test

import (
	"bytes"
	"context"
	"crypto/sha256"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"briefing/generator/config"
	"briefing/generator/minify"
	"briefing/generator/pipeline"
)

// site builds the inbox folder into a temporary content and public folder
// with the real Hugo, using the repository's config and layouts.
func site(t *testing.T, inbox string, o pipeline.Options) (pipeline.Options, *pipeline.Report) {
	t.Helper()
	tmp := t.TempDir()
	o.Inbox = inbox
	if o.Content == "" {
		o.Content = filepath.Join(tmp, "content")
	}
	if o.Public == "" {
		o.Public = filepath.Join(tmp, "public")
	}
	rep, err := build(repoConfig(t), o)
	if err != nil {
		t.Fatalf("build: %v", err)
	}
	return o, rep
}

// build runs the pipeline with the config c.
func build(c *config.Config, o pipeline.Options) (*pipeline.Report, error) {
	o.Config = c
	return pipeline.Build(context.Background(), o)
}

// repoConfig is the repository's config.toml.
func repoConfig(t *testing.T) *config.Config {
	t.Helper()
	c, err := config.Load(filepath.Join("..", "..", "config.toml"))
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func TestBuildSample(t *testing.T) {
	if testing.Short() {
		t.Skip("runs Hugo")
	}
	o, rep := site(t, filepath.Join("..", "..", "inbox"), pipeline.Options{})
	// One story: no name is named by two, so no name gets a page.
	if rep.Articles != 1 || rep.Ingest.Read != 1 || rep.Ingest.Written != 4 || rep.Pages < 10 || rep.Email.Issues != 1 ||
		rep.Terms.Pages != 0 || rep.Terms.Without < 10 ||
		rep.Minify.BytesAfter >= rep.Minify.BytesBefore || rep.Public != o.Public || rep.Seconds.Total <= 0 || rep.PeakMemoryMiB <= 0 {
		t.Errorf("report: %+v", rep)
	}
	if len(rep.Warnings) > 0 || len(rep.Skipped) > 0 {
		t.Errorf("the sample builds with warnings %q, skipped %q", rep.Warnings, rep.Skipped)
	}
	// Hugo's CPU time is its process's; the stages after it share one
	// figure, which holds the parts told apart; the whole holds them all.
	if cpu := rep.CPU; cpu.Hugo <= 0 || cpu.AfterHugo <= 0 || cpu.Pagefind > cpu.AfterHugo || cpu.Email > cpu.AfterHugo ||
		cpu.Total < cpu.Ingest+cpu.Hugo+cpu.AfterHugo {
		t.Errorf("CPU seconds: %+v", cpu)
	}

	// The content file carries every field, and the word count is right.
	files, _ := filepath.Glob(filepath.Join(o.Content, "issues", "2022-06-15", "china-*.md"))
	if len(files) != 1 {
		t.Fatalf("content files = %q, want the sample's", files)
	}
	md, _ := os.ReadFile(files[0])
	for _, k := range []string{"title", "date", "issue", "slug", "section", "weight", "description", "summary", "keypoints", "wordcount", "readingtime", "tags", "source", "people", "places", "organizations", "quotes", "figures"} {
		if !regexp.MustCompile(`(?m)^` + k + `:`).Match(md) {
			t.Errorf("front matter lacks %s", k)
		}
	}
	raw, _ := os.ReadFile(filepath.Join("..", "..", "inbox", "2022-06-15", "000_6416b27d7081f7ba.txt"))
	body := strings.SplitN(string(raw), "\n", 2)[1]
	if want := fmt.Sprintf("wordcount: %d\n", len(strings.Fields(body))); !strings.Contains(string(md), want) {
		t.Errorf("content lacks %q", want)
	}

	// The home page is the briefing: headline and key points.
	home, err := os.ReadFile(filepath.Join(o.Public, "index.html"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(home), "China &#39;willing to continue to offer mutual support&#39; to Russia") &&
		!strings.Contains(string(home), "China 'willing to continue to offer mutual support' to Russia") {
		t.Error("home page lacks the sample's headline")
	}
	// The masthead names the briefing; the page's heading is the issue's,
	// introduced as the latest.
	h1 := regexp.MustCompile(`(?s)<h1>(.*?)</h1>`).FindSubmatch(home)
	c := repoConfig(t)
	if h1 == nil || strings.Contains(string(h1[1]), c.Params.Name) ||
		!strings.Contains(htmlText(h1[1]), "15 June 2022") || !strings.Contains(htmlText(home), "The latest issue") {
		t.Errorf("home page heading %q; the briefing's name should be the masthead's (and footer's) alone", h1)
	}
	points := regexp.MustCompile(`(?m)^  - (.*)$`).FindAllStringSubmatch(strings.SplitN(string(md), "wordcount:", 2)[0], -1)
	if len(points) < 3 {
		t.Fatalf("key points = %d, want 3", len(points))
	}
	for _, p := range points {
		words := strings.Fields(p[1])
		probe := strings.Join(words[:min(4, len(words))], " ")
		if !strings.Contains(htmlText(home), strings.Trim(probe, `"'`)) {
			t.Errorf("home page lacks key point %q", p[1])
		}
	}

	checkMinified(t, o.Public)
	checkLinks(t, o.Public, "")
	checkLabels(t, o.Public)
}

// TestBuildIsReproducible builds twice and compares every byte.
func TestBuildIsReproducible(t *testing.T) {
	if testing.Short() {
		t.Skip("runs Hugo")
	}
	o, _ := site(t, filepath.Join("..", "..", "inbox"), pipeline.Options{})
	content1, public1 := treeHash(t, o.Content), treeHash(t, o.Public)
	stamp := mtimes(t, o.Content)
	_, rep := site(t, o.Inbox, o)
	if rep.Minify.Reused == 0 || rep.Minify.Reused != rep.Minify.Files {
		t.Errorf("a rebuild with nothing changed reused %d of %d files", rep.Minify.Reused, rep.Minify.Files)
	}
	if rep.Ingest.Written != 0 || rep.Ingest.Reused != 1 {
		t.Errorf("a rebuild with nothing changed: %+v", rep.Ingest)
	}
	if treeHash(t, o.Content) != content1 {
		t.Error("a second build changed content/")
	}
	if treeHash(t, o.Public) != public1 {
		t.Error("a second build changed public/")
	}
	if mtimes(t, o.Content) != stamp {
		t.Error("a second build touched content files")
	}
}

func TestBuildUnderSubPath(t *testing.T) {
	if testing.Short() {
		t.Skip("runs Hugo")
	}
	o, _ := site(t, filepath.Join("..", "..", "inbox"), pipeline.Options{BaseURL: "https://example.org/briefing/"})
	checkLinks(t, o.Public, "/briefing/")
}

// TestFailedBuildKeepsPublic: a bad article stops the build and leaves the
// previous site and content exactly as they were.
func TestFailedBuildKeepsPublic(t *testing.T) {
	if testing.Short() {
		t.Skip("runs Hugo")
	}
	inbox := t.TempDir()
	copyFile(t, filepath.Join("..", "..", "inbox", "2022-06-15", "000_6416b27d7081f7ba.txt"), filepath.Join(inbox, "2022-06-15", "a.txt"))
	o, _ := site(t, inbox, pipeline.Options{})
	before, beforeContent := treeHash(t, o.Public), treeHash(t, o.Content)

	os.WriteFile(filepath.Join(inbox, "2022-06-15", "b.txt"), []byte("Headline only\n"), 0o644)
	c := repoConfig(t)
	_, err := build(c, o)
	if err == nil || !strings.Contains(err.Error(), filepath.Join(inbox, "2022-06-15", "b.txt")+":1: headline has no body") {
		t.Fatalf("error = %v, want one naming b.txt:1", err)
	}
	if treeHash(t, o.Public) != before || treeHash(t, o.Content) != beforeContent {
		t.Error("a failed build changed the output")
	}
	leftovers, _ := filepath.Glob(filepath.Join(filepath.Dir(o.Public), ".public.build-*"))
	if len(leftovers) > 0 {
		t.Errorf("staging folders left behind: %q", leftovers)
	}

	// With --keep-going the good article is published and the bad one named.
	o.KeepGoing = true
	rep, err := build(c, o)
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Skipped) != 1 || !strings.Contains(rep.Skipped[0], "b.txt:1: headline has no body") || rep.Articles != 1 {
		t.Errorf("skipped files: %q, articles %d", rep.Skipped, rep.Articles)
	}
}

// checkMinified fails when minifying a page again would still shrink it.
func checkMinified(t *testing.T, dir string) {
	t.Helper()
	m := minify.New()
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || filepath.Base(p) == "email.html" {
			return err
		}
		data, _ := os.ReadFile(p)
		again, err := minify.File(m, p, data)
		if err != nil {
			t.Errorf("%s: %v", p, err)
		} else if len(again) < len(data) {
			t.Errorf("%s is not minified (%d -> %d bytes)", p, len(data), len(again))
		}
		return nil
	})
}

// checkLabels fails when a page shows a label missing from i18n/.
func checkLabels(t *testing.T, dir string) {
	t.Helper()
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		if data, _ := os.ReadFile(p); bytes.Contains(data, []byte("[i18n]")) {
			t.Errorf("%s shows a missing label: %s", p, data[bytes.Index(data, []byte("[i18n]")):][:40])
		}
		return nil
	})
}

var linkAttr = regexp.MustCompile(`(?i)\s(?:href|src)=["']?([^"' >]+)`)

// checkLinks resolves every internal href and src of every page to a file.
func checkLinks(t *testing.T, dir, prefix string) {
	t.Helper()
	n := 0
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".html") {
			return err
		}
		data, _ := os.ReadFile(p)
		for _, m := range linkAttr.FindAllStringSubmatch(string(data), -1) {
			u := strings.SplitN(strings.SplitN(m[1], "#", 2)[0], "?", 2)[0]
			switch {
			case u == "", strings.HasPrefix(u, "mailto:"), strings.HasPrefix(u, "data:"):
				continue
			case strings.Contains(u, "://"):
				if !strings.Contains(u, "example.org") {
					t.Errorf("%s links to another host: %s", p, u)
				}
				continue
			}
			var target string
			if strings.HasPrefix(u, "/") {
				if !strings.HasPrefix(u, "/"+strings.TrimPrefix(prefix, "/")) {
					t.Errorf("%s: %s is outside the site's path %q", p, u, prefix)
					continue
				}
				target = filepath.Join(dir, strings.TrimPrefix(u, prefix))
			} else {
				target = filepath.Join(filepath.Dir(p), u)
			}
			if st, err := os.Stat(target); err == nil && st.IsDir() {
				target = filepath.Join(target, "index.html")
			}
			if _, err := os.Stat(target); err != nil {
				t.Errorf("%s: broken link %s", p, m[1])
			}
			n++
		}
		return nil
	})
	if n == 0 {
		t.Error("no internal links found")
	}
}

func treeHash(t *testing.T, dir string) string {
	t.Helper()
	h := sha256.New()
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, _ := os.ReadFile(p)
		rel, _ := filepath.Rel(dir, p)
		fmt.Fprintf(h, "%s %x\n", rel, sha256.Sum256(data))
		return nil
	})
	return fmt.Sprintf("%x", h.Sum(nil))
}

func mtimes(t *testing.T, dir string) string {
	var b strings.Builder
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			st, _ := os.Stat(p)
			fmt.Fprintf(&b, "%s %d\n", p, st.ModTime().UnixNano())
		}
		return err
	})
	return b.String()
}

func copyFile(t *testing.T, from, to string) {
	t.Helper()
	data, err := os.ReadFile(from)
	if err != nil {
		t.Fatal(err)
	}
	os.MkdirAll(filepath.Dir(to), 0o755)
	if err := os.WriteFile(to, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

var tags = regexp.MustCompile(`<[^>]*>`)

// htmlText is a page's text with tags removed and common entities decoded.
func htmlText(b []byte) string {
	s := tags.ReplaceAllString(string(b), " ")
	s = strings.NewReplacer("&#39;", "'", "&quot;", `"`, "&#34;", `"`, "&amp;", "&", "&lt;", "<", "&gt;", ">", "&rsquo;", "’", "&ldquo;", "“", "&rdquo;", "”").Replace(s)
	return strings.Join(strings.Fields(s), " ")
}

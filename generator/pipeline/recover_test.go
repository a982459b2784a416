package pipeline_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"briefing/generator/internal/sitetest"
	"briefing/generator/pipeline"
)

// oneArticle is an inbox holding the sample article alone.
func oneArticle(t *testing.T) string {
	t.Helper()
	inbox := t.TempDir()
	copyFile(t, filepath.Join("..", "..", "inbox", "2022-06-15", "000_6416b27d7081f7ba.txt"), filepath.Join(inbox, "2022-06-15", "a.txt"))
	return inbox
}

// debris lists the folders builds leave beside public/.
func debris(t *testing.T, public string) []string {
	t.Helper()
	entries, _ := os.ReadDir(filepath.Dir(public))
	var out []string
	for _, e := range entries {
		if e.IsDir() && strings.HasPrefix(e.Name(), "."+filepath.Base(public)+".") {
			out = append(out, e.Name())
		}
	}
	return out
}

// TestBuildRecoversInterruptedBuilds lays out what a build killed between
// its two renames leaves (no public/, the previous site in .public.old-PID,
// the new one half-written in .public.build-*): the next build puts the
// site back, publishes, and leaves no debris.
func TestBuildRecoversInterruptedBuilds(t *testing.T) {
	if testing.Short() {
		t.Skip("runs Hugo")
	}
	o, _ := site(t, oneArticle(t), pipeline.Options{})
	want := treeHash(t, o.Public)
	parent := filepath.Dir(o.Public)
	if err := os.Rename(o.Public, filepath.Join(parent, ".public.old-4242")); err != nil {
		t.Fatal(err)
	}
	half := filepath.Join(parent, ".public.build-123456", "tags", "x")
	os.MkdirAll(half, 0o755)
	os.WriteFile(filepath.Join(half, "index.html"), bytes.Repeat([]byte("x"), 1<<16), 0o644)
	os.Mkdir(filepath.Join(parent, ".public.build-7"), 0o755)

	rep, err := build(repoConfig(t), o)
	if err != nil {
		t.Fatal(err)
	}
	notes := strings.Join(rep.Notes, "\n")
	if !strings.Contains(notes, "put back "+o.Public) || !strings.Contains(notes, "removed 2 folders left by interrupted builds") {
		t.Errorf("the recovery is not reported:\n%s", notes)
	}
	if got := treeHash(t, o.Public); got != want {
		t.Error("the site built after a recovery differs from a clean build")
	}
	if d := debris(t, o.Public); len(d) > 0 {
		t.Errorf("left behind: %q", d)
	}
}

// TestBuildRefusesReadOnlyPublic: a read-only public/ stops the build
// before anything is written, with a message naming the fix; nothing is
// left beside it.
func TestBuildRefusesReadOnlyPublic(t *testing.T) {
	if testing.Short() {
		t.Skip("runs Hugo")
	}
	o, _ := site(t, oneArticle(t), pipeline.Options{})
	before := treeHash(t, o.Public)
	sitetest.ReadOnly(t, o.Public)
	_, err := build(repoConfig(t), o)
	if err == nil || !strings.Contains(err.Error(), o.Public+" is read-only") || !strings.Contains(err.Error(), "chmod -R u+w") {
		t.Fatalf("error = %v, want one saying public/ is read-only and how to fix it", err)
	}
	if treeHash(t, o.Public) != before {
		t.Error("the read-only site changed")
	}
	if d := debris(t, o.Public); len(d) > 0 {
		t.Errorf("left behind: %q", d)
	}
}

// TestBuildRebuildsTamperedPages: the minified bytes of the last build are
// reused only while they are what was published. A page with a script
// appended and a home page cut to 100 bytes are both rebuilt.
func TestBuildRebuildsTamperedPages(t *testing.T) {
	if testing.Short() {
		t.Skip("runs Hugo")
	}
	o, _ := site(t, oneArticle(t), pipeline.Options{})
	want := treeHash(t, o.Public)
	pages, _ := filepath.Glob(filepath.Join(o.Public, "issues", "2022-06-15", "*", "index.html"))
	if len(pages) != 1 {
		t.Fatalf("article pages = %q", pages)
	}
	f, err := os.OpenFile(pages[0], os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	f.WriteString(`<script>alert("tampered")</script>`)
	f.Close()
	if err := os.Truncate(filepath.Join(o.Public, "index.html"), 100); err != nil {
		t.Fatal(err)
	}
	site(t, o.Inbox, o)
	if treeHash(t, o.Public) != want {
		t.Error("a rebuild kept tampered or truncated pages")
	}
	if b, _ := os.ReadFile(pages[0]); bytes.Contains(b, []byte("tampered")) {
		t.Error("the appended script survived a rebuild")
	}
}

package publish_test

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"briefing/generator/internal/sitetest"
	"briefing/generator/publish"
)

// site lays out files (name -> text) under dir.
func site(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, data := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func names(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range entries {
		out = append(out, e.Name())
	}
	return out
}

func read(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestReplace(t *testing.T) {
	root := t.TempDir()
	dst := filepath.Join(root, "public")
	site(t, dst, map[string]string{"old.html": "old"})

	staged, err := publish.Staging(dst)
	if err != nil {
		t.Fatal(err)
	}
	site(t, staged, map[string]string{"new.html": "new"})
	if err := publish.Replace(staged, dst); err != nil {
		t.Fatal(err)
	}
	if read(t, filepath.Join(dst, "new.html")) != "new" {
		t.Error("new site not in place")
	}
	if _, err := os.Stat(filepath.Join(dst, "old.html")); err == nil {
		t.Error("old site still there")
	}
	if left := names(t, root); len(left) != 1 {
		t.Errorf("left behind: %v", left)
	}
}

func TestReplaceFailureKeepsOld(t *testing.T) {
	root := t.TempDir()
	dst := filepath.Join(root, "public")
	site(t, dst, map[string]string{"old.html": "old"})
	if err := publish.Replace(filepath.Join(root, "missing"), dst); err == nil {
		t.Fatal("replacing with a missing folder succeeded")
	}
	if read(t, filepath.Join(dst, "old.html")) != "old" {
		t.Error("a failed swap lost the old site")
	}
}

// TestRecover simulates each moment a build can be killed at by the
// folders it leaves; the next build's Recover must leave exactly dst.
func TestRecover(t *testing.T) {
	tests := []struct {
		name     string
		files    map[string]string // the leftovers, relative to the parent of public
		want     string            // public/index.html afterwards; "" for no public
		restored string
		removed  int
	}{
		{name: "nothing to do", files: map[string]string{"public/index.html": "site"}, want: "site"},
		{name: "first build", files: map[string]string{"other/x": "x"}},
		{
			name:  "killed while Hugo ran",
			files: map[string]string{"public/index.html": "site", ".public.build-123/index.html": "half", ".public.build-123/tags/x/index.html": "half"},
			want:  "site", removed: 1,
		},
		{
			name:    "killed during the first build",
			files:   map[string]string{".public.build-7/index.html": "half"},
			removed: 1,
		},
		{
			name:  "killed between the two renames",
			files: map[string]string{".public.old-4242/index.html": "previous", ".public.build-9/index.html": "new"},
			want:  "previous", restored: ".public.old-4242", removed: 1,
		},
		{
			name:  "killed after the swap",
			files: map[string]string{"public/index.html": "new", ".public.old-4242/index.html": "previous"},
			want:  "new", removed: 1,
		},
		{
			name: "several interrupted swaps",
			files: map[string]string{
				".public.old-1/index.html": "oldest", ".public.old-2/index.html": "newest",
			},
			want: "newest", restored: ".public.old-2", removed: 1,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			root := t.TempDir()
			site(t, root, tt.files)
			if _, ok := tt.files[".public.old-1/index.html"]; ok {
				old := filepath.Join(root, ".public.old-1")
				st, _ := os.Stat(filepath.Join(root, ".public.old-2"))
				os.Chtimes(old, st.ModTime().Add(-1e9), st.ModTime().Add(-1e9))
			}
			dst := filepath.Join(root, "public")
			rec, err := publish.Recover(dst)
			if err != nil {
				t.Fatal(err)
			}
			got := ""
			if b, err := os.ReadFile(filepath.Join(dst, "index.html")); err == nil {
				got = string(b)
			}
			if got != tt.want {
				t.Errorf("public/index.html = %q, want %q", got, tt.want)
			}
			if filepath.Base(rec.Restored) != filepath.Base(tt.restored) || (rec.Restored == "") != (tt.restored == "") {
				t.Errorf("restored %q, want %q", rec.Restored, tt.restored)
			}
			if len(rec.Removed) != tt.removed {
				t.Errorf("removed %q, want %d folders", rec.Removed, tt.removed)
			}
			for _, n := range names(t, root) {
				if strings.HasPrefix(n, ".public.") {
					t.Errorf("left behind: %s", n)
				}
			}
		})
	}
}

// TestRecoverReadOnlyLeftover: a leftover made read-only (as a read-only
// public/ becomes once moved aside) is still removed.
func TestRecoverReadOnlyLeftover(t *testing.T) {
	root := t.TempDir()
	site(t, root, map[string]string{"public/index.html": "site", ".public.old-5/a/b/index.html": "previous"})
	sitetest.ReadOnly(t, filepath.Join(root, ".public.old-5"))
	if _, err := publish.Recover(filepath.Join(root, "public")); err != nil {
		t.Fatal(err)
	}
	if n := names(t, root); len(n) != 1 {
		t.Errorf("left behind: %v", n)
	}
}

// TestWritable: a read-only public/ is reported before anything is built,
// naming the folder and the fix, so no build half-publishes over it.
func TestWritable(t *testing.T) {
	root := t.TempDir()
	dst := filepath.Join(root, "public")
	if err := publish.Writable(dst); err != nil {
		t.Errorf("a missing public/ is not writable: %v", err)
	}
	site(t, dst, map[string]string{"index.html": "site", "issues/x/index.html": "page"})
	if err := publish.Writable(dst); err != nil {
		t.Errorf("a writable public/: %v", err)
	}
	sitetest.ReadOnly(t, filepath.Join(dst, "issues"))
	err := publish.Writable(dst)
	if err == nil || !strings.Contains(err.Error(), "read-only") || !strings.Contains(err.Error(), "chmod -R u+w "+dst) {
		t.Errorf("error = %v, want one naming the folder and the fix", err)
	}
}

func TestLeftErrorUnwraps(t *testing.T) {
	err := error(&publish.LeftError{Path: "p", Err: fs.ErrPermission})
	if !errors.Is(err, fs.ErrPermission) || !strings.Contains(err.Error(), "p") {
		t.Errorf("%v", err)
	}
}

package minify_test

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"briefing/generator/minify"
)

const page = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>  A page  </title>
  <style>
    body { color : #ffffff ; }
  </style>
</head>
<body>
  <p class="x">  Some   text  </p>
</body>
</html>
`

const mail = `<!doctype html>
<html lang="en" xmlns:v="urn:schemas-microsoft-com:vml">
<head>
<meta charset="utf-8">
<!--[if mso]><xml><o:OfficeDocumentSettings><o:PixelsPerInch>96</o:PixelsPerInch></o:OfficeDocumentSettings></xml><![endif]-->
</head>
<body>
  <table role="presentation" width="600">  <tr><td class="x">  Hello  </td></tr></table>
</body>
</html>
`

func site(t testing.TB) string {
	dir := t.TempDir()
	files := map[string]string{
		"index.html":          page,
		"issues/x/email.html": mail,
		"css/site.css":        "body {\n  margin : 0px ;\n}\n",
		"index.xml":           "<?xml version=\"1.0\"?>\n<rss>\n  <channel>  </channel>\n</rss>\n",
		"feed.json":           "{\n  \"a\" : 1\n}\n",
		"issues/x/email.txt":  "Plain  text  stays.\n",
		"img/logo.svg":        "<svg xmlns=\"http://www.w3.org/2000/svg\">\n  <rect width=\"10\" height=\"10\" />\n</svg>\n",
	}
	for name, data := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		os.MkdirAll(filepath.Dir(p), 0o755)
		os.WriteFile(p, []byte(data), 0o644)
	}
	return dir
}

// skipMail leaves the email HTML to its own step, as the build does.
func skipMail(rel string) bool { return rel == "issues/x/email.html" }

func read(t testing.TB, dir, name string) string {
	b, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(name)))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestDir(t *testing.T) {
	dir := site(t)
	st, err := minify.Dir(context.Background(), dir, minify.Options{Skip: skipMail})
	if err != nil {
		t.Fatal(err)
	}
	if st.Files != 5 || st.After >= st.Before {
		t.Errorf("stats = %+v", st)
	}
	if got := read(t, dir, "index.html"); strings.Contains(got, "  ") || !strings.Contains(got, `<html lang=`) {
		t.Errorf("page not minified: %q", got)
	}
	if got := read(t, dir, "issues/x/email.html"); got != mail {
		t.Errorf("a skipped file changed: %q", got)
	}
	if _, ok := st.Sums["issues/x/email.html"]; ok {
		t.Errorf("a skipped file has sums")
	}
	if got := read(t, dir, "issues/x/email.txt"); got != "Plain  text  stays.\n" {
		t.Errorf("text file changed: %q", got)
	}
	if got := read(t, dir, "css/site.css"); got != "body{margin:0}" {
		t.Errorf("css = %q", got)
	}
}

// TestSkipFolders: a folder Skip names (with a slash) is not entered, and
// two calls over complementary parts of a folder add up to one over all.
func TestSkipFolders(t *testing.T) {
	whole := site(t)
	all, err := minify.Dir(context.Background(), whole, minify.Options{Skip: skipMail})
	if err != nil {
		t.Fatal(err)
	}
	dir := site(t)
	var asked []string
	inCSS := func(rel string) bool { return rel == "css/" || strings.HasPrefix(rel, "css/") }
	st, err := minify.Dir(context.Background(), dir, minify.Options{Skip: func(rel string) bool {
		asked = append(asked, rel)
		return skipMail(rel) || inCSS(rel)
	}})
	if err != nil {
		t.Fatal(err)
	}
	for _, rel := range asked {
		if strings.HasPrefix(rel, "css/") && rel != "css/" {
			t.Errorf("asked about %s inside a skipped folder", rel)
		}
	}
	if !slices.Contains(asked, "issues/x/") {
		t.Errorf("not asked about the folder issues/x/: %q", asked)
	}
	if got := read(t, dir, "css/site.css"); got != "body {\n  margin : 0px ;\n}\n" {
		t.Errorf("a file in a skipped folder changed: %q", got)
	}
	rest, err := minify.Dir(context.Background(), dir, minify.Options{Skip: func(rel string) bool {
		return skipMail(rel) || !inCSS(rel) && !strings.HasSuffix(rel, "/")
	}})
	if err != nil {
		t.Fatal(err)
	}
	st.Add(rest)
	if st.Files != all.Files || st.Before != all.Before || st.After != all.After || len(st.Sums) != len(all.Sums) {
		t.Errorf("two parts = %+v, the whole = %+v", st, all)
	}
	for rel, sum := range all.Sums {
		if st.Sums[rel] != sum {
			t.Errorf("%s: sums %v in parts, %v whole", rel, st.Sums[rel], sum)
		}
	}
}

// TestReuse: an unchanged input takes the last build's output, a changed
// one is minified afresh.
func TestReuse(t *testing.T) {
	first := site(t)
	st1, err := minify.Dir(context.Background(), first, minify.Options{Skip: skipMail})
	if err != nil {
		t.Fatal(err)
	}
	second := site(t)
	os.WriteFile(filepath.Join(second, "index.html"), []byte(strings.Replace(page, "Some", "Other", 1)), 0o644)
	st2, err := minify.Dir(context.Background(), second, minify.Options{Skip: skipMail, Reuse: &minify.Reuse{Previous: first, Sums: st1.Sums}})
	if err != nil {
		t.Fatal(err)
	}
	if got := read(t, second, "index.html"); !strings.Contains(got, "Other") {
		t.Errorf("changed file was reused: %q", got)
	}
	if st2.Reused != 4 {
		t.Errorf("reused = %d, want 4 (all but the changed page)", st2.Reused)
	}
	for _, name := range []string{"css/site.css", "index.xml", "feed.json", "img/logo.svg"} {
		if read(t, second, name) != read(t, first, name) {
			t.Errorf("%s: reused bytes differ from the last build's", name)
		}
	}
	path := filepath.Join(t.TempDir(), "sums")
	if err := minify.WriteSums(path, st2.Sums); err != nil {
		t.Fatal(err)
	}
	if got := minify.ReadSums(path); len(got) != len(st2.Sums) || got["index.html"] != st2.Sums["index.html"] {
		t.Errorf("sums round trip: %d of %d", len(got), len(st2.Sums))
	}
	os.WriteFile(path, []byte(`{"index.html":"0123456789abcdef-10"}`), 0o644)
	if got := minify.ReadSums(path); got != nil {
		t.Errorf("sums of an older version were read: %v", got)
	}
}

// TestReuseChecksWhatIsReused: a published file that changed since it was
// published (a script appended, a truncated copy, a file removed) is never
// copied into the new build; it is minified again from Hugo's output.
func TestReuseChecksWhatIsReused(t *testing.T) {
	fresh := site(t)
	if _, err := minify.Dir(context.Background(), fresh, minify.Options{Skip: skipMail}); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, file string
		tamper     func(path string)
	}{
		{"script appended", "index.html", func(p string) {
			f, _ := os.OpenFile(p, os.O_APPEND|os.O_WRONLY, 0)
			f.WriteString(`<script>alert("owned")</script>`)
			f.Close()
		}},
		{"truncated", "index.html", func(p string) { os.Truncate(p, 20) }},
		{"emptied", "css/site.css", func(p string) { os.Truncate(p, 0) }},
		{"removed", "index.xml", func(p string) { os.Remove(p) }},
		{"same length, other bytes", "feed.json", func(p string) {
			b, _ := os.ReadFile(p)
			os.WriteFile(p, bytes.ToUpper(b), 0o644)
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			prev := site(t)
			st, err := minify.Dir(context.Background(), prev, minify.Options{Skip: skipMail})
			if err != nil {
				t.Fatal(err)
			}
			tt.tamper(filepath.Join(prev, filepath.FromSlash(tt.file)))
			next := site(t)
			st2, err := minify.Dir(context.Background(), next, minify.Options{Skip: skipMail, Reuse: &minify.Reuse{Previous: prev, Sums: st.Sums}})
			if err != nil {
				t.Fatal(err)
			}
			if got, want := read(t, next, tt.file), read(t, fresh, tt.file); got != want {
				t.Errorf("%s = %q, want the freshly minified %q", tt.file, got, want)
			}
			if st2.Reused != 4 {
				t.Errorf("reused %d files, want 4 (all but the tampered file)", st2.Reused)
			}
			if st2.Sums[tt.file] != st.Sums[tt.file] {
				t.Errorf("sums of %s changed: %v -> %v", tt.file, st.Sums[tt.file], st2.Sums[tt.file])
			}
		})
	}
}

func BenchmarkDir(b *testing.B) {
	src := site(b)
	var total int64
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		dir := b.TempDir()
		os.CopyFS(dir, os.DirFS(src))
		b.StartTimer()
		st, err := minify.Dir(context.Background(), dir, minify.Options{})
		if err != nil {
			b.Fatal(err)
		}
		total += st.Before
	}
	b.SetBytes(total / int64(b.N))
}

package ingest_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"briefing/generator/content"
	"briefing/generator/ingest"
)

const good = "Ministers agree new budget\n\nMinisters agreed a new budget on Tuesday after weeks of talks.\n\nThe plan raises spending on schools by 3% and cuts fuel duty.\n\nOpposition leaders said the deal did not go far enough.\n"

// bodies are the texts of different stories: articles of one issue that
// share a text are the same story, published once.
var bodies = []string{
	"Ministers agreed a new budget on Tuesday after weeks of talks.\n\nThe plan raises spending on schools by 3% and cuts fuel duty.\n",
	"Floods closed the main road into the valley overnight.\n\nCouncil crews expect to reopen it by Friday once the water drops.\n",
	"The city orchestra named a new conductor for its autumn season.\n\nShe joins from a touring company and starts in September.\n",
	"Rovers beat United two goals to one in the cup semi-final.\n\nA late header from the captain settled a tense evening.\n",
	"A chip maker said quarterly profit doubled on demand for servers.\n\nIts shares rose sharply in early trading on the news.\n",
	"Doctors warned of a busy winter as flu cases climbed early.\n\nHospitals were told to prepare extra beds for December.\n",
	"Astronomers found a small planet circling a nearby red dwarf.\n\nThe world may hold liquid water, the team reported.\n",
	"Train drivers voted to accept a pay offer, ending a long dispute.\n\nServices return to a full timetable from Monday morning.\n",
	"The museum reopened its east wing after a three-year repair.\n\nVisitors queued from dawn to see the restored ceiling.\n",
	"Police appealed for witnesses after a lorry crash on the bypass.\n\nNobody was badly hurt but the road was shut for hours.\n",
}

// inbox lays files out under a fresh folder; a value of nil makes a folder.
func inbox(t testing.TB, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, data := range files {
		p := filepath.Join(dir, "inbox", name)
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// tree lists every file under dir with its contents.
func tree(t testing.TB, dir string) map[string]string {
	t.Helper()
	out := map[string]string{}
	filepath.Walk(dir, func(p string, info os.FileInfo, err error) error {
		if err == nil && !info.IsDir() {
			b, _ := os.ReadFile(p)
			rel, _ := filepath.Rel(dir, p)
			out[rel] = string(b)
		}
		return nil
	})
	return out
}

func run(root string, opt ingest.Options) (*ingest.Report, error) {
	if opt.Out == "" {
		opt.Out = filepath.Join(root, "content")
	}
	return ingest.Run(context.Background(), []string{filepath.Join(root, "inbox")}, opt)
}

func TestBadInputIsNamed(t *testing.T) {
	tests := []struct {
		name, file, data string
		opt              ingest.Options
		want             string // after the inbox path
	}{
		{"empty", "2024-01-02/e.txt", "", ingest.Options{}, "2024-01-02/e.txt: file is empty - "},
		{"whitespace only", "2024-01-02/e.txt", "  \n\t\n", ingest.Options{}, "2024-01-02/e.txt: file is empty - "},
		{"headline only", "2024-01-02/h.txt", "Headline\n", ingest.Options{}, "2024-01-02/h.txt:1: headline has no body - "},
		{"image named .txt", "2024-01-02/b.txt", "GIF89a\x00\x01\x02", ingest.Options{}, "2024-01-02/b.txt: a GIF image is not an article the generator can read - move it out of the issue folder"},
		{"binary", "2024-01-02/b.txt", "\x01\x02\x03\x00\x04\x05\x06\x07", ingest.Options{}, "2024-01-02/b.txt: a binary file is not an article the generator can read - "},
		{"PDF", "2024-01-02/report.pdf", "%PDF-1.7\n", ingest.Options{}, "2024-01-02/report.pdf: a PDF document is not an article the generator can read - save the article's text as a .txt file (or its web page as .html) and move this file out of the issue folder"},
		{"Word", "2024-01-02/story.docx", "PK\x03\x04" + strings.Repeat("\x00", 26) + "word/document.xml", ingest.Options{}, "2024-01-02/story.docx: a Word document is not an article the generator can read - save the article's text as a .txt file"},
		{"no extension", "2024-01-02/notes", good, ingest.Options{}, "2024-01-02/notes: a file without an extension is not an article the generator can read - articles are .txt, .md, .html pages, feeds (.xml, .rss, .atom, .json) or .urls lists: rename it, or move it out of the issue folder"},
		{"feed that is not XML or JSON", "2024-01-02/feed.rss", "Our feed has moved.", ingest.Options{}, "2024-01-02/feed.rss: an XML file that is not a feed is not an article the generator can read - only RSS and Atom feeds are read: move it out of the issue folder"},
		{"malformed feed", "2024-01-02/feed.xml", "<rss version=\"2.0\">\n<channel>\n<item><title>a</ti", ingest.Options{}, "2024-01-02/feed.xml:3: malformed feed"},
		{"malformed HTML", "2024-01-02/page.html", "<html><body><div <<>><p>Breaking: <b><i>more soon</p></b></table></span><script>var x = \"</div>", ingest.Options{}, "2024-01-02/page.html: no article text found in the page (only 6 words) - save the article's own page"},
		{"bad URL list", "2024-01-02/links.urls", "https://example.org/a\nexample.org/b\n", ingest.Options{}, "2024-01-02/links.urls:2: \"example.org/b\": not a full address - write it in full: https://example.org/b"},
		{"page over the page limit", "2024-01-02/big.html", "<html><body><p>" + strings.Repeat("Words and more words. ", 100), ingest.Options{MaxPageBytes: 1000, MaxPageBytesHint: "raise it"}, "2024-01-02/big.html: file is 2215 bytes, over the limit of 1000 - split it, or raise it"},
		{"oversized", "2024-01-02/big.txt", good + strings.Repeat("More words here. ", 100), ingest.Options{MaxBytes: 1000}, "2024-01-02/big.txt: file is 1911 bytes, over the limit of 1000 - "},
		{"malformed front matter", "2024-01-02/m.md", "---\ntitle: x\ntags: [a\n---\nBody", ingest.Options{}, "2024-01-02/m.md:"},
		{"no issue date", "loose.txt", good, ingest.Options{}, "loose.txt: no issue date - "},
		{"impossible folder date", "2024-02-30/a.txt", good, ingest.Options{}, "2024-02-30/a.txt: invalid issue date \"2024-02-30\" - "},
		{"invalid front matter date", "x.md", "---\ndate: 2024-13-45\n---\n" + good, ingest.Options{}, "x.md:2: front matter date 2024-13-45 is not a real date - "},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			root := inbox(t, map[string]string{tt.file: tt.data, "2024-01-02/ok.txt": good})
			_, err := run(root, tt.opt)
			if err == nil {
				t.Fatal("ingest succeeded, want an error")
			}
			want := filepath.Join(root, "inbox") + string(filepath.Separator) + tt.want
			if !strings.HasPrefix(err.Error(), want) {
				t.Errorf("error = %q\nwant prefix %q", err, want)
			}
			if _, err := os.Stat(filepath.Join(root, "content")); !errors.Is(err, os.ErrNotExist) {
				t.Error("a failed ingest wrote content")
			}
			// --keep-going publishes the good article and lists the bad one.
			opt := tt.opt
			opt.KeepGoing = true
			rep, err := run(root, opt)
			if err != nil {
				t.Fatalf("--keep-going: %v", err)
			}
			if len(rep.Skipped) != 1 || !strings.HasPrefix(rep.Skipped[0].Error(), want) {
				t.Errorf("skipped = %v", rep.Skipped)
			}
			if rep.Articles != 1 {
				t.Errorf("articles = %d, want the good one", rep.Articles)
			}
		})
	}
}

func TestBadIssueFlag(t *testing.T) {
	root := inbox(t, map[string]string{"a.txt": good})
	_, err := run(root, ingest.Options{Issue: "2024-1-2"})
	if err == nil || !strings.Contains(err.Error(), "YYYY-MM-DD") {
		t.Fatalf("error = %v", err)
	}
}

func TestEncodingsAreDecodedAndReported(t *testing.T) {
	root := inbox(t, map[string]string{
		"2024-01-02/latin1.txt": "Fees rise to \xa3600\n\nThe fee is \xa3600 a year.\n",
		"2024-01-02/bom.txt":    "\xEF\xBB\xBFBOM headline\n\nBody text.\n",
		"2024-01-02/crlf.txt":   "CRLF headline\r\n\r\nBody\r\ntext.\r\n",
		"2024-01-02/utf16.txt":  "\xFF\xFEU\x00t\x00f\x00\n\x00\n\x00B\x00o\x00d\x00y\x00",
	})
	rep, err := run(root, ingest.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Articles != 4 {
		t.Fatalf("articles = %d", rep.Articles)
	}
	sort.Strings(rep.Decoded)
	if len(rep.Decoded) != 2 || !strings.Contains(rep.Decoded[0], "latin1.txt: decoded from windows-1252") || !strings.Contains(rep.Decoded[1], "utf16.txt: decoded from utf-16le") {
		t.Errorf("decoded = %q", rep.Decoded)
	}
	files := tree(t, filepath.Join(root, "content"))
	if !strings.Contains(files["issues/2024-01-02/fees-rise-to-600.md"], "title: Fees rise to £600") {
		t.Errorf("latin-1 headline not decoded: %q", keys(files))
	}
	if !strings.Contains(files["issues/2024-01-02/crlf-headline.md"], "Body text.") {
		t.Error("CRLF paragraph not joined")
	}
}

func TestHostileNamesStayInside(t *testing.T) {
	root := inbox(t, map[string]string{
		"2024-01-02/a.txt":          "../../../etc/passwd\n\n" + bodies[0],
		"2024-01-02/b.txt":          "CON\n\n" + bodies[1],
		"2024-01-02/c.txt":          "_index\n\n" + bodies[2],
		"2024-01-02/d.txt":          "<script>alert(1)</script>\n\n" + bodies[3],
		"2024-01-02/e.txt":          "{{< shortcode >}} {{ .Site.Title }}\n\n" + bodies[4],
		"2024-01-02/f..\\..\\x.txt": "Back slashes\n\n" + bodies[5],
		"2024-01-02/g.md":           "---\nslug: ../../../escape\n---\nSlug from front matter\n\n" + bodies[6],
		"2024-01-02/h.txt":          "日本語の見出し\n\n" + bodies[7],
		"2024-01-02/i.txt":          "...\n\n" + bodies[8],
	})
	rep, err := run(root, ingest.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Articles != 9 {
		t.Fatalf("articles = %d: %q", rep.Articles, keys(tree(t, filepath.Join(root, "content"))))
	}
	for rel := range tree(t, root) {
		if !strings.HasPrefix(rel, "inbox/") && !strings.HasPrefix(rel, "content/") {
			t.Errorf("wrote outside content/: %s", rel)
		}
	}
	files := tree(t, filepath.Join(root, "content"))
	var names []string
	for rel := range files {
		names = append(names, filepath.Base(rel))
	}
	sort.Strings(names)
	for _, n := range names {
		stem := strings.TrimSuffix(n, ".md")
		if n != "_index.md" && (stem == "con" || stem == "_index" || stem == "index" || strings.ContainsAny(stem, `./\<>{}`)) {
			t.Errorf("unsafe content file name %q", n)
		}
	}
	if len(files) != 9+3 {
		t.Errorf("content files = %q, want 9 articles and 3 section pages", names)
	}
}

func TestSymlinkOutOfInboxRefused(t *testing.T) {
	root := inbox(t, map[string]string{"2024-01-02/ok.txt": good})
	secret := filepath.Join(t.TempDir(), "secret.txt")
	os.WriteFile(secret, []byte("Secret\n\nDo not publish.\n"), 0o644)
	link := filepath.Join(root, "inbox", "2024-01-02", "leak.txt")
	if err := os.Symlink(secret, link); err != nil {
		t.Skip(err)
	}
	// A link to a file inside the inbox (not itself an article file) is
	// followed.
	other := filepath.Join(root, "inbox", "2024-01-02", "other.text")
	os.WriteFile(other, []byte("Other story\n\n"+bodies[1]), 0o644)
	os.Symlink(other, filepath.Join(root, "inbox", "2024-01-02", "alias.txt"))
	_, err := run(root, ingest.Options{})
	if err == nil || !strings.Contains(err.Error(), link+": symbolic link leads out of the inbox") {
		t.Fatalf("error = %v", err)
	}
	rep, err := run(root, ingest.Options{KeepGoing: true})
	if err != nil {
		t.Fatal(err)
	}
	for _, data := range tree(t, filepath.Join(root, "content")) {
		if strings.Contains(data, "Do not publish") {
			t.Error("published a file from outside the inbox")
		}
	}
	if rep.Articles != 2 {
		t.Errorf("articles = %d, want ok.txt and the link inside the inbox", rep.Articles)
	}
}

func TestSameHeadlineBothPublishedWithStableSlugs(t *testing.T) {
	root := inbox(t, map[string]string{
		"2024-01-02/b.txt": good,
		"2024-01-02/c.txt": "Ministers agree new budget\n\n" + bodies[1],
	})
	if _, err := run(root, ingest.Options{}); err != nil {
		t.Fatal(err)
	}
	first := keys(tree(t, filepath.Join(root, "content", "issues")))
	if len(first) != 4 {
		t.Fatalf("files = %q, want two articles, the issue page and the archive", first)
	}
	// A third story under that headline that sorts first must not take
	// over an existing slug.
	os.WriteFile(filepath.Join(root, "inbox", "2024-01-02", "a.txt"), []byte("Ministers agree new budget\n\n"+bodies[2]), 0o644)
	if _, err := run(root, ingest.Options{}); err != nil {
		t.Fatal(err)
	}
	second := tree(t, filepath.Join(root, "content", "issues"))
	for _, f := range first {
		if _, ok := second[f]; !ok {
			t.Errorf("%s disappeared", f)
		}
	}
	if len(second) != 5 {
		t.Errorf("files = %q", keys(second))
	}
	if !strings.Contains(second["2024-01-02/ministers-agree-new-budget.md"], `source: "`+filepath.ToSlash(filepath.Join(root, "inbox", "2024-01-02", "b.txt"))+`"`) {
		t.Error("the plain slug changed hands")
	}
}

func TestReingestRewritesNothing(t *testing.T) {
	root := inbox(t, map[string]string{"2024-01-02/a.txt": good, "2024-01-02/b.md": "---\nsummary: The author's own summary.\ntags: [budget]\n---\nSecond story\n\nIt happened.\n"})
	if _, err := run(root, ingest.Options{}); err != nil {
		t.Fatal(err)
	}
	files := tree(t, filepath.Join(root, "content"))
	if !strings.Contains(files["issues/2024-01-02/second-story.md"], "summary: The author's own summary.") {
		t.Error("front matter from the .md did not win")
	}
	stat := map[string]int64{}
	for rel := range files {
		st, _ := os.Stat(filepath.Join(root, "content", rel))
		stat[rel] = st.ModTime().UnixNano()
	}
	rep, err := run(root, ingest.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Created+rep.Updated != 0 || rep.Cached != 2 {
		t.Errorf("second run: %+v, want nothing written and both articles cached", rep)
	}
	for rel, ns := range stat {
		st, _ := os.Stat(filepath.Join(root, "content", rel))
		if st.ModTime().UnixNano() != ns {
			t.Errorf("%s was rewritten", rel)
		}
	}
}

func TestEditSurvivesChangedInput(t *testing.T) {
	root := inbox(t, map[string]string{"2024-01-02/a.txt": good})
	run(root, ingest.Options{})
	path := filepath.Join(root, "content", "issues", "2024-01-02", "ministers-agree-new-budget.md")
	b, _ := os.ReadFile(path)
	edited := strings.Replace(string(b), "title: Ministers agree new budget", "title: Ministers agree a new budget", 1)
	os.WriteFile(path, []byte(edited), 0o644)
	// The reporter files a correction to the article itself.
	os.WriteFile(filepath.Join(root, "inbox", "2024-01-02", "a.txt"), []byte(strings.Replace(good, "Tuesday", "Wednesday", -1)), 0o644)
	rep, err := run(root, ingest.Options{})
	if err != nil {
		t.Fatal(err)
	}
	b, _ = os.ReadFile(path)
	if !strings.Contains(string(b), "title: Ministers agree a new budget") {
		t.Error("the editor's headline was overwritten")
	}
	if !strings.Contains(string(b), "Wednesday") {
		t.Error("the corrected article text was not taken")
	}
	if len(rep.Kept) != 1 || !strings.HasSuffix(rep.Kept[0], ": title") {
		t.Errorf("kept = %q", rep.Kept)
	}
}

func TestRemovedArticleIsNotDeleted(t *testing.T) {
	root := inbox(t, map[string]string{"2024-01-02/a.txt": good, "2024-01-02/b.txt": "Other story\n\nText.\n"})
	run(root, ingest.Options{})
	os.Remove(filepath.Join(root, "inbox", "2024-01-02", "b.txt"))
	rep, err := run(root, ingest.Options{Orphans: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Orphans) != 1 || !strings.HasSuffix(rep.Orphans[0], "other-story.md") {
		t.Errorf("orphans = %q, want the removed article's file listed", rep.Orphans)
	}
	if _, err := os.Stat(filepath.Join(root, "content", "issues", "2024-01-02", "other-story.md")); err != nil {
		t.Error("content of a removed article was deleted")
	}
}

func keys(m map[string]string) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// TestTermsNeverNamePaths: taxonomy values, the author's or computed, are
// published through content.Term; every change to what the author wrote
// is reported, and a value with nothing left is left out.
func TestTermsNeverNamePaths(t *testing.T) {
	root := inbox(t, map[string]string{
		"2024-01-02/a.md": "---\ntags: [\"../../unsubscribe\", \"..\", \"Climate\", \"climate\", \"%2e%2e\"]\npeople: [\"..\"]\nplaces: [\"São Paulo\", \"a\\\\b\"]\n---\n" + good,
		"2024-01-02/b.txt": "U.S. and E.U. agree trade deal\n\nThe U.S. and the E.U. agreed a trade deal in St. Louis on Tuesday, officials said.\n\n" +
			"President Joe Biden said the deal was \"a good day for America\".\n",
	})
	rep, err := run(root, ingest.Options{})
	if err != nil {
		t.Fatal(err)
	}
	files := tree(t, filepath.Join(root, "content"))
	a := files[filepath.Join("issues", "2024-01-02", "ministers-agree-new-budget.md")]
	for _, want := range []string{"tags:\n  - unsubscribe\n  - Climate\n  - \"2e2e\"\n", "people: []\n", "places:\n  - São Paulo\n  - a b\n"} {
		if !strings.Contains(a, want) {
			t.Errorf("content lacks %q:\n%s", want, a)
		}
	}
	sort.Strings(rep.Notes)
	want := []string{
		`people ".." left out: a term needs a letter or a digit`,
		`places "a\\b" published as "a b"`,
		`tags "%2e%2e" published as "2e2e"`,
		`tags ".." left out: a term needs a letter or a digit`,
		`tags "../../unsubscribe" published as "unsubscribe"`,
	}
	if len(rep.Notes) != len(want) {
		t.Fatalf("notes = %q", rep.Notes)
	}
	for i, w := range want {
		if !strings.HasPrefix(rep.Notes[i], filepath.Join(root, "inbox", "2024-01-02", "a.md")+": "+w) {
			t.Errorf("note %d = %q, want %q", i, rep.Notes[i], w)
		}
	}
	// The computed terms of b.txt pass the build's check like the rest.
	if err := content.CheckDir(filepath.Join(root, "content"), ingest.DefaultTaxonomies); err != nil {
		t.Error(err)
	}
}

// TestFarFutureDatesWarned: future issues are ingested like any other; one
// dated more than ingest.FutureDays ahead (by folder or front matter) is
// named in a warning, tomorrow's is not.
func TestFarFutureDatesWarned(t *testing.T) {
	tomorrow := time.Now().AddDate(0, 0, 1).Format("2006-01-02")
	later := time.Now().AddDate(0, 0, ingest.FutureDays+2).Format("2006-01-02")
	root := inbox(t, map[string]string{
		tomorrow + "/a.txt": good,
		"2099-01-01/b.txt":  good,
		"2024-01-02/c.md":   "---\ndate: " + later + "\n---\n" + good,
		"2024-01-02/d.md":   "---\ndate: 2024-01-01\n---\nOther story\n\n" + bodies[1],
	})
	rep, err := run(root, ingest.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Articles != 4 || len(rep.Issues) != 3 {
		t.Fatalf("articles = %d, issues = %q", rep.Articles, rep.Issues)
	}
	sort.Strings(rep.Warnings)
	if len(rep.Warnings) != 2 ||
		!strings.HasPrefix(rep.Warnings[0], filepath.Join(root, "inbox", "2024-01-02", "c.md")+": dated "+later+", ") ||
		!strings.HasPrefix(rep.Warnings[1], filepath.Join(root, "inbox", "2099-01-01", "b.txt")+": dated 2099-01-01, ") {
		t.Errorf("warnings = %q", rep.Warnings)
	}
}

// TestAuthorQuotesAndFigures: quotes and figures written as the error hint
// says are published in place of the computed ones, in the generator's own
// shape.
func TestAuthorQuotesAndFigures(t *testing.T) {
	root := inbox(t, map[string]string{
		"2024-01-02/a.md": "---\nquotes: [{ text: \"We will act\", speaker: \"The minister\" }]\nfigures:\n  - value: 3%\n    measure: rise in prices\n  - { value: 40 }\n---\n" + good,
	})
	if _, err := run(root, ingest.Options{}); err != nil {
		t.Fatal(err)
	}
	got := tree(t, filepath.Join(root, "content"))[filepath.Join("issues", "2024-01-02", "ministers-agree-new-budget.md")]
	want := "quotes:\n  - text: We will act\n    speaker: The minister\nfigures:\n  - value: \"3%\"\n    measure: rise in prices\n  - value: \"40\"\n"
	if !strings.Contains(got, want) {
		t.Errorf("content lacks\n%s\nin\n%s", want, got)
	}
}

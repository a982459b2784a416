package ingest_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"briefing/generator/ingest"

	"gopkg.in/yaml.v3"
)

// front reads the front matter and text of a content file.
func front(t *testing.T, path string) (map[string]any, string) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	s := strings.TrimPrefix(string(b), "---\n")
	fm, body, ok := strings.Cut(s, "\n---\n")
	if !ok {
		t.Fatalf("%s: no front matter", path)
	}
	m := map[string]any{}
	if err := yaml.Unmarshal([]byte(fm), &m); err != nil {
		t.Fatal(err)
	}
	return m, strings.TrimSpace(body)
}

// pages maps each article's slug in the issue to its front matter.
func pages(t *testing.T, root, issue string) map[string]map[string]any {
	t.Helper()
	out := map[string]map[string]any{}
	files, _ := filepath.Glob(filepath.Join(root, "content", "issues", issue, "*.md"))
	for _, f := range files {
		if filepath.Base(f) != "_index.md" {
			m, _ := front(t, f)
			out[strings.TrimSuffix(filepath.Base(f), ".md")] = m
		}
	}
	return out
}

// bySource maps each article's source file name (its base) to its front
// matter.
func bySource(t *testing.T, root, issue string) map[string]map[string]any {
	out := map[string]map[string]any{}
	for _, m := range pages(t, root, issue) {
		out[filepath.Base(m["source"].(string))] = m
	}
	return out
}

func TestSections(t *testing.T) {
	root := inbox(t, map[string]string{
		"2024-01-02/a.md":                 "---\nsection: sports\n---\nCouncil approves budget\n\n" + bodies[0],
		"2024-01-02/SPORT/b.txt":          "Minister resigns\n\n" + bodies[1],
		"2024-01-02/arts/deeper/c.txt":    "Orchestra names conductor\n\n" + bodies[2],
		"2024-01-02/d.md":                 "---\nsection: Opinion\n---\nWhy cups matter\n\n" + bodies[3],
		"2024-01-02/misc/e.txt":           "New phone runs on open software\n\nThe handset maker said its new smartphone would run an open-source operating system, with apps from an online store, when it goes on sale next month.\n",
		"2024-01-02/f.txt":                "Shares fall as oil climbs\n\nStock markets in London and Frankfurt fell on Monday as the price of crude oil rose above 60 dollars a barrel, hitting airline shares.\n",
		"2024-01-02/politics/g.md":        "---\nsection: Health\n---\nFlu cases climb\n\n" + bodies[5],
		"2024-01-02/sport/football/h.txt": "Rovers win\n\n" + bodies[6],
	})
	rep, err := run(root, ingest.Options{Sections: []string{"World", "Politics", "Business", "Technology", "Health", "Sport", "Culture", "Letters"}})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for name, m := range bySource(t, root, "2024-01-02") {
		got[name] = m["section"].(string)
	}
	want := map[string]string{
		"a.md":  "Sport",      // the field, through an alias, wins over the text
		"b.txt": "Sport",      // a folder, in any case
		"c.txt": "Culture",    // the first folder below the issue's, through an alias
		"d.md":  "Opinion",    // the editor's own section, with a warning
		"e.txt": "Technology", // no section folder: the classifier
		"f.txt": "Business",
		"g.md":  "Health", // the field wins over the folder
		"h.txt": "Sport",
	}
	for name, w := range want {
		if got[name] != w {
			t.Errorf("%s: section %q, want %q", name, got[name], w)
		}
	}
	all := strings.Join(append(rep.Warnings, rep.Notes...), "\n")
	for _, w := range []string{
		`d.md: section "Opinion" is not one of params.sections`,
		`params.sections: the classifier cannot assign "Letters"`,
		`e.txt: folder "misc" names no section of params.sections; the classifier chooses its section`,
	} {
		if !strings.Contains(all, w) {
			t.Errorf("report lacks %q:\n%s", w, all)
		}
	}
	// The issue's page lists its sections in order, the editor's own last.
	m, _ := front(t, filepath.Join(root, "content", "issues", "2024-01-02", "_index.md"))
	if s := strings.Join(anyStrings(m["sections"]), ","); s != "World,Politics,Business,Technology,Health,Sport,Culture,Letters,Opinion" {
		t.Errorf("issue sections = %s", s)
	}
}

func anyStrings(v any) []string {
	var out []string
	for _, x := range v.([]any) {
		out = append(out, x.(string))
	}
	return out
}

// weights are the issue's articles, by source file, in weight order.
func weights(t *testing.T, root, issue string) string {
	t.Helper()
	arts := bySource(t, root, issue)
	order := make([]string, len(arts))
	for name, m := range arts {
		w := m["weight"].(int)
		if w < 1 || w > len(arts) || order[w-1] != "" {
			t.Fatalf("%s: weight %d among %d articles", name, w, len(arts))
		}
		order[w-1] = name
	}
	return strings.Join(order, " ")
}

func TestLeadAndOrder(t *testing.T) {
	sport := func(head string, i int) string { return head + "\n\n" + bodies[i] }
	tests := []struct {
		name  string
		files map[string]string
		want  string // sources in weight order
		warn  string
	}{
		{"lead: true leads, the rest under their sections", map[string]string{
			"a.md":       "---\nsection: World\n---\n" + sport("Floods close road", 1),
			"b.md":       "---\nsection: Culture\nlead: true\n---\n" + sport("New conductor", 2),
			"sport/c.md": sport("Rovers win", 3),
			"d.md":       "---\nsection: Politics\n---\n" + sport("Budget agreed", 0),
		}, "b.md a.md d.md c.md", ""},
		{"weight 0 is an order like any other, and it leads", map[string]string{
			"a.md": "---\nsection: World\n---\n" + sport("Floods close road", 1),
			"b.md": "---\nsection: World\nweight: 0\n---\n" + sport("Lorry crash", 9),
			"c.md": "---\nsection: World\nweight: 3\n---\n" + sport("Planet found", 6),
		}, "b.md c.md a.md", ""},
		{"order beats weight, with a warning", map[string]string{
			"a.md": "---\nsection: World\norder: 5\nweight: -5\n---\n" + sport("Floods close road", 1),
			"b.md": "---\nsection: World\norder: 1\n---\n" + sport("Lorry crash", 9),
		}, "b.md a.md", "a.md: both order: 5 and weight: -5; order wins"},
		{"two leads: the first by order leads, with a warning", map[string]string{
			"a.md": "---\nsection: World\nlead: true\n---\n" + sport("Floods close road", 1),
			"b.md": "---\nsection: Sport\nlead: true\norder: 2\n---\n" + sport("Rovers win", 3),
		}, "b.md a.md", "a.md: lead: true, but "},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			files := map[string]string{}
			for name, data := range tt.files {
				files["2024-01-02/"+name] = data
			}
			root := inbox(t, files)
			rep, err := run(root, ingest.Options{})
			if err != nil {
				t.Fatal(err)
			}
			if got := weights(t, root, "2024-01-02"); got != tt.want {
				t.Errorf("order = %q, want %q", got, tt.want)
			}
			ws := strings.Join(rep.Warnings, "\n")
			if tt.warn == "" && ws != "" || tt.warn != "" && !strings.Contains(ws, tt.warn) {
				t.Errorf("warnings = %q, want %q", ws, tt.warn)
			}
			// The same inbox again: the same order, nothing rewritten, and
			// the warnings said again.
			rep2, err := run(root, ingest.Options{})
			if err != nil {
				t.Fatal(err)
			}
			if rep2.Created+rep2.Updated != 0 || strings.Join(rep2.Warnings, "\n") != ws {
				t.Errorf("second run: %+v", rep2)
			}
		})
	}
}

func TestNewStoryReordersOnlyItsIssue(t *testing.T) {
	root := inbox(t, map[string]string{
		"2024-01-02/a.md": "---\nsection: World\n---\nFloods close road\n\n" + bodies[1],
		"2024-01-02/b.md": "---\nsection: World\n---\nLorry crash\n\n" + bodies[9],
		"2024-01-03/c.md": "---\nsection: World\n---\nPlanet found\n\n" + bodies[6],
	})
	if _, err := run(root, ingest.Options{}); err != nil {
		t.Fatal(err)
	}
	other := filepath.Join(root, "content", "issues", "2024-01-03", "planet-found.md")
	st, _ := os.Stat(other)
	os.WriteFile(filepath.Join(root, "inbox", "2024-01-02", "z.md"), []byte("---\nlead: true\nsection: Sport\n---\nRovers win\n\n"+bodies[3]), 0o644)
	rep, err := run(root, ingest.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if got := weights(t, root, "2024-01-02"); !strings.HasPrefix(got, "z.md ") {
		t.Errorf("order = %q, want the new lead first", got)
	}
	if rep.Cached != 1 {
		t.Errorf("cached = %d, want the other issue's article", rep.Cached)
	}
	if st2, _ := os.Stat(other); !st2.ModTime().Equal(st.ModTime()) {
		t.Error("the other issue's article was rewritten")
	}
}

// TestDuplicatesPublishedOnce: an exact copy and a rewritten copy of a
// story are merged into it and reported; keep: true publishes a copy all
// the same; a merged article's earlier page goes unless it was edited.
func TestDuplicatesPublishedOnce(t *testing.T) {
	story := "Rovers reach the cup final\n\n" +
		"Rovers beat United two goals to one in the cup semi-final at a packed stadium on Saturday evening.\n\n" +
		"A late header from the captain settled a tense match after United had levelled early in the second half.\n\n" +
		"The manager said the players had earned their place in the final and praised the travelling supporters.\n\n" +
		"Rovers will meet City at the national stadium next month, their first final for eleven years.\n"
	rewrite := "Late header sends Rovers to cup final\n\n" +
		"Rovers beat United two goals to one in the cup semi-final at a packed stadium on Saturday night.\n\n" +
		"A late header from the captain settled a tense match after United had levelled early in the second half.\n\n" +
		"The manager said the players had earned their place in the final and praised the travelling supporters.\n"
	root := inbox(t, map[string]string{
		"2024-01-02/b.txt": story,
		"2024-01-02/x.txt": "Floods close road\n\n" + bodies[1],
	})
	if _, err := run(root, ingest.Options{}); err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join(root, "inbox", "2024-01-02")
	// The same story again, sorting first, and a rewrite of it.
	os.WriteFile(filepath.Join(dir, "a.txt"), []byte(story), 0o644)
	os.WriteFile(filepath.Join(dir, "c.txt"), []byte(rewrite), 0o644)
	rep, err := run(root, ingest.Options{})
	if err != nil {
		t.Fatal(err)
	}
	arts := bySource(t, root, "2024-01-02")
	if len(arts) != 2 || arts["b.txt"] == nil || arts["b.txt"]["slug"] != "rovers-reach-the-cup-final" {
		t.Fatalf("articles = %v, want b.txt at its slug and x.txt", keysOf(arts))
	}
	if rep.Articles != 2 || len(rep.Merged) != 2 {
		t.Fatalf("report: %d articles, merged %+v", rep.Articles, rep.Merged)
	}
	a, c := rep.Merged[0], rep.Merged[1]
	if filepath.Base(a.File) != "a.txt" || filepath.Base(a.Into) != "b.txt" || !a.Exact || a.Score != 1 {
		t.Errorf("merge %+v", a)
	}
	if filepath.Base(c.File) != "c.txt" || filepath.Base(c.Into) != "b.txt" || c.Exact || c.Score < 0.7 || c.Score >= 1 {
		t.Errorf("merge %+v", c)
	}
	if notes := strings.Join(rep.Notes, "\n"); !strings.Contains(notes, "c.txt: the same story as ") || !strings.Contains(notes, "(a near-duplicate, ") {
		t.Errorf("notes = %s", notes)
	}

	// keep: true publishes the rewrite too; taking it back removes its
	// page, which nobody edited.
	os.Remove(filepath.Join(dir, "c.txt"))
	os.WriteFile(filepath.Join(dir, "c.md"), []byte("---\nkeep: true\n---\n"+rewrite), 0o644)
	if rep, err = run(root, ingest.Options{}); err != nil {
		t.Fatal(err)
	}
	page := filepath.Join(root, "content", "issues", "2024-01-02", "late-header-sends-rovers-to-cup-final.md")
	if len(bySource(t, root, "2024-01-02")) != 3 || len(rep.Merged) != 1 {
		t.Fatalf("with keep: true: %v, merged %+v", keysOf(bySource(t, root, "2024-01-02")), rep.Merged)
	}
	os.WriteFile(filepath.Join(dir, "c.md"), []byte(rewrite), 0o644)
	if rep, err = run(root, ingest.Options{}); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(page); !os.IsNotExist(err) || len(rep.Removed) != 1 {
		t.Errorf("the merged article's untouched page is still there (removed %q)", rep.Removed)
	}

	// An edited page of a merged article stays, and the build says why.
	os.WriteFile(filepath.Join(dir, "c.md"), []byte("---\nkeep: true\n---\n"+rewrite), 0o644)
	run(root, ingest.Options{})
	b, _ := os.ReadFile(page)
	os.WriteFile(page, []byte(strings.Replace(string(b), "title: Late header", "title: A late header", 1)), 0o644)
	os.WriteFile(filepath.Join(dir, "c.md"), []byte(rewrite), 0o644)
	if rep, err = run(root, ingest.Options{}); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(page); err != nil || len(rep.Removed) != 0 {
		t.Errorf("an edited page was removed")
	}
	if ws := strings.Join(rep.Warnings, "\n"); !strings.Contains(ws, "late-header-sends-rovers-to-cup-final.md: kept, though its article ") {
		t.Errorf("warnings = %s", ws)
	}
}

func keysOf[V any](m map[string]V) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}

func TestEditorsNote(t *testing.T) {
	root := inbox(t, map[string]string{
		"2024-01-02/a.txt":      good,
		"2024-01-02/_index.md":  "---\ntitle: Budget day\n---\nGood morning. {{< shortcode >}} and <b>bold</b>\n\n# Not a heading\n",
		"2024-01-03/b.txt":      "Other story\n\n" + bodies[1],
		"2024-01-03/_index.txt": "A quiet day.\n",
	})
	rep, err := run(root, ingest.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Articles != 2 {
		t.Errorf("articles = %d: a note is not an article", rep.Articles)
	}
	m, body := front(t, filepath.Join(root, "content", "issues", "2024-01-02", "_index.md"))
	if m["title"] != "Budget day" || m["issue"] != "2024-01-02" {
		t.Errorf("issue front matter = %v", m)
	}
	if want := `Good morning. \{\{\< shortcode \>\}\} and \<b\>bold\</b\>` + "\n\n" + `\# Not a heading`; body != want {
		t.Errorf("note = %q, want %q", body, want)
	}
	m, body = front(t, filepath.Join(root, "content", "issues", "2024-01-03", "_index.md"))
	if m["title"] != "3 January 2024" || body != "A quiet day." {
		t.Errorf("plain note: %v %q", m["title"], body)
	}
	// An edit to the note in content/ is kept like any other.
	path := filepath.Join(root, "content", "issues", "2024-01-03", "_index.md")
	b, _ := os.ReadFile(path)
	os.WriteFile(path, []byte(strings.Replace(string(b), "A quiet day.", "A very quiet day.", 1)), 0o644)
	if _, err := run(root, ingest.Options{}); err != nil {
		t.Fatal(err)
	}
	if _, body = front(t, path); body != "A very quiet day." {
		t.Errorf("the edited note became %q", body)
	}
}

func TestBadNotes(t *testing.T) {
	tests := []struct {
		name  string
		files map[string]string
		want  string
	}{
		{"two notes", map[string]string{"2024-01-02/_index.md": "One.", "2024-01-02/_index.txt": "Two."}, "2024-01-02/_index.txt: issue 2024-01-02 already has a note, "},
		{"in a sub-folder", map[string]string{"2024-01-02/sport/_index.md": "Sport."}, "2024-01-02/sport/_index.md: an issue's note belongs in the issue's own folder"},
		{"an article's field", map[string]string{"2024-01-02/_index.md": "---\nlead: true\n---\nNote."}, "2024-01-02/_index.md:2: front matter field \"lead\" is not used in an issue's note"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			files := map[string]string{"2024-01-02/a.txt": good}
			for k, v := range tt.files {
				files[k] = v
			}
			root := inbox(t, files)
			_, err := run(root, ingest.Options{})
			if err == nil || !strings.Contains(err.Error(), filepath.Join(root, "inbox", tt.want)) {
				t.Errorf("error = %v, want %q", err, tt.want)
			}
		})
	}
}

// TestSectionEditKept: the section is a generated field like any other:
// changed in the content file, it stays through a changed article.
func TestSectionEditKept(t *testing.T) {
	root := inbox(t, map[string]string{"2024-01-02/a.txt": good})
	if _, err := run(root, ingest.Options{}); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(root, "content", "issues", "2024-01-02", "ministers-agree-new-budget.md")
	m, _ := front(t, path)
	if m["section"] != "Business" {
		t.Fatalf("section = %v, want the classifier's Business", m["section"])
	}
	b, _ := os.ReadFile(path)
	os.WriteFile(path, []byte(strings.Replace(string(b), "section: Business", "section: Politics", 1)), 0o644)
	os.WriteFile(filepath.Join(root, "inbox", "2024-01-02", "a.txt"), []byte(strings.Replace(good, "Tuesday", "Wednesday", 1)), 0o644)
	rep, err := run(root, ingest.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if m, body := front(t, path); m["section"] != "Politics" || !strings.Contains(body, "Wednesday") {
		t.Errorf("section = %v after the article changed; want the editor's Politics", m["section"])
	}
	if len(rep.Kept) != 1 || !strings.HasSuffix(rep.Kept[0], ": section") {
		t.Errorf("kept = %q", rep.Kept)
	}
}

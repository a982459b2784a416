package pipeline_test

import (
	"context"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"briefing/generator/hugo"
	"briefing/generator/pipeline"
)

// story is an article whose names are set in front matter, so the test
// knows them whatever the extractor finds; each headline has a body of
// its own, so no two stories are merged as duplicates.
func story(headline, people, places string) string {
	bodies := map[string]string{
		"Council approves the plan": "The council met on Tuesday and approved the plan for the town centre.\n\nIt said the work would start next spring.\n",
		"Mayor welcomes the plan":   "The mayor said on Wednesday that the new tram line would bring shoppers back to the high street.\n\nBusiness owners had asked for it for a decade.\n",
		"Work begins on the plan":   "Diggers arrived at the old bus station on Monday morning as the first phase of building started.\n\nRoads nearby will close for six weeks.\n",
		"Tram line opens":           "Passengers rode the first tram through the market square on Friday, two years late.\n\nFares will be frozen until the summer.\n",
	}
	return "---\npeople: [" + people + "]\nplaces: [" + places + "]\norganizations: []\ntags: [rail]\n---\n" + headline + "\n\n" + bodies[headline]
}

// TestBuildTermThreshold: a name gets a page only when at least
// params.web.minTermArticles (2) stories name it; a name below it is
// plain text in its story, and absent from the taxonomy's list and the
// sitemap. A new story promotes a name and its removal demotes it, and
// the other story's page follows without its content file changing; an
// editor's edit to a story's names counts.
func TestBuildTermThreshold(t *testing.T) {
	if testing.Short() {
		t.Skip("runs Hugo")
	}
	inbox := t.TempDir()
	write := func(name, text string) {
		p := filepath.Join(inbox, filepath.FromSlash(name))
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("2022-06-15/a.md", story("Council approves the plan", "Ann Smith, Bob Jones", "Leeds"))
	write("2022-06-15/b.md", story("Mayor welcomes the plan", "Ann Smith", "Leeds"))
	o, rep := site(t, inbox, pipeline.Options{})
	c := repoConfig(t)
	rebuild := func() *pipeline.Report {
		t.Helper()
		rep, err := build(c, o)
		if err != nil {
			t.Fatal(err)
		}
		checkLinks(t, o.Public, "")
		return rep
	}
	page := func(rel string) string {
		t.Helper()
		return readFile(t, filepath.Join(o.Public, filepath.FromSlash(rel), "index.html"))
	}
	exists := func(rel string) bool {
		_, err := os.Stat(filepath.Join(o.Public, filepath.FromSlash(rel), "index.html"))
		return err == nil
	}
	linked := func(html, name string) bool {
		return regexp.MustCompile(`<a href="[^"]*">` + regexp.QuoteMeta(name) + `</a>`).MatchString(html)
	}
	a := "issues/2022-06-15/council-approves-the-plan"
	checkLinks(t, o.Public, "")

	if rep.Terms.Pages != 3 || rep.Terms.Without != 1 { // Ann Smith, Leeds, rail; Bob Jones
		t.Errorf("report terms = %+v", rep.Terms)
	}
	if !exists("people/ann-smith") || exists("people/bob-jones") {
		t.Errorf("term pages: ann-smith %v, bob-jones %v", exists("people/ann-smith"), exists("people/bob-jones"))
	}
	if html := page(a); !linked(html, "Ann Smith") || linked(html, "Bob Jones") || !strings.Contains(htmlText([]byte(html)), "Bob Jones") {
		t.Error("story A should link Ann Smith and show Bob Jones as plain text")
	}
	if list := page("people"); !strings.Contains(list, "Ann Smith") || strings.Contains(list, "Bob Jones") {
		t.Error("the people page should list Ann Smith and not Bob Jones")
	}
	sitemap, _ := os.ReadFile(filepath.Join(o.Public, "sitemap.xml"))
	if !strings.Contains(string(sitemap), "/people/ann-smith/") || strings.Contains(string(sitemap), "bob-jones") {
		t.Error("the sitemap should have Ann Smith's page and nothing of Bob Jones")
	}

	// A story in a new issue names Bob Jones: story A links him now, and
	// its content file is left as it was.
	mdA := filepath.Join(o.Content, "issues", "2022-06-15", "council-approves-the-plan.md")
	before := mtimes(t, filepath.Dir(mdA))
	write("2022-06-16/c.md", story("Work begins on the plan", "Bob Jones", "York"))
	rebuild()
	if !exists("people/bob-jones") || !linked(page(a), "Bob Jones") {
		t.Error("a second story did not give Bob Jones a page and a link")
	}
	if mtimes(t, filepath.Dir(mdA)) != before {
		t.Error("promoting a name rewrote content files of the issue before")
	}

	// The editor deletes that story's content file (and its article): he
	// is plain text again.
	os.Remove(filepath.Join(inbox, "2022-06-16", "c.md"))
	os.RemoveAll(filepath.Join(o.Content, "issues", "2022-06-16"))
	rebuild()
	if exists("people/bob-jones") || linked(page(a), "Bob Jones") {
		t.Error("removing the second story did not take Bob Jones's page and link away")
	}

	// The editor takes Ann Smith out of story B by hand: she keeps no page.
	mdB := filepath.Join(o.Content, "issues", "2022-06-15", "mayor-welcomes-the-plan.md")
	data := readFile(t, mdB)
	edited := strings.Replace(data, "people:\n  - Ann Smith\n", "people: []\n", 1)
	if edited == data {
		t.Fatalf("story B's content has no Ann Smith to remove:\n%s", data)
	}
	os.WriteFile(mdB, []byte(edited), 0o644)
	rep = rebuild()
	if exists("people/ann-smith") || linked(page(a), "Ann Smith") {
		t.Error("an editor's edit to the names did not count")
	}
	if rep.Terms.Pages != 2 || rep.Terms.Without != 2 {
		t.Errorf("report terms after the edit = %+v", rep.Terms)
	}
}

// TestBuildTermSpelling: a name stories spell in two ways has one page,
// titled as most stories spell it, and every link to it reads that way,
// whichever story Hugo reads first.
func TestBuildTermSpelling(t *testing.T) {
	if testing.Short() {
		t.Skip("runs Hugo")
	}
	inbox := layOut(t, map[string]string{
		"2022-06-15/a.md": story("Council approves the plan", "Ann Smith", "New york"),
		"2022-06-15/b.md": story("Mayor welcomes the plan", "Ann Smith", "New York"),
		"2022-06-15/c.md": story("Work begins on the plan", "Ann Smith", "New York"),
	})
	o, _ := site(t, inbox, pipeline.Options{})
	checkLinks(t, o.Public, "")
	// The page's own title, and the links of both spellings' stories.
	for rel, want := range map[string]string{
		"places/new-york": "New York",
		"issues/2022-06-15/council-approves-the-plan": ">New York</a>",
		"issues/2022-06-15/mayor-welcomes-the-plan":   ">New York</a>",
	} {
		html := readFile(t, filepath.Join(o.Public, filepath.FromSlash(rel), "index.html"))
		if !strings.Contains(html, want) || strings.Contains(html, strings.Replace(want, "New York", "New york", 1)) {
			t.Errorf("%s: want %q, as most stories spell the name", rel, want)
		}
	}
}

// TestBuildTermNamedTwice: a story that names one person in two ways
// ("Robert Kilroy-Silk", then "Robert Kilroy Silk": one term) shows him
// once, where it first names him, linked; the names without a page keep
// their place between the others as plain text.
func TestBuildTermNamedTwice(t *testing.T) {
	if testing.Short() {
		t.Skip("runs Hugo")
	}
	inbox := layOut(t, map[string]string{
		"2022-06-15/a.md": story("Council approves the plan", "Robert Kilroy-Silk, Bob Jones, Robert Kilroy Silk, Ann Smith", "Leeds"),
		"2022-06-15/b.md": story("Mayor welcomes the plan", "Robert Kilroy-Silk, Ann Smith", "Leeds"),
	})
	o, _ := site(t, inbox, pipeline.Options{})
	checkLinks(t, o.Public, "")
	data := readFile(t, filepath.Join(o.Public, "issues", "2022-06-15", "council-approves-the-plan", "index.html"))
	m := regexp.MustCompile(`<span>People:</span> (.*?)</p>`).FindStringSubmatch(data)
	if m == nil {
		t.Fatal("the story lists no people")
	}
	want := `<a href="/people/robert-kilroy-silk/">Robert Kilroy-Silk</a>, Bob Jones, <a href="/people/ann-smith/">Ann Smith</a>`
	if m[1] != want {
		t.Errorf("people:\n got %s\nwant %s", m[1], want)
	}
}

// TestBuildTermThresholdDrafts: the seldom-named terms are drafts, but a
// site built with drafts (hugo --buildDrafts, or buildDrafts in the
// config) still gives them no page and shows them as plain text.
func TestBuildTermThresholdDrafts(t *testing.T) {
	if testing.Short() {
		t.Skip("runs Hugo")
	}
	inbox := layOut(t, map[string]string{
		"2022-06-15/a.md": story("Council approves the plan", "Ann Smith, Bob Jones", "Leeds"),
		"2022-06-15/b.md": story("Mayor welcomes the plan", "Ann Smith", "Leeds"),
	})
	o, _ := site(t, inbox, pipeline.Options{})
	out := filepath.Join(t.TempDir(), "public")
	if err := hugo.Build(context.Background(), hugo.Options{Source: repoConfig(t).Dir, ContentDir: o.Content, Destination: out,
		Args: []string{"--buildFuture", "--buildDrafts"}}); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(out, "people", "bob-jones", "index.html")); err == nil {
		t.Error("built with drafts, Bob Jones (one story) has a page")
	}
	data := readFile(t, filepath.Join(out, "issues", "2022-06-15", "council-approves-the-plan", "index.html"))
	m := regexp.MustCompile(`<span>People:</span> (.*?)</p>`).FindStringSubmatch(data)
	if want := `<a href="/people/ann-smith/">Ann Smith</a>, Bob Jones`; m == nil || m[1] != want {
		t.Errorf("built with drafts, the story's people are %q, want %q", m, want)
	}
	sitemap, _ := os.ReadFile(filepath.Join(out, "sitemap.xml"))
	if strings.Contains(string(sitemap), "bob-jones") {
		t.Error("built with drafts, the sitemap has Bob Jones")
	}
}

// TestBuildTermShadowed: two names Hugo keeps apart but gives one address
// ("St John's" and "St Johns": the apostrophe goes) make one page, the
// first name's in byte order when as many stories give each, and the other
// name's stories show it as plain text or link to that page, never to a
// page of their own that the first overwrites.
func TestBuildTermShadowed(t *testing.T) {
	if testing.Short() {
		t.Skip("runs Hugo")
	}
	inbox := layOut(t, map[string]string{
		"2022-06-15/a.md": story("Council approves the plan", "Ann Smith", "St John's"),
		"2022-06-15/b.md": story("Mayor welcomes the plan", "Ann Smith", "St John's"),
		"2022-06-15/c.md": story("Work begins on the plan", "Ann Smith", "St Johns"),
		"2022-06-15/d.md": story("Tram line opens", "Ann Smith", "St Johns"),
	})
	o, rep := site(t, inbox, pipeline.Options{})
	checkLinks(t, o.Public, "")
	if rep.Terms.Without != 1 {
		t.Errorf("report terms = %+v, want the shadowed name without a page", rep.Terms)
	}
	data := readFile(t, filepath.Join(o.Public, "places", "st-johns", "index.html"))
	if !regexp.MustCompile(`<h1[^>]*>St John(&#39;|&rsquo;|'|’)s</h1>`).MatchString(data) {
		t.Errorf("places/st-johns is not the page of St John's:\n%s", data)
	}
}

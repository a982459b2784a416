package pipeline_test

import (
	"html"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"briefing/generator/email"
	"briefing/generator/pipeline"

	nethtml "golang.org/x/net/html"
	"gopkg.in/yaml.v3"
)

// bbcDir is the BBC corpus beside the repository (../shared).
var bbcDir = filepath.Join("..", "..", "..", "shared", "corpus", "bbc")

// bbcSection maps the BBC's labels to the briefing's sections.
var bbcSection = map[string]string{"business": "Business", "entertainment": "Culture", "politics": "Politics", "sport": "Sport", "tech": "Technology"}

// composedDay is a day of BBC stories: 21 distinct stories across the five
// topics (every hundredth file from 001 of each, and politics/401), two
// stories filed twice (pairs of byte-identical files in the corpus), and a
// rewrite of one of those. The story marked lead: true is one the ranking
// would not put first.
var composedDay = []string{
	"business/001", "business/101", "business/201", "business/301",
	"entertainment/001", "entertainment/101", "entertainment/201", "entertainment/301",
	"politics/001", "politics/101", "politics/201", "politics/301", "politics/401",
	"sport/001", "sport/101", "sport/201", "sport/301",
	"tech/001", "tech/101", "tech/201", "tech/301",
}

var (
	duplicatePairs = [][2]string{{"entertainment/129", "entertainment/261"}, {"tech/131", "tech/179"}}
	leadStory      = "entertainment/201"
)

// rewrite is a wire desk's rewrite of a story: a new headline, the last
// paragraph dropped, a paragraph of its own added, "said" become "says".
func rewrite(text string) string {
	paras := strings.Split(strings.TrimSpace(text), "\n\n")
	paras[0] = "Crew test biometric seafarer ID cards on cruise ship"
	paras = append(paras[:len(paras)-1], "More tests are planned on other ships later this year, the organisers say.")
	return strings.ReplaceAll(strings.Join(paras, "\n\n"), " said ", " says ") + "\n"
}

// The editor's note, hostile like article text.
const composedNote = "---\ntitle: \"Budget week <b>special</b>\"\n---\n" +
	"Good morning. <script>alert(1)</script> {{< shortcode >}} and *stars*.\n\n" +
	"Tomorrow: the Chancellor's statement & what it means.\n"

func TestComposedIssueOfBBCStories(t *testing.T) {
	if testing.Short() {
		t.Skip("runs Hugo")
	}
	if _, err := os.Stat(filepath.Join(bbcDir, "tech")); err != nil {
		t.Skip("no BBC corpus at ../shared/corpus/bbc")
	}
	inbox := t.TempDir()
	day := filepath.Join(inbox, "2005-03-01")
	os.MkdirAll(day, 0o755)
	read := func(f string) string {
		b, err := os.ReadFile(filepath.Join(bbcDir, f+".txt"))
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	put := func(name, data string) {
		if err := os.WriteFile(filepath.Join(day, name), []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	label := map[string]string{} // file name -> the BBC's section
	headline := map[string]string{}
	for _, f := range append(append([]string{}, composedDay...), duplicatePairs[0][0], duplicatePairs[0][1], duplicatePairs[1][0], duplicatePairs[1][1]) {
		name := strings.ReplaceAll(f, "/", "_") + ".txt"
		text := read(f)
		if f == leadStory {
			name = strings.TrimSuffix(name, ".txt") + ".md"
			text = "---\nlead: true\n---\n" + text
		}
		put(name, text)
		label[name] = bbcSection[strings.Split(f, "/")[0]]
		headline[name] = strings.TrimSpace(strings.SplitN(read(f), "\n", 2)[0])
	}
	put("tech_131_rewrite.txt", rewrite(read("tech/131")))
	put("_index.md", composedNote)

	o, rep := site(t, inbox, pipeline.Options{})

	// Each story once: 21 + 2 stories, the three copies merged and named.
	issueDir := filepath.Join(o.Public, "issues", "2005-03-01")
	pages, _ := filepath.Glob(filepath.Join(issueDir, "*", "index.html"))
	if len(pages) != 23 || rep.Articles != 23 {
		t.Errorf("%d article pages, %d articles; want 23 (21 stories and 2 filed twice)", len(pages), rep.Articles)
	}
	exact, near := 0, 0
	for _, m := range rep.Merged {
		if m.Exact {
			exact++
		} else {
			near++
			t.Logf("near-duplicate: %s into %s, score %.3f", filepath.Base(m.File), filepath.Base(m.Into), m.Score)
		}
	}
	if exact != 2 || near != 1 {
		t.Errorf("merged %+v; want the two exact copies and the rewrite", rep.Merged)
	}

	// Every story has a section; the 21 mostly the BBC's.
	contentDir := filepath.Join(o.Content, "issues", "2005-03-01")
	files, _ := filepath.Glob(filepath.Join(contentDir, "*.md"))
	right, total := 0, 0
	for _, f := range files {
		if filepath.Base(f) == "_index.md" {
			continue
		}
		fm := frontMatter(t, f)
		src := filepath.Base(fm["source"].(string))
		sec, _ := fm["section"].(string)
		if sec == "" {
			t.Errorf("%s has no section", src)
		}
		if isComposedDay(src) {
			total++
			if sec == label[src] {
				right++
			} else {
				t.Logf("%s (%q): %s, the BBC says %s", src, headline[src], sec, label[src])
			}
		}
	}
	t.Logf("sections right for %d of %d stories", right, total)
	if total != 21 || right < 19 {
		t.Errorf("sections right for %d of %d, want at least 19 of 21", right, total)
	}

	// An article's page says its section.
	art := readFile(t, filepath.Join(issueDir, "taxes-must-be-trusted-kennedy", "index.html"))
	if !strings.Contains(art, `<span class="section">Politics</span>`) {
		t.Error("the article page does not show its section")
	}

	lead := headline[strings.ReplaceAll(leadStory, "/", "_")+".md"]
	note := "Good morning. <script>alert(1)</script> {{< shortcode >}} and *stars*."

	// The issue page: its title, the note, then the lead story.
	page := readFile(t, filepath.Join(issueDir, "index.html"))
	text := html.UnescapeString(page)
	if m := executed([]byte(page)); m != "" || hasElement(page, "b") {
		t.Errorf("issue page: the note's or title's markup was executed: %q", m)
	}
	iNote, iLead := strings.Index(text, note), strings.Index(page, `class="story lead"`)
	if iNote < 0 || iLead < 0 || iNote > iLead || !strings.Contains(text, "<h1>Budget week <b>special</b>") {
		t.Errorf("issue page: note at %d, lead story at %d, title shown: %v", iNote, iLead, strings.Contains(text, "Budget week"))
	}
	firstStory := regexp.MustCompile(`(?s)class="story[^"]*".*?<a href="[^"]*">([^<]*)</a>`).FindStringSubmatch(page)
	if firstStory == nil || html.UnescapeString(firstStory[1]) != lead {
		t.Errorf("the issue page opens with %q, want the lead %q", firstStory, lead)
	}
	// Section headings in the configured order.
	var order []string
	for _, m := range regexp.MustCompile(`<h2 id="s_[a-z-]+-h">([^<]+)</h2>`).FindAllStringSubmatch(page, -1) {
		order = append(order, m[1])
	}
	if got := strings.Join(order, ","); got != "Politics,Business,Technology,Sport,Culture" {
		t.Errorf("issue page sections = %s", got)
	}

	// The email: the note, every headline, then the lead, in both parts;
	// the lead in the subject.
	mhtml := readFile(t, filepath.Join(issueDir, email.HTMLFile))
	mtext := readFile(t, filepath.Join(issueDir, email.TextFile))
	if m := executed([]byte(mhtml)); m != "" || hasElement(mhtml, "b") {
		t.Errorf("email.html: the note's or title's markup was executed: %q", m)
	}
	h := html.UnescapeString(mhtml)
	iNote, iFirst := strings.Index(h, note), strings.Index(mhtml, `class="headline"`)
	if iNote < 0 || iFirst < 0 || iNote > iFirst {
		t.Errorf("email.html: note at %d, first story at %d", iNote, iFirst)
	}
	first := regexp.MustCompile(`class="headline"[^>]*>([^<]*)<`).FindStringSubmatch(mhtml)
	if first == nil || html.UnescapeString(first[1]) != lead {
		t.Errorf("email.html opens with %q, want the lead %q", first, lead)
	}
	iText, iBullet := strings.Index(mtext, note), strings.Index(mtext, "\n- ")
	if iText < 0 || iBullet < 0 || iText > iBullet {
		t.Errorf("email.txt: note at %d, first story's first key point at %d", iText, iBullet)
	}
	toc := mtext[:max(iBullet, 0)]
	if !strings.Contains(toc, "1. "+lead+" (") {
		t.Errorf("email.txt: the contents do not open with the lead %q:\n%s", lead, toc)
	}
	anchors := mhtml[:max(iFirst, 0)]
	for name, hl := range headline {
		if strings.Contains(name, "_261") || strings.Contains(name, "_179") {
			continue // published as its twin, same headline
		}
		if !strings.Contains(toc, ". "+hl+"\n") && !strings.Contains(toc, ". "+hl+" (") {
			t.Errorf("email.txt: %q is not listed before the first story", hl)
		}
		if !strings.Contains(html.UnescapeString(anchors), ">"+hl+"</a>") {
			t.Errorf("email.html: %q is not in the contents before the first story", hl)
		}
	}
	if n := strings.Count(anchors, `<a href="#`); n != 23 {
		t.Errorf("email.html: %d contents links, want 23", n)
	}
	m, err := email.Load(issueDir, "2005-03-01", pipeline.EmailSettings(repoConfig(t)))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasSuffix(m.Subject, ": "+lead) {
		t.Errorf("subject %q does not name the lead %q", m.Subject, lead)
	}
}

// hasElement reports whether the page has an element of that name.
func hasElement(page, name string) bool {
	z := nethtml.NewTokenizer(strings.NewReader(page))
	for {
		switch z.Next() {
		case nethtml.ErrorToken:
			return false
		case nethtml.StartTagToken, nethtml.SelfClosingTagToken:
			if n, _ := z.TagName(); string(n) == name {
				return true
			}
		}
	}
}

func isComposedDay(src string) bool {
	for _, f := range composedDay {
		if strings.HasPrefix(src, strings.ReplaceAll(f, "/", "_")+".") {
			return true
		}
	}
	return false
}

func readFile(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// frontMatter reads a content file's YAML front matter.
func frontMatter(t *testing.T, path string) map[string]any {
	t.Helper()
	s := strings.TrimPrefix(readFile(t, path), "---\n")
	fm, _, _ := strings.Cut(s, "\n---\n")
	m := map[string]any{}
	if err := yaml.Unmarshal([]byte(fm), &m); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return m
}

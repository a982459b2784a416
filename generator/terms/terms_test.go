package terms_test

import (
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"testing"
	"text/template"

	"briefing/generator/content"
	"briefing/generator/terms"
)

var taxonomies = []string{"organizations", "people", "places", "tags"}

func TestKey(t *testing.T) {
	for _, tt := range []struct{ name, want string }{
		{"Xi Jinping", "xi-jinping"},
		{"xi jinping", "xi-jinping"},
		{"São Paulo", "são-paulo"},
		{"AT&T", "at&t"},
	} {
		if got := terms.Key(tt.name); got != tt.want {
			t.Errorf("Key(%q) = %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestIndexCounts(t *testing.T) {
	ix := terms.New(taxonomies)
	ix.Add(content.Terms{"people": {"Xi Jinping", "xi jinping", "Vladimir Putin"}, "tags": {"trade"}})
	ix.Add(content.Terms{"people": {"XI JINPING"}, "places": {"Beijing"}})
	ix.Add(content.Terms{"tags": {"Trade", ""}})
	for _, tt := range []struct {
		tax, name string
		want      int
	}{
		{"people", "Xi Jinping", 2}, // one story naming him twice counts once
		{"people", "Vladimir Putin", 1},
		{"tags", "trade", 2},
		{"places", "Beijing", 1},
		{"places", "Vladimir Putin", 0}, // taxonomies are apart
	} {
		if got := ix.Count(tt.tax, tt.name); got != tt.want {
			t.Errorf("Count(%s, %q) = %d, want %d", tt.tax, tt.name, got, tt.want)
		}
	}
	if got, want := ix.Below("people", 2), []string{"Vladimir Putin"}; !reflect.DeepEqual(got, want) {
		t.Errorf("Below(people, 2) = %q, want %q", got, want)
	}
	if got := ix.Below("people", 3); len(got) != 2 {
		t.Errorf("Below(people, 3) = %q, want both people", got)
	}
	if got := ix.Below("tags", 1); got != nil {
		t.Errorf("Below(tags, 1) = %q, want none", got)
	}
}

// TestPublish: the adapters list exactly the names below the threshold,
// are rewritten only when that changes, go when no name is below it, and
// a file the generator did not write is never overwritten.
func TestPublish(t *testing.T) {
	dir := t.TempDir()
	adapter := func(tax string) string {
		data, err := os.ReadFile(filepath.Join(dir, tax, terms.AdapterName))
		if os.IsNotExist(err) {
			return ""
		}
		if err != nil {
			t.Fatal(err)
		}
		return string(data)
	}
	stories := []content.Terms{
		{"people": {"Xi Jinping", "Vladimir Putin"}, "tags": {"trade"}},
		{"people": {"Xi Jinping"}, "tags": {"trade"}},
	}
	publish := func(min int, stories ...content.Terms) terms.Stats {
		t.Helper()
		ix := terms.New(taxonomies)
		for _, s := range stories {
			ix.Add(s)
		}
		st, err := terms.Publish(dir, ix, min)
		if err != nil {
			t.Fatal(err)
		}
		return st
	}

	st := publish(2, stories...)
	if st != (terms.Stats{Pages: 2, Without: 1, Written: 1}) {
		t.Errorf("stats = %+v", st)
	}
	people := adapter("people")
	if !strings.Contains(people, `"Vladimir Putin"`) || strings.Contains(people, "Xi Jinping") {
		t.Errorf("people adapter:\n%s", people)
	}
	if adapter("tags") != "" || adapter("places") != "" {
		t.Error("an adapter for a taxonomy with no name below the threshold")
	}
	stamp := mtime(t, filepath.Join(dir, "people", terms.AdapterName))

	// Nothing changed: nothing written.
	if st := publish(2, stories...); st.Written != 0 {
		t.Errorf("an unchanged index wrote %d files", st.Written)
	}
	if mtime(t, filepath.Join(dir, "people", terms.AdapterName)) != stamp {
		t.Error("an unchanged adapter was rewritten")
	}

	// A third story names Putin: he gets a page, and the adapter goes.
	third := content.Terms{"people": {"Vladimir Putin"}, "places": {"Moscow"}}
	st = publish(2, append(stories, third)...)
	if adapter("people") != "" || !strings.Contains(adapter("places"), `"Moscow"`) || st.Written != 2 {
		t.Errorf("after a promotion: stats %+v, people %q, places %q", st, adapter("people"), adapter("places"))
	}

	// It is removed again: he loses the page.
	publish(2, stories...)
	if !strings.Contains(adapter("people"), `"Vladimir Putin"`) || adapter("places") != "" {
		t.Error("a demotion did not bring the adapter back")
	}

	// 1 gives every name a page.
	if st := publish(1, stories...); st.Without != 0 || adapter("people") != "" {
		t.Errorf("min 1: stats %+v, people adapter %q", st, adapter("people"))
	}

	// An adapter of someone else's is refused, not overwritten.
	own := filepath.Join(dir, "tags", terms.AdapterName)
	os.MkdirAll(filepath.Dir(own), 0o755)
	os.WriteFile(own, []byte("{{ .AddPage (dict \"path\" \"x\") }}\n"), 0o644)
	ix := terms.New(taxonomies)
	ix.Add(content.Terms{"tags": {"lonely"}})
	if _, err := terms.Publish(dir, ix, 2); err == nil || !strings.Contains(err.Error(), own+": not written by the generator") {
		t.Errorf("error = %v, want one naming %s", err, own)
	}
	if data, _ := os.ReadFile(own); !strings.HasPrefix(string(data), "{{ .AddPage") {
		t.Error("someone else's adapter was overwritten")
	}
}

// TestAdapterQuotesNames: names that would end a template string, or look
// like template syntax, are quoted.
func TestAdapterQuotesNames(t *testing.T) {
	dir := t.TempDir()
	ix := terms.New(taxonomies)
	odd := []string{`Say "Hi"`, `{{ .Site }}`, `back\slash`, "}} -}}"}
	ix.Add(content.Terms{"tags": odd})
	if _, err := terms.Publish(dir, ix, 2); err != nil {
		t.Fatal(err)
	}
	data, _ := os.ReadFile(filepath.Join(dir, "tags", terms.AdapterName))
	var got []string
	tmpl, err := parseAdapter(data)
	if err != nil {
		t.Fatal(err)
	}
	if err := tmpl.Execute(&strings.Builder{}, adder{titles: &got}); err != nil {
		t.Fatal(err)
	}
	want := append([]string(nil), odd...)
	sort.Strings(want)
	if !reflect.DeepEqual(got, want) {
		t.Errorf("the adapter adds %q, want %q", got, want)
	}
}

// adder stands in for Hugo's content adapter: it records the titles of
// the pages added, and of those added as drafts.
type adder struct{ titles, drafts *[]string }

func (a adder) AddPage(m map[string]any) string {
	if m["kind"] == "term" && m["path"] == m["title"] {
		*a.titles = append(*a.titles, m["title"].(string))
		if m["draft"] == true && a.drafts != nil {
			*a.drafts = append(*a.drafts, m["title"].(string))
		}
	}
	return ""
}

// TestAdapterDrafts: a name below the threshold is a draft term, which
// Hugo drops before filing any story under it (build options that only
// keep it from being rendered and listed leave Hugo that work, a fifth of
// its time on the BBC corpus); a name with a page spelt two ways is
// titled, not a draft.
func TestAdapterDrafts(t *testing.T) {
	dir := t.TempDir()
	ix := terms.New(taxonomies)
	ix.Add(content.Terms{"people": {"Ann Smith", "Bob Jones"}})
	ix.Add(content.Terms{"people": {"ANN SMITH"}})
	ix.Add(content.Terms{"people": {"Ann Smith"}})
	if _, err := terms.Publish(dir, ix, 2); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(filepath.Join(dir, "people", terms.AdapterName))
	if err != nil {
		t.Fatal(err)
	}
	var titles, drafts []string
	tmpl, err := parseAdapter(data)
	if err != nil {
		t.Fatal(err)
	}
	if err := tmpl.Execute(&strings.Builder{}, adder{&titles, &drafts}); err != nil {
		t.Fatal(err)
	}
	if want := []string{"Bob Jones", "Ann Smith"}; !reflect.DeepEqual(titles, want) {
		t.Errorf("the adapter adds %q, want %q", titles, want)
	}
	if want := []string{"Bob Jones"}; !reflect.DeepEqual(drafts, want) {
		t.Errorf("the adapter's drafts are %q, want %q", drafts, want)
	}
}

func mtime(t *testing.T, path string) int64 {
	t.Helper()
	st, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	return st.ModTime().UnixNano()
}

// TestName: a term is titled as most stories spell it, a tie going to the
// first spelling in byte order whatever order the stories come in; only
// terms with a page and more than one spelling are listed as spelt.
func TestName(t *testing.T) {
	for _, tc := range []struct {
		name    string
		stories [][]string
		want    string
		spelt   []string
	}{
		{"one spelling", [][]string{{"ABN Amro"}, {"ABN Amro"}}, "ABN Amro", nil},
		{"most stories", [][]string{{"ABN AMRO"}, {"ABN Amro"}, {"ABN Amro"}}, "ABN Amro", []string{"ABN Amro"}},
		{"a tie, one order", [][]string{{"ABN Amro"}, {"ABN AMRO"}}, "ABN AMRO", []string{"ABN AMRO"}},
		{"a tie, the other", [][]string{{"ABN AMRO"}, {"ABN Amro"}}, "ABN AMRO", []string{"ABN AMRO"}},
		{"below the threshold", [][]string{{"ABN AMRO", "abn amro"}}, "ABN AMRO", nil},
		// Hugo would title the term after either spelling of the first story.
		{"one story, two spellings", [][]string{{"ABN Amro", "ABN AMRO"}, {"ABN Amro"}}, "ABN Amro", []string{"ABN Amro"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ix := terms.New(taxonomies)
			for _, s := range tc.stories {
				ix.Add(content.Terms{"organizations": s})
			}
			if got := ix.Name("organizations", "abn amro"); got != tc.want {
				t.Errorf("Name = %q, want %q", got, tc.want)
			}
			if got := ix.Spelt("organizations", 2); !reflect.DeepEqual(got, tc.spelt) {
				t.Errorf("Spelt = %q, want %q", got, tc.spelt)
			}
		})
	}
}

// TestShadowed: terms Hugo tells apart but writes to one address keep one
// page, the more-named term's, whatever order the stories come in.
func TestShadowed(t *testing.T) {
	stories := []content.Terms{
		{"organizations": {"Lloyd's of London", "University of Delaware"}},
		{"organizations": {"Lloyds of London", "University of Delaware"}},
		{"organizations": {"Lloyds of London", "Bank of England"}},
		{"organizations": {"Lloyd's of London", "Bank of England"}},
		{"organizations": {"Lloyd's of London"}},
		{"organizations": {"University of Delaware*"}},
		{"organizations": {"University of Delaware*"}},
	}
	for _, tc := range []struct {
		name  string
		order []int
	}{
		{"read in order", []int{0, 1, 2, 3, 4, 5, 6}},
		{"read backwards", []int{6, 5, 4, 3, 2, 1, 0}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ix := terms.New(taxonomies)
			for _, i := range tc.order {
				ix.Add(stories[i])
			}
			want := []string{"Lloyds of London", "University of Delaware*"}
			if got := ix.Shadowed("organizations", 2); !reflect.DeepEqual(got, want) {
				t.Errorf("Shadowed = %q, want %q", got, want)
			}
			dir := t.TempDir()
			st, err := terms.Publish(dir, ix, 2)
			if err != nil {
				t.Fatal(err)
			}
			if st.Pages != 3 || st.Without != 2 {
				t.Errorf("stats = %+v, want 3 pages and 2 without", st)
			}
			data, err := os.ReadFile(filepath.Join(dir, "organizations", terms.AdapterName))
			if err != nil {
				t.Fatal(err)
			}
			for _, n := range want {
				if !strings.Contains(string(data), strconv.Quote(n)) {
					t.Errorf("the adapter does not keep %q from a page:\n%s", n, data)
				}
			}
		})
	}
	// Apart from the threshold: with min 1, a shadowed name still gets none.
	ix := terms.New(taxonomies)
	ix.Add(content.Terms{"tags": {"rock 'n' roll"}})
	ix.Add(content.Terms{"tags": {"rock n roll"}})
	if got, want := ix.Shadowed("tags", 1), []string{"rock n roll"}; !reflect.DeepEqual(got, want) {
		t.Errorf("Shadowed(tags, 1) = %q, want %q", got, want)
	}
}

// parseAdapter parses an adapter with text/template, given stand-ins for
// the Hugo functions it calls.
func parseAdapter(data []byte) (*template.Template, error) {
	return template.New("").Funcs(template.FuncMap{
		"dict": func(kv ...any) map[string]any {
			m := map[string]any{}
			for i := 0; i+1 < len(kv); i += 2 {
				m[kv[i].(string)] = kv[i+1]
			}
			return m
		},
		"slice": func(xs ...any) []any { return xs },
	}).Parse(strings.ReplaceAll(string(data), "(time.AsTime \"9999-12-31\")", `"9999-12-31"`))
}

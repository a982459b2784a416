package feed

import (
	"errors"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"
)

func read(t *testing.T, name string) []byte {
	t.Helper()
	data, err := os.ReadFile("testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func TestThreeFeedsGiveSevenArticles(t *testing.T) {
	total := 0
	for _, f := range []struct {
		file, kind string
		items      int
	}{{"rss.xml", "RSS", 3}, {"atom.xml", "Atom", 2}, {"feed.json", "JSON Feed", 2}} {
		got, err := Parse(f.file, read(t, f.file), Options{})
		if err != nil {
			t.Fatal(err)
		}
		if got.Kind != f.kind || len(got.Items) != f.items || len(got.Short) != 0 {
			t.Errorf("%s: %s with %d items and %d short, want %s with %d", f.file, got.Kind, len(got.Items), len(got.Short), f.kind, f.items)
		}
		total += len(got.Items)
	}
	if total != 7 {
		t.Errorf("%d articles, want 7", total)
	}
}

func TestItems(t *testing.T) {
	tests := []struct {
		file  string
		index int
		want  Item
	}{
		{"rss.xml", 0, Item{Index: 1, Title: "Harbour bridge reopens after two years of repairs", Link: "https://news.example.com/2024/03/01/bridge",
			ID: "gazette-1001", Date: time.Date(2024, 3, 1, 7, 30, 0, 0, time.UTC), Byline: "Jane Porter",
			Paragraphs: []string{
				"The harbour bridge reopened to traffic on Friday morning, two years after engineers closed it when cracks were found in three of its steel girders.",
				"About 40,000 vehicles a day used the crossing before it shut, and the detour added up to 25 minutes to journeys.",
			}}},
		{"rss.xml", 1, Item{Index: 2, Title: "Council approves new cycle lanes & crossings", Link: "https://news.example.com/2024/03/01/cycle-lanes",
			ID: "https://news.example.com/2024/03/01/cycle-lanes", Date: time.Date(2024, 3, 1, 9, 0, 0, 0, time.UTC),
			Paragraphs: []string{"Councillors voted 31 to 12 on Thursday night to build eleven kilometres of protected cycle lanes along the ring road.", "Work starts in June."}}},
		{"atom.xml", 0, Item{Index: 1, Title: "Cargo volumes fall to a ten-year low", Link: "https://port.example.org/news/cargo-volumes",
			ID: "tag:port.example.org,2024:cargo", Date: time.Date(2024, 2, 29, 15, 0, 0, 0, time.UTC), Byline: "Port Authority press office",
			Paragraphs: []string{"Cargo handled at the port fell by 12 per cent last year to 8.1 million tonnes, the lowest since 2014.", "The authority blamed the bridge closure."}}},
		{"atom.xml", 1, Item{Index: 2, Title: "New harbour master appointed", Link: "https://port.example.org/news/harbour-master",
			ID: "tag:port.example.org,2024:master", Date: time.Date(2024, 3, 1, 10, 0, 0, 0, time.UTC),
			Paragraphs: []string{"Captain Amina Yusuf will become harbour master in May, the first woman to hold the post.", "She has served as deputy since 2019."}}},
		{"feed.json", 0, Item{Index: 1, Title: "Budget vote delayed by a week", Link: "https://cityhall.example.net/2024/budget",
			ID: "2024-03-01-budget", Date: time.Date(2024, 3, 1, 9, 30, 0, 0, time.UTC), Byline: "Sam Reed, Ola Nowak",
			Paragraphs: []string{"The council's budget vote has been moved to 8 March after officials found an error in the social care figures.", "The mayor said no services would be affected."}}},
		{"feed.json", 1, Item{Index: 2, Title: "Parks stay open later from April", Link: "https://cityhall.example.net/2024/parks",
			ID: "2024-03-01-parks", Date: time.Date(2024, 3, 1, 10, 0, 0, 0, time.UTC),
			Paragraphs: []string{"Parks will close at 10pm instead of 8pm from 1 April.", "The change follows a consultation with residents."}}},
	}
	for _, tt := range tests {
		t.Run(tt.file+"/"+tt.want.Title, func(t *testing.T) {
			f, err := Parse(tt.file, read(t, tt.file), Options{})
			if err != nil {
				t.Fatal(err)
			}
			got := f.Items[tt.index]
			if got.Index != tt.want.Index || got.Title != tt.want.Title || got.Link != tt.want.Link || got.ID != tt.want.ID ||
				!got.Date.Equal(tt.want.Date) || got.Byline != tt.want.Byline {
				t.Errorf("got  %d %q %q %q %v %q\nwant %d %q %q %q %v %q", got.Index, got.Title, got.Link, got.ID, got.Date, got.Byline,
					tt.want.Index, tt.want.Title, tt.want.Link, tt.want.ID, tt.want.Date, tt.want.Byline)
			}
			if strings.Join(got.Paragraphs, "\n") != strings.Join(tt.want.Paragraphs, "\n") {
				t.Errorf("paragraphs\n got %q\nwant %q", got.Paragraphs, tt.want.Paragraphs)
			}
		})
	}
}

func TestLongDescriptionIsTheText(t *testing.T) {
	f, err := Parse("rss.xml", read(t, "rss.xml"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	ferry := f.Items[2]
	if len(ferry.Paragraphs) != 2 || !strings.HasPrefix(ferry.Paragraphs[1], "The extra sailings") {
		t.Errorf("paragraphs %q", ferry.Paragraphs)
	}
	// Above the bar, the same entry is only a teaser.
	f, err = Parse("rss.xml", read(t, "rss.xml"), Options{MinWords: 500})
	if err != nil {
		t.Fatal(err)
	}
	if len(f.Items) != 2 || len(f.Short) != 1 || f.Short[0].Index != 3 || f.Short[0].Link != "https://news.example.com/2024/03/01/ferry" {
		t.Errorf("items %d, short %+v", len(f.Items), f.Short)
	}
}

func TestShortItems(t *testing.T) {
	rss := `<rss version="2.0"><channel><title>Wire</title><link>https://wire.example/</link>
<item><title>Teaser only</title><link>https://wire.example/a</link><description>Ministers met today. More soon.</description></item>
<item><title>Nothing at all</title><link>/b</link></item>
<item><title>Full story</title><description><![CDATA[` + strings.Repeat("<p>A sentence of the full story that runs to ten words.</p>", 12) + `]]></description></item>
<item><title>Read-more only</title><link>https://wire.example/c</link><content:encoded xmlns:content="http://purl.org/rss/1.0/modules/content/"><![CDATA[<p><a href="https://wire.example/c">Continue reading</a></p>]]></content:encoded></item>
</channel></rss>`
	f, err := Parse("wire.xml", []byte(rss), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(f.Items) != 1 || f.Items[0].Title != "Full story" {
		t.Errorf("items %+v", f.Items)
	}
	want := []string{`item 1 "Teaser only" https://wire.example/a 5`, `item 2 "Nothing at all" https://wire.example/b 0`, `item 4 "Read-more only" https://wire.example/c 0`}
	var got []string
	for _, s := range f.Short {
		got = append(got, s.String()+" "+s.Link+" "+strconv.Itoa(s.Words))
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("short\n got %q\nwant %q", got, want)
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name, data string
		line       int
		want       string
	}{
		{"HTML page", "<!DOCTYPE html><html><body><p>Not a feed</p></body></html>", 0, "not an RSS, Atom or JSON feed"},
		{"plain text", "Headline\n\nBody text.", 0, "not an RSS, Atom or JSON feed"},
		{"other JSON", `{"items": []}`, 0, "JSON that is not a JSON Feed"},
		{"truncated XML", "<?xml version=\"1.0\"?>\n<rss version=\"2.0\">\n<channel>\n<title>x</title>\n<item><title>a</ti", 5, "malformed feed: XML syntax error on line 5: unexpected EOF"},
		{"unclosed CDATA", "<rss version=\"2.0\">\n<channel>\n<item>\n<title>a</title>\n<description><![CDATA[x</description>\n</item></channel></rss>", 6, "malformed feed"},
		{"broken JSON", "{\"version\": \"https://jsonfeed.org/version/1\",\n\"items\": [\n{\"title\": }\n]}", 3, "malformed feed"},
		{"no items", `<rss version="2.0"><channel><title>Empty</title></channel></rss>`, 0, "the feed has no items"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse("inbox/2024-03-01/feed.xml", []byte(tt.data), Options{})
			var ferr *Error
			if !errors.As(err, &ferr) {
				t.Fatalf("err = %v, want an *Error", err)
			}
			if ferr.Line != tt.line || !strings.Contains(ferr.Msg, tt.want) || ferr.Hint == "" || !strings.HasPrefix(err.Error(), "inbox/2024-03-01/feed.xml") {
				t.Errorf("err = %q (line %d), want line %d and %q", err, ferr.Line, tt.line, tt.want)
			}
		})
	}
}

func TestRelativeLinksAndCharset(t *testing.T) {
	latin := "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss version=\"2.0\"><channel><title>Caf\xe9</title>" +
		"<item><title>Caf\xe9 reopens</title><link>story/1</link><content:encoded xmlns:content=\"http://purl.org/rss/1.0/modules/content/\">&lt;p&gt;The caf\xe9 is open.&lt;/p&gt;</content:encoded></item></channel></rss>"
	f, err := Parse("https://news.example.com/feeds/main.xml", []byte(latin), Options{URL: "https://news.example.com/feeds/main.xml"})
	if err != nil {
		t.Fatal(err)
	}
	it := f.Items[0]
	if it.Title != "Café reopens" || it.Paragraphs[0] != "The café is open." || it.Link != "https://news.example.com/feeds/story/1" {
		t.Errorf("got %q %q %q", it.Title, it.Paragraphs, it.Link)
	}
}

func FuzzParse(f *testing.F) {
	for _, name := range []string{"rss.xml", "atom.xml", "feed.json"} {
		data, err := os.ReadFile("testdata/" + name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte(`{"version":"https://jsonfeed.org/version/1","items":[{"content_text":"a"}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		feed, err := Parse("fuzz.xml", data, Options{MinWords: 1})
		if err != nil {
			var ferr *Error
			if !errors.As(err, &ferr) {
				t.Fatalf("error %v is not an *Error", err)
			}
			return
		}
		for _, it := range feed.Items {
			if len(it.Paragraphs) == 0 {
				t.Fatalf("item %d has no text", it.Index)
			}
		}
	})
}

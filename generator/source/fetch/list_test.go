package fetch

import (
	"errors"
	"strings"
	"testing"
)

func TestParseList(t *testing.T) {
	in := "\xEF\xBB\xBF# Morning links\r\n" +
		"https://news.example.com/a\r\n" +
		"\r\n" +
		"   http://news.example.com/b   # the follow-up\n" +
		"https://news.example.com/c#update\n" +
		"\t# indented comment\n" +
		"https://news.example.com/feed.xml\n"
	got, err := ParseList("links.urls", []byte(in))
	if err != nil {
		t.Fatal(err)
	}
	want := []Entry{{2, "https://news.example.com/a"}, {4, "http://news.example.com/b"}, {5, "https://news.example.com/c#update"}, {7, "https://news.example.com/feed.xml"}}
	if len(got) != len(want) {
		t.Fatalf("got %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("entry %d = %v, want %v", i, got[i], want[i])
		}
	}
}

func TestParseListErrors(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"several problems, each with its line", "https://a.example/1\nnews.example.com/story\nftp://files.example/x\nhttps://a.example/1 https://a.example/2\nhttps://a.example/1\n",
			[]string{
				`links.urls:2: "news.example.com/story": not a full address - write it in full: https://news.example.com/story`,
				`links.urls:3: "ftp://files.example/x": only http and https addresses can be fetched - save the article as a file in the issue folder instead`,
				`links.urls:4: "https://a.example/1 https://a.example/2" is more than one address - put one address on each line`,
				`links.urls:5: https://a.example/1 is already on line 1 - remove one of them`,
			}},
		{"empty", "# nothing yet\n\n", []string{"links.urls: the list has no addresses - add one http(s) address per line, or remove the file"}},
		{"binary", "https://a.example/\x00", []string{"links.urls: not a text file - a URL list is plain text, one address per line"}},
		{"old Mac line ends", "https://a.example/1\rnot a url\r", []string{`links.urls:2: "not a url" is more than one address`}},
		{"no host", "https:///x", []string{`links.urls:1: "https:///x": the address has no host name`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseList("links.urls", []byte(tt.in))
			if err == nil {
				t.Fatal("no error")
			}
			lines := strings.Split(err.Error(), "\n")
			if len(lines) != len(tt.want) {
				t.Fatalf("got %d errors, want %d:\n%s", len(lines), len(tt.want), err)
			}
			for i, w := range tt.want {
				if !strings.HasPrefix(lines[i], w) {
					t.Errorf("error %d:\n got %q\nwant %q", i, lines[i], w)
				}
			}
		})
	}
}

func FuzzParseList(f *testing.F) {
	for _, s := range []string{"https://a.example/\n# c\nhttp://b.example/x#y # z\n", "a b\n", "\xEF\xBB\xBF\r\n", "https://a.example/\nhttps://a.example/"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		entries, err := ParseList("f.urls", data)
		if err != nil {
			// Every error names the file and, for a line, a line in range.
			n := strings.Count(string(data), "\n") + strings.Count(string(data), "\r") + 1
			var list []error
			if j, ok := err.(interface{ Unwrap() []error }); ok {
				list = j.Unwrap()
			} else {
				list = []error{err}
			}
			for _, e := range list {
				var le *ListError
				if !errors.As(e, &le) || le.File != "f.urls" || le.Line < 0 || le.Line > n || le.Hint == "" {
					t.Fatalf("bad error %#v", e)
				}
			}
			return
		}
		if len(entries) == 0 {
			t.Fatal("no entries and no error")
		}
		seen := map[string]bool{}
		for _, e := range entries {
			if _, err := CheckURL(e.URL); err != nil || seen[e.URL] || e.Line < 1 {
				t.Fatalf("bad entry %+v (%v)", e, err)
			}
			seen[e.URL] = true
		}
	})
}

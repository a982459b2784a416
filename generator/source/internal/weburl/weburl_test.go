package weburl

import (
	"net/url"
	"testing"
)

func TestAbs(t *testing.T) {
	base, _ := url.Parse("https://news.example/world/")
	for _, tc := range []struct {
		name, in string
		base     *url.URL
		want     string
	}{
		{"absolute", " https://a.example/x ", nil, "https://a.example/x"},
		{"relative with base", "story.html", base, "https://news.example/world/story.html"},
		{"relative without base", "story.html", nil, ""},
		{"mailto", "mailto:desk@news.example", base, ""},
		{"javascript", "javascript:void(0)", base, ""},
		{"empty", "  ", base, ""},
		{"no host", "http:///x", nil, ""},
		{"bad escape", "http://a.example/%zz", nil, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := ""
			if u := Abs(tc.in, tc.base); u != nil {
				got = u.String()
			}
			if got != tc.want {
				t.Errorf("Abs(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

package content_test

import (
	"strings"
	"testing"

	"briefing/generator/content"
)

func TestSlugify(t *testing.T) {
	for _, tc := range []struct {
		name, in, want string
		ok             bool
	}{
		{"headline", "China 'willing to continue' to Russia", "china-willing-to-continue-to-russia", true},
		{"apostrophe kept in the word", "China's plan", "chinas-plan", true},
		{"accents folded", "São Paulo café", "sao-paulo-cafe", true},
		{"punctuation runs", "Rates -- up!!! 5%", "rates-up-5", true},
		{"reserved name", "Tags", "tags-article", true},
		{"the word article", "Article", "article", true},
		{"no Latin letters", "日本語のニュース", content.Fallback, false},
		{"only dots", "...", content.Fallback, false},
		{"empty", "", content.Fallback, false},
		{"long, cut at a word", strings.Repeat("word ", 30), strings.TrimSuffix(strings.Repeat("word-", 12), "-"), true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := content.Slugify(tc.in)
			if got != tc.want || ok != tc.ok {
				t.Errorf("Slugify(%q) = %q, %v; want %q, %v", tc.in, got, ok, tc.want, tc.ok)
			}
			if len(got) > content.MaxSlug {
				t.Errorf("slug %q is over %d bytes", got, content.MaxSlug)
			}
		})
	}
}

package rank

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"briefing/generator/meta/internal/articletest"
	"briefing/generator/meta/text"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/summary")

func TestSummarizeGolden(t *testing.T) {
	for _, name := range articletest.News {
		t.Run(name, func(t *testing.T) {
			headline, paras := articletest.Article(t, name)
			summary, keypoints, description := Summarize(text.Prepare(headline, paras), nil)
			checkOutputs(t, summary, keypoints, description)

			var got bytes.Buffer
			got.WriteString("summary: " + summary + "\n")
			for _, k := range keypoints {
				got.WriteString("* " + k + "\n")
			}
			got.WriteString("description: " + description + "\n")
			golden := filepath.Join("testdata", "summary", strings.TrimSuffix(name, ".txt")+".golden")
			if *update {
				if err := os.WriteFile(golden, got.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if !bytes.Equal(got.Bytes(), want) {
				t.Errorf("output differs from %s (go test -update to accept):\n%s", golden, got.String())
			}
		})
	}
}

// checkOutputs asserts what must hold for any article with three or more
// usable sentences.
func checkOutputs(t *testing.T, summary string, keypoints []string, description string) {
	t.Helper()
	if summary == "" || description == "" {
		t.Errorf("empty summary %q or description %q", summary, description)
	}
	if n := utf8.RuneCountInString(description); n > DescriptionMax {
		t.Errorf("description has %d characters: %q", n, description)
	}
	if len(keypoints) != 3 {
		t.Errorf("%d key points, want 3: %q", len(keypoints), keypoints)
	}
	for _, k := range keypoints {
		if OpensDangling(k) {
			t.Errorf("key point opens with a dangling word: %q", k)
		}
		for _, junk := range []string{"(CNN)", "(Reuters)", "PUBLISHED", "Click here", "Scroll down", "contributed to this report", "Last updated"} {
			if strings.Contains(k, junk) {
				t.Errorf("key point carries furniture %q: %q", junk, k)
			}
		}
	}
}

func TestSummarizeSmall(t *testing.T) {
	tests := []struct {
		name      string
		headline  string
		paras     []string
		keypoints int
	}{
		{"empty body", "Headline only", nil, 1},
		{"one sentence", "Fire", []string{"A fire broke out at a warehouse in Leeds on Monday."}, 1},
		{"furniture only", "Gallery", []string{"Click here for the pictures"}, 1},
		{"all dangling", "Talks", []string{"Talks resumed in Geneva on Monday after a week.", "They ended early.", "But nothing was agreed."}, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			summary, keypoints, description := Summarize(text.Prepare(tt.headline, tt.paras), nil)
			if summary == "" || description == "" || len(keypoints) != tt.keypoints {
				t.Errorf("got summary %q, %d key points %q, description %q", summary, len(keypoints), keypoints, description)
			}
		})
	}
}

func TestCutAtWord(t *testing.T) {
	long := strings.Repeat("word ", 50)
	got := cutAtWord(long, DescriptionMax)
	if n := utf8.RuneCountInString(got); n > DescriptionMax || !strings.HasSuffix(got, "word…") {
		t.Errorf("cutAtWord gave %d characters: %q", n, got)
	}
	if got := cutAtWord("short", DescriptionMax); got != "short" {
		t.Errorf("cutAtWord changed a short text: %q", got)
	}
}

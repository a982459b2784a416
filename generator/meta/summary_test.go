package meta

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
			summary, keypoints, description := summarize(text.Prepare(headline, paras), nil)
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
			summary, keypoints, description := summarize(text.Prepare(tt.headline, tt.paras), nil)
			if summary == "" || description == "" || len(keypoints) != tt.keypoints {
				t.Errorf("got summary %q, %d key points %q, description %q", summary, len(keypoints), keypoints, description)
			}
		})
	}
}

func TestOpensDangling(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"He said the plan would work.", true},
		{"She left.", true},
		{"It was the second call.", true},
		{"They agreed.", true},
		{"This means higher prices.", true},
		{"That was in 2004.", true},
		{"But sales fell.", true},
		{"And then it rained.", true},
		{"However, profits rose.", true},
		{"Also, the firm grew.", true},
		{"In addition, the firm grew.", true},
		{`"It was hard," he said.`, true},
		{"It’s over.", true},
		{"Italy won the match.", false},
		{"Thousands fled.", false},
		{"Heathrow was closed.", false},
		{"The firm grew.", false},
		{`"We won," he said.`, false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := OpensDangling(tt.in); got != tt.want {
				t.Errorf("OpensDangling(%q) = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}

func TestStandaloneText(t *testing.T) {
	tests := []struct {
		name   string
		before string // the sentence before
		in     string
		people []string
		want   string
		ok     bool
	}{
		{"pronoun resolved from people", "Xi Jinping spoke to Vladimir Putin.", "He added that ties were strong.", []string{"Xi Jinping", "Vladimir Putin"}, "Xi Jinping added that ties were strong.", true},
		{"surname mention", "China's leader, Mr Xi, spoke on Wednesday.", "He added that ties were strong.", []string{"Xi Jinping"}, "Xi Jinping added that ties were strong.", true},
		{"possessive", "Tony Blair spoke.", "His speech was short.", []string{"Tony Blair"}, "Tony Blair's speech was short.", true},
		{"titled name without people", "Mr Blair spoke on Monday.", "He said the war was right.", nil, "Mr Blair said the war was right.", true},
		{"gender clash", "Mrs Thatcher spoke.", "He said no.", nil, "He said no.", false},
		{"no antecedent", "Rain fell on Monday.", "He said no.", nil, "He said no.", false},
		{"it is not resolved", "The firm grew.", "It hired 200 people.", nil, "It hired 200 people.", false},
		{"connective dropped", "Sales fell.", "However, the company said profits rose.", nil, "The company said profits rose.", true},
		{"connective kept when rest dangles", "Sales fell.", "But its shares rose.", nil, "But its shares rose.", false},
		{"not dangling", "Sales fell.", "Shares rose.", nil, "Shares rose.", true},
		{"pronoun is someone else", "Mr Kilroy-Silk quit.", "He said Mr Kilroy-Silk had lied.", nil, "He said Mr Kilroy-Silk had lied.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := text.Prepare("Headline", []string{tt.before + " " + tt.in})
			if len(d.Sentences) != 2 {
				t.Fatalf("split into %d sentences", len(d.Sentences))
			}
			got, _, ok := standaloneText(d, 1, tt.people)
			if got != tt.want || ok != tt.ok {
				t.Errorf("got %q, %v; want %q, %v", got, ok, tt.want, tt.ok)
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

func TestBalanceQuotes(t *testing.T) {
	tests := []struct {
		name, in, want string
		ok             bool
	}{
		{"balanced", `"We won," he said.`, `"We won," he said.`, true},
		{"opened, runs on", `He told BBC Sport: "I believe we can win.`, `He told BBC Sport: "I believe we can win."`, true},
		{"opened at start", `"I believe we can win.`, `"I believe we can win."`, true},
		{"curly opened", "He said: “We will fight.", "He said: “We will fight.”", true},
		{"closes an earlier quote", `We will fight," he said.`, `We will fight," he said.`, false},
		{"curly closes", "We will fight,” he said.", "We will fight,” he said.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := balanceQuotes(tt.in)
			if got != tt.want || ok != tt.ok {
				t.Errorf("balanceQuotes(%q) = %q, %v; want %q, %v", tt.in, got, ok, tt.want, tt.ok)
			}
		})
	}
}

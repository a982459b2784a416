package corpus

import (
	"os"
	"path/filepath"
	"testing"
)

func TestFirstSentence(t *testing.T) {
	for _, tc := range []struct{ name, in, want string }{
		{"plain", "Oil rose on Monday. Traders said so.", "Oil rose on Monday."},
		{"title is no end", "Mr. Smith said no. Then left.", "Mr. Smith said no."},
		{"initials and acronyms", "George W. Bush met U.N. envoys today. More later.", "George W. Bush met U.N. envoys today."},
		{"quote closes", `He said "We won." Then he left.`, `He said "We won."`},
		{"first paragraph only", "No full stop here\nSecond line.", "No full stop here"},
		{"decimal", "Growth was 3.5 percent. Next.", "Growth was 3.5 percent."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := FirstSentence(tc.in); got != tc.want {
				t.Errorf("FirstSentence(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestCoNLL(t *testing.T) {
	const data = `-DOCSTART- -X- -X- O

SOCCER NN B-NP O
- : O O
LATE NNP B-NP O
GOAL NNP I-NP O
. . O O

LONDON NNP B-NP B-LOC
1996-08-30 CD I-NP O

Chelsea NNP B-NP B-ORG
won VBD B-VP O
. . O O

-DOCSTART- -X- -X- O

EU NNP B-NP B-ORG
rejects VBZ B-VP O
call NN I-NP O
. . O O
`
	p := filepath.Join(t.TempDir(), "x.txt")
	if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	docs, err := CoNLL(p, "c")
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 2 {
		t.Fatalf("%d docs, want 2", len(docs))
	}
	if d := docs[0]; d.ID != "c/0001" || d.Headline != "SOCCER - LATE GOAL ." || d.Body != "LONDON - Chelsea won ." {
		t.Errorf("doc 1 = %+v", d)
	}
	if got := LabelCoNLL(WeakLexicon(), docs[0]); got != "Sport" {
		t.Errorf("sports slug labelled %q", got)
	}
	if d := docs[1]; d.Headline != "EU rejects call ." || d.Body != "" {
		t.Errorf("doc 2 = %+v", d)
	}
}

func TestWeak(t *testing.T) {
	lex := WeakLexicon()
	for _, tc := range []struct {
		name string
		doc  Doc
		want string
	}{
		{"markets", Doc{Headline: "Dollar firms as bond prices slip", Body: "The dollar rose against the yen and bond futures fell in quiet trade, traders said, as investors awaited inflation data."}, "Business"},
		{"conflict falls back to World", Doc{Headline: "Rebels free hostages", Body: "Rebels freed eight hostages in the jungle on Tuesday, the army said."}, "World"},
		{"US campaign is Politics", Doc{Headline: "Dole attacks Clinton on taxes", Body: "Republican Bob Dole said President Clinton's campaign had broken its promises, as the Democratic convention opened in Chicago."}, "Politics"},
		{"nothing stands out", Doc{Headline: "Man found", Body: "A man was found on Tuesday."}, "World"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := LabelCoNLL(lex, tc.doc); got != tc.want {
				t.Errorf("LabelCoNLL = %q, want %q", got, tc.want)
			}
		})
	}
}

func TestHandLabelsAreSections(t *testing.T) {
	ok := map[string]bool{"World": true, "Politics": true, "Business": true, "Technology": true, "Science": true, "Health": true, "Sport": true, "Culture": true}
	for id, l := range HandLabels() {
		if !ok[l] {
			t.Errorf("%s: %q is not a section", id, l)
		}
	}
	for s := range Seeds() {
		if !ok[s] {
			t.Errorf("seeds.txt: %q is not a section", s)
		}
	}
}

func TestBBC(t *testing.T) {
	dir := filepath.Join("..", "..", "..", "..", "..", "shared", "corpus", "bbc")
	if _, err := os.Stat(dir); err != nil {
		t.Skip("no ../shared corpus")
	}
	docs, err := BBC(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 2225 {
		t.Errorf("%d BBC docs, want 2225", len(docs))
	}
	n := map[string]int{}
	for _, d := range docs {
		n[d.Label]++
		if d.Headline == "" || d.Body == "" {
			t.Errorf("%s: empty headline or body", d.ID)
		}
	}
	if n["Sport"] != 511 || n["Business"] != 510 {
		t.Errorf("labels %v", n)
	}
}

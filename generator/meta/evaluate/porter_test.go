package evaluate

import (
	"bufio"
	"os"
	"strings"
	"testing"
)

// TestPorterStem checks the stemmer against NLTK's PorterStemmer (NLTK 3.8,
// default mode) on words of the development corpora: testdata/porter.tsv
// holds a sample of NLTK's output, one "word<TAB>stem" a line.
func TestPorterStem(t *testing.T) {
	f, err := os.Open("testdata/porter.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		w, want, ok := strings.Cut(sc.Text(), "\t")
		if !ok {
			t.Fatalf("line %d: no tab", n+1)
		}
		if got := porterStem(w); got != want {
			t.Errorf("porterStem(%q) = %q, want %q", w, got, want)
		}
		n++
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if n < 2000 {
		t.Errorf("only %d words checked", n)
	}
}

package conll

import (
	"reflect"
	"strings"
	"testing"
)

func TestToBIO(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"IOB1 run", "I-PER I-PER O I-LOC", "B-PER I-PER O B-LOC"},
		{"IOB1 adjacent names", "I-PER B-PER I-PER", "B-PER B-PER I-PER"},
		{"type change", "I-ORG I-LOC", "B-ORG B-LOC"},
		{"BIO unchanged", "B-NP I-NP B-VP O", "B-NP I-NP B-VP O"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := strings.Join(ToBIO(strings.Fields(tc.in)), " "); got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

func TestRead(t *testing.T) {
	in := "-DOCSTART- -X- -X- O\n\nEU NNP I-NP I-ORG\nrejects VBZ I-VP O\n\nPeter NNP I-NP I-PER\nBlackburn NNP I-NP I-PER\n\n-DOCSTART- -X- -X- O\n\nBonn NNP I-NP I-LOC\n"
	docs, err := Read(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 2 || len(docs[0]) != 2 || len(docs[1]) != 1 {
		t.Fatalf("shape: %d docs", len(docs))
	}
	if got := docs[0][1].Entities; !reflect.DeepEqual(got, []string{"B-PER", "I-PER"}) {
		t.Errorf("entities %v", got)
	}
	if _, err := Read(strings.NewReader("EU NNP\n")); err == nil || !strings.Contains(err.Error(), "line 1") {
		t.Errorf("want an error naming line 1, got %v", err)
	}
}

func TestScores(t *testing.T) {
	gold := [][]string{{"B-PER", "I-PER", "O", "B-LOC"}, {"B-ORG", "O"}}
	pred := [][]string{{"B-PER", "I-PER", "O", "B-ORG"}, {"B-ORG", "O"}}
	words := [][]string{{"Steve", "Jobs", "in", "Paris"}, {"APPLE", "rose"}}
	ph := Phrases{}
	for i := range gold {
		ph.Add(gold[i], pred[i])
	}
	if c := ph.All(); c != (Counts{TP: 2, FP: 1, FN: 1}) {
		t.Errorf("phrases %+v", c)
	}
	ds := DocSets{}
	ds.AddDoc(words, gold, pred)
	// apple counts once per document whatever its case; Paris is wrong
	if c := ds.All(); c != (Counts{TP: 2, FP: 1, FN: 1}) {
		t.Errorf("doc sets %+v", c)
	}
	if n := Names(words, gold)["ORG"]; !n["apple"] {
		t.Errorf("names are lower-cased: %v", n)
	}
}

package tagger

import (
	"reflect"
	"strings"
	"sync"
	"testing"
)

func TestSpans(t *testing.T) {
	tests := []struct {
		name, tags string
		want       []Span
	}{
		{"names", "B-PER I-PER O B-LOC", []Span{{0, 2, "PER"}, {3, 4, "LOC"}}},
		{"adjacent", "B-PER B-PER I-PER", []Span{{0, 1, "PER"}, {1, 3, "PER"}}},
		{"chunks", "B-NP I-NP B-VP B-PP B-NP", []Span{{0, 2, "NP"}, {2, 3, "VP"}, {3, 4, "PP"}, {4, 5, "NP"}}},
		{"stray I opens", "O I-ORG I-ORG", []Span{{1, 3, "ORG"}}},
		{"type change", "B-ORG I-LOC", []Span{{0, 1, "ORG"}, {1, 2, "LOC"}}},
		{"none", "O O", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := Spans(strings.Fields(tc.tags)); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("Spans(%s) = %v, want %v", tc.tags, got, tc.want)
			}
		})
	}
}

// TestMentions checks that mentions are the spans TagDoc gives, with a
// confidence each.
func TestMentions(t *testing.T) {
	sents := article(t)
	tags := Entities().TagDoc(sents)
	ms := Entities().Mentions(sents)
	var want []Mention
	for k, ts := range tags {
		for _, s := range Spans(ts) {
			want = append(want, Mention{Sentence: k, Span: s})
		}
	}
	if len(ms) != len(want) || len(ms) < 30 {
		t.Fatalf("%d mentions, %d spans", len(ms), len(want))
	}
	for i, m := range ms {
		if m.Span != want[i].Span || m.Sentence != want[i].Sentence || m.Confidence <= 0 {
			t.Errorf("mention %d: %+v, want span %+v", i, m, want[i])
		}
	}
	names := map[string]string{}
	for _, m := range ms {
		names[strings.Join(sents[m.Sentence][m.Start:m.End], " ")] = m.Type
	}
	for n, ty := range map[string]string{"Xi Jinping": "PER", "Vladimir Putin": "PER", "Moscow": "LOC", "Blagoveshchensk": "LOC", "Heihe": "LOC", "European Union": "ORG", "Gazprom": "ORG"} {
		if names[n] != ty {
			t.Errorf("%s: %q, want %s", n, names[n], ty)
		}
	}
	if cs := Chunks().Mentions(sents[:1]); len(cs) == 0 || cs[0].Type != "NP" {
		t.Errorf("chunk mentions: %v", cs)
	}
}

// TestConcurrent tags from many goroutines: models share no call state.
func TestConcurrent(t *testing.T) {
	sents := article(t)
	want := Entities().TagDoc(sents)
	wantPOS, wantCh := POSChunks(sents[0])
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			for range 20 {
				if got := Entities().TagDoc(sents); !reflect.DeepEqual(got, want) {
					t.Error("entities differ across goroutines")
					return
				}
				if p, c := POSChunks(sents[0]); !reflect.DeepEqual(p, wantPOS) || !reflect.DeepEqual(c, wantCh) {
					t.Error("parts of speech or chunks differ across goroutines")
					return
				}
			}
		})
	}
	wg.Wait()
}

// TestAPIAgrees checks the ways to get tags give the same ones.
func TestAPIAgrees(t *testing.T) {
	s := article(t)[3]
	pos, ch := POSChunks(s)
	if got := POS().Tag(s); !reflect.DeepEqual(got, pos) {
		t.Errorf("POS().Tag %v\nPOSChunks %v", got, pos)
	}
	if got := Chunks().Tag(s); !reflect.DeepEqual(got, ch) {
		t.Errorf("Chunks().Tag %v\nPOSChunks %v", got, ch)
	}
	if got := Chunks().TagWithPOS(s, pos); !reflect.DeepEqual(got, ch) {
		t.Errorf("TagWithPOS %v\nPOSChunks %v", got, ch)
	}
	if got := Entities().Tag(s); !reflect.DeepEqual(got, Entities().TagDoc([][]string{s})[0]) {
		t.Error("Tag is not TagDoc of one sentence")
	}
	if got := Entities().TagDoc(nil); len(got) != 0 {
		t.Error("no sentences, no tags")
	}
	if got := POS().Tag(nil); len(got) != 0 {
		t.Error("no words, no tags")
	}
	if n := len(POS().Tags()); n != 45 {
		t.Errorf("%d part-of-speech tags, want 45", n)
	}
}

package tagger

import (
	"slices"
	"testing"
)

// TestMemo checks that a memo gives what POSChunks gives, tags a word list
// once, and tells apart lists whose words join to the same text.
func TestMemo(t *testing.T) {
	cases := []struct {
		name  string
		words []string
	}{
		{"sentence", Words(Tokenize("The council said it would close 14 libraries by March."))},
		{"same text, split otherwise", []string{"The", "councils", "aid", "it", "would", "close", "14", "libraries", "by", "March", "."}},
		{"one word", []string{"Hello"}},
		{"empty", nil},
	}
	var m Memo
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			wantPOS, wantChunks := POSChunks(c.words)
			for range 2 {
				pos, chunks := m.POSChunks(c.words)
				if !slices.Equal(pos, wantPOS) || !slices.Equal(chunks, wantChunks) {
					t.Fatalf("memo gave %v %v, want %v %v", pos, chunks, wantPOS, wantChunks)
				}
			}
		})
	}
	if len(m.tagged) != len(cases) {
		t.Errorf("memo holds %d word lists, want %d", len(m.tagged), len(cases))
	}
	first, _ := m.POSChunks(cases[0].words)
	again, _ := m.POSChunks(slices.Clone(cases[0].words))
	if &first[0] != &again[0] {
		t.Error("the same words were tagged twice")
	}
	var none *Memo
	if pos, _ := none.POSChunks(cases[2].words); len(pos) != 1 {
		t.Errorf("nil memo: %v", pos)
	}
}

package ptron

import (
	"bytes"
	"math/rand/v2"
	"testing"
)

func TestPrepare(t *testing.T) {
	tests := []struct {
		name, word string
		flags      uint16
		runes      uint8
	}{
		{"capitalised", "Moscow", FCap | FAlpha, 6},
		{"acronym", "CCTV", FCap | FAllCaps | FAlpha, 4},
		{"lower", "said", FLower | FAlpha, 4},
		{"number", "1,000", FDigit, 5},
		{"hyphenated", "Anglo-Dutch", FCap | FHyphen | FAlpha, 11},
		{"punctuation", ",", FPunct, 1},
		{"non-ASCII", "Zürich", FCap | FAlpha, 6},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var tk Token
			Prepare(&tk, tc.word)
			if tk.Flags != tc.flags || tk.Runes != tc.runes {
				t.Errorf("Prepare(%q): flags %b runes %d, want %b %d", tc.word, tk.Flags, tk.Runes, tc.flags, tc.runes)
			}
		})
	}
}

// TestPrepareForms checks the forms features share: case folds into Lower,
// typographic punctuation reads as ASCII, digits as 0, and affixes are
// those of the lower-cased word.
func TestPrepareForms(t *testing.T) {
	prep := func(w string) Token {
		var tk Token
		Prepare(&tk, w)
		return tk
	}
	if a, b := prep("Germany"), prep("GERMANY"); a.Lower != b.Lower || a.Word == b.Word || a.Shape == b.Shape {
		t.Error("Germany and GERMANY should share Lower only")
	}
	if a, b := prep("’s"), prep("'s"); a != b {
		t.Error("typographic and ASCII apostrophes differ")
	}
	if a, b := prep("U.S."), prep("US"); a != b {
		t.Error("U.S. and US differ")
	}
	if a, b := prep("a.m."), prep("am"); a.Lower == b.Lower {
		t.Error("a.m. reads as am")
	}
	if a, b := prep("1996"), prep("2025"); a.Word != b.Word {
		t.Error("numbers of one shape differ")
	}
	a, b := prep("Running"), prep("jumping")
	if a.Suf[2] != b.Suf[2] || a.Suf[3] == b.Suf[3] {
		t.Error("suffixes: want -ing shared, -ning not")
	}
	if c := prep("run"); c.Pre[0] != a.Pre[0] || c.Pre[2] != 0 || c.Suf[2] != 0 {
		t.Error("prefixes: want r- shared, none as long as the word")
	}
}

func TestPrepareSentenceCaps(t *testing.T) {
	_, caps := PrepareSentence(nil, []string{"SOCCER", "-", "JAPAN", "WIN", "."})
	_, mixed := PrepareSentence(nil, []string{"Japan", "WIN", "."})
	toks, _ := PrepareSentence(nil, []string{"\"", "He", "said"})
	if !caps || mixed || toks[1].Flags&FInitial == 0 || toks[0].Flags&FInitial != 0 {
		t.Errorf("caps %v mixed %v initial %b", caps, mixed, toks[1].Flags)
	}
}

// toy trains a tiny BIO model on a pattern: a capitalised word after "Mr"
// is a person.
func toy(t *testing.T) *Model {
	classes := []string{"O", "B-PER", "I-PER"}
	var ex []Example
	for _, s := range [][]string{
		{"Mr", "Smith", "came"}, {"then", "Mr", "Jones", "Baker", "left"}, {"we", "saw", "Mr", "Brown"},
	} {
		sent := &Sent{}
		sent.Toks, sent.Caps = PrepareSentence(nil, s)
		gold := make([]uint8, len(s))
		for i := range s {
			if i > 0 && s[i-1] == "Mr" {
				gold[i] = 1
			} else if i > 1 && s[i-2] == "Mr" && s[i][0] >= 'A' && s[i][0] <= 'Z' {
				gold[i] = 2
			}
		}
		ex = append(ex, Example{sent, gold})
	}
	tr := NewTrainer(KindNER1, classes, 12)
	rng := rand.New(rand.NewPCG(1, 2))
	for range 5 {
		tr.Epoch(ex, rng)
	}
	return tr.Model(0)
}

func TestTrainTagRoundTrip(t *testing.T) {
	m := toy(t)
	var b bytes.Buffer
	if err := Encode(&b, m, m); err != nil {
		t.Fatal(err)
	}
	ms, err := Decode(b.Bytes())
	if err != nil || len(ms) != 2 {
		t.Fatalf("Decode: %v, %d models", err, len(ms))
	}
	var again bytes.Buffer
	if err := Encode(&again, ms...); err != nil || !bytes.Equal(b.Bytes(), again.Bytes()) {
		t.Fatalf("re-encoding differs (%v)", err)
	}
	s := &Sent{}
	s.Toks, s.Caps = PrepareSentence(nil, []string{"then", "Mr", "Smith", "came"})
	out := make([]uint8, 4)
	var sc Scratch
	ms[0].Tag(s, out, nil, &sc)
	if want := []uint8{0, 0, 1, 0}; !bytes.Equal(out, want) {
		t.Errorf("tags %v, want %v", out, want)
	}
}

func TestTransitions(t *testing.T) {
	ts := NewTagset([]string{"O", "B-LOC", "B-PER", "I-LOC", "I-PER"})
	n := 5
	allowed := func(p, c int) bool { return ts.allowed[p*n+c] }
	if allowed(n, 3) || allowed(0, 4) || allowed(1, 4) || !allowed(1, 3) || !allowed(3, 3) || !allowed(0, 1) {
		t.Error("I-X must follow B-X or I-X only")
	}
	if ts.o != 0 || ts.typeOf[4] != ts.typeOf[2] || !ts.begins[1] || ts.begins[3] {
		t.Error("types or begins wrong")
	}
}

func TestDecodeRejects(t *testing.T) {
	m := toy(t)
	var b bytes.Buffer
	if err := Encode(&b, m); err != nil {
		t.Fatal(err)
	}
	good := b.Bytes()
	for _, bad := range [][]byte{nil, []byte("BTAGGER"), good[:len(good)-3], append(append([]byte{}, good...), 0)} {
		if _, err := Decode(bad); err == nil {
			t.Errorf("Decode of %d bytes: no error", len(bad))
		}
	}
}

func FuzzDecode(f *testing.F) {
	f.Add([]byte("BTAGGER2\x01\x05\x00\x00\x00abcde"))
	f.Fuzz(func(t *testing.T, data []byte) {
		Decode(data) // must not panic or hang
	})
}

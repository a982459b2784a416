package nb

import (
	"bytes"
	"reflect"
	"strings"
	"testing"
)

func TestTokens(t *testing.T) {
	for _, tc := range []struct{ name, in, want string }{
		{"lower case, stop words out", "The Bank of England raised rates", "bank england raised rate"},
		{"acronyms keep their letters", "U.S. and U.N. officials", "us un official"},
		{"possessive dropped", "Britain's economy, Clinton’s campaign", "britain economy clinton campaign"},
		{"numbers become #", "won 3-1 in 2004, up 4.5%", "won # # # # #"},
		{"hyphens split", "al-Qaeda's mid-term", "al qaeda mid term"},
		{"plural folded, -ss -us -is kept", "shares business virus analysis companies", "share business virus analysis company"},
		{"one-letter words dropped", "a b c de", "de"},
		{"empty", "", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := strings.Join(Tokens(tc.in), " "); got != tc.want {
				t.Errorf("Tokens(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestBigrams(t *testing.T) {
	got := Bigrams([]string{"bank", "england", "#", "rate"})
	if want := []string{"bank england"}; !reflect.DeepEqual(got, want) {
		t.Errorf("Bigrams = %q, want %q", got, want)
	}
}

func toy() *Model {
	ex := []Example{
		{"Goal in the last minute", "The striker scored a goal and the team won the match.", 0},
		{"Cup final tonight", "The team plays the final of the cup against the champions.", 0},
		{"Shares fall", "Shares in the company fell after profits dropped and investors sold.", 1},
		{"Bank profit up", "The bank said profits rose as investors bought shares.", 1},
	}
	o := DefaultOptions()
	o.MinCount = 1
	o.Mu = 10
	o.Seeds = map[int][]string{2: {"telescope", "planet"}}
	o.SeedCount = 3
	return Fit([]string{"Sport", "Business", "Science"}, ex, o)
}

func TestFitPredicts(t *testing.T) {
	m := toy()
	for _, tc := range []struct {
		name, head, body string
		mask             []bool
		want             int
	}{
		{"sport words", "Team wins cup", "The striker scored in the final.", nil, 0},
		{"business words", "Investors sell", "Shares fell as profits dropped.", nil, 1},
		{"seed words alone make a class", "Telescope sees planet", "", nil, 2},
		{"mask", "Team wins cup", "The striker scored in the final.", []bool{false, true, false}, 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c, p := m.Predict(tc.head, tc.body, tc.mask)
			if c != tc.want || p <= 0 || p > 1 {
				t.Errorf("Predict = %d (%.3f), want %d", c, p, tc.want)
			}
		})
	}
	if c, _ := m.Predict("x", "y", []bool{false, false, false}); c != -1 {
		t.Errorf("empty mask predicted %d", c)
	}
}

func TestEncodeRoundTrip(t *testing.T) {
	m := toy()
	m.Scale = 3
	var a, b bytes.Buffer
	if err := m.Encode(&a); err != nil {
		t.Fatal(err)
	}
	if err := toy().Encode(&b); err != nil {
		t.Fatal(err)
	}
	d, err := Decode(a.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(d.Classes, m.Classes) || len(d.Vocab) != len(m.Vocab) || d.Scale != 3 || d.HeadWeight != m.HeadWeight {
		t.Fatalf("decoded model differs: %+v", d)
	}
	for i := range m.LogP {
		if diff := d.LogP[i] - m.LogP[i]; diff > 1.0/logUnit || diff < -1.0/logUnit {
			t.Fatalf("weight %d: %v after round trip, was %v", i, d.LogP[i], m.LogP[i])
		}
	}
	// Same data, same options: same bytes but the scale.
	if m.Scale = 1; true {
		var c bytes.Buffer
		_ = m.Encode(&c)
		if !bytes.Equal(c.Bytes(), b.Bytes()) {
			t.Error("two fits of the same data encode differently")
		}
	}
}

func TestDecodeRejects(t *testing.T) {
	for _, tc := range []struct {
		name string
		in   []byte
	}{{"empty", nil}, {"not gzip", []byte("hello")}} {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := Decode(tc.in); err == nil {
				t.Error("Decode succeeded")
			}
		})
	}
}

func FuzzTokens(f *testing.F) {
	f.Add("The U.S. economy's 3.5% growth—al-Qaeda’s")
	f.Fuzz(func(t *testing.T, s string) {
		for _, tok := range Tokens(s) {
			if tok == "" || strings.ContainsAny(tok, " \t\n") {
				t.Fatalf("bad token %q from %q", tok, s)
			}
		}
	})
}

// TestVocabIndex holds Score's lookup table to the model's vocabulary:
// every word at its index, words that differ past their eighth byte or
// by length apart.
func TestVocabIndex(t *testing.T) {
	vocab := map[string]int32{}
	for i, w := range []string{"us", "bank", "england", "abcdefgh", "abcdefghi", "abcdefghij", "abcdefghik", "économie", "#"} {
		vocab[w] = int32(i)
	}
	x := newVocabIndex(vocab)
	for w, i := range vocab {
		if got := x.find([]byte(w)); got != i {
			t.Errorf("find(%q) = %d, want %d", w, got, i)
		}
	}
	for _, w := range []string{"u", "usa", "banks", "abcdefg", "abcdefghh", "abcdefghijk", "abcdefghil", "économ", "x"} {
		if got := x.find([]byte(w)); got != -1 {
			t.Errorf("find(%q) = %d, want -1", w, got)
		}
	}
}

package dedup

import (
	"reflect"
	"strings"
	"testing"
)

const (
	lead   = "The central bank raised its main interest rate by a quarter of a point on Thursday, the fourth rise this year, and said more would follow if prices kept climbing."
	p2     = "Economists had expected the move after figures last week showed inflation at its highest level for six years, driven by fuel and food costs."
	p3     = "The governor told reporters that the bank would watch wage settlements closely over the winter before deciding its next step."
	p4     = "Shares in banks and housebuilders fell after the announcement, while the currency rose against the dollar and the euro."
	p5     = "Mortgage lenders said they would pass the increase on to borrowers from next month, adding about fifteen pounds to a typical monthly payment."
	other1 = "A new species of frog has been found in the mountain forests of the island, scientists said, the third new amphibian described there this decade."
	other2 = "The frog, which is no bigger than a fingernail, lives in leaf litter and calls at night with a sound like a dripping tap, the team wrote in a journal."
)

func mk(head string, paras ...string) Doc {
	return Doc{Headline: head, Body: strings.Join(paras, "\n\n")}
}

func TestGroups(t *testing.T) {
	base := mk("Bank raises rates again", lead, p2, p3, p4, p5)
	for _, tc := range []struct {
		name string
		docs []Doc
		want [][]int
	}{
		{"exact copy", []Doc{base, base}, [][]int{{0, 1}}},
		{"copy with other case, spacing and quotes", []Doc{base, mk("BANK RAISES RATES   AGAIN!", strings.ToUpper(lead), p2, p3, p4+" ", p5)}, [][]int{{0, 1}}},
		{"paragraph dropped", []Doc{base, mk("Bank raises rates again", lead, p2, p3, p5)}, [][]int{{0, 1}}},
		{"paragraph added", []Doc{mk("Bank raises rates", lead, p2, p3), mk("Bank raises rates again", lead, p2, p4, p3)}, [][]int{{0, 1}}},
		{"new headline, sentences moved", []Doc{base, mk("Rates up for fourth time", lead, p3, p2, p5, p4)}, [][]int{{0, 1}}},
		{"different stories", []Doc{base, mk("Tiny frog found", other1, other2)}, nil},
		{"same topic, different story", []Doc{mk("Bank raises rates again", lead, p2), mk("Lenders pass on rise", p5, p4)}, nil},
		{"one-liners sharing a phrase are not merged", []Doc{mk("Rates", "The bank raised rates on Thursday."), mk("Rates", "The bank raised rates on Thursday again, it said.")}, nil},
		{"empty stories are nobody's duplicates", []Doc{{}, {}, {Headline: "..."}}, nil},
		{"groups are transitive and ordered", []Doc{
			mk("Tiny frog found", other1, other2),
			mk("Bank raises rates", lead, p2, p3),
			mk("Frog found", other1, other2),
			mk("Bank raises rates again", lead, p2, p3, p4, p5),
			mk("Rates up", p2, p3, p4, p5),
		}, [][]int{{0, 2}, {1, 3, 4}}},
		{"nothing", nil, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := Groups(tc.docs); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("Groups = %v, want %v", got, tc.want)
			}
		})
	}
}

func TestMatchesExactAndScore(t *testing.T) {
	base := mk("Bank raises rates again", lead, p2, p3, p4, p5)
	ms := Matches([]Doc{base, base, mk("Bank raises rates again", lead, p2, p3, p5)})
	want := []struct {
		i, j  int
		exact bool
	}{{0, 1, true}, {0, 2, false}, {1, 2, false}}
	if len(ms) != len(want) {
		t.Fatalf("Matches = %+v, want %d matches", ms, len(want))
	}
	for k, w := range want {
		m := ms[k]
		if m.I != w.i || m.J != w.j || m.Exact != w.exact {
			t.Errorf("match %d = %+v, want %+v", k, m, w)
		}
		if w.exact && m.Score != 1 || !w.exact && (m.Score < Threshold || m.Score >= 1.0001) {
			t.Errorf("match %d score %.3f out of range", k, m.Score)
		}
	}
}

func TestWords(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Hello, World!", "hello world"},
		{"“Curly” quotes—and dashes", "curly quotes and dashes"},
		{"ÉCOLE  Straße 42", "école straße 42"},
		{"", ""},
	} {
		if got := strings.Join(Words(tc.in), " "); got != tc.want {
			t.Errorf("Words(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// The allocation-free hashing must see the same words as Words.
func TestWordHashesMatchWords(t *testing.T) {
	for _, s := range []string{"Hello, World!", "“Curly” quotes—and dashes", "ÉCOLE  Straße 42", "a-b c'd", " "} {
		ws := Words(s)
		got := wordHashes(nil, s)
		if len(got) != len(ws) {
			t.Fatalf("%q: %d hashes for %d words", s, len(got), len(ws))
		}
		for i, w := range ws {
			if h := wordHashes(nil, w); len(h) != 1 || h[0] != got[i] {
				t.Errorf("%q: word %q hashed differently alone", s, w)
			}
		}
	}
}

func FuzzGroups(f *testing.F) {
	f.Add("Bank raises rates", lead+"\n\n"+p2, "Bank raises rates", lead)
	f.Fuzz(func(t *testing.T, h1, b1, h2, b2 string) {
		docs := []Doc{{h1, b1}, {h2, b2}, {h1, b1}}
		g := Groups(docs)
		// A story and its exact copy are always together, unless wordless.
		if len(Words(h1+" "+b1)) > 0 && (len(g) == 0 || g[0][0] != 0 || g[0][len(g[0])-1] != 2) {
			t.Errorf("exact copies not grouped: %v", g)
		}
	})
}

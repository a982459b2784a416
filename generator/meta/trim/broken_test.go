package trim

import "testing"

// TestBroken: sentences of the dev sets and cuts of them, whole or not.
func TestBroken(t *testing.T) {
	cases := []struct {
		name, s string
		broken  bool
	}{
		{"whole", "Busch was suspended after a Delaware civil court found that he probably committed domestic violence.", false},
		// cnnval-029: a cut that left "found" without its clause
		{"verb cut from its clause", "Busch was suspended after a Delaware civil court found.", true},
		{"verb cut from its clause, when", "The plan changed when investigators discovered.", true},
		{"a wh-word is its object", "Nobody knows what the court found.", false},
		{"its own clause", "The money was missing, the audit found.", false},
		{"as the report showed", "Sales fell, as the report showed.", false},
		{"no subordinate clause", "The inquiry found.", false},
		{"saying may end a clause", "He was arrested after police said.", false},
		{"no capital", "the man died.", true},
		{"function word", "The man was taken to.", true},
		{"no stop", "A headline-like line", true},
		{"unbalanced quote", "He said \"no.", true},
		// cnnval-243 (seed-8642 read): a cut after a quotation left its comma
		{"a quotation's comma before the stop", "The movie is described by Ward as \"one that Adam and I are going to be doing the voices for,\".", true},
		{"a quotation's stop", "The movie is described by Ward as \"one we will voice.\"", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := Broken(c.s) != ""; got != c.broken {
				t.Errorf("Broken(%q) = %q, want broken %v", c.s, Broken(c.s), c.broken)
			}
		})
	}
}

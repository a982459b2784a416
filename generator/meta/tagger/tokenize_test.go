package tagger

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestTokenize(t *testing.T) {
	tests := []struct {
		name, in, want string // want: tokens joined by "|"
	}{
		{"possessive", "Germany's economy", "Germany|'s|economy"},
		{"typographic possessive", "Russia’s army", "Russia|’s|army"},
		{"plural possessive", "the players' union", "the|players|'|union"},
		{"negation", "He doesn't know", "He|does|n't|know"},
		{"can't and won't", "I can't, we won't", "I|ca|n't|,|we|wo|n't"},
		{"clitics", "they're here, we've gone, I'm in, she'll go, he'd say", "they|'re|here|,|we|'ve|gone|,|I|'m|in|,|she|'ll|go|,|he|'d|say"},
		{"final stop", "He left on Monday.", "He|left|on|Monday|."},
		{"abbreviations keep their stop", "Mr. Smith of Acme Inc. met U.S. officials", "Mr.|Smith|of|Acme|Inc.|met|U.S.|officials"},
		{"initial", "George W. Bush", "George|W.|Bush"},
		{"numbers stay whole", "1,000 people paid 3.5 pence on 1996-08-22", "1,000|people|paid|3.5|pence|on|1996-08-22"},
		{"currency and percent", "$147 billion, up 30%", "$|147|billion|,|up|30|%"},
		{"pound sign", "£546m profit", "£|546m|profit"},
		{"quotes", `"We will win," he said.`, `"|We|will|win|,|"|he|said|.`},
		{"typographic quotes", "“We will win,” he said.", "“|We|will|win|,|”|he|said|."},
		{"brackets", "the BBC (British Broadcasting Corporation) said", "the|BBC|(|British|Broadcasting|Corporation|)|said"},
		{"hyphenated words stay whole", "a well-known Anglo-Dutch firm", "a|well-known|Anglo-Dutch|firm"},
		{"dashes stand alone", "Moscow—the capital--was calm -- for now", "Moscow|—|the|capital|--|was|calm|--|for|now"},
		{"ellipsis", "and then... nothing", "and|then|...|nothing"},
		{"lone ellipsis", "wait ... what?", "wait|...|what|?"},
		{"decade", "in the '90s", "in|the|'90s"},
		{"opening apostrophe", "'Hello' she said", "'|Hello|'|she|said"},
		{"question and exclamation", "Really?! Yes!", "Really|?|!|Yes|!"},
		{"colon and semicolon", "Note: one; two", "Note|:|one|;|two"},
		{"spaces of all kinds", " a\u00a0b\tc\n", "a|b|c"},
		{"empty", "", ""},
		{"lone marks", `" . ,`, `"|.|,`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := strings.Join(Words(Tokenize(tc.in)), "|")
			if got != tc.want {
				t.Errorf("Tokenize(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestSentences(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"two", "He came. She left.", []string{"He came .", "She left ."}},
		{"abbreviation", "Mr. Smith came. Dr. Jones left.", []string{"Mr. Smith came .", "Dr. Jones left ."}},
		{"closing quote", `"I came," he said. "I left."`, []string{`" I came , " he said .`, `" I left . "`}},
		{"lower case after stop", "It rose 3 pct. in May.", []string{"It rose 3 pct . in May ."}},
		{"question", "Why? Because.", []string{"Why ?", "Because ."}},
		{"no final stop", "A headline without a stop", []string{"A headline without a stop"}},
		{"country at the end", "He flew to the U.S. The talks start today.", []string{"He flew to the U.S.", "The talks start today ."}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, s := range Sentences(Tokenize(tc.in)) {
				got = append(got, strings.Join(Words(s), " "))
			}
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("Sentences(%q) =\n%q\nwant\n%q", tc.in, got, tc.want)
			}
		})
	}
}

// FuzzTokenize checks that tokens are slices of the text, in order, apart,
// and cover every non-space rune.
func FuzzTokenize(f *testing.F) {
	for _, s := range []string{"Germany's", "can't stop--won't", "U.S. $5.", "“Hi,” ‘x’ (a) ...", "'90s '", "a\u00a0b—c"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		toks := Tokenize(s)
		end := 0
		var covered strings.Builder
		for _, tk := range toks {
			if tk.Start < end || tk.End <= tk.Start || tk.End > len(s) || s[tk.Start:tk.End] != tk.Text {
				t.Fatalf("bad token %+v in %q", tk, s)
			}
			if strings.TrimSpace(tk.Text) != tk.Text && utf8.ValidString(tk.Text) {
				t.Fatalf("token %q has spaces", tk.Text)
			}
			covered.WriteString(tk.Text)
			end = tk.End
		}
		want := strings.Join(strings.FieldsFunc(s, isSpace), "")
		if utf8.ValidString(s) && covered.String() != want {
			t.Fatalf("tokens of %q cover %q, want %q", s, covered.String(), want)
		}
		for _, sent := range Sentences(toks) {
			if len(sent) == 0 {
				t.Fatalf("empty sentence in %q", s)
			}
		}
	})
}

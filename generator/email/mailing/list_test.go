package mailing

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"briefing/generator/email/address"
)

func TestParseList(t *testing.T) {
	for _, tc := range []struct {
		name    string
		in      string
		want    string // addresses, space-separated
		invalid string // line numbers of invalid lines, space-separated
		dups    int
	}{
		{"plain", "a@x.test\nb@x.test\n", "a@x.test b@x.test", "", 0},
		{"BOM and CRLF", "\ufeffa@x.test\r\nb@x.test\r\n", "a@x.test b@x.test", "", 0},
		{"no final newline", "a@x.test", "a@x.test", "", 0},
		{"comments and blank lines", "# readers\n\n  a@x.test  \n#b@x.test\n", "a@x.test", "", 0},
		{"case-insensitive duplicates mailed once", "Ann@X.test\nann@x.test\nANN@x.TEST\n", "Ann@x.test", "", 2},
		{"invalid lines reported, the rest kept", "a@x.test\n\"quoted local\"@x.test\nnot an address\nb@x.test\nAnn <c@x.test>\n", "a@x.test b@x.test", "2 3 5", 0},
		{"a BOM in the middle of a concatenated file", "a@x.test\n\ufeffb@x.test\n", "a@x.test b@x.test", "", 0},
		{"invalid UTF-8", "a@x.test\n\xff\xfe@x.test\n", "a@x.test", "2", 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			l, err := ParseList(strings.NewReader(tc.in))
			if err != nil {
				t.Fatal(err)
			}
			if got := strings.Join(l.Addresses, " "); got != tc.want {
				t.Errorf("addresses %q, want %q", got, tc.want)
			}
			var lines []string
			for _, e := range l.Invalid {
				lines = append(lines, strconv.Itoa(e.Line))
			}
			if got := strings.Join(lines, " "); got != tc.invalid {
				t.Errorf("invalid lines %q, want %q (%v)", got, tc.invalid, l.Invalid)
			}
			if l.Duplicates != tc.dups {
				t.Errorf("%d duplicates, want %d", l.Duplicates, tc.dups)
			}
		})
	}
}

func TestParseListQuotedLocalPartSaysWhy(t *testing.T) {
	l, _ := ParseList(strings.NewReader("ok@x.test\n\"quoted local\"@x.test\n"))
	if len(l.Invalid) != 1 || l.Invalid[0].Line != 2 || !strings.Contains(l.Invalid[0].Error(), "line 2: invalid email address") ||
		!strings.Contains(l.Invalid[0].Error(), "quoted local part") {
		t.Errorf("invalid: %v", l.Invalid)
	}
}

func TestReadListRefusesUTF16(t *testing.T) {
	path := filepath.Join(t.TempDir(), "list.txt")
	os.WriteFile(path, []byte("\xff\xfea\x00@\x00x\x00.\x00t\x00e\x00s\x00t\x00"), 0o644)
	if _, err := ReadList(path); err == nil || !strings.Contains(err.Error(), "UTF-16") || !strings.Contains(err.Error(), path) {
		t.Errorf("err = %v, want the file named and UTF-16 explained", err)
	}
	if _, err := ReadList(filepath.Join(t.TempDir(), "missing.txt")); err == nil {
		t.Error("a missing list was accepted")
	}
}

// FuzzParseList: any file gives addresses that are valid, normalised and
// unique by mailbox, and invalid lines that point into the file; it never
// fails on text.
func FuzzParseList(f *testing.F) {
	for _, s := range []string{
		"a@x.test\nb@x.test\n", "\ufeffa@x.test\r\nA@X.TEST\r\n", "# c\n\n\"q l\"@x.test\nnot\n",
		"jörg@bücher.de\n", "a@x.test\rb@x.test", "\xff\xfe",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		l, err := ParseList(strings.NewReader(string(data)))
		if err != nil {
			if len(data) >= 2 && (data[0] == 0xff || data[0] == 0xfe) {
				return // UTF-16
			}
			t.Fatalf("error on text: %v", err)
		}
		lines := strings.Count(string(data), "\n") + 1
		seen := map[string]bool{}
		for _, a := range l.Addresses {
			if !utf8.ValidString(a) {
				t.Fatalf("address %q is not UTF-8", a)
			}
			again, err := address.Parse(a)
			if err != nil || again != a {
				t.Fatalf("address %q is not normalised: %q, %v", a, again, err)
			}
			if k := address.Key(a); seen[k] {
				t.Fatalf("%q listed twice", a)
			} else {
				seen[k] = true
			}
		}
		for _, e := range l.Invalid {
			if e.Line < 1 || e.Line > lines || e.Err == nil {
				t.Fatalf("invalid line %d of %d: %v", e.Line, lines, e.Err)
			}
		}
	})
}

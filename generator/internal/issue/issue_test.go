package issue

import (
	"path/filepath"
	"testing"
)

func TestParse(t *testing.T) {
	for _, tc := range []struct {
		name, in string
		ok       bool
	}{
		{"a day", "2022-06-15", true},
		{"leap day", "2024-02-29", true},
		{"no such day", "2023-02-29", false},
		{"month 13", "2022-13-01", false},
		{"short", "2022-6-15", false},
		{"time attached", "2022-06-15T10:00:00Z", false},
		{"slashes", "2022/06/15", false},
		{"empty", "", false},
		{"non-ASCII digits", "２０２２-06-15", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := Parse(tc.in); (err == nil) != tc.ok {
				t.Errorf("Parse(%q) error = %v, want ok=%v", tc.in, err, tc.ok)
			}
			if Valid(tc.in) != tc.ok {
				t.Errorf("Valid(%q) = %v", tc.in, !tc.ok)
			}
		})
	}
}

func TestFolder(t *testing.T) {
	for _, tc := range []struct{ name, dir, want string }{
		{"the folder itself", filepath.Join("inbox", "2022-06-15"), "2022-06-15"},
		{"a sub-folder", filepath.Join("inbox", "2022-06-15", "wires"), "2022-06-15"},
		{"the nearest wins", filepath.Join("2021-01-01", "2022-06-15", "x"), "2022-06-15"},
		{"too deep", filepath.Join("2022-06-15", "a", "b", "c", "d"), ""},
		{"none", filepath.Join("inbox", "monday"), ""},
		{"shaped, not a day: still the folder", filepath.Join("inbox", "2022-02-30"), "2022-02-30"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := Folder(tc.dir); got != tc.want {
				t.Errorf("Folder(%q) = %q, want %q", tc.dir, got, tc.want)
			}
		})
	}
}

func TestTitle(t *testing.T) {
	if got := Title("2022-06-05"); got != "5 June 2022" {
		t.Errorf("Title = %q", got)
	}
	if got := Title("draft"); got != "draft" {
		t.Errorf("Title(draft) = %q", got)
	}
}

// Package issue reads and writes issue dates. An issue is one day's
// briefing, named by its date as YYYY-MM-DD: the inbox folder its articles
// sit in, its content section and its folder in the built site.
package issue

import (
	"errors"
	"path/filepath"
	"time"
)

// Layout is the form of an issue date, for time.Format and time.Parse.
const Layout = "2006-01-02"

// titleLayout is how an issue's date is shown to readers.
const titleLayout = "2 January 2006"

// Parse reads an issue date: exactly YYYY-MM-DD, and a day that exists.
func Parse(s string) (time.Time, error) {
	if !shaped(s) {
		return time.Time{}, errors.New("not a date")
	}
	return time.Parse(Layout, s)
}

// Valid reports whether s is an issue date.
func Valid(s string) bool {
	_, err := Parse(s)
	return err == nil
}

// Format writes t's day as an issue date.
func Format(t time.Time) string { return t.Format(Layout) }

// Title is the issue date id as readers see it ("15 June 2022"), or id
// itself when it is not an issue date.
func Title(id string) string {
	t, err := Parse(id)
	if err != nil {
		return id
	}
	return t.Format(titleLayout)
}

// maxDepth is how many folders up Folder looks: an issue folder holds its
// articles, or a few levels of folders an editor sorted them into.
const maxDepth = 4

// Folder is the issue of the nearest folder named like an issue date among
// dir and its parents, or "" when there is none.
func Folder(dir string) string {
	for range maxDepth {
		if b := filepath.Base(dir); shaped(b) {
			return b
		}
		next := filepath.Dir(dir)
		if next == dir {
			break
		}
		dir = next
	}
	return ""
}

// shaped reports whether s has the shape YYYY-MM-DD (digits and hyphens
// in place), whether or not the day exists.
func shaped(s string) bool {
	if len(s) != len(Layout) {
		return false
	}
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case i == 4 || i == 7:
			if c != '-' {
				return false
			}
		case c < '0' || c > '9':
			return false
		}
	}
	return true
}

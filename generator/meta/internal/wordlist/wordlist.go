package wordlist

import "strings"

// Lines returns the entries of a list: its non-empty lines that are not
// comments, trimmed.
func Lines(data string) []string {
	var out []string
	for _, line := range strings.Split(data, "\n") {
		if line = strings.TrimSpace(line); line != "" && line[0] != '#' {
			out = append(out, line)
		}
	}
	return out
}

// Words reads a list of whitespace-separated words into a set.
func Words(data string) map[string]bool {
	m := map[string]bool{}
	for _, line := range Lines(data) {
		for _, w := range strings.Fields(line) {
			m[w] = true
		}
	}
	return m
}

// Entries reads a list with one entry, possibly of several words, a line.
func Entries(data string) map[string]bool {
	m := map[string]bool{}
	for _, line := range Lines(data) {
		m[line] = true
	}
	return m
}

// Set makes a set of words written out in Go.
func Set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

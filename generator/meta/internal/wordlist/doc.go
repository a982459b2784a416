// Package wordlist reads the plain-text word lists the extractors embed:
// one entry a line, blank lines and lines starting with # ignored. Each
// package embeds its own lists and parses them on first use, so a command
// that never computes metadata never pays for them. Set makes a set of
// the short lists written out in Go.
package wordlist

package mailing

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"briefing/generator/email/address"
)

// List is a recipient list as read from a file.
type List struct {
	// Addresses are the valid addresses, normalised (see address.Parse),
	// each mailbox once, in the order of the file.
	Addresses []string
	// Invalid are the lines that are not an address; they are skipped,
	// not fatal, so one typo does not hold up the issue for everyone.
	Invalid []LineError
	// Duplicates counts lines naming a mailbox already listed (ignoring
	// case).
	Duplicates int
}

// LineError is a line of a list that is not an address.
type LineError struct {
	Line int
	Text string
	Err  error
}

func (e LineError) Error() string { return fmt.Sprintf("line %d: %v", e.Line, e.Err) }

// maxList bounds a list file: far above any real list, far below memory.
const maxList = 64 << 20

// ParseList reads a recipient list: one address per line, as any editor
// or spreadsheet saves it (UTF-8 with or without a byte-order mark, LF or
// CRLF line ends); blank lines and lines starting with # are skipped. It
// fails only when the input cannot be read as text at all.
func ParseList(r io.Reader) (List, error) {
	var l List
	data, err := io.ReadAll(io.LimitReader(r, maxList+1))
	if err != nil {
		return l, err
	}
	if len(data) > maxList {
		return l, fmt.Errorf("over %d MB; split the list", maxList>>20)
	}
	if bytes.HasPrefix(data, []byte{0xff, 0xfe}) || bytes.HasPrefix(data, []byte{0xfe, 0xff}) {
		return l, errors.New("the file is UTF-16; save it as UTF-8 (plain text) and try again")
	}
	seen := map[string]bool{}
	for n, line := range strings.Split(string(data), "\n") {
		text := strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(line), "\ufeff"))
		if text == "" || strings.HasPrefix(text, "#") {
			continue
		}
		addr, err := address.Parse(text)
		if err != nil {
			l.Invalid = append(l.Invalid, LineError{Line: n + 1, Text: text, Err: err})
			continue
		}
		if k := address.Key(addr); seen[k] {
			l.Duplicates++
			continue
		} else {
			seen[k] = true
		}
		l.Addresses = append(l.Addresses, addr)
	}
	return l, nil
}

// ReadList reads the recipient list file at path (see ParseList).
func ReadList(path string) (List, error) {
	f, err := os.Open(path)
	if err != nil {
		return List{}, fmt.Errorf("recipient list: %w", err)
	}
	defer f.Close()
	l, err := ParseList(f)
	if err != nil {
		return l, fmt.Errorf("recipient list %s: %w", path, err)
	}
	return l, nil
}

package article

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// Decode turns the raw bytes of the file name into normalised UTF-8 text
// with LF line ends: UTF-8 (with or without a byte-order mark), UTF-16 with
// a byte-order mark, or else Windows-1252, which wires and word processors
// still send. It names the encoding when it was not UTF-8, so the caller
// can report it, and refuses binary files with an *Error.
func Decode(name string, data []byte) (text, encoding string, err error) {
	text, encoding, derr := decode(data)
	if derr != nil {
		return "", "", &Error{File: name, Line: derr.line, Msg: derr.msg, Hint: derr.hint}
	}
	return text, encoding, nil
}

type decodeError struct {
	line      int
	msg, hint string
}

func decode(data []byte) (string, string, *decodeError) {
	enc := ""
	switch {
	case bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}):
		data = data[3:]
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}), bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		e := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM)
		enc = "utf-16le"
		if data[0] == 0xFE {
			e, enc = unicode.UTF16(unicode.BigEndian, unicode.UseBOM), "utf-16be"
		}
		out, err := e.NewDecoder().Bytes(data)
		if err != nil {
			return "", "", &decodeError{msg: "cannot decode UTF-16 text", hint: "save the file as UTF-8"}
		}
		data = out
	}
	if i := bytes.IndexByte(data, 0); i >= 0 {
		return "", "", &decodeError{line: lineOf(data, i), msg: "file is binary (it has NUL bytes)", hint: "only plain-text articles (.txt, .md) go in the inbox"}
	}
	if !utf8.Valid(data) {
		// Word processors and wires still send Windows-1252, a superset of
		// the printable Latin-1 range: decoding as it loses nothing.
		out, err := charmap.Windows1252.NewDecoder().Bytes(data)
		if err != nil {
			return "", "", &decodeError{msg: "text is neither UTF-8 nor Windows-1252", hint: "save the file as UTF-8"}
		}
		data, enc = out, "windows-1252"
	}
	text := string(data)
	if strings.IndexByte(text, '\r') >= 0 {
		text = strings.ReplaceAll(text, "\r\n", "\n")
		text = strings.ReplaceAll(text, "\r", "\n")
	}
	if line, ok := binaryLine(text); ok {
		return "", "", &decodeError{line: line, msg: "file looks binary (control characters in the text)", hint: "only plain-text articles (.txt, .md) go in the inbox"}
	}
	return stripControls(text), enc, nil
}

// binaryLine reports whether text has too many control characters to be
// prose, and where the first one is.
func binaryLine(text string) (int, bool) {
	n, first := 0, -1
	for i := 0; i < len(text); i++ {
		c := text[i]
		if c < 0x20 && c != '\n' && c != '\t' && c != '\f' && c != '\v' {
			if first < 0 {
				first = i
			}
			n++
		}
	}
	if n < 4 || n*10 < len(text) {
		return 0, false
	}
	return strings.Count(text[:first], "\n") + 1, true
}

// stripControls drops the odd stray control character (a form feed from a
// word processor, an escape from a terminal paste) that would otherwise
// end up in a page or a mail header.
func stripControls(text string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r == '\n' || r == '\t':
			return r
		case r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0) || r == '\u2028' || r == '\u2029' || r == '\ufeff':
			if r == '\u2028' || r == '\u2029' {
				return '\n'
			}
			if r == '\f' || r == '\v' {
				return ' '
			}
			return -1
		}
		return r
	}, text)
}

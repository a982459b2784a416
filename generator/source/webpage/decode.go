package webpage

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/unicode/norm"
)

// decode turns a page's bytes into UTF-8 text and names the encoding it
// came from when that was not UTF-8. The order is the one that goes wrong
// least with saved pages: a byte-order mark; then valid UTF-8 (browsers
// save pages re-encoded as UTF-8 but keep the old <meta charset>, and valid
// non-ASCII UTF-8 is almost never an accident); then the HTTP charset, the
// page's own declaration, and Windows-1252 as browsers do.
func decode(data []byte, contentType string) (string, string) {
	switch {
	case bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}):
		return normalize(data[3:]), ""
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}), bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		enc, name, _ := charset.DetermineEncoding(data, "")
		return convert(enc, data), name
	}
	if utf8.Valid(data) {
		return normalize(data), ""
	}
	var enc encoding.Encoding
	var name string
	if contentType != "" {
		if _, params, ok := strings.Cut(contentType, "charset="); ok {
			label := strings.Trim(strings.TrimSpace(strings.Split(params, ";")[0]), `"'`)
			if e, err := htmlindex.Get(label); err == nil {
				enc, name = e, label
			}
		}
	}
	if enc == nil {
		enc, name, _ = charset.DetermineEncoding(data, "")
	}
	if n, err := htmlindex.Name(enc); err == nil {
		name = n
	}
	if name == "utf-8" {
		// Declared UTF-8 but not valid: the best reading of stray bytes
		// is the one browsers fall back to.
		enc, _ = htmlindex.Get("windows-1252")
		name = "windows-1252"
	}
	return convert(enc, data), name
}

func convert(enc encoding.Encoding, data []byte) string {
	out, err := enc.NewDecoder().Bytes(data)
	if err != nil {
		out = bytes.ToValidUTF8(data, []byte("\uFFFD"))
	}
	return normalize(out)
}

// normalize composes characters (NFC), so that "é" typed two ways is one
// word for the analysis and for search.
func normalize(b []byte) string {
	return norm.NFC.String(string(b))
}

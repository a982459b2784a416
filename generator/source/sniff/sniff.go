// Package sniff tells what an inbox file (or a fetched body) is from its
// name and first bytes: an article the generator reads (plain text,
// Markdown, an HTML page, a feed, a list of URLs), a file skipped on
// purpose (hidden files, READMEs), or something else, with a message that
// tells the editor what to do with it.
//
// The content decides before the name: a PDF named .txt is a PDF, and a
// .txt that starts like an HTML page is read as a page.
package sniff

import (
	"bytes"
	"fmt"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/unicode"
)

// Kind is what a file is to the generator.
type Kind int

const (
	// Unsupported is a file the generator cannot read as an article (a
	// PDF, a Word document, an image, an archive, ...); Type.Hint says
	// what to do.
	Unsupported Kind = iota
	Text             // a plain-text article: headline, blank line, paragraphs
	Markdown         // a Markdown article, maybe with front matter
	HTML             // a web page
	Feed             // an RSS, Atom or JSON Feed document
	URLList          // a .urls file: one address per line
	Ignored          // a hidden file, a README or system clutter, skipped on purpose
)

var kindNames = [...]string{"unsupported", "text", "markdown", "html", "feed", "url list", "ignored"}

func (k Kind) String() string {
	if k >= 0 && int(k) < len(kindNames) {
		return kindNames[k]
	}
	return fmt.Sprintf("Kind(%d)", int(k))
}

// Type is the verdict on one file.
type Type struct {
	Kind Kind
	// What names the file's format for messages: "PDF document",
	// "Atom feed", "HTML page", "hidden file", ...
	What string
	// Hint says what the editor should do with an Unsupported file.
	Hint string
}

// HeadSize is how many leading bytes File and Content need to decide; more
// is fine, fewer may misjudge an Office document or a feed with a long
// prologue.
const HeadSize = 8192

// Error is an inbox file the generator cannot read.
type Error struct {
	File string
	What string
	Hint string
}

func (e *Error) Error() string {
	return fmt.Sprintf("%s: %s is not an article the generator can read - %s", e.File, article(e.What), e.Hint)
}

// Err is the error to report for an Unsupported file; nil for any other.
func (t Type) Err(name string) error {
	if t.Kind != Unsupported {
		return nil
	}
	return &Error{File: name, What: t.What, Hint: t.Hint}
}

func article(s string) string {
	if s == "" {
		return "this file"
	}
	if strings.ContainsRune("aeiouAEIOU", rune(s[0])) || strings.HasPrefix(s, "HTML") || strings.HasPrefix(s, "MHTML") || strings.HasPrefix(s, "RTF") || strings.HasPrefix(s, "SVG") || strings.HasPrefix(s, "XML") || strings.HasPrefix(s, "MP") {
		return "an " + s
	}
	return "a " + s
}

// The advice for files that are not articles.
const (
	convertHint = "save the article's text as a .txt file (or its web page as .html) and move this file out of the issue folder"
	moveHint    = "move it out of the issue folder"
	readable    = "articles are .txt, .md, .html pages, feeds (.xml, .rss, .atom, .json) or .urls lists"
)

// File tells what the file name is from head, its first bytes (at least
// HeadSize of them, or the whole file).
func File(name string, head []byte) Type {
	base := filepath.Base(name)
	if t, ok := ignored(base); ok {
		return t
	}
	ext := strings.ToLower(filepath.Ext(base))
	if t, ok := binaryType(head, ext); ok {
		return t
	}
	text := asText(head)
	if t, ok := markup(text, ext); ok {
		return t
	}
	switch ext {
	case ".txt", ".text":
		if weakHTML(text) && blockMarkup(text) {
			return Type{Kind: HTML, What: "HTML page"}
		}
		return Type{Kind: Text, What: "text article"}
	case ".md", ".markdown":
		return Type{Kind: Markdown, What: "Markdown article"}
	case ".html", ".htm", ".xhtml", ".shtml":
		return Type{Kind: HTML, What: "HTML page"}
	case ".urls":
		return Type{Kind: URLList, What: "URL list"}
	case ".xml", ".rss", ".atom", ".rdf", ".feed":
		return Type{What: "XML file that is not a feed", Hint: "only RSS and Atom feeds are read: " + moveHint}
	case ".json":
		return Type{What: "JSON file that is not a JSON Feed", Hint: "only JSON Feed (jsonfeed.org) is read: " + moveHint}
	case ".mht", ".mhtml":
		return Type{What: "MHTML web archive", Hint: "save the page again as \"Web page, HTML only\" (.html) and move this file out of the issue folder"}
	}
	if w, ok := documentExts[ext]; ok {
		return Type{What: w, Hint: convertHint}
	}
	if ext == "" {
		return Type{What: "file without an extension", Hint: readable + ": rename it, or " + moveHint}
	}
	return Type{What: ext + " file", Hint: readable + ": convert it, or " + moveHint}
}

// Content tells what a fetched body is from its Content-Type and first
// bytes. Only pages and feeds are useful; anything else is Unsupported
// with a hint that suits a URL.
func Content(contentType string, head []byte) Type {
	mt := strings.ToLower(strings.TrimSpace(strings.Split(contentType, ";")[0]))
	if t, ok := binaryType(head, ""); ok {
		t.Hint = "link to the article's web page or its site's feed instead"
		return t
	}
	text := asText(head)
	if t, ok := markup(text, ""); ok {
		return t
	}
	switch mt {
	case "text/html", "application/xhtml+xml":
		return Type{Kind: HTML, What: "HTML page"}
	case "application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/feed+json",
		"text/xml", "application/xml", "application/json":
		return Type{What: "document served as " + mt + " that is neither an RSS, Atom nor JSON feed",
			Hint: "check that the address is the site's feed, or link to an article page instead"}
	}
	if weakHTML(text) {
		return Type{Kind: HTML, What: "HTML page"}
	}
	what := "document of type " + mt
	if mt == "" {
		what = "document of unknown type"
	}
	return Type{What: what, Hint: "link to the article's web page or its site's feed instead"}
}

// ignored reports the files the generator skips without a word, as
// documented: hidden files (.DS_Store, ._resource forks), system clutter
// (Thumbs.db, desktop.ini, Office's ~$ lock files) and READMEs.
func ignored(base string) (Type, bool) {
	lower := strings.ToLower(base)
	switch {
	case strings.HasPrefix(base, "."):
		return Type{Kind: Ignored, What: "hidden file"}, true
	case lower == "thumbs.db" || lower == "desktop.ini" || base == "Icon\r" || strings.HasPrefix(base, "~$"):
		return Type{Kind: Ignored, What: "system file"}, true
	case lower == "readme" || strings.HasPrefix(lower, "readme."):
		return Type{Kind: Ignored, What: "README"}, true
	}
	return Type{}, false
}

// asText returns head as UTF-8 text without a byte-order mark (UTF-16
// decoded), for looking at its start.
func asText(head []byte) string {
	switch {
	case bytes.HasPrefix(head, []byte{0xEF, 0xBB, 0xBF}):
		return string(head[3:])
	case bytes.HasPrefix(head, []byte{0xFF, 0xFE}), bytes.HasPrefix(head, []byte{0xFE, 0xFF}):
		if len(head)%2 == 1 {
			head = head[:len(head)-1]
		}
		out, err := unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM).NewDecoder().Bytes(head)
		if err == nil {
			return string(out)
		}
	}
	return string(head)
}

// documentExts name formats recognised by extension alone when their
// content has no signature of its own.
var documentExts = map[string]string{
	".pdf": "PDF document", ".doc": "Word document", ".docx": "Word document", ".odt": "OpenDocument text",
	".rtf": "RTF document", ".pages": "Pages document", ".wpd": "WordPerfect document", ".epub": "EPUB book",
	".xls": "spreadsheet", ".xlsx": "spreadsheet", ".ods": "spreadsheet", ".numbers": "spreadsheet", ".csv": "CSV table", ".tsv": "TSV table",
	".ppt": "presentation", ".pptx": "presentation", ".odp": "presentation", ".key": "presentation",
	".eml": "email message", ".msg": "Outlook message", ".webarchive": "Safari web archive",
	".jpg": "JPEG image", ".jpeg": "JPEG image", ".png": "PNG image", ".gif": "GIF image", ".webp": "WebP image",
	".heic": "HEIC image", ".tif": "TIFF image", ".tiff": "TIFF image", ".bmp": "BMP image", ".svg": "SVG image",
	".mp3": "MP3 audio", ".m4a": "audio file", ".wav": "WAV audio", ".mp4": "MP4 video", ".mov": "QuickTime video",
	".zip": "zip archive", ".gz": "gzip archive", ".tgz": "gzip archive", ".7z": "7-Zip archive", ".rar": "RAR archive",
}

// hintFor says what to do with a file of the kind what: move out what no
// conversion can make an article of, convert the rest.
func hintFor(what string) string {
	switch {
	case strings.Contains(what, "image"), strings.Contains(what, "audio"), strings.Contains(what, "video"),
		strings.Contains(what, "program"), strings.Contains(what, "database"), strings.Contains(what, "font"):
		return moveHint
	case strings.Contains(what, "archive") && !strings.Contains(what, "web"):
		return "unpack it, keep only the articles in the issue folder, and move the archive out"
	case what == "Safari web archive":
		return "save the page again as \"Page Source\" (.html) and move this file out of the issue folder"
	}
	return convertHint
}

// binaryType recognises formats by their signature.
func binaryType(head []byte, ext string) (Type, bool) {
	what := signature(head, ext)
	if what == "" {
		if bytes.IndexByte(head, 0) >= 0 && !utf16(head) {
			what = "binary file"
			if w, ok := documentExts[ext]; ok {
				what = w
			}
		} else if len(head) > 0 && !utf16(head) && !utf8.Valid(trimPartialRune(head)) && controlHeavy(head) {
			what = "binary file"
		}
	}
	if what == "" {
		return Type{}, false
	}
	return Type{What: what, Hint: hintFor(what)}, true
}

func utf16(head []byte) bool {
	return bytes.HasPrefix(head, []byte{0xFF, 0xFE}) || bytes.HasPrefix(head, []byte{0xFE, 0xFF})
}

// trimPartialRune cuts a rune split by the end of head.
func trimPartialRune(b []byte) []byte {
	for i := 0; i < 3 && len(b) > 0; i++ {
		r, size := utf8.DecodeLastRune(b)
		if r != utf8.RuneError || size != 1 {
			break
		}
		b = b[:len(b)-1]
	}
	return b
}

// controlHeavy reports bytes with many control characters: not text in
// any 8-bit encoding.
func controlHeavy(b []byte) bool {
	n := 0
	for _, c := range b {
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' {
			n++
		}
	}
	return n > 4 && n*20 > len(b)
}

func signature(h []byte, ext string) string {
	has := func(p string) bool { return bytes.HasPrefix(h, []byte(p)) }
	switch {
	case has("%PDF-"):
		return "PDF document"
	case has("PK\x03\x04"), has("PK\x05\x06"):
		return zipKind(h, ext)
	case has("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"):
		switch ext {
		case ".xls":
			return "spreadsheet"
		case ".ppt":
			return "presentation"
		case ".msg":
			return "Outlook message"
		}
		return "Word document"
	case has("{\\rtf"):
		return "RTF document"
	case has("bplist00"):
		return "Safari web archive"
	case has("\x89PNG\r\n\x1a\n"):
		return "PNG image"
	case has("\xFF\xD8\xFF"):
		return "JPEG image"
	case has("GIF87a"), has("GIF89a"):
		return "GIF image"
	case has("RIFF") && len(h) >= 12 && string(h[8:12]) == "WEBP":
		return "WebP image"
	case has("RIFF") && len(h) >= 12 && string(h[8:12]) == "WAVE":
		return "WAV audio"
	case has("II*\x00"), has("MM\x00*"):
		return "TIFF image"
	case has("BM") && ext == ".bmp":
		return "BMP image"
	case len(h) >= 12 && string(h[4:8]) == "ftyp":
		switch string(h[8:12]) {
		case "heic", "heix", "mif1", "msf1", "avif":
			return "HEIC image"
		case "M4A ", "M4B ":
			return "audio file"
		}
		return "MP4 video"
	case has("ID3"), has("\xFF\xFB"), has("\xFF\xF3"):
		return "MP3 audio"
	case has("OggS"), has("fLaC"):
		return "audio file"
	case has("\x1A\x45\xDF\xA3"):
		return "video file"
	case has("\x1F\x8B"):
		return "gzip archive"
	case has("7z\xBC\xAF\x27\x1C"):
		return "7-Zip archive"
	case has("Rar!\x1A\x07"):
		return "RAR archive"
	case has("BZh") && ext == ".bz2", has("\xFD7zXZ\x00"):
		return "compressed archive"
	case len(h) > 262 && string(h[257:262]) == "ustar":
		return "tar archive"
	case has("\x7FELF"), has("MZ") && ext == ".exe", has("\xCF\xFA\xED\xFE"), has("\xCA\xFE\xBA\xBE"):
		return "program"
	case has("SQLite format 3\x00"):
		return "database"
	case has("wOFF"), has("wOF2"):
		return "font"
	}
	return ""
}

// zipKind tells the Office and OpenDocument formats, which are zip files,
// from a plain archive by the names of their first entries.
func zipKind(h []byte, ext string) string {
	s := string(h)
	switch {
	case strings.Contains(s, "word/"):
		return "Word document"
	case strings.Contains(s, "xl/"):
		return "spreadsheet"
	case strings.Contains(s, "ppt/"):
		return "presentation"
	case strings.Contains(s, "application/vnd.oasis.opendocument.text"):
		return "OpenDocument text"
	case strings.Contains(s, "application/vnd.oasis.opendocument"):
		return "OpenDocument file"
	case strings.Contains(s, "application/epub+zip"):
		return "EPUB book"
	}
	if w, ok := documentExts[ext]; ok && ext != ".zip" {
		return w
	}
	return "zip archive"
}

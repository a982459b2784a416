package sniff

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/encoding/unicode"
)

func TestFile(t *testing.T) {
	utf16, _ := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().String("<!DOCTYPE html><html><body><p>x</p></body></html>")
	utf16text, _ := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().String("Headline\n\nBody.")
	zipEntry := func(name string) string { return "PK\x03\x04" + strings.Repeat("\x00", 26) + name }
	tests := []struct {
		name, file, head string
		kind             Kind
		what             string
	}{
		{"plain text", "a.txt", "Rates held\n\nThe bank kept rates.", Text, "text article"},
		{"text starting with a word in angle brackets", "a.txt", "<Breaking> news\n\nBody.", Text, "text article"},
		{"markdown", "a.md", "---\ntitle: x\n---\nBody", Markdown, "Markdown article"},
		{"markdown with JSON front matter", "a.md", "{\"title\": \"x\"}\n\nBody", Markdown, "Markdown article"},
		{"html page", "a.html", "<!DOCTYPE html><html><head>", HTML, "HTML page"},
		{"saved page with its comment", "a.htm", "<!-- saved from url=(0035)https://example.com/ -->\n<html>", HTML, "HTML page"},
		{"html without markup", "a.html", "just text", HTML, "HTML page"},
		{".txt that is a page", "a.txt", "\n  <!doctype html>\n<html lang=en>", HTML, "HTML page"},
		{".txt that is a fragment", "a.txt", "<p>Rates held</p><p>The bank</p>", HTML, "HTML page"},
		{".txt that is a fragment of lines", "a.txt", "<h1>Rates held</h1>\nThe bank<br>kept rates", HTML, "HTML page"},
		{".txt quoting markup", "a.txt", "<script>alert('h')</script>\n\n<img src=x onerror=alert(1)><svg onload=alert(2)>", Text, "text article"},
		{".txt with markup in its paragraphs", "a.txt", "<b>Rates</b> held\n\nThe bank said it will <b>not</b> move.\n\n<iframe src=x></iframe>", Text, "text article"},
		{".txt that is a page after a BOM", "a.txt", "\xEF\xBB\xBF<html><body>", HTML, "HTML page"},
		{"UTF-16 page", "a.txt", utf16, HTML, "HTML page"},
		{"UTF-16 text", "a.txt", utf16text, Text, "text article"},
		{".md that is a whole page", "a.md", "<!DOCTYPE html>\n<html>", HTML, "HTML page"},
		{"RSS", "feed.xml", "<?xml version=\"1.0\"?>\n<!-- generator -->\n<rss version=\"2.0\"><channel>", Feed, "RSS feed"},
		{"RSS 1.0", "feed.rdf", "<?xml version=\"1.0\"?><rdf:RDF xmlns:rdf=\"x\">", Feed, "RSS feed"},
		{"Atom", "feed.atom", "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<?xml-stylesheet href=\"a.xsl\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">", Feed, "Atom feed"},
		{"feed named .txt", "a.txt", "<rss version=\"2.0\">", Feed, "RSS feed"},
		{"JSON Feed", "feed.json", "{\n \"version\": \"https://jsonfeed.org/version/1.1\",\n \"title\": \"x\"", Feed, "JSON Feed"},
		{"JSON Feed with escaped slashes", "feed.json", `{"version":"https:\/\/jsonfeed.org\/version\/1"}`, Feed, "JSON Feed"},
		{"URL list", "links.urls", "# morning\nhttps://example.com/a\n", URLList, "URL list"},
		{"other JSON", "data.json", `{"a": 1}`, Unsupported, "JSON file that is not a JSON Feed"},
		{"other XML", "sitemap.xml", `<?xml version="1.0"?><urlset>`, Unsupported, "XML file that is not a feed"},
		{"XML named .txt", "a.txt", `<?xml version="1.0"?><note>`, Unsupported, "XML file that is not a feed"},
		{"PDF", "report.pdf", "%PDF-1.7\n%\xe2\xe3\xcf\xd3", Unsupported, "PDF document"},
		{"PDF named .txt", "report.txt", "%PDF-1.4\n", Unsupported, "PDF document"},
		{"docx", "story.docx", zipEntry("[Content_Types].xml") + "....word/document.xml", Unsupported, "Word document"},
		{"xlsx", "t.xlsx", zipEntry("xl/workbook.xml"), Unsupported, "spreadsheet"},
		{"odt", "story.odt", zipEntry("mimetypeapplication/vnd.oasis.opendocument.text"), Unsupported, "OpenDocument text"},
		{"zip", "pages.zip", zipEntry("a.txt"), Unsupported, "zip archive"},
		{"old Word", "story.doc", "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\x00\x00", Unsupported, "Word document"},
		{"RTF", "story.rtf", "{\\rtf1\\ansi", Unsupported, "RTF document"},
		{"PNG", "chart.png", "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", Unsupported, "PNG image"},
		{"JPEG named .txt", "photo.txt", "\xFF\xD8\xFF\xE0\x00\x10JFIF", Unsupported, "JPEG image"},
		{"HEIC", "IMG_0001.HEIC", "\x00\x00\x00\x18ftypheic\x00\x00", Unsupported, "HEIC image"},
		{"MP4", "clip.mp4", "\x00\x00\x00\x20ftypisom\x00\x00", Unsupported, "MP4 video"},
		{"SVG", "logo.svg", `<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg">`, Unsupported, "SVG image"},
		{"gzip", "a.txt.gz", "\x1F\x8B\x08\x00", Unsupported, "gzip archive"},
		{"Safari web archive", "page.webarchive", "bplist00\xd1\x01\x02", Unsupported, "Safari web archive"},
		{"MHTML", "page.mhtml", "From: <Saved by Blink>\r\nMIME-Version: 1.0", Unsupported, "MHTML web archive"},
		{"CSV", "figures.csv", "a,b\n1,2\n", Unsupported, "CSV table"},
		{"Pages", "story.pages", "PK\x03\x04" + strings.Repeat("\x00", 26) + "Index/Document.iwa", Unsupported, "Pages document"},
		{"binary with NULs", "blob.txt", "abc\x00\x00\x01def", Unsupported, "binary file"},
		{"no extension", "notes", "Headline\n\nBody", Unsupported, "file without an extension"},
		{"unknown extension", "story.txt~", "Headline\n\nBody", Unsupported, ".txt~ file"},
		{"hidden", ".DS_Store", "\x00\x00\x00\x01Bud1", Ignored, "hidden file"},
		{"resource fork", "._story.txt", "\x00\x05\x16\x07", Ignored, "hidden file"},
		{"Windows clutter", "Thumbs.db", "\xD0\xCF\x11\xE0", Ignored, "system file"},
		{"Office lock file", "~$story.docx", "x", Ignored, "system file"},
		{"README", "README.md", "# Inbox", Ignored, "README"},
		{"readme in any case", "ReadMe.txt", "notes", Ignored, "README"},
		{"empty text", "a.txt", "", Text, "text article"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := File(filepath.Join("inbox", "2024-03-01", tt.file), []byte(tt.head))
			if got.Kind != tt.kind || got.What != tt.what {
				t.Fatalf("File(%q) = %v %q, want %v %q", tt.file, got.Kind, got.What, tt.kind, tt.what)
			}
			if (got.Kind == Unsupported) != (got.Hint != "") {
				t.Errorf("hint %q for kind %v", got.Hint, got.Kind)
			}
		})
	}
}

func TestErr(t *testing.T) {
	err := File("inbox/2024-03-01/report.pdf", []byte("%PDF-1.7")).Err("inbox/2024-03-01/report.pdf")
	var serr *Error
	if !errors.As(err, &serr) {
		t.Fatalf("err = %v", err)
	}
	want := "inbox/2024-03-01/report.pdf: a PDF document is not an article the generator can read - save the article's text as a .txt file (or its web page as .html) and move this file out of the issue folder"
	if err.Error() != want {
		t.Errorf("got  %q\nwant %q", err, want)
	}
	if err := File("a.png", []byte("\x89PNG\r\n\x1a\n")).Err("a.png"); !strings.Contains(err.Error(), "a PNG image is not an article the generator can read - move it out of the issue folder") {
		t.Errorf("got %q", err)
	}
	if err := File("a.txt", []byte("x")).Err("a.txt"); err != nil {
		t.Errorf("a readable file has an error: %v", err)
	}
}

func TestContent(t *testing.T) {
	tests := []struct {
		name, contentType, body string
		kind                    Kind
		what                    string
	}{
		{"page", "text/html; charset=utf-8", "<!doctype html><html>", HTML, "HTML page"},
		{"page without doctype", "text/html", "<div>story</div>", HTML, "HTML page"},
		{"page served as text", "text/plain", "<html><body>", HTML, "HTML page"},
		{"page with no type", "", "<!DOCTYPE html>", HTML, "HTML page"},
		{"RSS", "application/rss+xml", "<?xml version='1.0'?><rss>", Feed, "RSS feed"},
		{"Atom served as text/xml", "text/xml", "<feed xmlns='http://www.w3.org/2005/Atom'>", Feed, "Atom feed"},
		{"RSS served as HTML", "text/html", "<?xml version='1.0'?><rss version='2.0'>", Feed, "RSS feed"},
		{"JSON Feed", "application/feed+json", `{"version": "https://jsonfeed.org/version/1.1"}`, Feed, "JSON Feed"},
		{"feed type, not a feed", "application/rss+xml", "Service unavailable", Unsupported, "document served as application/rss+xml that is neither an RSS, Atom nor JSON feed"},
		{"JSON that is not a feed", "application/json", `{"error": "x"}`, Unsupported, "document served as application/json that is neither an RSS, Atom nor JSON feed"},
		{"PDF", "application/pdf", "%PDF-1.5", Unsupported, "PDF document"},
		{"image", "image/png", "\x89PNG\r\n\x1a\n", Unsupported, "PNG image"},
		{"plain text", "text/plain", "Just words", Unsupported, "document of type text/plain"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Content(tt.contentType, []byte(tt.body))
			if got.Kind != tt.kind || got.What != tt.what {
				t.Fatalf("Content = %v %q, want %v %q", got.Kind, got.What, tt.kind, tt.what)
			}
			if got.Kind == Unsupported && !strings.Contains(got.Hint, "link to") && !strings.Contains(got.Hint, "feed") {
				t.Errorf("hint %q does not suit a URL", got.Hint)
			}
		})
	}
}

func TestAssetFolder(t *testing.T) {
	dir := t.TempDir()
	for _, f := range []string{"Story.html", "Bericht.htm"} {
		if err := os.WriteFile(filepath.Join(dir, f), []byte("<html>"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	tests := []struct {
		dir  string
		want bool
	}{
		{"Story_files", true},
		{"Bericht-Dateien", true},
		{"Other_files", false},
		{"_files", false},
		{"Story", false},
	}
	for _, tt := range tests {
		if got := AssetFolder(filepath.Join(dir, tt.dir)); got != tt.want {
			t.Errorf("AssetFolder(%q) = %v, want %v", tt.dir, got, tt.want)
		}
	}
}

func FuzzFile(f *testing.F) {
	for _, s := range []string{"", "<html>", "<?xml version='1.0'?><rss>", "{\"version\":\"https://jsonfeed.org/version/1\"}",
		"%PDF", "PK\x03\x04", "\xFF\xFEa\x00", "<!--", "<!doctype", "<?", "<"} {
		f.Add("a.txt", []byte(s))
	}
	f.Fuzz(func(t *testing.T, name string, head []byte) {
		got := File(name, head)
		if got.Kind < Unsupported || got.Kind > Ignored {
			t.Fatalf("kind %v", got.Kind)
		}
		if got.What == "" || (got.Kind == Unsupported) != (got.Hint != "") {
			t.Fatalf("File(%q) = %+v", name, got)
		}
		Content(name, head)
	})
}

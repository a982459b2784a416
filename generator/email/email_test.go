package email

import (
	"bytes"
	"context"
	"io"
	"mime"
	"net/mail"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"briefing/generator/internal/sitetest"
)

func TestMain(m *testing.M) { os.Exit(sitetest.Main(m)) }

func testSettings() Settings {
	return Settings{
		Name: "The Briefing", SenderName: "The Briefing", From: "briefing@example.org", ReplyTo: "editor@example.org",
		PostalAddress: "1 Example Street, Exampletown",
		Subject:       "{{ .Name }}, {{ .Date }}: {{ .Lead }}",
		Unsubscribe:   "https://briefing.example.org/unsubscribe/ mailto:unsubscribe@example.org",
	}
}

// edition renders an issue of that many stories with the real templates
// and Hugo, and runs the build's email step on it.
func edition(t *testing.T, stories int) (dir string, rep Report) {
	t.Helper()
	site := sitetest.Site(t, stories)
	rep, err := Edition(context.Background(), site, testSettings())
	if err != nil {
		t.Fatal(err)
	}
	return sitetest.IssueDir(site), rep
}

func TestEditionWritesAnEmailSafeMessage(t *testing.T) {
	dir, rep := edition(t, 1)
	if rep.Issues != 1 || rep.LargestHTML == 0 || len(rep.Warnings) > 0 {
		t.Errorf("report: %+v", rep)
	}
	html, err := os.ReadFile(filepath.Join(dir, HTMLFile))
	if err != nil {
		t.Fatal(err)
	}
	h := string(html)
	for _, want := range []string{
		"<!doctype html>", "<html lang=\"en-gb\"", `xmlns:v="urn:schemas-microsoft-com:vml"`,
		"<head>", "</head>", "<body", "</body></html>",
		"<!--[if mso]>", "<o:PixelsPerInch>96</o:PixelsPerInch>", "<![endif]-->",
		`<meta name="color-scheme" content="light dark">`, `<meta name="supported-color-schemes" content="light dark">`,
		"@media(prefers-color-scheme:dark)", `role="presentation"`, "max-width:600px",
		`<td class="lead" id="china-willing-to-continue-to-offer-mutual-support-to-russia" style="padding:`, // inlined; one story is the lead
		`href="https://briefing.example.org/issues/2022-06-15/"`,
		`class="preheader" style="display:none`,
	} {
		if !strings.Contains(h, want) {
			t.Errorf("email.html lacks %q", want)
		}
	}
	// Only the dark-mode block is left in <style>, in the head.
	if n := strings.Count(h, "<style"); n != 2 { // one is inside Outlook's conditional comment
		t.Errorf("%d <style> elements, want 2", n)
	}
	if strings.Contains(h, "<img") {
		t.Errorf("images in the email")
	}

	eml, err := os.ReadFile(filepath.Join(dir, EMLFile))
	if err != nil {
		t.Fatal(err)
	}
	checkLines(t, eml)
	msg, err := mail.ReadMessage(bytes.NewReader(eml))
	if err != nil {
		t.Fatal(err)
	}
	for k, v := range map[string]string{
		"From": `"The Briefing" <briefing@example.org>`, "Date": "Wed, 15 Jun 2022 06:00:00 +0000",
		"Message-ID": "<briefing.2022-06-15@example.org>", "MIME-Version": "1.0",
		"List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "To": "",
	} {
		if got := msg.Header.Get(k); got != v {
			t.Errorf("%s: %q, want %q", k, got, v)
		}
	}
	if ct := msg.Header.Get("Content-Type"); !strings.HasPrefix(ct, "multipart/alternative;") {
		t.Errorf("Content-Type: %q", ct)
	}
	for _, want := range []string{
		"Content-Type: text/plain; charset=UTF-8", "Content-Type: text/html; charset=UTF-8",
		"Content-Transfer-Encoding: quoted-printable",
	} {
		if !bytes.Contains(eml, []byte(want)) {
			t.Errorf(".eml lacks %q", want)
		}
	}
}

func TestEditionIsReproducible(t *testing.T) {
	a, _ := edition(t, 1)
	b, _ := edition(t, 1)
	for _, f := range []string{HTMLFile, EMLFile} {
		x, _ := os.ReadFile(filepath.Join(a, f))
		y, _ := os.ReadFile(filepath.Join(b, f))
		if len(x) == 0 || !bytes.Equal(x, y) {
			t.Errorf("%s differs between two builds of the same input", f)
		}
	}
}

func TestTwentyArticlesFitUnclipped(t *testing.T) {
	dir, rep := edition(t, 20)
	html, _ := os.ReadFile(filepath.Join(dir, HTMLFile))
	if len(html) > ClipLimit || len(rep.Warnings) > 0 || rep.LargestHTML != len(html) {
		t.Errorf("20 articles: HTML %d bytes, limit %d (%+v)", len(html), ClipLimit, rep)
	}
	if n := strings.Count(string(html), `class="headline"`); n != 20 {
		t.Errorf("%d headlines in the email, want 20", n)
	}
	eml, _ := os.ReadFile(filepath.Join(dir, EMLFile))
	checkLines(t, eml)
	t.Logf("20 articles: HTML %d bytes, .eml %d bytes", len(html), len(eml))
}

func checkLines(t *testing.T, eml []byte) {
	t.Helper()
	if bytes.Contains(bytes.ReplaceAll(eml, []byte("\r\n"), nil), []byte("\n")) {
		t.Errorf("bare LF in the message")
	}
	for i, line := range bytes.Split(eml, []byte("\r\n")) {
		if len(line) > 998 {
			t.Errorf("line %d: %d octets, over 998", i+1, len(line))
		}
		if len(line) > 78 {
			t.Errorf("line %d: %d octets, over quoted-printable's 76 and header folding's 78", i+1, len(line))
		}
	}
}

func TestHeadersCannotBeInjected(t *testing.T) {
	m := Message{
		From:      mail.Address{Name: "Evil\r\nBcc: victim@example.com", Address: "briefing@example.org"},
		ReplyTo:   &mail.Address{Address: "editor@example.org"},
		Date:      time.Date(2022, 6, 15, 6, 0, 0, 0, time.UTC),
		MessageID: "briefing.2022-06-15@example.org",
		Text:      "text\n", HTML: "<p>html</p>",
	}
	var err error
	m.Subject, err = Subject(DefaultSubject, SubjectData{
		Name: "The Briefing", Date: "15 June 2022",
		Lead: "Zürich\r\nX-Injected: yes\nSubject: fake – «café»",
	})
	if err != nil {
		t.Fatal(err)
	}
	eml, err := Encode(m)
	if err != nil {
		t.Fatal(err)
	}
	checkLines(t, eml)
	msg, err := mail.ReadMessage(bytes.NewReader(eml))
	if err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"Bcc", "X-Injected"} {
		if v := msg.Header.Get(k); v != "" {
			t.Errorf("injected header %s: %q", k, v)
		}
	}
	if n := len(msg.Header["Subject"]); n != 1 {
		t.Errorf("%d Subject headers", n)
	}
	raw := msg.Header.Get("Subject")
	if !strings.Contains(raw, "=?UTF-8?") {
		t.Errorf("non-ASCII subject not RFC 2047-encoded: %q", raw)
	}
	subject, err := new(mime.WordDecoder).DecodeHeader(raw)
	if want := "The Briefing, 15 June 2022: Zürich X-Injected: yes Subject: fake – «café»"; err != nil || subject != want {
		t.Errorf("Subject decodes to %q (%v), want %q", subject, err, want)
	}
	from, err := mail.ParseAddress(msg.Header.Get("From"))
	if err != nil || from.Name != "Evil Bcc: victim@example.com" || from.Address != "briefing@example.org" {
		t.Errorf("From: %q -> %+v (%v)", msg.Header.Get("From"), from, err)
	}

	// A recipient is one address, never a list or a header.
	for _, bad := range []string{"a@example.com\r\nBcc: b@example.com", "a@example.com, b@example.com", "A <a@example.com>", "nope"} {
		if _, err := m.For(bad); err == nil {
			t.Errorf("recipient %q accepted", bad)
		}
	}
	m.Unsubscribe = []string{"https://example.org/u\r\nBcc: x@example.com"}
	if _, err := Encode(m); err == nil {
		t.Errorf("unsubscribe URI with a line break accepted")
	}
}

func TestPerRecipientMessagesDifferOnlyInToAndID(t *testing.T) {
	dir, _ := edition(t, 1)
	m, err := Load(dir, "2022-06-15", testSettings())
	if err != nil {
		t.Fatal(err)
	}
	a1, _ := m.For("a@example.com")
	a2, _ := m.For("A@example.com")
	b, _ := m.For("b@example.com")
	if a1.MessageID != a2.MessageID || a1.MessageID == b.MessageID || a1.MessageID == m.MessageID {
		t.Errorf("message ids: %q %q %q", a1.MessageID, a2.MessageID, b.MessageID)
	}
	x, _ := Encode(a1)
	y, _ := Encode(a1)
	if !bytes.Equal(x, y) {
		t.Errorf("the same recipient's message differs between runs")
	}
	msg, _ := mail.ReadMessage(bytes.NewReader(x))
	if msg.Header.Get("To") != "<a@example.com>" {
		t.Errorf("To: %q", msg.Header.Get("To"))
	}
	io.Copy(io.Discard, msg.Body)
}

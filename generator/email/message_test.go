package email

import (
	"bytes"
	"context"
	"io"
	"mime"
	"net/mail"
	"strings"
	"testing"
	"time"

	"briefing/generator/internal/sitetest"
)

func archive() Message {
	return Message{
		From:        mail.Address{Name: "The Briefing", Address: "briefing@example.org"},
		Date:        time.Date(2022, 6, 15, 6, 0, 0, 0, time.UTC),
		MessageID:   "briefing.2022-06-15@example.org",
		Unsubscribe: []string{"https://briefing.example.org/unsubscribe/", "mailto:unsubscribe@example.org"},
		Subject:     "The Briefing",
		Text:        "Unsubscribe: https://briefing.example.org/unsubscribe/\nMore: https://briefing.example.org/unsubscribe/faq\n",
		HTML: `<a href=https://briefing.example.org/unsubscribe/>Unsubscribe</a> <a href="mailto:unsubscribe@example.org">by email</a>` +
			` <a href=https://briefing.example.org/unsubscribe/faq>FAQ</a>`,
	}
}

// TestEncodedWordCannotSpoofTheSubject: ASCII text that looks like an RFC
// 2047 encoded word reaches the reader as that text, never as what the
// "word" decodes to.
func TestEncodedWordCannotSpoofTheSubject(t *testing.T) {
	for _, tc := range []struct{ name, headline string }{
		{"whole headline", "=?utf-8?b?WW91ciBhY2NvdW50IGlzIHN1c3BlbmRlZA==?="},
		{"inside text", "Read =?utf-8?q?Your_account_is_suspended?= now"},
		{"with non-ASCII", "Zürich =?utf-8?b?WW91ciBhY2NvdW50IGlzIHN1c3BlbmRlZA==?="},
		{"long", strings.Repeat("=?utf-8?b?WW91ciBhY2NvdW50?= ", 12)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m := archive()
			var err error
			m.Subject, err = Subject(DefaultSubject, SubjectData{Name: "The Briefing", Date: "15 June 2022", Lead: tc.headline})
			if err != nil {
				t.Fatal(err)
			}
			m.From.Name = "=?utf-8?b?U3VwcG9ydCB0ZWFt?= " + tc.headline
			eml, err := Encode(m)
			if err != nil {
				t.Fatal(err)
			}
			checkLines(t, eml)
			msg, err := mail.ReadMessage(bytes.NewReader(eml))
			if err != nil {
				t.Fatal(err)
			}
			got, err := new(mime.WordDecoder).DecodeHeader(msg.Header.Get("Subject"))
			if err != nil || got != m.Subject {
				t.Errorf("Subject decodes to %q (%v), want %q", got, err, m.Subject)
			}
			from, err := mail.ParseAddress(msg.Header.Get("From"))
			if err != nil || from.Name != HeaderText(m.From.Name, 100) || from.Address != "briefing@example.org" {
				t.Errorf("From %q decodes to %+v (%v)", msg.Header.Get("From"), from, err)
			}
			if strings.Contains(strings.ToLower(msg.Header.Get("Subject")+msg.Header.Get("From")), "=?utf-8?b?wwc") {
				t.Errorf("the look-alike word is in the header as it was")
			}
		})
	}
}

func TestPersonal(t *testing.T) {
	m := archive()
	at := time.Date(2024, 3, 1, 9, 30, 0, 0, time.UTC)
	web := "https://briefing.example.org/unsubscribe/?t=TOKEN"
	mailto := "mailto:unsubscribe@example.org?subject=unsubscribe%20TOKEN"
	p, err := m.Personal(Delivery{To: "\ufeffAnn@Example.org", Date: at, MessageID: NewMessageID(at, "example.org"),
		Unsubscribe: []string{web, mailto}})
	if err != nil {
		t.Fatal(err)
	}
	if p.To != "Ann@example.org" || !p.Date.Equal(at) || !strings.HasPrefix(p.MessageID, "20240301093000.") || !strings.HasSuffix(p.MessageID, "@example.org") {
		t.Errorf("personal: To %q Date %v Message-ID %q", p.To, p.Date, p.MessageID)
	}
	if !strings.Contains(p.Text, "Unsubscribe: "+web+"\n") || !strings.Contains(p.Text, "More: https://briefing.example.org/unsubscribe/faq\n") {
		t.Errorf("text links:\n%s", p.Text)
	}
	for _, want := range []string{`href="` + web + `">Unsubscribe`, `href="mailto:unsubscribe@example.org?subject=unsubscribe%20TOKEN">by email`,
		`href=https://briefing.example.org/unsubscribe/faq>`} {
		if !strings.Contains(p.HTML, want) {
			t.Errorf("HTML lacks %s:\n%s", want, p.HTML)
		}
	}
	if m.HTML != archive().HTML || m.Unsubscribe[0] != archive().Unsubscribe[0] {
		t.Errorf("Personal changed the archive copy")
	}
	eml, err := Encode(p)
	if err != nil {
		t.Fatal(err)
	}
	msg, _ := mail.ReadMessage(bytes.NewReader(eml))
	io.Copy(io.Discard, msg.Body)
	if got := msg.Header.Get("List-Unsubscribe"); got != "<"+web+">, <"+mailto+">" {
		t.Errorf("List-Unsubscribe: %q", got)
	}
	if got := msg.Header.Get("Date"); got != "Fri, 01 Mar 2024 09:30:00 +0000" {
		t.Errorf("Date: %q", got)
	}
	if a, b := NewMessageID(at, "example.org"), NewMessageID(at, "example.org"); a == b {
		t.Errorf("two deliveries share Message-ID %s", a)
	}
	if _, err := m.Personal(Delivery{To: "a@example.org", Unsubscribe: []string{web}}); err == nil {
		t.Errorf("a personal URI list of the wrong length was accepted")
	}
}

func TestEditionWarnsWithoutPostalAddress(t *testing.T) {
	site := sitetest.Site(t, 1)
	s := testSettings()
	s.PostalAddress = " "
	rep, err := Edition(context.Background(), site, s)
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Warnings) != 1 || !strings.HasPrefix(rep.Warnings[0], "params.sender.postalAddress is empty") {
		t.Errorf("warnings: %q", rep.Warnings)
	}
}

func TestOwns(t *testing.T) {
	for _, tc := range []struct {
		rel  string
		want bool
	}{
		{"issues/2022-06-15/email.html", true},
		{"issues/2022-06-15/index.html", false},
		{"issues/2022-06-15/email.txt", false},
		{"email.html", false},
		{"issues/email.html", false},
		{"issues/drafts/email.html", false},
		{"tags/email/email.html", false},
		{"x/issues/2022-06-15/email.html", false},
	} {
		if got := Owns(tc.rel); got != tc.want {
			t.Errorf("Owns(%q) = %v, want %v", tc.rel, got, tc.want)
		}
	}
}

func TestUnsubscribeURIs(t *testing.T) {
	for _, tc := range []struct{ setting, base, want string }{
		{"https://x.test/u mailto:u@x.test", "https://briefing.example.org/", "https://x.test/u mailto:u@x.test"},
		{"mailto:u@x.test", "https://briefing.example.org/", "https://briefing.example.org/unsubscribe/ mailto:u@x.test"},
		{"", "https://briefing.example.org/sub/", "https://briefing.example.org/sub/unsubscribe/"},
		{"", "http://localhost:1313/", ""},
	} {
		if got := strings.Join(UnsubscribeURIs(tc.setting, tc.base), " "); got != tc.want {
			t.Errorf("UnsubscribeURIs(%q, %q) = %q, want %q", tc.setting, tc.base, got, tc.want)
		}
	}
}

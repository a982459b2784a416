// Package email builds the email edition of an issue: it inlines the CSS
// of the HTML part Hugo rendered, and turns the HTML and plain-text parts
// into a standard MIME message (.eml) that is byte-for-byte reproducible.
package email

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"net/mail"
	"net/url"
	"strings"
	"time"
	"unicode"

	gomail "github.com/wneessen/go-mail"
)

// Message is everything that goes into one email. The zero To makes the
// archive copy written by the build; send fills it per recipient.
type Message struct {
	From    mail.Address
	ReplyTo *mail.Address
	To      string
	Subject string
	Date    time.Time
	// MessageID is the id without angle brackets.
	MessageID string
	// Unsubscribe are the https: and mailto: URIs of List-Unsubscribe.
	Unsubscribe []string
	Text, HTML  string
}

// maxSubject bounds the subject so its longest unbreakable word can never
// make a header line longer than SMTP's 998 octets.
const maxSubject = 250

// Encode renders m as a MIME message: multipart/alternative with a
// text/plain and a text/html part, both UTF-8 and quoted-printable. The
// same Message always gives the same bytes.
func Encode(m Message) ([]byte, error) {
	msg, err := NewMsg(m)
	if err != nil {
		return nil, err
	}
	var b bytes.Buffer
	if _, err := msg.WriteTo(&b); err != nil {
		return nil, fmt.Errorf("encode message %s: %w", m.MessageID, err)
	}
	return b.Bytes(), nil
}

// NewMsg turns m into a go-mail message ready to write or send.
func NewMsg(m Message) (*gomail.Msg, error) {
	if m.Text == "" || m.HTML == "" {
		return nil, fmt.Errorf("message %s: both a text and an HTML part are needed", m.MessageID)
	}
	// go-mail picks a random boundary; a boundary hashed from the parts is
	// reproducible and cannot occur inside them.
	msg := gomail.NewMsg(gomail.WithBoundary(boundary(m)), gomail.WithNoDefaultUserAgent(),
		gomail.WithCharset(gomail.CharsetUTF8), gomail.WithEncoding(gomail.EncodingQP))

	from, err := address(m.From)
	if err != nil {
		return nil, fmt.Errorf("sender: %w", err)
	}
	msg.FromMailAddress(from)
	if m.ReplyTo != nil && m.ReplyTo.Address != "" {
		rt, err := address(*m.ReplyTo)
		if err != nil {
			return nil, fmt.Errorf("reply-to: %w", err)
		}
		msg.ReplyToMailAddress(rt)
	}
	if m.To != "" {
		to, err := ParseAddress(m.To)
		if err != nil {
			return nil, err
		}
		msg.ToMailAddress(&mail.Address{Address: to})
	}
	msg.Subject(HeaderText(m.Subject, maxSubject))
	msg.SetDateWithValue(m.Date)
	if strings.ContainsAny(m.MessageID, "<> \t\r\n") || !strings.Contains(m.MessageID, "@") {
		return nil, fmt.Errorf("invalid message id %q", m.MessageID)
	}
	msg.SetMessageIDWithValue(m.MessageID)
	// Precedence: bulk keeps out-of-office replies away from the sender.
	msg.SetBulk()
	if len(m.Unsubscribe) > 0 {
		web, value, err := unsubscribe(m.Unsubscribe)
		if err != nil {
			return nil, err
		}
		// SetGenHeader rather than go-mail's List-Unsubscribe helpers: those
		// keep the two headers in a map and write them in random order.
		msg.SetGenHeader(gomail.HeaderListUnsubscribe, value)
		if web {
			msg.SetGenHeader(gomail.HeaderListUnsubscribePost, "List-Unsubscribe=One-Click")
		}
	}
	msg.SetBodyString(gomail.TypeTextPlain, m.Text)
	msg.AddAlternativeString(gomail.TypeTextHTML, m.HTML)
	return msg, nil
}

func boundary(m Message) string {
	h := sha256.New()
	h.Write([]byte(m.Text))
	h.Write([]byte{0})
	h.Write([]byte(m.HTML))
	return "briefing-" + hex.EncodeToString(h.Sum(nil))[:40]
}

// address checks a configured address and cleans its display name, so a
// name cannot carry a line break into the header.
func address(a mail.Address) (*mail.Address, error) {
	addr, err := ParseAddress(a.Address)
	if err != nil {
		return nil, err
	}
	return &mail.Address{Name: HeaderText(a.Name, 100), Address: addr}, nil
}

// ParseAddress checks that s is one bare email address and returns it.
func ParseAddress(s string) (string, error) {
	s = strings.TrimSpace(s)
	a, err := mail.ParseAddress(s)
	if err != nil || a.Name != "" || strings.ContainsAny(a.Address, "\r\n") {
		return "", fmt.Errorf("invalid email address %q", s)
	}
	return a.Address, nil
}

// HeaderText makes s safe for a header: every run of white space or control
// characters, CR and LF included, becomes one space, so s can never end a
// header or start another; it is cut to at most max runes. go-mail encodes
// what is not ASCII as RFC 2047 words.
func HeaderText(s string, max int) string {
	var b strings.Builder
	space := false
	n := 0
	for _, r := range strings.TrimSpace(s) {
		if unicode.IsSpace(r) || unicode.IsControl(r) {
			space = true
			continue
		}
		if n >= max {
			b.WriteString("…")
			break
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
			n++
		}
		space = false
		b.WriteRune(r)
		n++
	}
	return b.String()
}

// unsubscribe formats List-Unsubscribe and reports whether it has an https
// URL, which RFC 8058 one-click unsubscribe needs.
func unsubscribe(uris []string) (web bool, value string, err error) {
	var parts []string
	for _, s := range uris {
		u, err := url.Parse(s)
		if err != nil || strings.ContainsAny(s, "<>, \t\r\n") || len(s) > 900 {
			return false, "", fmt.Errorf("unsubscribe: invalid URI %q", s)
		}
		switch {
		case u.Scheme == "https" && u.Host != "":
			web = true
		case u.Scheme == "mailto" && u.Opaque != "":
		default:
			return false, "", fmt.Errorf("unsubscribe: %q is neither an https: URL nor a mailto: address", s)
		}
		parts = append(parts, "<"+s+">")
	}
	return web, strings.Join(parts, ", "), nil
}

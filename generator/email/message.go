// Package email builds the email edition of an issue: it inlines the CSS
// of the HTML part Hugo rendered, and turns the HTML and plain-text parts
// into a standard MIME message (.eml) that is byte-for-byte reproducible.
package email

import (
	"bytes"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"html"
	"net/mail"
	"net/url"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"briefing/generator/email/address"

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
	msg, err := newMsg(m)
	if err != nil {
		return nil, err
	}
	var b bytes.Buffer
	if _, err := msg.WriteTo(&b); err != nil {
		return nil, fmt.Errorf("encode message %s: %w", m.MessageID, err)
	}
	return b.Bytes(), nil
}

// newMsg turns m into a go-mail message ready to write.
func newMsg(m Message) (*gomail.Msg, error) {
	if m.Text == "" || m.HTML == "" {
		return nil, fmt.Errorf("message %s: both a text and an HTML part are needed", m.MessageID)
	}
	// go-mail picks a random boundary; a boundary hashed from the parts is
	// reproducible and cannot occur inside them.
	msg := gomail.NewMsg(gomail.WithBoundary(boundary(m)), gomail.WithNoDefaultUserAgent(),
		gomail.WithCharset(gomail.CharsetUTF8), gomail.WithEncoding(gomail.EncodingQP))

	from, err := configured(m.From)
	if err != nil {
		return nil, fmt.Errorf("sender: %w", err)
	}
	if strings.Contains(from.Name, "=?") {
		// Quoting alone does not stop every mail client from decoding a
		// name that looks like an encoded word: encode it for real.
		msg.SetGenHeaderPreformatted(gomail.Header(gomail.HeaderFrom), fold(encodeWords(from.Name)+" <"+from.Address+">", len("From: ")))
	} else {
		msg.FromMailAddress(from)
	}
	if m.ReplyTo != nil && m.ReplyTo.Address != "" {
		rt, err := configured(*m.ReplyTo)
		if err != nil {
			return nil, fmt.Errorf("reply-to: %w", err)
		}
		msg.ReplyToMailAddress(rt)
	}
	if m.To != "" {
		to, err := address.Parse(m.To)
		if err != nil {
			return nil, err
		}
		msg.ToMailAddress(&mail.Address{Address: to})
	}
	msg.Subject(headerWords(HeaderText(m.Subject, maxSubject)))
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

// configured checks a configured address and cleans its display name, so
// a name cannot carry a line break into the header.
func configured(a mail.Address) (*mail.Address, error) {
	addr, err := address.Parse(a.Address)
	if err != nil {
		return nil, err
	}
	return &mail.Address{Name: HeaderText(a.Name, 100), Address: addr}, nil
}

// headerWords returns header text s as it must be handed to go-mail. Text
// that is not ASCII is encoded by go-mail; ASCII text is written as it is,
// so ASCII that looks like an RFC 2047 encoded word ("=?utf-8?b?...?=") would
// be decoded by the reader's mail client into something else entirely. Such
// text is encoded here, whole, so it decodes to exactly itself.
func headerWords(s string) string {
	if !strings.Contains(s, "=?") {
		return s
	}
	return encodeWords(s)
}

// encodeWords encodes s as RFC 2047 "B" words separated by spaces, each
// short enough to start a folded header line, never splitting a character.
func encodeWords(s string) string {
	const maxRaw = 36 // 48 base64 characters: a word of 60
	var words []string
	for s != "" {
		n := 0
		for n < len(s) {
			_, size := utf8.DecodeRuneInString(s[n:])
			if n+size > maxRaw {
				break
			}
			n += size
		}
		words = append(words, "=?UTF-8?b?"+base64.StdEncoding.EncodeToString([]byte(s[:n]))+"?=")
		s = s[n:]
	}
	return strings.Join(words, " ")
}

// fold breaks a header value made of space-separated words into lines of
// at most 76 octets; used where go-mail does not fold for us. The first
// line already holds used octets (the field name).
func fold(value string, used int) string {
	var b strings.Builder
	n := used
	for i, w := range strings.Split(value, " ") {
		if i > 0 {
			if n+1+len(w) > 76 {
				b.WriteString("\r\n ")
				n = 1
			} else {
				b.WriteByte(' ')
				n++
			}
		}
		b.WriteString(w)
		n += len(w)
	}
	return b.String()
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

// Delivery is what makes the archive copy of an issue one reader's message
// at the moment it is sent.
type Delivery struct {
	To string
	// Date is when the message is sent: mail clients sort by it, and spam
	// filters distrust a Date far from the time the message arrived.
	Date time.Time
	// MessageID is this delivery's own id (see NewMessageID).
	MessageID string
	// Unsubscribe are the reader's own List-Unsubscribe URIs, one for each
	// of the archive's, in the same order. Every link to an archive URI in
	// the HTML and text parts is replaced by the reader's, so the footer's
	// "Unsubscribe" link also names the reader. Nil keeps the archive's.
	Unsubscribe []string
}

// Personal returns m as delivered to one reader.
func (m Message) Personal(d Delivery) (Message, error) {
	to, err := address.Parse(d.To)
	if err != nil {
		return Message{}, err
	}
	if d.Unsubscribe != nil && len(d.Unsubscribe) != len(m.Unsubscribe) {
		return Message{}, fmt.Errorf("unsubscribe: %d personal URIs for %d", len(d.Unsubscribe), len(m.Unsubscribe))
	}
	m.To, m.Date, m.MessageID = to, d.Date, d.MessageID
	if d.Unsubscribe != nil {
		for i, old := range m.Unsubscribe {
			m.HTML = replaceHref(m.HTML, old, d.Unsubscribe[i])
			m.Text = replaceURL(m.Text, old, d.Unsubscribe[i])
		}
		m.Unsubscribe = append([]string(nil), d.Unsubscribe...)
	}
	return m, nil
}

// NewMessageID returns a new, unique Message-ID (without angle brackets) on
// domain: the time of sending and 96 random bits.
func NewMessageID(now time.Time, domain string) string {
	var b [12]byte
	rand.Read(b[:])
	return fmt.Sprintf("%s.%s@%s", now.UTC().Format("20060102150405"), hex.EncodeToString(b[:]), domain)
}

// replaceHref replaces the link target old by new in every href of h,
// quoted or not (the minifier drops quotes it does not need), and writes
// the new value quoted and escaped.
func replaceHref(h, old, new string) string {
	quoted := `href="` + html.EscapeString(new) + `"`
	for _, q := range []string{`"`, `'`} {
		h = strings.ReplaceAll(h, "href="+q+html.EscapeString(old)+q, quoted)
		h = strings.ReplaceAll(h, "href="+q+old+q, quoted)
	}
	// Unquoted: the value ends at white space or the end of the tag.
	var b strings.Builder
	for {
		i := strings.Index(h, "href="+old)
		if i < 0 {
			break
		}
		end := i + len("href=") + len(old)
		if end < len(h) && !strings.ContainsRune(" \t\r\n>", rune(h[end])) && !strings.HasPrefix(h[end:], "/>") {
			b.WriteString(h[:end])
			h = h[end:]
			continue
		}
		b.WriteString(h[:i])
		b.WriteString(quoted)
		h = h[end:]
	}
	b.WriteString(h)
	return b.String()
}

// replaceURL replaces old by new in plain text where old stands as a whole
// URL: followed by white space, the end, or punctuation that cannot
// continue it.
func replaceURL(text, old, new string) string {
	var b strings.Builder
	for {
		i := strings.Index(text, old)
		if i < 0 {
			break
		}
		end := i + len(old)
		if end < len(text) && !strings.ContainsRune(" \t\r\n)>\"'", rune(text[end])) {
			b.WriteString(text[:end])
			text = text[end:]
			continue
		}
		b.WriteString(text[:i])
		b.WriteString(new)
		text = text[end:]
	}
	b.WriteString(text)
	return b.String()
}

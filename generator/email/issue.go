package email

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"net/mail"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"briefing/generator/email/address"
	"briefing/generator/internal/issue"

	"golang.org/x/net/html"
)

// Files of an issue's email edition inside public/issues/YYYY-MM-DD/.
const (
	HTMLFile = "email.html" // written by Hugo, CSS inlined by the build
	TextFile = "email.txt"  // written by Hugo
	EMLFile  = "issue.eml"  // written by the build
)

// sendHour is the fixed time of day (UTC) in the Date header, so the
// message does not depend on when it was built.
const sendHour = 6

// Load reads the email edition of issue id (YYYY-MM-DD) from its folder
// of the built site and returns the archive copy of its message (no To).
// The build and send share it, so what is sent is what was built.
func Load(dir, id string, s Settings) (Message, error) {
	return load(dir, id, s, nil)
}

// load is Load with the HTML part already in hand (nil: read it), as the
// build has it after inlining.
func load(dir, id string, s Settings, html []byte) (Message, error) {
	day, err := issue.Parse(id)
	if err != nil {
		return Message{}, fmt.Errorf("issue %q: not a YYYY-MM-DD date", id)
	}
	if html == nil {
		if html, err = os.ReadFile(filepath.Join(dir, HTMLFile)); err != nil {
			return Message{}, fmt.Errorf("issue %s: %w", id, err)
		}
	}
	text, err := os.ReadFile(filepath.Join(dir, TextFile))
	if err != nil {
		return Message{}, fmt.Errorf("issue %s: %w", id, err)
	}
	if s.From == "" {
		return Message{}, fmt.Errorf("issue %s: params.sender.address is not set in the config", id)
	}
	from, err := address.Parse(s.From)
	if err != nil {
		return Message{}, fmt.Errorf("params.sender.address: %w", err)
	}
	name := s.SenderName
	if name == "" {
		name = s.Name
	}
	m := Message{
		From:        mail.Address{Name: name, Address: from},
		Date:        day.Add(sendHour * time.Hour),
		MessageID:   fmt.Sprintf("briefing.%s@%s", id, address.Domain(from)),
		Unsubscribe: UnsubscribeURIs(s.Unsubscribe, s.BaseURL),
		Text:        string(text),
		HTML:        string(html),
	}
	if s.ReplyTo != "" {
		m.ReplyTo = &mail.Address{Address: s.ReplyTo}
	}
	lead, err := leadHeadline(html)
	if err != nil {
		return Message{}, fmt.Errorf("issue %s: %w", id, err)
	}
	m.Subject, err = Subject(s.Subject, SubjectData{
		Name: s.Name, Date: issue.Title(id), Issue: id, Lead: lead,
	})
	if err != nil {
		return Message{}, err
	}
	return m, nil
}

// For returns m addressed to one recipient, with a Message-ID of its own
// that is still the same on every run.
func (m Message) For(to string) (Message, error) {
	addr, err := address.Parse(to)
	if err != nil {
		return Message{}, err
	}
	local, dom, _ := strings.Cut(m.MessageID, "@")
	sum := sha256.Sum256([]byte(strings.ToLower(addr)))
	m.To = addr
	m.MessageID = local + "." + hex.EncodeToString(sum[:8]) + "@" + dom
	return m, nil
}

// leadHeadline is the text of the first headline link: the template marks
// headlines with class "headline" and orders them by weight. The lead is
// near the top of a long issue, so the page is tokenized only that far,
// not parsed whole.
func leadHeadline(b []byte) (string, error) {
	z := html.NewTokenizer(bytes.NewReader(b))
	inside := false
	var text strings.Builder
	for {
		tt := z.Next()
		switch {
		case tt == html.ErrorToken:
			if z.Err() == io.EOF {
				return strings.TrimSpace(text.String()), nil
			}
			return "", fmt.Errorf("read %s: %w", HTMLFile, z.Err())
		case inside && tt == html.TextToken:
			text.Write(z.Text())
		case tt == html.StartTagToken || tt == html.SelfClosingTagToken || tt == html.EndTagToken:
			name, more := z.TagName()
			if string(name) != "a" {
				continue
			}
			if inside { // its end, or a link that ends it
				return strings.TrimSpace(text.String()), nil
			}
			if tt == html.EndTagToken {
				continue
			}
			for more && !inside {
				var key, val []byte
				key, val, more = z.TagAttr()
				if string(key) == "class" && slices.Contains(strings.FieldsFunc(string(val), isHTMLSpace), "headline") {
					inside = true // <a/> starts a link too: HTML has no empty links
				}
			}
		}
	}
}

// isHTMLSpace reports whether r is whitespace as HTML's class lists have it.
func isHTMLSpace(r rune) bool {
	return r == ' ' || r == '\t' || r == '\n' || r == '\f' || r == '\r'
}

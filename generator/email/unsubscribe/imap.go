package unsubscribe

import (
	"bytes"
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"io"
	"net"
	"net/mail"
	"net/url"
	"strconv"
	"strings"
	"time"

	"briefing/generator/email/address"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"
)

// Env names of the IMAP credentials, when the URL has none.
const (
	EnvIMAPUser     = "BRIEFING_IMAP_USER"
	EnvIMAPPassword = "BRIEFING_IMAP_PASSWORD"
)

// IMAPOptions say where the unsubscribe mail is and what to do with it.
type IMAPOptions struct {
	// URL is imaps://user:password@host[:port]/MAILBOX (implicit TLS, port
	// 993) or imap://... (STARTTLS, port 143; plain only on loopback). The
	// mailbox defaults to INBOX.
	URL string
	// Getenv supplies $BRIEFING_IMAP_USER and $BRIEFING_IMAP_PASSWORD
	// when the URL has no credentials.
	Getenv func(string) string
	// TLSConfig overrides the default TLS settings (tests trust their own
	// certificate here).
	TLSConfig *tls.Config
	Resolver  *Resolver
	// Add suppresses addr; source says how it came.
	Add func(addr, source string) error
}

// IMAPReport is what ReadIMAP did.
type IMAPReport struct {
	Mailbox string
	// Read is the number of unseen messages read.
	Read int
	// Unsubscribed are the readers the messages asked to remove.
	Unsubscribed []string
	// Ignored are messages that asked nothing ReadIMAP could act on; they
	// are flagged in the mailbox for a person to read.
	Ignored []Ignored
}

// Ignored is a message that unsubscribed no one.
type Ignored struct {
	From, Subject, Reason string
}

// maxMessage is as much of a message as is read: an unsubscribe request
// is a line.
const maxMessage = 64 << 10

// ReadIMAP reads the unseen messages of the unsubscribe mailbox and
// suppresses the reader each asks for: the reader whose token is in the
// subject or text (the List-Unsubscribe mailto carries it), or else the
// sender, when the sender is a reader and the message says "unsubscribe".
// Automatic replies are ignored. Every message read is marked \Seen;
// those ignored are also \Flagged.
func ReadIMAP(ctx context.Context, o IMAPOptions) (IMAPReport, error) {
	var rep IMAPReport
	c, mailbox, err := dialIMAP(o)
	if err != nil {
		return rep, err
	}
	defer c.Close()
	rep.Mailbox = mailbox
	stop := context.AfterFunc(ctx, func() { c.Close() })
	defer stop()

	if _, err := c.Select(mailbox, nil).Wait(); err != nil {
		return rep, fmt.Errorf("imap: select %s: %w", mailbox, err)
	}
	found, err := c.UIDSearch(&imap.SearchCriteria{NotFlag: []imap.Flag{imap.FlagSeen}}, nil).Wait()
	if err != nil {
		return rep, fmt.Errorf("imap: search: %w", err)
	}
	uids := found.AllUIDs()
	if len(uids) == 0 {
		return rep, c.Logout().Wait()
	}
	section := &imap.FetchItemBodySection{Peek: true, Partial: &imap.SectionPartial{Offset: 0, Size: maxMessage}}
	msgs, err := c.Fetch(imap.UIDSetNum(uids...), &imap.FetchOptions{UID: true, Envelope: true, BodySection: []*imap.FetchItemBodySection{section}}).Collect()
	if err != nil {
		return rep, fmt.Errorf("imap: fetch: %w", err)
	}
	var done, ignored imap.UIDSet
	for _, m := range msgs {
		rep.Read++
		addr, source, why := o.request(m, section)
		if addr == "" {
			var from, subject string
			if m.Envelope != nil {
				subject = m.Envelope.Subject
				if len(m.Envelope.From) > 0 {
					from = m.Envelope.From[0].Addr()
				}
			}
			rep.Ignored = append(rep.Ignored, Ignored{From: from, Subject: subject, Reason: why})
			ignored.AddNum(m.UID)
			continue
		}
		if err := o.Add(addr, source); err != nil {
			return rep, err
		}
		rep.Unsubscribed = append(rep.Unsubscribed, addr)
		done.AddNum(m.UID)
	}
	for _, set := range []struct {
		uids  imap.UIDSet
		flags []imap.Flag
	}{{done, []imap.Flag{imap.FlagSeen}}, {ignored, []imap.Flag{imap.FlagSeen, imap.FlagFlagged}}} {
		if len(set.uids) == 0 {
			continue
		}
		store := &imap.StoreFlags{Op: imap.StoreFlagsAdd, Flags: set.flags, Silent: true}
		if err := c.Store(set.uids, store, nil).Close(); err != nil {
			return rep, fmt.Errorf("imap: mark messages read: %w", err)
		}
	}
	return rep, c.Logout().Wait()
}

// request finds whom a message asks to unsubscribe, and the source to
// record; or why it is ignored.
func (o IMAPOptions) request(m *imapclient.FetchMessageBuffer, section *imap.FetchItemBodySection) (addr, source, why string) {
	raw := m.FindBodySection(section)
	msg, err := mail.ReadMessage(bytes.NewReader(raw))
	if err != nil {
		return "", "", "not a readable message"
	}
	if a := strings.ToLower(strings.TrimSpace(msg.Header.Get("Auto-Submitted"))); a != "" && a != "no" {
		return "", "", "an automatic message (Auto-Submitted: " + a + ")"
	}
	body, _ := io.ReadAll(msg.Body)
	// Quoted-printable soft line breaks may cut a token in two.
	text := strings.NewReplacer("=\r\n", "", "=\n", "").Replace(string(body))
	subject := ""
	if m.Envelope != nil {
		subject = m.Envelope.Subject
	}
	for _, t := range FindTokens(subject + "\n" + text) {
		if a, err := o.Resolver.Address(t); err == nil {
			return a, "imap", ""
		}
	}
	if m.Envelope == nil || len(m.Envelope.From) == 0 {
		return "", "", "no sender"
	}
	from, err := address.Parse(m.Envelope.From[0].Addr())
	if err != nil {
		return "", "", "no valid token, and the sender's address is not valid"
	}
	if known, err := o.Resolver.Known(from); err != nil || !known {
		return "", "", "no valid token, and the sender is not a reader"
	}
	if !strings.Contains(strings.ToLower(subject+"\n"+text), "unsubscribe") {
		return "", "", "from a reader, but it does not ask to unsubscribe"
	}
	return from, "imap (sender)", ""
}

// dialIMAP connects and logs in.
func dialIMAP(o IMAPOptions) (*imapclient.Client, string, error) {
	u, err := url.Parse(o.URL)
	if err != nil {
		// url's error repeats the URL, password included.
		return nil, "", errors.New("imap: not a URL of the form imaps://user:password@host/MAILBOX")
	}
	port := 143
	switch u.Scheme {
	case "imap":
	case "imaps":
		port = 993
	default:
		return nil, "", fmt.Errorf("imap: scheme %q: use imaps:// or imap://", u.Scheme)
	}
	host := u.Hostname()
	if host == "" {
		return nil, "", errors.New("imap: no host in the URL")
	}
	if p := u.Port(); p != "" {
		if port, err = strconv.Atoi(p); err != nil || port <= 0 || port > 65535 {
			return nil, "", fmt.Errorf("imap: bad port %q", p)
		}
	}
	mailbox := strings.TrimPrefix(u.Path, "/")
	if mailbox == "" {
		mailbox = "INBOX"
	}
	user, pass := "", ""
	if u.User != nil {
		user = u.User.Username()
		pass, _ = u.User.Password()
	}
	if o.Getenv != nil {
		if user == "" {
			user = o.Getenv(EnvIMAPUser)
		}
		if pass == "" {
			pass = o.Getenv(EnvIMAPPassword)
		}
	}
	if user == "" {
		return nil, "", fmt.Errorf("imap: no user: put it in the URL or in $%s", EnvIMAPUser)
	}
	tlsConf := &tls.Config{ServerName: host}
	if o.TLSConfig != nil {
		tlsConf = o.TLSConfig.Clone()
	}
	opts := &imapclient.Options{TLSConfig: tlsConf, Dialer: &net.Dialer{Timeout: 10 * time.Second}}
	addr := net.JoinHostPort(host, strconv.Itoa(port))
	var c *imapclient.Client
	switch {
	case u.Scheme == "imaps":
		c, err = imapclient.DialTLS(addr, opts)
	case loopback(host):
		c, err = imapclient.DialInsecure(addr, opts)
	default:
		c, err = imapclient.DialStartTLS(addr, opts)
	}
	if err != nil {
		return nil, "", fmt.Errorf("imap: connect to %s: %w", addr, err)
	}
	if err := c.Login(user, pass).Wait(); err != nil {
		c.Close()
		return nil, "", fmt.Errorf("imap: login as %s at %s: %w", user, addr, err)
	}
	return c, mailbox, nil
}

func loopback(host string) bool {
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

package deliver

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"briefing/generator/email/address"

	"github.com/emersion/go-sasl"
	smtp "github.com/emersion/go-smtp"
)

// conn is one SMTP session.
type conn struct {
	c    *smtp.Client
	raw  *trackConn
	used bool // it has delivered a message
	opt  *Options
}

// step says how far a transaction got, which decides what may be retried.
type step int

const (
	delivered    step = iota
	temporary         // a 4xx reply: try again later
	refused           // a 5xx reply for this message
	lost              // the connection failed before the message went out
	unknown           // the message went out and no reply came
	setup             // a problem every message would meet: stop
	onWireFailed      // OnWire refused: stop
)

// dial connects, upgrades to TLS and logs in.
func dial(ctx context.Context, r *run) (*conn, error) {
	opt := r.opt
	s := opt.Server
	addr := net.JoinHostPort(s.Host, strconv.Itoa(s.Port))
	d := net.Dialer{Timeout: opt.ConnectTimeout}
	nc, err := d.DialContext(ctx, "tcp", addr)
	if err != nil {
		return nil, err
	}
	raw := &trackConn{Conn: nc}
	// go-smtp sets its own deadline around each command; during the set-up
	// none may reach past ConnectTimeout, greeting included.
	raw.limitUntil(time.Now().Add(opt.ConnectTimeout))
	tlsConf := &tls.Config{ServerName: s.Host}
	if s.TLSConfig != nil {
		tlsConf = s.TLSConfig.Clone()
		if tlsConf.ServerName == "" {
			tlsConf.ServerName = s.Host
		}
	}
	c, err := handshake(ctx, r, raw, addr, tlsConf)
	if err != nil {
		raw.Close()
		var ne net.Error
		if errors.As(err, &ne) && ne.Timeout() {
			// Say what happened, not which read timed out.
			err = timeoutError{fmt.Errorf("no greeting within %v", opt.ConnectTimeout)}
		}
		return nil, err
	}
	if err := login(c, s); err != nil {
		c.Close()
		return nil, err
	}
	raw.limitUntil(time.Time{})
	c.CommandTimeout = opt.Timeout
	c.SubmissionTimeout = opt.DataTimeout
	return &conn{c: c, raw: raw, opt: opt}, nil
}

// errNoSTARTTLS is go-smtp's answer when the server does not offer it.
const errNoSTARTTLS = "smtp: server doesn't support STARTTLS"

// handshake reads the greeting, says EHLO and, unless the server does not
// offer it, switches to TLS.
func handshake(ctx context.Context, r *run, raw *trackConn, addr string, tlsConf *tls.Config) (*smtp.Client, error) {
	opt := r.opt
	if opt.Server.ImplicitTLS {
		tc := tls.Client(raw, tlsConf)
		if err := tc.Handshake(); err != nil {
			return nil, err
		}
		c := smtp.NewClient(tc)
		c.CommandTimeout = opt.ConnectTimeout
		return c, c.Hello(opt.Hostname)
	}
	r.mu.Lock()
	plain := r.plain
	r.mu.Unlock()
	if !plain {
		c, err := smtp.NewClientStartTLS(raw, tlsConf)
		if err == nil {
			c.CommandTimeout = opt.ConnectTimeout
			return c, c.Hello(opt.Hostname)
		}
		if err.Error() != errNoSTARTTLS {
			return nil, err
		}
		if opt.Server.User != "" && !loopback(opt.Server.Host) {
			return nil, &SetupError{Server: opt.Server.String(), Err: errors.New("the server offers no STARTTLS, and the password is never sent unencrypted"),
				Hint: "use smtps:// (implicit TLS, port 465) or a server that offers STARTTLS"}
		}
		// Plain SMTP it is, for this connection and the rest of the run;
		// go-smtp closed this one.
		r.mu.Lock()
		r.plain = true
		r.mu.Unlock()
		nc, err := (&net.Dialer{Timeout: opt.ConnectTimeout}).DialContext(ctx, "tcp", addr)
		if err != nil {
			return nil, err
		}
		raw.Conn = nc
		raw.limitUntil(time.Now().Add(opt.ConnectTimeout))
	}
	c := smtp.NewClient(raw)
	c.CommandTimeout = opt.ConnectTimeout
	return c, c.Hello(opt.Hostname)
}

// login authenticates with PLAIN or LOGIN when a user is set.
func login(c *smtp.Client, s Server) error {
	if s.User == "" {
		return nil
	}
	ok, mechs := c.Extension("AUTH")
	if !ok {
		return &SetupError{Server: s.String(), Err: errors.New("the server offers no AUTH, but a user is set"),
			Hint: "drop the user from the URL, or use the server's submission port, 587 or 465"}
	}
	var client sasl.Client
	for _, m := range strings.Fields(strings.ToUpper(mechs)) {
		if m == sasl.Plain {
			client = sasl.NewPlainClient("", s.User, s.Password)
			break
		}
		if m == sasl.Login && client == nil {
			client = sasl.NewLoginClient(s.User, s.Password)
		}
	}
	if client == nil {
		return &SetupError{Server: s.String(), Err: fmt.Errorf("no usable AUTH mechanism: the server offers %s, send needs PLAIN or LOGIN", mechs)}
	}
	if err := c.Auth(client); err != nil {
		return &SetupError{Server: s.String(), Err: fmt.Errorf("login as %s failed: %w", s.User, err),
			Hint: "check the user and password ($" + EnvUser + ", $" + EnvPassword + ")"}
	}
	return nil
}

// send runs one transaction and says how far it got.
func (c *conn) send(j Job, onWire func(Job) error) (step, error) {
	data, err := j.Data()
	if err != nil {
		return refused, err
	}
	opts := &smtp.MailOptions{Size: int64(len(data))}
	if address.NeedsSMTPUTF8(j.From) || address.NeedsSMTPUTF8(j.To) {
		if ok, _ := c.c.Extension("SMTPUTF8"); !ok {
			return refused, errors.New("the address is not ASCII and the server does not offer SMTPUTF8")
		}
		opts.UTF8 = true
	}
	if err := c.c.Mail(j.From, opts); err != nil {
		var se *smtp.SMTPError
		if errors.As(err, &se) && se.Code >= 500 && se.Code != 552 {
			// A refused sender is refused for every reader.
			return setup, &SetupError{Server: c.opt.Server.String(), Err: fmt.Errorf("the server refuses the sender %s: %w", j.From, err),
				Hint: "check params.sender.address and that this server may send for its domain"}
		}
		return beforeData(err)
	}
	if err := c.c.Rcpt(j.To, nil); err != nil {
		return beforeData(err)
	}
	w, err := c.c.Data()
	if err != nil {
		return beforeData(err)
	}
	if onWire != nil {
		if err := onWire(j); err != nil {
			return onWireFailed, err
		}
	}
	c.raw.clearWriteErr()
	if _, err := w.Write(data); err != nil {
		// The end-of-data mark never went out: the server cannot have
		// taken the message.
		return lost, err
	}
	err = w.Close()
	if err == nil {
		return delivered, nil
	}
	var se *smtp.SMTPError
	if errors.As(err, &se) {
		return reply(se), err
	}
	if c.raw.writeFailed() {
		return lost, err
	}
	return unknown, fmt.Errorf("no reply after the message was sent, so it may have been delivered: %w", err)
}

// beforeData classifies a failure before the message went out: nothing
// can have been delivered.
func beforeData(err error) (step, error) {
	var se *smtp.SMTPError
	if errors.As(err, &se) {
		if se.Code == 421 { // the server is closing the connection
			return lost, err
		}
		return reply(se), err
	}
	return lost, err
}

func reply(se *smtp.SMTPError) step {
	switch {
	case se.Code == 421:
		return lost
	case se.Code >= 500:
		return refused
	}
	return temporary
}

// reset aborts the transaction a reply refused.
func (c *conn) reset() error { return c.c.Reset() }

// quit ends the session politely but does not wait long for it.
func (c *conn) quit() {
	c.c.CommandTimeout = 2 * time.Second
	if c.c.Quit() != nil {
		c.c.Close()
	}
}

func (c *conn) close() { c.c.Close() }

// trackConn remembers whether a write failed, which tells a message that
// never fully went out from one whose reply was lost, and caps every
// deadline while connecting.
type trackConn struct {
	net.Conn
	mu       sync.Mutex
	writeErr error
	limit    time.Time
}

func (t *trackConn) Write(b []byte) (int, error) {
	n, err := t.Conn.Write(b)
	if err != nil {
		t.mu.Lock()
		t.writeErr = err
		t.mu.Unlock()
	}
	return n, err
}

func (t *trackConn) clearWriteErr() {
	t.mu.Lock()
	t.writeErr = nil
	t.mu.Unlock()
}

func (t *trackConn) writeFailed() bool {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.writeErr != nil
}

func (t *trackConn) limitUntil(at time.Time) {
	t.mu.Lock()
	t.limit = at
	t.mu.Unlock()
	t.Conn.SetDeadline(at)
}

func (t *trackConn) SetDeadline(at time.Time) error {
	t.mu.Lock()
	if !t.limit.IsZero() && (at.IsZero() || at.After(t.limit)) {
		at = t.limit
	}
	t.mu.Unlock()
	return t.Conn.SetDeadline(at)
}

// hintFor says what to check for a failure to connect.
func hintFor(err error) string {
	var dns *net.DNSError
	var cv *tls.CertificateVerificationError
	var ua x509.UnknownAuthorityError
	var he x509.HostnameError
	var ne net.Error
	switch {
	case errors.As(err, &dns):
		return "is the host name right?"
	case errors.Is(err, syscall.ECONNREFUSED):
		return "is the server running, and is the port right?"
	case errors.As(err, &cv), errors.As(err, &ua), errors.As(err, &he):
		return "the server's certificate is not trusted; is the host name the one on its certificate?"
	case errors.As(err, &ne) && ne.Timeout():
		return "the server did not answer in time; is the host and port right, and is it an SMTP server?"
	case errors.Is(err, io.EOF):
		return "the server closed the connection; is it an SMTP server, and is smtp:// or smtps:// right?"
	}
	var tlsAlert tls.AlertError
	var rh tls.RecordHeaderError
	if errors.As(err, &tlsAlert) || errors.As(err, &rh) {
		return "TLS failed; is smtp:// (STARTTLS) or smtps:// (implicit TLS) right for this port?"
	}
	return ""
}

func loopback(host string) bool {
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// hostname is this machine's name for EHLO when it is a domain name.
func hostname() string {
	if h, err := os.Hostname(); err == nil && strings.Contains(h, ".") {
		return h
	}
	return "localhost"
}

// timeoutError is a timeout put in words.
type timeoutError struct{ error }

func (timeoutError) Timeout() bool   { return true }
func (timeoutError) Temporary() bool { return true }

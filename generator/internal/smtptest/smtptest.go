// Package smtptest starts real SMTP servers on loopback for tests: ones
// that behave, and ones that misbehave the ways real servers do (a 421
// after one message per connection, a connection dropped or hung after
// DATA, no greeting at all, a closed port). They keep every message they
// take, so a test can count the copies each reader got.
package smtptest

import (
	"fmt"
	"io"
	"net"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/emersion/go-sasl"
	smtp "github.com/emersion/go-smtp"
)

// Mode is how a server misbehaves.
type Mode int

const (
	// Normal servers answer every command.
	Normal Mode = iota
	// OneMessagePerConn answers 421 to MAIL after one message on a
	// connection and closes it.
	OneMessagePerConn
	// DropAfterReply answers 250 to a message, then drops the connection
	// at the next command.
	DropAfterReply
	// HangAfterReply answers 250 to a message, then never answers again
	// on that connection.
	HangAfterReply
	// DropBeforeReply takes the whole message, keeps it, and drops the
	// connection without a reply: the client cannot know it arrived.
	DropBeforeReply
	// HangBeforeReply takes the whole message, keeps it, and never
	// replies.
	HangBeforeReply
)

// Server is a running SMTP server on 127.0.0.1.
type Server struct {
	Host string
	Port int
	// Fail maps a recipient to the replies its RCPT TO gets, one per
	// try, before it is accepted; a 5xx reply stays.
	Fail map[string][]*smtp.SMTPError
	// Drop maps a recipient to how many times the connection is dropped,
	// without a reply, when RCPT TO names it.
	Drop map[string]int
	// Received, when set, is prepended to every message taken, as an MTA
	// adds its Received: header ("%s" is the date).
	Received string
	// AuthMechs, when set, are advertised in AUTH; PLAIN checks User and
	// Password.
	AuthMechs      []string
	User, Password string

	mode     Mode
	release  chan struct{}
	mu       sync.Mutex
	messages map[string][][]byte
	rcptSeen map[string]int
	sessions int
	utf8     []bool
}

// Start starts a server on loopback for the test's duration. A server
// made with utf8 advertises SMTPUTF8.
func Start(t testing.TB, mode Mode, utf8 bool) *Server {
	t.Helper()
	s := &Server{mode: mode, release: make(chan struct{}), Fail: map[string][]*smtp.SMTPError{}, Drop: map[string]int{},
		messages: map[string][][]byte{}, rcptSeen: map[string]int{}}
	srv := smtp.NewServer(s)
	srv.Domain = "mx.test"
	// 998 octets and CRLF: a longer line is refused, so every delivery
	// also checks the line limit.
	srv.MaxLineLength = 1000
	srv.EnableSMTPUTF8 = utf8
	srv.ErrorLog = quiet{}
	srv.AllowInsecureAuth = true
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	go srv.Serve(l)
	t.Cleanup(func() {
		close(s.release)
		srv.Close()
	})
	s.Host, s.Port = "127.0.0.1", l.Addr().(*net.TCPAddr).Port
	return s
}

// URL is the server's smtp:// URL.
func (s *Server) URL() string { return fmt.Sprintf("smtp://%s:%d", s.Host, s.Port) }

// Messages are the messages taken for to, in order.
func (s *Server) Messages(to string) [][]byte {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([][]byte(nil), s.messages[to]...)
}

// Count is how many messages to got.
func (s *Server) Count(to string) int { return len(s.Messages(to)) }

// Total is how many messages the server took.
func (s *Server) Total() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	n := 0
	for _, m := range s.messages {
		n += len(m)
	}
	return n
}

// RcptSeen is how many times RCPT TO named to.
func (s *Server) RcptSeen(to string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.rcptSeen[to]
}

// Sessions is how many connections were opened.
func (s *Server) Sessions() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.sessions
}

// UTF8 lists, per message taken, whether MAIL FROM asked for SMTPUTF8.
func (s *Server) UTF8() []bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]bool(nil), s.utf8...)
}

// NewSession implements smtp.Backend.
func (s *Server) NewSession(c *smtp.Conn) (smtp.Session, error) {
	s.mu.Lock()
	s.sessions++
	s.mu.Unlock()
	return &session{s: s, c: c}, nil
}

type session struct {
	s      *Server
	c      *smtp.Conn
	to     []string
	utf8   bool
	served int // messages taken on this connection
}

func (x *session) AuthMechanisms() []string { return x.s.AuthMechs }

func (x *session) Auth(mech string) (sasl.Server, error) {
	if mech != sasl.Plain {
		return nil, smtp.ErrAuthUnknownMechanism
	}
	return sasl.NewPlainServer(func(_, user, pass string) error {
		if user != x.s.User || pass != x.s.Password {
			return &smtp.SMTPError{Code: 535, EnhancedCode: smtp.EnhancedCode{5, 7, 8}, Message: "bad credentials"}
		}
		return nil
	}), nil
}

func (x *session) Reset()        { x.to = nil }
func (x *session) Logout() error { return nil }

func (x *session) Mail(_ string, o *smtp.MailOptions) error {
	if x.served > 0 {
		switch x.s.mode {
		case OneMessagePerConn:
			time.AfterFunc(50*time.Millisecond, func() { x.c.Close() })
			return &smtp.SMTPError{Code: 421, EnhancedCode: smtp.EnhancedCode{4, 7, 0}, Message: "one message per connection, bye"}
		case DropAfterReply:
			x.c.Close()
			return io.ErrClosedPipe
		case HangAfterReply:
			<-x.s.release
			return io.ErrClosedPipe
		}
	}
	x.utf8 = o != nil && o.UTF8
	return nil
}

func (x *session) Rcpt(to string, _ *smtp.RcptOptions) error {
	x.s.mu.Lock()
	defer x.s.mu.Unlock()
	x.s.rcptSeen[to]++
	if x.s.Drop[to] > 0 {
		x.s.Drop[to]--
		x.c.Close()
		return io.ErrClosedPipe
	}
	if q := x.s.Fail[to]; len(q) > 0 {
		err := q[0]
		if err.Code < 500 { // temporary: only this once
			x.s.Fail[to] = q[1:]
		}
		return err
	}
	x.to = append(x.to, to)
	return nil
}

func (x *session) Data(r io.Reader) error {
	b, err := io.ReadAll(r)
	if err != nil {
		return err
	}
	if x.s.Received != "" {
		b = append([]byte(fmt.Sprintf(x.s.Received, time.Now().Format(time.RFC1123Z))), b...)
	}
	x.s.mu.Lock()
	for _, to := range x.to {
		x.s.messages[to] = append(x.s.messages[to], b)
		x.s.utf8 = append(x.s.utf8, x.utf8)
	}
	x.s.mu.Unlock()
	x.served++
	switch x.s.mode {
	case DropBeforeReply:
		x.c.Close()
	case HangBeforeReply:
		<-x.s.release
	}
	return nil
}

// Silent listens on loopback and accepts connections but never says a
// word: a server that never sends its greeting. It returns host:port.
func Silent(t testing.TB) string {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	var mu sync.Mutex
	var conns []net.Conn
	go func() {
		for {
			c, err := l.Accept()
			if err != nil {
				return
			}
			mu.Lock()
			conns = append(conns, c)
			mu.Unlock()
		}
	}()
	t.Cleanup(func() {
		l.Close()
		mu.Lock()
		defer mu.Unlock()
		for _, c := range conns {
			c.Close()
		}
	})
	return l.Addr().String()
}

// ClosedPort returns a loopback host:port nothing listens on.
func ClosedPort(t testing.TB) string {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().String()
	l.Close()
	return addr
}

// quiet drops go-smtp's log lines about the connections these servers
// break on purpose.
type quiet struct{}

func (quiet) Printf(string, ...interface{}) {}
func (quiet) Println(...interface{})        {}

// Header returns the value of header name in a raw message, unfolded.
func Header(msg []byte, name string) string {
	head, _, _ := strings.Cut(string(msg), "\r\n\r\n")
	var val string
	found := false
	for _, line := range strings.Split(head, "\r\n") {
		if found && (strings.HasPrefix(line, " ") || strings.HasPrefix(line, "\t")) {
			val += line
			continue
		}
		if found {
			break
		}
		k, v, ok := strings.Cut(line, ":")
		if ok && strings.EqualFold(k, name) {
			val, found = strings.TrimSpace(v), true
		}
	}
	return strings.TrimSpace(val)
}

package mailing

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"mime"
	"mime/multipart"
	"net"
	"net/mail"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"briefing/generator/config"
	"briefing/generator/email"
	"briefing/generator/email/deliver"

	smtp "github.com/emersion/go-smtp"
)

// server is a real SMTP server on loopback that keeps what it receives.
// fail maps a recipient to the replies its RCPT TO gets, one per attempt,
// before it is accepted.
type server struct {
	mu       sync.Mutex
	fail     map[string][]*smtp.SMTPError
	received map[string][][]byte
	rcptSeen map[string]int
}

func (s *server) NewSession(*smtp.Conn) (smtp.Session, error) { return &session{s: s}, nil }

type session struct {
	s  *server
	to []string
}

func (x *session) Reset()                               { x.to = nil }
func (x *session) Logout() error                        { return nil }
func (x *session) Mail(string, *smtp.MailOptions) error { return nil }
func (x *session) Rcpt(to string, _ *smtp.RcptOptions) error {
	x.s.mu.Lock()
	defer x.s.mu.Unlock()
	x.s.rcptSeen[to]++
	if q := x.s.fail[to]; len(q) > 0 {
		err := q[0]
		if err.Code < 500 { // temporary: only this once
			x.s.fail[to] = q[1:]
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
	x.s.mu.Lock()
	defer x.s.mu.Unlock()
	for _, to := range x.to {
		x.s.received[to] = append(x.s.received[to], b)
	}
	return nil
}

func startServer(t *testing.T) (*server, deliver.Server) {
	t.Helper()
	be := &server{fail: map[string][]*smtp.SMTPError{}, received: map[string][][]byte{}, rcptSeen: map[string]int{}}
	s := smtp.NewServer(be)
	s.Domain = "localhost"
	// 998 octets and CRLF: a longer line is refused, so every delivery
	// also checks the line limit.
	s.MaxLineLength = 1000
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	go s.Serve(l)
	t.Cleanup(func() { s.Close() })
	port := l.Addr().(*net.TCPAddr).Port
	srv, err := deliver.ParseURL(fmt.Sprintf("smtp://127.0.0.1:%d", port), func(string) string { return "" })
	if err != nil {
		t.Fatal(err)
	}
	return be, srv
}

func issue(t *testing.T) email.Message {
	t.Helper()
	c := &config.Config{Params: config.Params{
		Name:   "The Briefing",
		Sender: config.Sender{Name: "The Briefing", Address: "briefing@example.org", ReplyTo: "editor@example.org"},
		Email: config.Email{
			Subject:     "{{ .Name }}, {{ .Date }}: {{ .Lead }}",
			Unsubscribe: "https://briefing.example.org/unsubscribe/ mailto:unsubscribe@example.org",
		},
	}}
	m, err := email.Load(filepath.Join("..", "testdata", "site", "issues", "2022-06-15"), "2022-06-15", c)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func run(t *testing.T, srv deliver.Server, logPath string, rcpts ...string) (Summary, string) {
	t.Helper()
	var errs bytes.Buffer
	sum, err := Run(context.Background(), Options{
		Issue: issue(t), IssueID: "2022-06-15", Recipients: rcpts, LogPath: logPath,
		Deliver: deliver.Options{Server: srv, Concurrency: 2, Rate: 200, Backoff: 10 * time.Millisecond, Attempts: 3},
		Out:     io.Discard, Err: &errs,
	})
	if err != nil {
		t.Fatal(err)
	}
	return sum, errs.String()
}

func TestSendRetriesFailsAndNeverSendsTwice(t *testing.T) {
	be, srv := startServer(t)
	be.fail["temp@example.com"] = []*smtp.SMTPError{{Code: 451, EnhancedCode: smtp.EnhancedCode{4, 3, 0}, Message: "try again later"}}
	be.fail["gone@example.com"] = []*smtp.SMTPError{{Code: 550, EnhancedCode: smtp.EnhancedCode{5, 1, 1}, Message: "no such mailbox"}}
	logPath := filepath.Join(t.TempDir(), "2022-06-15.jsonl")
	rcpts := []string{"ok@example.com", "temp@example.com", "gone@example.com", "OK@example.com"}

	sum, errs := run(t, srv, logPath, rcpts...)
	if sum.Sent != 2 || sum.Failed != 1 || sum.Skipped != 0 {
		t.Fatalf("first run: %s", sum)
	}
	if !strings.Contains(errs, "gone@example.com") || !strings.Contains(errs, "550") || !strings.Contains(errs, "refused after 1 attempt") {
		t.Errorf("the permanent failure is not reported per recipient:\n%s", errs)
	}
	if strings.Contains(errs, "temp@example.com") {
		t.Errorf("the temporary failure was not retried:\n%s", errs)
	}
	if be.rcptSeen["temp@example.com"] != 2 {
		t.Errorf("temp@ was tried %d times, want 2", be.rcptSeen["temp@example.com"])
	}
	if be.rcptSeen["gone@example.com"] != 1 {
		t.Errorf("a permanent failure was retried: %d tries", be.rcptSeen["gone@example.com"])
	}

	sum, _ = run(t, srv, logPath, rcpts...)
	if sum.Sent != 0 || sum.Skipped != 2 || sum.Failed != 1 {
		t.Fatalf("second run: %s", sum)
	}
	for _, to := range []string{"ok@example.com", "temp@example.com"} {
		if n := len(be.received[to]); n != 1 {
			t.Errorf("%s got the issue %d times", to, n)
		}
	}
	if len(be.received["OK@example.com"]) != 0 {
		t.Errorf("a differently-cased duplicate was sent")
	}
	checkMessage(t, be.received["ok@example.com"][0], "ok@example.com")
}

// checkMessage checks what arrived: headers, parts and encoding.
func checkMessage(t *testing.T, raw []byte, to string) {
	t.Helper()
	for i, line := range bytes.Split(raw, []byte("\r\n")) {
		if len(line) > 998 {
			t.Errorf("line %d is %d octets", i+1, len(line))
		}
	}
	msg, err := mail.ReadMessage(bytes.NewReader(raw))
	if err != nil {
		t.Fatal(err)
	}
	h := msg.Header
	want := map[string]string{
		"From":                  `"The Briefing" <briefing@example.org>`,
		"To":                    "<" + to + ">",
		"Reply-To":              "<editor@example.org>",
		"Date":                  "Wed, 15 Jun 2022 06:00:00 +0000",
		"MIME-Version":          "1.0",
		"List-Unsubscribe":      "<https://briefing.example.org/unsubscribe/>, <mailto:unsubscribe@example.org>",
		"List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
	}
	for k, v := range want {
		if got := h.Get(k); got != v {
			t.Errorf("%s: %q, want %q", k, got, v)
		}
	}
	subject, _ := new(mime.WordDecoder).DecodeHeader(h.Get("Subject"))
	if subject != "The Briefing, 15 June 2022: China 'willing to continue to offer mutual support' to Russia" {
		t.Errorf("Subject: %q", subject)
	}
	if id := h.Get("Message-ID"); !strings.HasPrefix(id, "<briefing.2022-06-15.") || !strings.HasSuffix(id, "@example.org>") {
		t.Errorf("Message-ID: %q", id)
	}
	mt, params, err := mime.ParseMediaType(h.Get("Content-Type"))
	if err != nil || mt != "multipart/alternative" {
		t.Fatalf("Content-Type: %q (%v)", h.Get("Content-Type"), err)
	}
	mr := multipart.NewReader(msg.Body, params["boundary"])
	var types []string
	for {
		p, err := mr.NextRawPart()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		types = append(types, p.Header.Get("Content-Type"))
		if enc := p.Header.Get("Content-Transfer-Encoding"); enc != "quoted-printable" {
			t.Errorf("part %s: encoding %q", p.Header.Get("Content-Type"), enc)
		}
	}
	if strings.Join(types, ", ") != "text/plain; charset=UTF-8, text/html; charset=UTF-8" {
		t.Errorf("parts: %v", types)
	}
}

func TestInterruptedSendIsNotRetried(t *testing.T) {
	be, srv := startServer(t)
	logPath := filepath.Join(t.TempDir(), "2022-06-15.jsonl")
	// What a run killed in the middle of a transaction leaves behind.
	line := `{"time":"2022-06-15T06:00:00Z","to":"cut@example.com","status":"sending"}` + "\n" + `{"to":"torn`
	if err := writeFile(logPath, line); err != nil {
		t.Fatal(err)
	}
	sum, errs := run(t, srv, logPath, "cut@example.com", "new@example.com")
	if sum.Sent != 1 || sum.Uncertain != 1 || len(be.received["cut@example.com"]) != 0 {
		t.Fatalf("%s\n%s", sum, errs)
	}
}

func TestSecondRunWhileFirstHoldsTheLog(t *testing.T) {
	_, srv := startServer(t)
	logPath := filepath.Join(t.TempDir(), "2022-06-15.jsonl")
	first, err := openLog(logPath)
	if err != nil {
		t.Fatal(err)
	}
	defer first.Close()
	_, err = Run(context.Background(), Options{
		Issue: issue(t), IssueID: "2022-06-15", Recipients: []string{"a@example.com"}, LogPath: logPath,
		Deliver: deliver.Options{Server: srv}, Out: io.Discard, Err: io.Discard,
	})
	if err == nil || !strings.Contains(err.Error(), "another send") {
		t.Fatalf("err = %v, want the log to be busy", err)
	}
}

package mailing

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"mime"
	"mime/multipart"
	"net/mail"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"briefing/generator/email"
	"briefing/generator/email/deliver"
	"briefing/generator/email/sentlog"
	"briefing/generator/internal/smtptest"

	smtp "github.com/emersion/go-smtp"
)

func issue(t testing.TB) email.Message {
	t.Helper()
	m, err := loadIssue()
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// testdata is absolute: the crash tests' children run elsewhere.
var testdata, _ = filepath.Abs("testdata")

// loadIssue is a small issue (testdata/README.md).
func loadIssue() (email.Message, error) {
	s := email.Settings{
		Name: "The Briefing", SenderName: "The Briefing", From: "briefing@example.org", ReplyTo: "editor@example.org",
		Subject:     "{{ .Name }}, {{ .Date }}: {{ .Lead }}",
		Unsubscribe: "https://briefing.example.org/unsubscribe/ mailto:unsubscribe@example.org",
	}
	return email.Load(filepath.Join(testdata, "2022-06-15"), "2022-06-15", s)
}

func server(s *smtptest.Server) deliver.Server { return deliver.Server{Host: s.Host, Port: s.Port} }

// options are a run against a loopback server, with short waits.
func options(t testing.TB, s *smtptest.Server, logPath string, rcpts ...string) Options {
	return Options{
		Issue: issue(t), IssueID: "2022-06-15", Recipients: rcpts, LogPath: logPath,
		Deliver: deliver.Options{Server: server(s), Concurrency: 2, Rate: 200, Backoff: 10 * time.Millisecond, Attempts: 3,
			Timeout: 300 * time.Millisecond, ConnectTimeout: time.Second, DataTimeout: 300 * time.Millisecond},
	}
}

func run(t testing.TB, o Options) Report {
	t.Helper()
	rep, err := Run(context.Background(), o)
	if err != nil {
		t.Fatal(err)
	}
	return rep
}

func TestSendRetriesFailsAndNeverSendsTwice(t *testing.T) {
	s := smtptest.Start(t, smtptest.Normal, false)
	s.Fail["temp@example.com"] = []*smtp.SMTPError{{Code: 451, EnhancedCode: smtp.EnhancedCode{4, 3, 0}, Message: "try again later"}}
	s.Fail["gone@example.com"] = []*smtp.SMTPError{{Code: 550, EnhancedCode: smtp.EnhancedCode{5, 1, 1}, Message: "no such mailbox"}}
	logPath := filepath.Join(t.TempDir(), "2022-06-15.jsonl")
	rcpts := []string{"ok@example.com", "temp@example.com", "gone@example.com", "OK@example.com"}

	before := time.Now()
	rep := run(t, options(t, s, logPath, rcpts...))
	if len(rep.Sent) != 2 || len(rep.Failed) != 1 || len(rep.Skipped) != 0 {
		t.Fatalf("first run: %s", rep.Summary())
	}
	if f := rep.Failed[0]; f.To != "gone@example.com" || !f.Permanent || f.Attempts != 1 || !strings.Contains(f.Error(), "550") {
		t.Errorf("the permanent failure: %v", f)
	}
	if s.RcptSeen("temp@example.com") != 2 {
		t.Errorf("temp@ was tried %d times, want 2", s.RcptSeen("temp@example.com"))
	}

	rep = run(t, options(t, s, logPath, rcpts...))
	if len(rep.Sent) != 0 || len(rep.Skipped) != 2 || len(rep.Failed) != 1 {
		t.Fatalf("second run: %s", rep.Summary())
	}
	for _, to := range []string{"ok@example.com", "temp@example.com"} {
		if n := s.Count(to); n != 1 {
			t.Errorf("%s got the issue %d times", to, n)
		}
	}
	if s.Count("OK@example.com") != 0 {
		t.Errorf("a differently-cased duplicate was sent")
	}
	checkMessage(t, s.Messages("ok@example.com")[0], "ok@example.com", before)
	a, b := smtptest.Header(s.Messages("ok@example.com")[0], "Message-ID"), smtptest.Header(s.Messages("temp@example.com")[0], "Message-ID")
	if a == b {
		t.Errorf("two readers' messages share Message-ID %s", a)
	}
}

// checkMessage checks what arrived: headers, parts and encoding.
func checkMessage(t *testing.T, raw []byte, to string, sent time.Time) {
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
		"MIME-Version":          "1.0",
		"List-Unsubscribe":      "<https://briefing.example.org/unsubscribe/>, <mailto:unsubscribe@example.org>",
		"List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
	}
	for k, v := range want {
		if got := h.Get(k); got != v {
			t.Errorf("%s: %q, want %q", k, got, v)
		}
	}
	// The Date is the time of sending, not the issue's.
	date, err := h.Date()
	if err != nil || date.Before(sent.Truncate(time.Second)) || date.After(time.Now()) {
		t.Errorf("Date %q (%v), want between %v and now", h.Get("Date"), err, sent)
	}
	subject, _ := new(mime.WordDecoder).DecodeHeader(h.Get("Subject"))
	if subject != "The Briefing, 15 June 2022: China 'willing to continue to offer mutual support' to Russia" {
		t.Errorf("Subject: %q", subject)
	}
	if id := h.Get("Message-ID"); !strings.HasPrefix(id, "<"+date.UTC().Format("20060102")) || !strings.HasSuffix(id, "@example.org>") {
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

// TestThreeRunsOneCopy is the check of issue 10: against servers that
// break the connection around a message, three runs to six readers leave
// each reader exactly one copy. A message that went out without a reply is
// reported uncertain and not sent again, until asked.
func TestThreeRunsOneCopy(t *testing.T) {
	for _, tc := range []struct {
		name      string
		mode      smtptest.Mode
		uncertain bool
	}{
		{"421 after one message per connection", smtptest.OneMessagePerConn, false},
		{"connection dropped after the 250", smtptest.DropAfterReply, false},
		{"connection hung after the 250", smtptest.HangAfterReply, false},
		{"connection dropped before the reply", smtptest.DropBeforeReply, true},
		{"no reply after the message", smtptest.HangBeforeReply, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := smtptest.Start(t, tc.mode, false)
			logPath := filepath.Join(t.TempDir(), "2022-06-15.jsonl")
			var rcpts []string
			for i := range 6 {
				rcpts = append(rcpts, fmt.Sprintf("reader%d@example.org", i+1))
			}
			for n := 1; n <= 3; n++ {
				rep := run(t, options(t, s, logPath, rcpts...))
				switch {
				case n == 1 && !tc.uncertain && len(rep.Sent) != 6:
					t.Errorf("run 1: %s", rep.Summary())
				case n == 1 && tc.uncertain && countNow(rep.Uncertain) != 6:
					t.Errorf("run 1: %s; want 6 uncertain", rep.Summary())
				case n > 1 && (len(rep.Sent) != 0 || len(rep.Skipped)+len(rep.Uncertain) != 6 || countNow(rep.Uncertain) != 0):
					t.Errorf("run %d: %s", n, rep.Summary())
				}
				if len(rep.Failed) > 0 || len(rep.Pending) > 0 {
					t.Errorf("run %d: %s: %v", n, rep.Summary(), rep.Failed)
				}
			}
			for _, to := range rcpts {
				if c := s.Count(to); c != 1 {
					t.Errorf("%s has %d copies after three runs, want 1", to, c)
				}
			}
			if !tc.uncertain {
				return
			}
			// On purpose, they are sent again.
			o := options(t, s, logPath, rcpts...)
			o.RetryUncertain = true
			rep := run(t, o)
			if countNow(rep.Uncertain) != 6 || s.Count("reader1@example.org") != 2 {
				t.Errorf("--retry-uncertain: %s; reader1 has %d copies", rep.Summary(), s.Count("reader1@example.org"))
			}
		})
	}
}

func countNow(us []Uncertain) int {
	n := 0
	for _, u := range us {
		if u.Now {
			n++
		}
	}
	return n
}

// TestResendAndSuppressed: --resend sends to everyone again and lists who
// had it; an unsubscribed reader is never mailed.
func TestResendAndSuppressed(t *testing.T) {
	s := smtptest.Start(t, smtptest.Normal, false)
	logPath := filepath.Join(t.TempDir(), "2022-06-15.jsonl")
	run(t, options(t, s, logPath, "ann@example.org"))
	o := options(t, s, logPath, "ann@example.org", "bob@example.org", "gone@example.org")
	o.Resend = true
	o.Suppressed = func(a string) bool { return a == "gone@example.org" }
	rep := run(t, o)
	if strings.Join(rep.Sent, " ") == "" || len(rep.Sent) != 2 || strings.Join(rep.Resent, " ") != "ann@example.org" ||
		strings.Join(rep.Suppressed, " ") != "gone@example.org" {
		t.Errorf("resend: sent %v, resent %v, suppressed %v", rep.Sent, rep.Resent, rep.Suppressed)
	}
	if s.Count("ann@example.org") != 2 || s.Count("bob@example.org") != 1 || s.Count("gone@example.org") != 0 {
		t.Errorf("copies: ann %d, bob %d, gone %d", s.Count("ann@example.org"), s.Count("bob@example.org"), s.Count("gone@example.org"))
	}
}

// TestSetupErrorStopsTheRun: a closed port stops the run with one error,
// records nothing, and the next run sends to everyone.
func TestSetupErrorStopsTheRun(t *testing.T) {
	logPath := filepath.Join(t.TempDir(), "2022-06-15.jsonl")
	closed := smtptest.ClosedPort(t)
	var port int
	fmt.Sscanf(closed[strings.LastIndexByte(closed, ':')+1:], "%d", &port)
	o := Options{Issue: issue(t), IssueID: "2022-06-15", LogPath: logPath,
		Recipients: []string{"a@example.org", "b@example.org", "c@example.org"},
		Deliver:    deliver.Options{Server: deliver.Server{Host: "127.0.0.1", Port: port}}}
	rep, err := Run(context.Background(), o)
	if err == nil || !strings.Contains(err.Error(), "connection refused") || len(rep.Pending) != 3 {
		t.Fatalf("err = %v, report %s", err, rep.Summary())
	}
	st, _ := sentlog.Read(logPath)
	if len(st) != 0 {
		t.Errorf("the log has entries for readers no message went to: %v", st)
	}
}

// The crash tests run Run in a child process and kill -9 it.
const childEnv = "BRIEFING_MAILING_CHILD"

// TestMain lets the test binary be that child.
func TestMain(m *testing.M) {
	if spec := os.Getenv(childEnv); spec != "" {
		child(spec)
		return
	}
	os.Exit(m.Run())
}

// child sends the issue as told by spec "host:port logPath rcpt...".
func child(spec string) {
	f := strings.Fields(spec)
	var port int
	fmt.Sscanf(f[0][strings.LastIndexByte(f[0], ':')+1:], "%d", &port)
	m, err := loadIssue()
	if err != nil {
		panic(err)
	}
	o := Options{Issue: m, IssueID: "2022-06-15", LogPath: f[1], Recipients: f[2:],
		Deliver: deliver.Options{Server: deliver.Server{Host: "127.0.0.1", Port: port}, ConnectTimeout: time.Minute, DataTimeout: time.Minute}}
	Run(context.Background(), o)
}

// TestKilledRun: a run killed while connecting loses no one; a run killed
// while a message was on the wire leaves that reader uncertain: the next
// run reports it and does not send it, --retry-uncertain does.
func TestKilledRun(t *testing.T) {
	if testing.Short() {
		t.Skip("starts child processes")
	}
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	kill := func(t *testing.T, addr, logPath string, wait func() bool) {
		cmd := exec.Command(exe, "-test.run=^$")
		cmd.Env = append(os.Environ(), childEnv+"="+addr+" "+logPath+" ann@example.org")
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		deadline := time.Now().Add(10 * time.Second)
		for !wait() {
			if time.Now().After(deadline) {
				cmd.Process.Kill()
				cmd.Wait()
				t.Fatal("the child never got there")
			}
			time.Sleep(10 * time.Millisecond)
		}
		cmd.Process.Signal(os.Kill)
		cmd.Wait()
	}

	t.Run("while connecting", func(t *testing.T) {
		silent := smtptest.Silent(t)
		logPath := filepath.Join(t.TempDir(), "2022-06-15.jsonl")
		start := time.Now()
		kill(t, silent, logPath, func() bool { return time.Since(start) > 300*time.Millisecond })
		s := smtptest.Start(t, smtptest.Normal, false)
		rep := run(t, options(t, s, logPath, "ann@example.org"))
		if len(rep.Sent) != 1 || s.Count("ann@example.org") != 1 {
			t.Errorf("after a kill while connecting: %s", rep.Summary())
		}
	})

	t.Run("while the message was on the wire", func(t *testing.T) {
		hang := smtptest.Start(t, smtptest.HangBeforeReply, false)
		logPath := filepath.Join(t.TempDir(), "2022-06-15.jsonl")
		kill(t, fmt.Sprintf("%s:%d", hang.Host, hang.Port), logPath, func() bool { return hang.Count("ann@example.org") == 1 })
		st, _ := sentlog.Read(logPath)
		if st["ann@example.org"] != sentlog.Sending {
			t.Fatalf("log after the kill: %v, want ann@ sending", st)
		}
		s := smtptest.Start(t, smtptest.Normal, false)
		rep := run(t, options(t, s, logPath, "ann@example.org", "bob@example.org"))
		if len(rep.Sent) != 1 || len(rep.Uncertain) != 1 || rep.Uncertain[0].To != "ann@example.org" || s.Count("ann@example.org") != 0 {
			t.Errorf("rerun: %s %+v", rep.Summary(), rep.Uncertain)
		}
		if st, _ := sentlog.Read(logPath); st["ann@example.org"] != sentlog.Uncertain {
			t.Errorf("the rerun did not settle ann@ as uncertain: %v", st)
		}
		o := options(t, s, logPath, "ann@example.org", "bob@example.org")
		o.RetryUncertain = true
		rep = run(t, o)
		if strings.Join(rep.Sent, " ") != "ann@example.org" || s.Count("ann@example.org") != 1 || s.Count("bob@example.org") != 1 {
			t.Errorf("--retry-uncertain: %s", rep.Summary())
		}
	})
}

// TestSecondRunWaitsForTheFirst: two sends of one issue never interleave;
// the second starts from what the first recorded.
func TestSecondRunWaitsForTheFirst(t *testing.T) {
	s := smtptest.Start(t, smtptest.Normal, false)
	logPath := filepath.Join(t.TempDir(), "2022-06-15.jsonl")
	first, err := sentlog.Open(logPath)
	if err != nil {
		t.Fatal(err)
	}
	first.Record(sentlog.Entry{To: "a@example.com", Status: sentlog.Sent})
	waited := make(chan struct{}, 1)
	done := make(chan Report)
	go func() {
		o := options(t, s, logPath, "a@example.com", "b@example.com")
		o.Waiting = func() { waited <- struct{}{} }
		rep, _ := Run(context.Background(), o)
		done <- rep
	}()
	select {
	case <-waited:
	case <-done:
		t.Fatal("the second run did not wait")
	case <-time.After(5 * time.Second):
		t.Fatal("no word that the second run waits")
	}
	if s.Total() != 0 {
		t.Fatal("the second run sent while the first held the log")
	}
	first.Close()
	rep := <-done
	if strings.Join(rep.Sent, " ") != "b@example.com" || strings.Join(rep.Skipped, " ") != "a@example.com" {
		t.Errorf("second run: %s", rep.Summary())
	}
}

func TestDryRun(t *testing.T) {
	logPath := filepath.Join(t.TempDir(), "2022-06-15.jsonl")
	l, _ := sentlog.Open(logPath)
	l.Record(sentlog.Entry{To: "a@example.com", Status: sentlog.Sent})
	l.Record(sentlog.Entry{To: "c@example.com", Status: sentlog.Sending})
	l.Close()
	rep, err := Run(context.Background(), Options{Issue: issue(t), IssueID: "2022-06-15", LogPath: logPath, DryRun: true,
		Recipients: []string{"a@example.com", "b@example.com", "c@example.com"}})
	if err != nil || strings.Join(rep.Sent, " ") != "b@example.com" || strings.Join(rep.Skipped, " ") != "a@example.com" ||
		len(rep.Uncertain) != 1 || rep.Uncertain[0].To != "c@example.com" {
		t.Errorf("dry run: %+v, %v", rep, err)
	}
	if st, _ := sentlog.Read(logPath); st["c@example.com"] != sentlog.Sending {
		t.Errorf("a dry run wrote to the log")
	}
}

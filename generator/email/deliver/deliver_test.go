package deliver_test

import (
	"errors"
	"fmt"
	"net"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"briefing/generator/email/deliver"
	"briefing/generator/internal/smtptest"

	smtp "github.com/emersion/go-smtp"
)

// quick are options for loopback servers: short waits everywhere.
func quick(srv deliver.Server) deliver.Options {
	return deliver.Options{Server: srv, Concurrency: 2, Attempts: 3, Backoff: 10 * time.Millisecond,
		Timeout: 300 * time.Millisecond, ConnectTimeout: 500 * time.Millisecond, DataTimeout: 300 * time.Millisecond}
}

func server(host string, port int) deliver.Server {
	return deliver.Server{Host: host, Port: port}
}

func hostPort(t *testing.T, addr string) deliver.Server {
	h, p, err := net.SplitHostPort(addr)
	if err != nil {
		t.Fatal(err)
	}
	n, _ := strconv.Atoi(p)
	return server(h, n)
}

func readers(n int) []deliver.Job {
	var jobs []deliver.Job
	for i := range n {
		jobs = append(jobs, job(fmt.Sprintf("reader%d@example.org", i+1)))
	}
	return jobs
}

// sendAll runs Send and collects the results by recipient.
func sendAll(opt deliver.Options, jobs []deliver.Job) (map[string]deliver.Result, error) {
	var mu sync.Mutex
	got := map[string]deliver.Result{}
	opt.After = func(r deliver.Result) {
		mu.Lock()
		defer mu.Unlock()
		got[r.Job.To] = r
	}
	err := deliver.Send(t0(), opt, jobs)
	return got, err
}

// TestMisbehavingServers: each way a server can break a connection around
// a message, and what it means for that message.
func TestMisbehavingServers(t *testing.T) {
	for _, tc := range []struct {
		name string
		mode smtptest.Mode
		want deliver.Outcome
	}{
		{"well-behaved", smtptest.Normal, deliver.Delivered},
		// The 250 came: delivered. The next message is retried on a new
		// connection, not counted as failed.
		{"421 after one message per connection", smtptest.OneMessagePerConn, deliver.Delivered},
		{"connection dropped after the 250", smtptest.DropAfterReply, deliver.Delivered},
		{"connection hung after the 250", smtptest.HangAfterReply, deliver.Delivered},
		// The message went out and no reply came: it may be in the
		// reader's mailbox, so it is not sent again.
		{"connection dropped before the reply", smtptest.DropBeforeReply, deliver.Uncertain},
		{"no reply after the message", smtptest.HangBeforeReply, deliver.Uncertain},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := smtptest.Start(t, tc.mode, false)
			jobs := readers(6)
			got, err := sendAll(quick(server(s.Host, s.Port)), jobs)
			if err != nil {
				t.Fatalf("the run stopped: %v", err)
			}
			for _, j := range jobs {
				r := got[j.To]
				if r.Outcome != tc.want {
					t.Errorf("%s: %v after %d attempt(s) (%v), want %v", j.To, r.Outcome, r.Attempts, r.Err, tc.want)
				}
				if tc.want == deliver.Uncertain && !strings.Contains(fmt.Sprint(r.Err), "may have been delivered") {
					t.Errorf("%s: the error does not say the message may have arrived: %v", j.To, r.Err)
				}
				if n := s.Count(j.To); n != 1 {
					t.Errorf("%s got %d copies, want 1", j.To, n)
				}
			}
		})
	}
}

// TestTemporaryAndPermanentReplies: a 4xx is retried with backoff, a 5xx
// is final, and neither touches the other readers.
func TestTemporaryAndPermanentReplies(t *testing.T) {
	s := smtptest.Start(t, smtptest.Normal, false)
	s.Fail["temp@example.org"] = []*smtp.SMTPError{{Code: 451, Message: "try again later"}, {Code: 452, Message: "still busy"}}
	s.Fail["gone@example.org"] = []*smtp.SMTPError{{Code: 550, Message: "no such mailbox"}}
	s.Fail["busy@example.org"] = []*smtp.SMTPError{{Code: 451}, {Code: 451}, {Code: 451}, {Code: 451}}
	jobs := []deliver.Job{job("temp@example.org"), job("gone@example.org"), job("busy@example.org"), job("ok@example.org")}
	got, err := sendAll(quick(server(s.Host, s.Port)), jobs)
	if err != nil {
		t.Fatal(err)
	}
	if r := got["temp@example.org"]; r.Outcome != deliver.Delivered || r.Attempts != 3 {
		t.Errorf("temp@: %v after %d attempts, want delivered on the 3rd", r.Outcome, r.Attempts)
	}
	if r := got["gone@example.org"]; r.Outcome != deliver.Failed || !r.Permanent || r.Attempts != 1 || !strings.Contains(r.Err.Error(), "550") {
		t.Errorf("gone@: %+v, want a permanent failure after one attempt", r)
	}
	if r := got["busy@example.org"]; r.Outcome != deliver.Failed || r.Permanent || r.Attempts != 3 || !strings.Contains(r.Err.Error(), "gave up after 3 attempts") {
		t.Errorf("busy@: %v permanent=%v attempts=%d err=%v, want given up after 3", r.Outcome, r.Permanent, r.Attempts, r.Err)
	}
	if got["ok@example.org"].Outcome != deliver.Delivered || s.Count("ok@example.org") != 1 {
		t.Errorf("ok@ was not delivered once")
	}
}

// TestDroppedConnectionIsRetried: a connection lost while a message is
// in flight, before it went out, is a temporary failure for that message:
// it is sent on a new connection.
func TestDroppedConnectionIsRetried(t *testing.T) {
	s := smtptest.Start(t, smtptest.Normal, false)
	s.Drop["reader2@example.org"] = 2
	got, err := sendAll(quick(server(s.Host, s.Port)), readers(3))
	if err != nil {
		t.Fatal(err)
	}
	if r := got["reader2@example.org"]; r.Outcome != deliver.Delivered || s.Count("reader2@example.org") != 1 {
		t.Errorf("reader2: %v after %d attempts (%v)", r.Outcome, r.Attempts, r.Err)
	}
	for _, to := range []string{"reader1@example.org", "reader3@example.org"} {
		if got[to].Outcome != deliver.Delivered || s.Count(to) != 1 {
			t.Errorf("%s: %v", to, got[to].Outcome)
		}
	}
}

// TestRetryWindow: past RetryFor a temporary failure is not retried.
func TestRetryWindow(t *testing.T) {
	s := smtptest.Start(t, smtptest.Normal, false)
	s.Fail["temp@example.org"] = []*smtp.SMTPError{{Code: 451, Message: "try again later"}}
	opt := quick(server(s.Host, s.Port))
	opt.RetryFor = time.Nanosecond
	got, err := sendAll(opt, []deliver.Job{job("temp@example.org")})
	if r := got["temp@example.org"]; err != nil || r.Outcome != deliver.Failed || r.Attempts != 1 || !strings.Contains(r.Err.Error(), "retry window") {
		t.Errorf("%+v, %v; want failed after one attempt, past the retry window", r, err)
	}
}

// TestFailFast: a problem with the server or the settings stops the run
// at once with one clear error, whatever the number of readers; nothing
// is tried per reader.
func TestFailFast(t *testing.T) {
	silent := smtptest.Silent(t)
	noAuth := smtptest.Start(t, smtptest.Normal, false)
	cram := smtptest.Start(t, smtptest.Normal, false)
	cram.AuthMechs = []string{"CRAM-MD5"}
	for _, tc := range []struct {
		name string
		srv  deliver.Server
		want string
	}{
		{"closed port", hostPort(t, smtptest.ClosedPort(t)), "connection refused (is the server running, and is the port right?)"},
		{"unknown host", server("briefing-smtp.invalid", 587), "is the host name right?"},
		{"no greeting", hostPort(t, silent), "did not answer in time"},
		{"no AUTH offered", deliver.Server{Host: noAuth.Host, Port: noAuth.Port, User: "u", Password: "p"}, "offers no AUTH"},
		{"no usable AUTH", deliver.Server{Host: cram.Host, Port: cram.Port, User: "u", Password: "p"}, "no usable AUTH mechanism: the server offers CRAM-MD5"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			start := time.Now()
			got, err := sendAll(quick(tc.srv), readers(20))
			took := time.Since(start)
			var se *deliver.SetupError
			if !errors.As(err, &se) || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("err = %v, want a setup error saying %q", err, tc.want)
			}
			if len(got) != 20 {
				t.Errorf("%d results for 20 readers", len(got))
			}
			for to, r := range got {
				if r.Outcome != deliver.NotSent || r.Attempts != 0 {
					t.Errorf("%s: %v after %d attempts, want not sent", to, r.Outcome, r.Attempts)
				}
			}
			// The slowest case is the greeting, bounded by ConnectTimeout.
			if took > 3*time.Second {
				t.Errorf("took %v", took)
			}
			t.Logf("%s: stopped in %v: %v", tc.name, took.Round(time.Millisecond), err)
		})
	}
}

// TestPasswordNeverInTheClear: a server that offers no STARTTLS on a
// non-loopback address gets no password.
func TestPasswordNeverInTheClear(t *testing.T) {
	ip := externalIP()
	if ip == "" {
		t.Skip("no non-loopback address on this machine")
	}
	s := smtptest.Start(t, smtptest.Normal, false)
	s.AuthMechs, s.User, s.Password = []string{"PLAIN"}, "u", "p"
	// The server listens on 127.0.0.1 only; reach it through a relay on
	// the machine's own address.
	l, err := net.Listen("tcp", net.JoinHostPort(ip, "0"))
	if err != nil {
		t.Skip(err)
	}
	defer l.Close()
	go func() {
		for {
			c, err := l.Accept()
			if err != nil {
				return
			}
			up, err := net.Dial("tcp", net.JoinHostPort(s.Host, strconv.Itoa(s.Port)))
			if err != nil {
				c.Close()
				continue
			}
			go func() { pipe(c, up) }()
		}
	}()
	srv := deliver.Server{Host: ip, Port: l.Addr().(*net.TCPAddr).Port, User: "u", Password: "p"}
	_, err = sendAll(quick(srv), readers(1))
	if err == nil || !strings.Contains(err.Error(), "never sent unencrypted") {
		t.Fatalf("err = %v, want a refusal to send the password in the clear", err)
	}
	if s.Total() != 0 {
		t.Errorf("a message went out")
	}
	// On loopback the same server is fine: nothing leaves the machine.
	srv = deliver.Server{Host: s.Host, Port: s.Port, User: "u", Password: "p"}
	if got, err := sendAll(quick(srv), readers(1)); err != nil || got["reader1@example.org"].Outcome != deliver.Delivered {
		t.Fatalf("loopback with AUTH PLAIN: %v", err)
	}
}

func pipe(a, b net.Conn) {
	done := make(chan struct{}, 2)
	cp := func(dst, src net.Conn) {
		buf := make([]byte, 4096)
		for {
			n, err := src.Read(buf)
			if n > 0 {
				dst.Write(buf[:n])
			}
			if err != nil {
				break
			}
		}
		done <- struct{}{}
	}
	go cp(a, b)
	go cp(b, a)
	<-done
	a.Close()
	b.Close()
}

func externalIP() string {
	addrs, _ := net.InterfaceAddrs()
	for _, a := range addrs {
		if n, ok := a.(*net.IPNet); ok && !n.IP.IsLoopback() && n.IP.To4() != nil {
			return n.IP.String()
		}
	}
	return ""
}

// TestSMTPUTF8: an address that is not ASCII is sent with SMTPUTF8 when
// the server offers it, and refused for that reader alone when not.
func TestSMTPUTF8(t *testing.T) {
	for _, offered := range []bool{true, false} {
		s := smtptest.Start(t, smtptest.Normal, offered)
		got, err := sendAll(quick(server(s.Host, s.Port)), []deliver.Job{job("jörg@example.org"), job("ann@example.org")})
		if err != nil {
			t.Fatal(err)
		}
		j := got["jörg@example.org"]
		if offered {
			if j.Outcome != deliver.Delivered || s.Count("jörg@example.org") != 1 {
				t.Errorf("SMTPUTF8 offered: %v (%v)", j.Outcome, j.Err)
			}
		} else if j.Outcome != deliver.Failed || !j.Permanent || !strings.Contains(j.Err.Error(), "SMTPUTF8") {
			t.Errorf("SMTPUTF8 not offered: %v permanent=%v (%v)", j.Outcome, j.Permanent, j.Err)
		}
		if got["ann@example.org"].Outcome != deliver.Delivered {
			t.Errorf("offered=%v: the ASCII reader was not delivered", offered)
		}
		// Only the non-ASCII reader's MAIL asks for SMTPUTF8.
		if offered {
			n := 0
			for _, u := range s.UTF8() {
				if u {
					n++
				}
			}
			if n != 1 {
				t.Errorf("%d messages asked for SMTPUTF8, want 1", n)
			}
		}
	}
}

// TestOnWireFailureStops: when the send log cannot record that a message
// is going out, the message does not go out and the run stops.
func TestOnWireFailureStops(t *testing.T) {
	s := smtptest.Start(t, smtptest.Normal, false)
	opt := quick(server(s.Host, s.Port))
	opt.Concurrency = 1
	boom := errors.New("disk full")
	opt.OnWire = func(j deliver.Job) error {
		if j.To == "reader2@example.org" {
			return boom
		}
		return nil
	}
	got, err := sendAll(opt, readers(4))
	if !errors.Is(err, boom) {
		t.Fatalf("err = %v, want the OnWire error", err)
	}
	if got["reader1@example.org"].Outcome != deliver.Delivered || got["reader2@example.org"].Outcome != deliver.NotSent ||
		got["reader3@example.org"].Outcome != deliver.NotSent || s.Count("reader2@example.org") != 0 {
		t.Errorf("outcomes: %v %v %v", got["reader1@example.org"].Outcome, got["reader2@example.org"].Outcome, got["reader3@example.org"].Outcome)
	}
}

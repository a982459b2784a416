package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"mime/multipart"
	"net"
	"net/http"
	"net/mail"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"briefing/generator/email/dkim"
	"briefing/generator/email/unsubscribe"
	"briefing/generator/internal/sitetest"
	"briefing/generator/internal/smtptest"

	msgdkim "github.com/emersion/go-msgauth/dkim"
)

// mainEnv makes the test binary run main() with the JSON-encoded
// arguments it holds: the real program, exit status included.
const mainEnv = "BRIEFING_TEST_MAIN_ARGS"

func TestMain(m *testing.M) {
	if args := os.Getenv(mainEnv); args != "" {
		var a []string
		if err := json.Unmarshal([]byte(args), &a); err != nil {
			panic(err)
		}
		os.Args = append([]string{prog}, a...)
		main()
		os.Exit(0)
	}
	os.Exit(sitetest.Main(m))
}

// project makes a project folder with a config and a built issue of the
// sample (rendered by Hugo from the real templates), as 'make site' leaves
// it.
func project(t *testing.T) string {
	return projectOf(t, 1)
}

// projectOf is project with an issue of that many stories.
func projectOf(t *testing.T, stories int) string {
	t.Helper()
	dir := t.TempDir()
	cfg := `baseURL = "https://briefing.example.org/"
title = "The Briefing"
[params]
  name = "The Briefing"
  [params.sender]
    name = "The Briefing"
    address = "briefing@example.org"
    postalAddress = "1 Example Street, Exampletown"
  [params.email]
    unsubscribe = "https://briefing.example.org/unsubscribe/ mailto:unsubscribe@example.org"
    concurrency = 2
`
	if err := os.WriteFile(filepath.Join(dir, "config.toml"), []byte(cfg), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(sitetest.Site(t, stories), filepath.Join(dir, "public")); err != nil {
		t.Fatal(err)
	}
	return dir
}

// cli runs the program's commands in this process.
func cli(t *testing.T, dir string, args ...string) (stdout, stderr string, err error) {
	t.Helper()
	var out, errb bytes.Buffer
	err = run(context.Background(), dir, &out, &errb, args...)
	return out.String(), errb.String(), err
}

// cliContext runs a command until ctx ends.
func cliContext(ctx context.Context, dir string, args ...string) error {
	return run(ctx, dir, io.Discard, io.Discard, args...)
}

func run(ctx context.Context, dir string, out, errw io.Writer, args ...string) error {
	return runIn(ctx, dir, strings.NewReader(""), out, errw, args...)
}

func runIn(ctx context.Context, dir string, in io.Reader, out, errw io.Writer, args ...string) error {
	root := newRoot()
	root.SetIn(in)
	root.SetOut(out)
	root.SetErr(errw)
	root.SetArgs(append(args, "--config", filepath.Join(dir, "config.toml")))
	return root.ExecuteContext(ctx)
}

func writeList(t *testing.T, dir, body string) string {
	t.Helper()
	p := filepath.Join(dir, "subscribers.txt")
	if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// TestSendThreeRunsOneCopy: three runs of send to six readers, against
// servers that break the connection after accepting each message, leave
// each reader exactly one copy.
func TestSendThreeRunsOneCopy(t *testing.T) {
	for _, tc := range []struct {
		name string
		mode smtptest.Mode
	}{
		{"421 after one message per connection", smtptest.OneMessagePerConn},
		{"connection dropped after DATA", smtptest.DropAfterReply},
		{"connection hung after DATA", smtptest.HangAfterReply},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := smtptest.Start(t, tc.mode, false)
			dir := project(t)
			var readers []string
			for i := range 6 {
				readers = append(readers, fmt.Sprintf("reader%d@example.org", i+1))
			}
			list := writeList(t, dir, strings.Join(readers, "\n")+"\n")
			for n := 1; n <= 3; n++ {
				out, errs, err := cli(t, dir, "send", "--smtp", s.URL(), "--list", list, "--timeout", "500ms")
				if err != nil {
					t.Fatalf("run %d: %v\n%s%s", n, err, out, errs)
				}
				want := "6 sent"
				if n > 1 {
					want = "0 sent, 6 skipped (already sent)"
				}
				if !strings.Contains(out, "send: 2022-06-15: "+want+"\n") {
					t.Errorf("run %d: %s%s", n, out, errs)
				}
			}
			for _, r := range readers {
				if c := s.Count(r); c != 1 {
					t.Errorf("%s has %d copies, want 1", r, c)
				}
			}
		})
	}
}

// TestSendListWithBOMAndCRLF: a list saved with a byte-order mark and
// CRLF line ends reaches its readers at their plain addresses, logged so
// that a later --to does not send a second copy; a bad line is reported
// by number and the rest are sent.
func TestSendListWithBOMAndCRLF(t *testing.T) {
	s := smtptest.Start(t, smtptest.Normal, false)
	dir := project(t)
	list := writeList(t, dir, "\ufeffann@example.org\r\nbob@example.org\r\n\"quoted local\"@example.org\r\nBOB@example.org\r\n")
	out, errs, err := cli(t, dir, "send", "--smtp", s.URL(), "--list", list)
	if err != nil {
		t.Fatalf("%v\n%s%s", err, out, errs)
	}
	if s.Count("ann@example.org") != 1 || s.Count("bob@example.org") != 1 || s.Total() != 2 {
		t.Errorf("ann %d, bob %d, total %d; want one each at the plain address", s.Count("ann@example.org"), s.Count("bob@example.org"), s.Total())
	}
	if !strings.Contains(errs, "subscribers.txt:3: invalid email address") || !strings.Contains(errs, "quoted local part") ||
		!strings.Contains(errs, "1 line(s) repeat an address") {
		t.Errorf("stderr:\n%s", errs)
	}
	out, errs, err = cli(t, dir, "send", "--smtp", s.URL(), "--to", "ann@example.org")
	if err != nil || !strings.Contains(out, "0 sent, 1 skipped (already sent)") || s.Count("ann@example.org") != 1 {
		t.Errorf("--to after the list: %v\n%s%s", err, out, errs)
	}
}

// TestSendFailsFastOnClosedPort runs the real program: 20 readers and a
// closed port end in well under 20 s with exit status 1 and one message.
func TestSendFailsFastOnClosedPort(t *testing.T) {
	dir := project(t)
	var readers []string
	for i := range 20 {
		readers = append(readers, fmt.Sprintf("reader%d@example.org", i+1))
	}
	list := writeList(t, dir, strings.Join(readers, "\n"))
	args, _ := json.Marshal([]string{"send", "--config", filepath.Join(dir, "config.toml"), "--list", list,
		"--smtp", "smtp://" + smtptest.ClosedPort(t)})
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), mainEnv+"="+string(args))
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	start := time.Now()
	err := cmd.Run()
	took := time.Since(start)
	var ee *exec.ExitError
	if !errors.As(err, &ee) || ee.ExitCode() != 1 {
		t.Fatalf("exit: %v, want status 1\n%s", err, stderr.String())
	}
	if took > 20*time.Second {
		t.Errorf("took %v for 20 readers", took)
	}
	msg := strings.TrimSpace(stderr.String())
	if strings.Count(msg, "\n") != 0 || !strings.Contains(msg, "connection refused (is the server running, and is the port right?)") {
		t.Errorf("stderr is not one clear line:\n%s", msg)
	}
	t.Logf("closed port, 20 readers: exit 1 after %v: %s", took.Round(time.Millisecond), msg)
	if _, err := os.Stat(filepath.Join(dir, ".briefing", "sent", "2022-06-15.jsonl")); err == nil {
		b, _ := os.ReadFile(filepath.Join(dir, ".briefing", "sent", "2022-06-15.jsonl"))
		if len(bytes.TrimSpace(b)) > 0 {
			t.Errorf("the send log has entries though nothing was sent:\n%s", b)
		}
	}
}

// TestSendToARealList is the check of issue 16 against a real SMTP server:
// per-reader unsubscribe links, the Date of sending, the postal address in
// both parts, a DKIM signature that verifies, a skipped invalid line,
// --resend, and unsubscribes by command and by one-click POST that the
// next issue honours.
func TestSendToARealList(t *testing.T) {
	s := smtptest.Start(t, smtptest.Normal, false)
	dir := project(t)
	cfg := filepath.Join(dir, "config.toml")
	b, _ := os.ReadFile(cfg)
	os.WriteFile(cfg, append(b, []byte("    dkimSelector = \"news\"\n")...), 0o644)
	key, _ := filepath.Abs(filepath.Join("email", "dkim", "testdata", "test-only.key"))
	t.Setenv(dkim.EnvKey, key)
	t.Setenv(unsubscribe.EnvSecret, "")
	if err := os.CopyFS(filepath.Join(dir, "public", "issues", "2022-06-16"), os.DirFS(filepath.Join(dir, "public", "issues", "2022-06-15"))); err != nil {
		t.Fatal(err)
	}
	list := writeList(t, dir, "ann@example.org\nnot an address\nbob@example.org\n")

	before := time.Now()
	out, errs, err := cli(t, dir, "send", "--smtp", s.URL(), "--list", list, "2022-06-15")
	if err != nil || !strings.Contains(out, "2022-06-15: 2 sent\n") || !strings.Contains(errs, "subscribers.txt:2: invalid email address") {
		t.Fatalf("send: %v\n%s%s", err, out, errs)
	}
	signer, err := dkim.Load("example.org", "news", key)
	if err != nil {
		t.Fatal(err)
	}
	links := map[string]string{}
	for _, to := range []string{"ann@example.org", "bob@example.org"} {
		msgs := s.Messages(to)
		if len(msgs) != 1 {
			t.Fatalf("%s got %d messages", to, len(msgs))
		}
		raw := msgs[0]
		lu := smtptest.Header(raw, "List-Unsubscribe")
		links[to] = lu
		secret, _ := unsubscribe.LoadSecret(dir, os.Getenv)
		tok := secret.Token(to)
		if !strings.Contains(lu, "https://briefing.example.org/unsubscribe/?t="+tok) || !strings.Contains(lu, "subject=unsubscribe%20"+tok) {
			t.Errorf("%s: List-Unsubscribe %q lacks the reader's token", to, lu)
		}
		date, err := mail.ParseDate(smtptest.Header(raw, "Date"))
		if err != nil || date.Before(before.Add(-time.Second)) || date.After(time.Now().Add(time.Minute)) {
			t.Errorf("%s: Date %q is not the time of sending (%v)", to, smtptest.Header(raw, "Date"), err)
		}
		text, html := parts(t, raw)
		for _, p := range []string{text, html} {
			if !strings.Contains(p, "1 Example Street, Exampletown") {
				t.Errorf("%s: a part lacks the postal address", to)
			}
		}
		if !strings.Contains(text, "Unsubscribe: https://briefing.example.org/unsubscribe/?t="+tok+"\n") ||
			!strings.Contains(html, `href="https://briefing.example.org/unsubscribe/?t=`+tok+`"`) {
			t.Errorf("%s: the footer's unsubscribe link does not carry the reader's token", to)
		}
		rec, _ := signer.PublicRecord()
		vs, err := msgdkim.VerifyWithOptions(bytes.NewReader(raw), &msgdkim.VerifyOptions{
			LookupTXT: func(name string) ([]string, error) {
				if name != "news._domainkey.example.org" {
					return nil, fmt.Errorf("no record at %s", name)
				}
				return []string{rec}, nil
			}})
		if err != nil || len(vs) != 1 || vs[0].Err != nil || vs[0].Domain != "example.org" {
			t.Errorf("%s: DKIM: %v %+v", to, err, vs)
		}
	}
	if links["ann@example.org"] == links["bob@example.org"] {
		t.Errorf("both readers have List-Unsubscribe %q", links["ann@example.org"])
	}
	if a, b := smtptest.Header(s.Messages("ann@example.org")[0], "Message-ID"), smtptest.Header(s.Messages("bob@example.org")[0], "Message-ID"); a == b || a == "<briefing.2022-06-15@example.org>" {
		t.Errorf("Message-IDs %s and %s", a, b)
	}

	// A corrected issue, on purpose: it lists who already had it.
	out, errs, err = cli(t, dir, "send", "--smtp", s.URL(), "--list", list, "--resend", "2022-06-15")
	if err != nil || !strings.Contains(out, "sent again to 2 reader(s) who already had 2022-06-15:\n  ann@example.org\n  bob@example.org\n") ||
		s.Count("ann@example.org") != 2 {
		t.Errorf("--resend: %v\n%s%s", err, out, errs)
	}

	// ann unsubscribes by command; the next issue reaches bob only.
	out, _, err = cli(t, dir, "unsubscribe", "ann@example.org")
	if err != nil || !strings.Contains(out, "ann@example.org added to the suppression list") {
		t.Fatalf("unsubscribe: %v\n%s", err, out)
	}
	out, errs, err = cli(t, dir, "send", "--smtp", s.URL(), "--list", list, "2022-06-16")
	if err != nil || !strings.Contains(out, "2022-06-16: 1 sent, 1 skipped (unsubscribed)") || s.Count("ann@example.org") != 2 || s.Count("bob@example.org") != 3 {
		t.Errorf("the next issue: %v\n%s%s", err, out, errs)
	}

	// bob uses one-click: his provider POSTs to the List-Unsubscribe URL,
	// here served by unsubscribe --listen.
	addr := freePort(t)
	ctx, cancel := context.WithCancel(context.Background())
	served := make(chan error, 1)
	go func() { served <- cliContext(ctx, dir, "unsubscribe", "--listen", addr) }()
	bobURL := strings.TrimSuffix(strings.Split(links["bob@example.org"], ", ")[0][1:], ">")
	post := strings.Replace(bobURL, "https://briefing.example.org", "http://"+addr, 1)
	var res *http.Response
	for i := 0; ; i++ {
		res, err = http.Post(post, "application/x-www-form-urlencoded", strings.NewReader("List-Unsubscribe=One-Click"))
		if err == nil || i > 100 {
			break
		}
		time.Sleep(20 * time.Millisecond)
	}
	if err != nil || res.StatusCode != 200 {
		t.Fatalf("one-click POST to %s: %v %v", post, err, res)
	}
	res.Body.Close()
	cancel()
	if err := <-served; err != nil {
		t.Errorf("unsubscribe --listen: %v", err)
	}
	out, errs, err = cli(t, dir, "send", "--smtp", s.URL(), "--list", list, "--resend", "2022-06-16")
	if err != nil || !strings.Contains(out, "0 sent, 2 skipped (unsubscribed)") || s.Count("bob@example.org") != 3 {
		t.Errorf("after bob's one-click: %v\n%s%s", err, out, errs)
	}
	sup, _ := os.ReadFile(filepath.Join(dir, ".briefing", "suppressed.txt"))
	if !strings.Contains(string(sup), "ann@example.org\t") || !strings.Contains(string(sup), "\tcommand") || !strings.Contains(string(sup), "bob@example.org\t") || !strings.Contains(string(sup), "\tone-click") {
		t.Errorf("suppression list:\n%s", sup)
	}
	// The secret is in the state folder, never in public/.
	if _, err := os.Stat(filepath.Join(dir, ".briefing", "unsubscribe.key")); err != nil {
		t.Errorf("no generated secret: %v", err)
	}
}

// parts returns the decoded text and HTML parts of a raw message.
func parts(t *testing.T, raw []byte) (text, html string) {
	t.Helper()
	msg, err := mail.ReadMessage(bytes.NewReader(raw))
	if err != nil {
		t.Fatal(err)
	}
	_, params, _ := mime.ParseMediaType(msg.Header.Get("Content-Type"))
	mr := multipart.NewReader(msg.Body, params["boundary"])
	for {
		p, err := mr.NextPart() // decodes quoted-printable
		if err != nil {
			break
		}
		b, _ := io.ReadAll(p)
		b = bytes.ReplaceAll(b, []byte("\r\n"), []byte("\n"))
		if strings.HasPrefix(p.Header.Get("Content-Type"), "text/html") {
			html = string(b)
		} else {
			text = string(b)
		}
	}
	return text, html
}

func freePort(t *testing.T) string {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().String()
}

// TestUnsubscribeFromStdin: addresses, tokens and unsubscribe links, one
// per line; what is not understood is reported and the rest still added.
func TestUnsubscribeFromStdin(t *testing.T) {
	dir := project(t)
	t.Setenv(unsubscribe.EnvSecret, "")
	// The send logs are what a token is matched against.
	os.MkdirAll(filepath.Join(dir, ".briefing", "sent"), 0o755)
	os.WriteFile(filepath.Join(dir, ".briefing", "sent", "2022-06-15.jsonl"),
		[]byte(`{"to":"carol@example.org","status":"sent"}`+"\n"+`{"to":"dave@example.org","status":"sent"}`+"\n"), 0o644)
	secret, err := unsubscribe.LoadSecret(dir, os.Getenv)
	if err != nil {
		t.Fatal(err)
	}
	in := "# from the inbox\n\ufeffAnn@Example.org\n" + secret.Token("carol@example.org") + "\n" +
		"https://briefing.example.org/unsubscribe/?t=" + secret.Token("dave@example.org") + "\n" +
		secret.Token("nobody@example.org") + "\nnot an address\n"
	var out, errb bytes.Buffer
	err = runIn(context.Background(), dir, strings.NewReader(in), &out, &errb, "unsubscribe")
	if err == nil || !strings.Contains(err.Error(), "2 of 5 not understood") {
		t.Errorf("err = %v", err)
	}
	for _, want := range []string{"Ann@example.org added", "carol@example.org added", "dave@example.org added"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("stdout lacks %q:\n%s", want, out.String())
		}
	}
	if !strings.Contains(errb.String(), "matches no reader") || !strings.Contains(errb.String(), "not an address: neither an address nor a token") {
		t.Errorf("stderr:\n%s", errb.String())
	}
	out.Reset()
	if err := runIn(context.Background(), dir, strings.NewReader(""), &out, &errb, "unsubscribe", "ann@example.org"); err != nil || !strings.Contains(out.String(), "was already on it") {
		t.Errorf("again: %v\n%s", err, out.String())
	}
}

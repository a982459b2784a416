package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"briefing/generator/internal/smtptest"

	"github.com/spf13/cobra"
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
		os.Args = append([]string{"generator"}, a...)
		main()
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// project makes a project folder with a config and a built issue (the
// email fixture), as 'make site' leaves it.
func project(t *testing.T) string {
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
	issue := filepath.Join(dir, "public", "issues", "2022-06-15")
	if err := os.CopyFS(issue, os.DirFS(filepath.Join("email", "testdata", "site", "issues", "2022-06-15"))); err != nil {
		t.Fatal(err)
	}
	return dir
}

// cli runs the program's commands in this process.
func cli(t *testing.T, dir string, args ...string) (stdout, stderr string, err error) {
	t.Helper()
	root := &cobra.Command{Use: "generator", SilenceUsage: true, SilenceErrors: true}
	root.PersistentFlags().String("config", "config.toml", "")
	root.AddCommand(sendCmd())
	var out, errb bytes.Buffer
	root.SetOut(&out)
	root.SetErr(&errb)
	root.SetArgs(append(args, "--config", filepath.Join(dir, "config.toml")))
	err = root.ExecuteContext(context.Background())
	return out.String(), errb.String(), err
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

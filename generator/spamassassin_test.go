package main

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"briefing/generator/config"
	"briefing/generator/email"
	"briefing/generator/email/dkim"
	"briefing/generator/email/unsubscribe"
	"briefing/generator/internal/smtptest"
	"briefing/generator/pipeline"
)

// TestSpamAssassinScore sends the sample issue with the real send to a
// loopback SMTP server that stamps a Received: header, as Mailpit or any
// MTA does, and scores what arrived with SpamAssassin's local tests. The
// target is at most 0.5 points, ALL_TRUSTED (a loopback artefact) not
// counted. SpamAssassin is not a dependency of the build; to run it:
//
//	apt-get install spamassassin
//	BRIEFING_SPAMASSASSIN=1 go test -run SpamAssassin -v ./generator/
//
// BRIEFING_SPAMASSASSIN may also name the spamassassin program.
func TestSpamAssassinScore(t *testing.T) {
	bin := os.Getenv("BRIEFING_SPAMASSASSIN")
	if bin == "" {
		t.Skip("set BRIEFING_SPAMASSASSIN=1 (or the path of spamassassin) to run")
	}
	if bin == "1" {
		bin = "spamassassin"
	}
	for _, tc := range []struct {
		name    string
		stories int
		dkim    bool
	}{
		{"sample issue", 1, false},
		{"sample issue, DKIM-signed", 1, true},
		{"20 stories", 20, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := projectOf(t, tc.stories)
			c, err := config.Load(filepath.Join(dir, "config.toml"))
			if err != nil {
				t.Fatal(err)
			}
			// What make site leaves: CSS inlined, minified.
			if _, err := email.Edition(context.Background(), filepath.Join(dir, "public"), pipeline.EmailSettings(c)); err != nil {
				t.Fatal(err)
			}
			t.Setenv(unsubscribe.EnvSecret, "")
			t.Setenv(dkim.EnvKey, "")
			if tc.dkim {
				cfg := filepath.Join(dir, "config.toml")
				b, _ := os.ReadFile(cfg)
				os.WriteFile(cfg, append(b, []byte("    dkimSelector = \"news\"\n")...), 0o644)
				key, _ := filepath.Abs(filepath.Join("email", "dkim", "testdata", "test-only.key"))
				t.Setenv(dkim.EnvKey, key)
			}
			s := smtptest.Start(t, smtptest.Normal, false)
			s.Received = "Received: from localhost (localhost [127.0.0.1])\r\n\tby mx.test (smtptest) with ESMTP\r\n\tfor <reader@example.com>; %s\r\n"
			if out, errs, err := cli(t, dir, "send", "--smtp", s.URL(), "--to", "reader@example.com"); err != nil {
				t.Fatalf("send: %v\n%s%s", err, out, errs)
			}
			msg := s.Messages("reader@example.com")[0]
			if signed := smtptest.Header(msg, "DKIM-Signature") != ""; signed != tc.dkim {
				t.Fatalf("DKIM-Signature present: %v, want %v", signed, tc.dkim)
			}
			score, rules := spamassassin(t, bin, msg)
			t.Logf("SpamAssassin %.1f points without ALL_TRUSTED; rules: %s", score, strings.Join(rules, ", "))
			if score > 0.5 {
				t.Errorf("score %.1f, want at most 0.5", score)
			}
		})
	}
}

var saRule = regexp.MustCompile(`(?m)^\s*(-?\d+(?:\.\d+)?)\s+([A-Z0-9_]+)\s`)

// spamassassin scores msg with the local tests and returns the points
// without ALL_TRUSTED, and every rule that hit with its points.
func spamassassin(t *testing.T, bin string, msg []byte) (float64, []string) {
	t.Helper()
	home := t.TempDir()
	// A fresh home: no user's own rules or Bayes data count.
	cmd := exec.Command(bin, "-L", "-t")
	cmd.Env = append(os.Environ(), "HOME="+home)
	cmd.Stdin = strings.NewReader(string(msg))
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("spamassassin: %v\n%s%s", err, out, stderr.String())
	}
	report := string(out)
	i := strings.Index(report, "Content analysis details:")
	if i < 0 {
		t.Fatalf("no report in the output:\n%s", report)
	}
	var score float64
	var rules []string
	for _, m := range saRule.FindAllStringSubmatch(report[i:], -1) {
		p, _ := strconv.ParseFloat(m[1], 64)
		rules = append(rules, m[2]+" "+m[1])
		if m[2] != "ALL_TRUSTED" {
			score += p
		}
	}
	return score, rules
}

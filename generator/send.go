package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"briefing/generator/email"
	"briefing/generator/email/address"
	"briefing/generator/email/deliver"
	"briefing/generator/email/dkim"
	"briefing/generator/email/mailing"
	"briefing/generator/email/suppress"
	"briefing/generator/email/unsubscribe"
	"briefing/generator/internal/progress"
	"briefing/generator/pipeline"

	"github.com/spf13/cobra"
)

// sendFlags are the switches of one send.
type sendFlags struct {
	smtpURL, list  string
	to             []string
	dryRun         bool
	retryUncertain bool
	resend         bool
	timeout        time.Duration
}

func sendCmd() *cobra.Command {
	var f sendFlags
	cmd := &cobra.Command{
		Use:   "send [--smtp URL] [--to ADDR]... [--list FILE] [--dry-run] [--retry-uncertain] [--resend] [ISSUE]",
		Short: "Send an issue's email edition to its subscribers",
		Long: `Send delivers the email edition of an issue (YYYY-MM-DD; default: the
latest one in the public folder) built by 'make site', one message per
reader, over SMTP:

  smtp://[user:password@]host[:port]   STARTTLS when the server offers it (port 587)
  smtps://[user:password@]host[:port]  implicit TLS (port 465)

The URL defaults to $BRIEFING_SMTP_URL; user and password may also come
from $BRIEFING_SMTP_USER and $BRIEFING_SMTP_PASSWORD, never from the
config. The rate (params.email.rate, messages per second) and the number
of connections (params.email.concurrency) come from config.toml.

Every delivery is recorded in .briefing/sent/ISSUE.jsonl next to the
config, so running send again, after an interruption or by mistake, never
mails the issue twice to anyone. A list's invalid lines are reported by
line number and skipped; an address listed twice (in any case) is mailed
once. Temporary (4xx) failures are retried with exponential backoff for up
to 10 minutes; a problem with the server or the settings (unknown host,
refused connection, no greeting, untrusted certificate, failed login)
stops the run at once. A message that went out without a reply from the
server may have arrived: it is reported as uncertain and not sent again
unless you ask with --retry-uncertain. --resend sends the issue again to
everyone (a corrected issue) and lists who already had it. The exit
status is 1 if any reader failed, became uncertain or was not reached.`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runSend(cmd, args, f)
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&f.smtpURL, "smtp", "", "SMTP server URL (default $"+deliver.EnvURL+")")
	fl.StringArrayVar(&f.to, "to", nil, "a recipient; repeat for more")
	fl.StringVar(&f.list, "list", "", "file of recipients, one address per line, # for comments")
	fl.BoolVar(&f.dryRun, "dry-run", false, "print what would be sent and send nothing")
	fl.BoolVar(&f.retryUncertain, "retry-uncertain", false, "send again to readers whose earlier delivery is uncertain")
	fl.BoolVar(&f.resend, "resend", false, "send to every reader again, those who already had the issue included")
	fl.DurationVar(&f.timeout, "timeout", 30*time.Second, "how long to wait for each SMTP reply")
	return cmd
}

func runSend(cmd *cobra.Command, args []string, f sendFlags) error {
	out, errw := cmd.OutOrStdout(), cmd.ErrOrStderr()
	c, err := loadConfig(cmd)
	if err != nil {
		return err
	}
	public := c.Path(c.Params.Generator.Public)
	id := ""
	if len(args) == 1 {
		id = args[0]
	} else {
		ids, err := email.Issues(public)
		if err != nil {
			return fmt.Errorf("send: %w", err)
		}
		if len(ids) == 0 {
			return fmt.Errorf("send: no issue with an email edition in %s; run 'make site' first", public)
		}
		id = ids[len(ids)-1]
	}
	var rcpts []string
	for _, a := range f.to {
		addr, err := address.Parse(a)
		if err != nil {
			return usageError{fmt.Errorf("send: --to: %w", err)}
		}
		rcpts = append(rcpts, addr)
	}
	if f.list != "" {
		l, err := mailing.ReadList(f.list)
		if err != nil {
			return usageError{fmt.Errorf("send: %w", err)}
		}
		for _, e := range l.Invalid {
			fmt.Fprintf(errw, "%s: send: %s:%d: %v; skipped\n", prog, f.list, e.Line, e.Err)
		}
		if l.Duplicates > 0 {
			fmt.Fprintf(errw, "%s: send: %s: %d line(s) repeat an address already listed (in any case); each reader is mailed once\n", prog, f.list, l.Duplicates)
		}
		rcpts = append(rcpts, l.Addresses...)
	}
	if len(rcpts) == 0 {
		return usageError{fmt.Errorf("send: no recipients: give --to or --list")}
	}
	if f.smtpURL == "" {
		f.smtpURL = os.Getenv(deliver.EnvURL)
	}
	var server deliver.Server
	if f.smtpURL != "" || !f.dryRun {
		if server, err = deliver.ParseURL(f.smtpURL, os.Getenv); err != nil {
			return usageError{fmt.Errorf("send: %w", err)}
		}
	}
	m, err := email.Load(filepath.Join(public, "issues", id), id, pipeline.EmailSettings(c))
	if err != nil {
		return fmt.Errorf("send: %w", err)
	}
	suppressed, err := suppress.Load(suppress.Path(c.Dir))
	if err != nil {
		return fmt.Errorf("send: %w", err)
	}
	o := mailing.Options{
		Issue: m, IssueID: id, Recipients: rcpts,
		LogPath: mailing.LogPath(c.Dir, id), DryRun: f.dryRun,
		RetryUncertain: f.retryUncertain, Resend: f.resend,
		Suppressed: suppressed.Contains,
	}
	if !f.dryRun {
		// Each reader's unsubscribe links carry the reader's token.
		secret, err := unsubscribe.LoadSecret(c.Dir, os.Getenv)
		if err != nil {
			return fmt.Errorf("send: %w", err)
		}
		o.Unsubscribe = func(addr string) []string { return unsubscribe.Links(m.Unsubscribe, secret.Token(addr)) }
		if o.Sign, err = dkimSigner(c.Params.Email.DKIMSelector, m.From.Address, errw); err != nil {
			return usageError{fmt.Errorf("send: %w", err)}
		}
	}
	var bar *progress.Bar
	o.Deliver = deliver.Options{
		Server: server, Rate: c.Params.Email.Rate, Concurrency: c.Params.Email.Concurrency, Timeout: f.timeout,
	}
	o.Progress = func(done, total int) {
		if bar == nil && done == 1 {
			bar = progress.New(total, "send")
		}
		bar.Add()
	}
	o.Waiting = func() {
		fmt.Fprintf(errw, "%s: send: waiting for another send of %s to finish\n", prog, id)
	}
	rep, err := mailing.Run(cmd.Context(), o)
	bar.Done()
	printReport(out, errw, rep)
	if err != nil {
		return fmt.Errorf("send: %w", err)
	}
	var problems []string
	if n := len(rep.Failed); n > 0 {
		problems = append(problems, fmt.Sprintf("%d failed", n))
	}
	if n := countNow(rep.Uncertain); n > 0 {
		problems = append(problems, fmt.Sprintf("%d uncertain", n))
	}
	if n := len(rep.Pending); n > 0 {
		problems = append(problems, fmt.Sprintf("%d not started", n))
	}
	if len(problems) > 0 {
		return fmt.Errorf("send: %s of %d readers; see above", strings.Join(problems, ", "), len(rep.Sent)+len(rep.Failed)+countNow(rep.Uncertain)+len(rep.Pending))
	}
	return nil
}

// printReport shows a run: the plan of a dry run, who already had a resent
// issue, every reader it did not reach and why, and the summary line.
func printReport(out, errw io.Writer, rep mailing.Report) {
	if rep.DryRun {
		via := rep.Via
		if via == "" {
			via = "no SMTP server given"
		}
		fmt.Fprintf(out, "send: dry run of %s, subject %q, via %s\n", rep.IssueID, rep.Subject, via)
		for _, to := range rep.Sent {
			fmt.Fprintf(out, "  send %s\n", to)
		}
		for _, to := range rep.Skipped {
			fmt.Fprintf(out, "  skip %s (already sent)\n", to)
		}
		for _, to := range rep.Suppressed {
			fmt.Fprintf(out, "  skip %s (unsubscribed)\n", to)
		}
		for _, u := range rep.Uncertain {
			fmt.Fprintf(out, "  skip %s (uncertain: %s)\n", u.To, u.Reason)
		}
	}
	if len(rep.Resent) > 0 {
		verb := "sent again to"
		if rep.DryRun {
			verb = "would go again to"
		}
		fmt.Fprintf(out, "send: %s %d reader(s) who already had %s:\n", verb, len(rep.Resent), rep.IssueID)
		for _, to := range rep.Resent {
			fmt.Fprintf(out, "  %s\n", to)
		}
	}
	for _, f := range rep.Failed {
		fmt.Fprintf(errw, "%s: send: %v\n", prog, f)
	}
	for _, u := range rep.Uncertain {
		if u.Now {
			fmt.Fprintf(errw, "%s: send: %s: uncertain: %s; not sent again: check with the reader, or send --retry-uncertain\n", prog, u.To, u.Reason)
		} else if !rep.DryRun {
			fmt.Fprintf(errw, "%s: send: %s: not sent: %s (send --retry-uncertain sends it)\n", prog, u.To, u.Reason)
		}
	}
	fmt.Fprintf(out, "send: %s: %s\n", rep.IssueID, rep.Summary())
}

func countNow(us []mailing.Uncertain) int {
	n := 0
	for _, u := range us {
		if u.Now {
			n++
		}
	}
	return n
}

// dkimSigner is the DKIM signer params.email.dkimSelector and
// $BRIEFING_DKIM_KEY ask for, or nil when signing is off.
func dkimSigner(selector, from string, errw io.Writer) (func([]byte) ([]byte, error), error) {
	key := os.Getenv(dkim.EnvKey)
	switch {
	case selector == "" && key == "":
		return nil, nil
	case selector == "":
		fmt.Fprintf(errw, "%s: send: warning: $%s is set but params.email.dkimSelector is not; sending without DKIM\n", prog, dkim.EnvKey)
		return nil, nil
	case key == "":
		return nil, fmt.Errorf("params.email.dkimSelector is %q: set $%s to the private key file to sign with", selector, dkim.EnvKey)
	}
	s, err := dkim.Load(address.Domain(from), selector, key)
	if err != nil {
		return nil, err
	}
	return s.Sign, nil
}

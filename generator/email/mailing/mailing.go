// Package mailing sends one issue to a list of recipients exactly once
// each: it consults and keeps the issue's send log around every delivery.
package mailing

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"briefing/generator/email"
	"briefing/generator/email/deliver"
	"briefing/generator/email/sentlog"
	"briefing/generator/internal/progress"
)

// Options describe one run.
type Options struct {
	Issue   email.Message // the archive copy; each recipient gets a copy
	IssueID string
	// Recipients are bare addresses; duplicates (ignoring case) are sent
	// once.
	Recipients []string
	// LogPath is the issue's send log.
	LogPath string
	DryRun  bool
	Deliver deliver.Options // Before and After are set by Run
	// Out gets the dry-run listing; Err gets per-recipient problems.
	Out, Err io.Writer
}

// Summary counts what a run did.
type Summary struct {
	Sent, Skipped, Uncertain, Failed int
	// Pending were not started because the run was interrupted.
	Pending int
	// Failures are the per-recipient errors, in the order they happened.
	Failures []error
}

func (s Summary) String() string {
	out := fmt.Sprintf("%d sent, %d skipped (already sent), %d failed", s.Sent, s.Skipped, s.Failed)
	if s.Pending > 0 {
		out += fmt.Sprintf(", %d not started (interrupted)", s.Pending)
	}
	if s.Uncertain > 0 {
		out += fmt.Sprintf(", %d not retried (an earlier run was interrupted while sending to them)", s.Uncertain)
	}
	return out
}

// LogPath is where the send log of issue id lives under the project
// folder dir.
func LogPath(dir, id string) string {
	return filepath.Join(dir, ".briefing", "sent", id+".jsonl")
}

// Run sends o.Issue to every recipient the send log has not seen it go to.
// It returns an error only when it could not work at all; recipients that
// failed are in the Summary.
func Run(ctx context.Context, o Options) (Summary, error) {
	var sum Summary
	rcpts, err := unique(o.Recipients)
	if err != nil {
		return sum, err
	}
	if o.DryRun {
		return dryRun(o, rcpts)
	}
	log, err := sentlog.Open(o.LogPath)
	if err != nil {
		return sum, err
	}
	defer log.Close()

	var todo []email.Message
	for _, to := range rcpts {
		switch log.Status(to) {
		case sentlog.Sent:
			sum.Skipped++
			continue
		case sentlog.Sending:
			sum.Uncertain++
			fmt.Fprintf(o.Err, "briefing: send: %s: not retried, an earlier run stopped while sending to it; see %s\n", to, o.LogPath)
			continue
		}
		m, err := o.Issue.For(to)
		if err != nil {
			return sum, err
		}
		todo = append(todo, m)
	}

	// A send log that cannot be written is a reason to stop: it is what
	// prevents duplicates.
	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	bar := progress.New(len(todo), "send")
	d := o.Deliver
	d.Before = func(m email.Message) error {
		err := log.Record(sentlog.Entry{To: m.To, Status: sentlog.Sending, MessageID: m.MessageID})
		if err != nil {
			cancel(err)
		}
		return err
	}
	d.After = func(r deliver.Result) {
		bar.Add()
		e := sentlog.Entry{To: r.Msg.To, Status: sentlog.Sent, MessageID: r.Msg.MessageID}
		if r.Err != nil && r.Attempts == 0 && ctx.Err() != nil {
			sum.Pending++
			return
		}
		if r.Err != nil {
			e.Status, e.Error = sentlog.Failed, r.Err.Error()
			sum.Failed++
			kind := "temporary failure, gave up"
			if r.Permanent {
				kind = "refused"
			}
			err := fmt.Errorf("%s: %s after %d attempt(s): %w", r.Msg.To, kind, r.Attempts, r.Err)
			sum.Failures = append(sum.Failures, err)
			fmt.Fprintf(o.Err, "briefing: send: %v\n", err)
		} else {
			sum.Sent++
		}
		if err := log.Record(e); err != nil {
			cancel(err)
		}
	}
	deliver.Send(ctx, d, todo)
	bar.Done()
	if err := context.Cause(ctx); err != nil && !errors.Is(err, context.Canceled) {
		return sum, err
	}
	return sum, ctx.Err()
}

func dryRun(o Options, rcpts []string) (Summary, error) {
	var sum Summary
	seen, err := sentlog.Read(o.LogPath)
	if err != nil {
		return sum, err
	}
	via := "no SMTP server given"
	if o.Deliver.Server.Host != "" {
		via = o.Deliver.Server.String()
	}
	fmt.Fprintf(o.Out, "send: dry run of %s, subject %q, via %s\n", o.IssueID, o.Issue.Subject, via)
	for _, to := range rcpts {
		switch seen[sentlog.Key(to)] {
		case sentlog.Sent:
			sum.Skipped++
			fmt.Fprintf(o.Out, "  skip %s (already sent)\n", to)
		case sentlog.Sending:
			sum.Uncertain++
			fmt.Fprintf(o.Out, "  skip %s (an earlier run stopped while sending)\n", to)
		default:
			m, err := o.Issue.For(to)
			if err != nil {
				return sum, err
			}
			sum.Sent++
			fmt.Fprintf(o.Out, "  send %s (Message-ID <%s>)\n", to, m.MessageID)
		}
	}
	return sum, nil
}

// unique checks every address and drops repeats, keeping the first.
func unique(addrs []string) ([]string, error) {
	seen := map[string]bool{}
	var out []string
	for _, a := range addrs {
		addr, err := email.ParseAddress(a)
		if err != nil {
			return nil, err
		}
		if k := sentlog.Key(addr); !seen[k] {
			seen[k] = true
			out = append(out, addr)
		}
	}
	return out, nil
}

// ReadList reads a recipient list: one address per line; blank lines and
// lines starting with # are skipped.
func ReadList(path string) ([]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("recipient list: %w", err)
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		addr, err := email.ParseAddress(line)
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %w", path, n, err)
		}
		out = append(out, addr)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("recipient list %s: %w", path, err)
	}
	return out, nil
}

// Package mailing sends one issue to a list of readers exactly once each:
// it keeps the issue's send log around every delivery, leaves out readers
// who unsubscribed, and stamps each reader's copy (Date, Message-ID,
// unsubscribe links, DKIM signature) at the moment it is sent. It prints
// nothing: Run returns a Report for the command to show.
package mailing

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"time"

	"briefing/generator/email"
	"briefing/generator/email/address"
	"briefing/generator/email/deliver"
	"briefing/generator/email/sentlog"
)

// Options describe one run.
type Options struct {
	Issue   email.Message // the archive copy; each reader gets a copy
	IssueID string
	// Recipients are addresses; repeats (ignoring case) are sent once.
	Recipients []string
	// LogPath is the issue's send log.
	LogPath string
	DryRun  bool
	// RetryUncertain sends again to readers whose earlier delivery is
	// uncertain (it may have arrived).
	RetryUncertain bool
	// Resend sends to every reader again, those who already had the
	// issue included: a corrected issue, on purpose.
	Resend bool
	// Suppressed says an address must never be mailed: it unsubscribed.
	Suppressed func(addr string) bool
	// Unsubscribe returns a reader's own List-Unsubscribe URIs (see
	// email.Delivery); nil keeps the archive's.
	Unsubscribe func(addr string) []string
	// Sign signs a message as it is sent (DKIM); nil sends it unsigned.
	Sign func([]byte) ([]byte, error)
	// Now is the clock for Date and Message-ID; nil means time.Now.
	Now     func() time.Time
	Deliver deliver.Options // OnWire and After are set by Run
	// Progress is called after each reader's outcome, with the count so
	// far and the total to send.
	Progress func(done, total int)
	// Waiting is called once if another send of the issue holds the log
	// and this one waits for it.
	Waiting func()
}

// Report is what a run did, reader by reader.
type Report struct {
	IssueID string
	Subject string
	Via     string // the server, without credentials
	DryRun  bool
	// Sent were delivered (in a dry run: would be sent).
	Sent []string
	// Resent are those of Sent who already had the issue (--resend).
	Resent []string
	// Skipped already had the issue.
	Skipped []string
	// Suppressed unsubscribed and were left out.
	Suppressed []string
	// Uncertain may or may not have the issue: a message went out and no
	// reply came, now or in an earlier run. They are not sent again
	// without RetryUncertain.
	Uncertain []Uncertain
	// Failed certainly do not have it; the next run tries again.
	Failed []Failure
	// Pending were not tried: the run stopped first.
	Pending []string
}

// Uncertain is a reader whose delivery may or may not have happened.
type Uncertain struct {
	To     string
	Reason string
	// Now says it became uncertain in this run.
	Now bool
}

// Failure is a reader the issue did not reach.
type Failure struct {
	To        string
	Err       error
	Permanent bool // refused for good (5xx)
	Attempts  int
}

func (f Failure) Error() string {
	kind := "temporary failure"
	if f.Permanent {
		kind = "refused"
	}
	return fmt.Sprintf("%s: %s after %d attempt(s): %v", f.To, kind, f.Attempts, f.Err)
}

// Summary is the report in one line.
func (r Report) Summary() string {
	var parts []string
	add := func(n int, what string) {
		if n > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", n, what))
		}
	}
	sent := "sent"
	if r.DryRun {
		sent = "would be sent"
	}
	parts = append(parts, fmt.Sprintf("%d %s", len(r.Sent), sent))
	add(len(r.Resent), "of them again (--resend)")
	add(len(r.Skipped), "skipped (already sent)")
	add(len(r.Suppressed), "skipped (unsubscribed)")
	add(len(r.Failed), "failed")
	add(len(r.Uncertain), "uncertain (not sent again)")
	add(len(r.Pending), "not started")
	return strings.Join(parts, ", ")
}

// LogPath is where the send log of issue id lives under the project
// folder dir.
func LogPath(dir, id string) string {
	return filepath.Join(SentDir(dir), id+".jsonl")
}

// SentDir is the folder of the send logs under the project folder dir.
func SentDir(dir string) string { return filepath.Join(dir, ".briefing", "sent") }

// cutReason is what an earlier run's death while sending means.
const cutReason = "an earlier send stopped while this message was going out; it may have been delivered"

// Run sends o.Issue to every reader the send log has not seen it go to.
// The error says why the run stopped early: a problem with the server
// (*deliver.SetupError), a send log that cannot be written, or ctx; the
// report is complete either way.
func Run(ctx context.Context, o Options) (Report, error) {
	rep := Report{IssueID: o.IssueID, Subject: o.Issue.Subject, DryRun: o.DryRun}
	if o.Deliver.Server.Host != "" {
		rep.Via = o.Deliver.Server.String()
	}
	now := o.Now
	if now == nil {
		now = time.Now
	}
	rcpts, err := unique(o.Recipients)
	if err != nil {
		return rep, err
	}
	if o.Suppressed != nil {
		var keep []string
		for _, to := range rcpts {
			if o.Suppressed(to) {
				rep.Suppressed = append(rep.Suppressed, to)
			} else {
				keep = append(keep, to)
			}
		}
		rcpts = keep
	}
	if o.DryRun {
		seen, err := sentlog.Read(o.LogPath)
		if err != nil {
			return rep, err
		}
		rep.Sent = plan(&rep, o, rcpts, func(to string) sentlog.Status { return seen[sentlog.Key(to)] })
		return rep, nil
	}

	log, err := openLog(ctx, o.LogPath, o.Waiting)
	if err != nil {
		return rep, err
	}
	defer log.Close()
	// Settle what a run that died left: "sending" becomes "uncertain".
	for _, to := range log.Cut() {
		if err := log.Record(sentlog.Entry{To: to, Status: sentlog.Uncertain, Error: cutReason}); err != nil {
			return rep, err
		}
	}
	todo := plan(&rep, o, rcpts, log.Status)

	jobs := make([]deliver.Job, 0, len(todo))
	ids := map[string]string{}
	for i, to := range todo {
		j, id := job(o, to, now)
		if i == 0 {
			// A message that cannot be made fails before anything is sent,
			// not halfway through the run; what could fail is the same for
			// every reader.
			if _, err := j.Data(); err != nil {
				return rep, fmt.Errorf("issue %s: %w", o.IssueID, err)
			}
		}
		ids[to] = id
		jobs = append(jobs, j)
	}

	// A send log that cannot be written is a reason to stop: it is what
	// prevents duplicates.
	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	d := o.Deliver
	d.OnWire = func(j deliver.Job) error {
		return log.Record(sentlog.Entry{To: j.To, Status: sentlog.Sending, MessageID: ids[j.To]})
	}
	done := 0
	d.After = func(r deliver.Result) {
		to := r.Job.To
		e := sentlog.Entry{To: to, MessageID: ids[to]}
		switch r.Outcome {
		case deliver.NotSent:
			rep.Pending = append(rep.Pending, to)
			return
		case deliver.Delivered:
			e.Status = sentlog.Sent
			rep.Sent = append(rep.Sent, to)
		case deliver.Failed:
			e.Status, e.Error = sentlog.Failed, r.Err.Error()
			rep.Failed = append(rep.Failed, Failure{To: to, Err: r.Err, Permanent: r.Permanent, Attempts: r.Attempts})
		case deliver.Uncertain:
			e.Status, e.Error = sentlog.Uncertain, r.Err.Error()
			rep.Uncertain = append(rep.Uncertain, Uncertain{To: to, Reason: r.Err.Error(), Now: true})
		}
		if err := log.Record(e); err != nil {
			cancel(err)
		}
		done++
		if o.Progress != nil {
			o.Progress(done, len(jobs))
		}
	}
	err = deliver.Send(ctx, d, jobs)
	// Resent lists only those it really went to again.
	var resent []string
	delivered := map[string]bool{}
	for _, to := range rep.Sent {
		delivered[to] = true
	}
	for _, to := range rep.Resent {
		if delivered[to] {
			resent = append(resent, to)
		}
	}
	rep.Resent = resent
	return rep, err
}

// plan sorts the readers by what the log says and returns those to send
// to.
func plan(rep *Report, o Options, rcpts []string, status func(string) sentlog.Status) []string {
	var todo []string
	for _, to := range rcpts {
		switch status(to) {
		case sentlog.Sent:
			if !o.Resend {
				rep.Skipped = append(rep.Skipped, to)
				continue
			}
			rep.Resent = append(rep.Resent, to)
		case sentlog.Uncertain, sentlog.Sending:
			if !o.Resend && !o.RetryUncertain {
				rep.Uncertain = append(rep.Uncertain, Uncertain{To: to, Reason: "an earlier send may or may not have reached it (no reply came, or the run stopped mid-message)"})
				continue
			}
		}
		todo = append(todo, to)
	}
	return todo
}

// job makes a reader's delivery. Its message is rendered when it goes out,
// so the Date is the time of sending; its Message-ID is fixed here, once
// per delivery, and recorded in the log.
func job(o Options, to string, now func() time.Time) (deliver.Job, string) {
	id := email.NewMessageID(now(), address.Domain(o.Issue.From.Address))
	var links []string
	if o.Unsubscribe != nil && len(o.Issue.Unsubscribe) > 0 {
		links = o.Unsubscribe(to)
	}
	render := func() ([]byte, error) {
		m, err := o.Issue.Personal(email.Delivery{To: to, Date: now(), MessageID: id, Unsubscribe: links})
		if err != nil {
			return nil, err
		}
		raw, err := email.Encode(m)
		if err != nil {
			return nil, err
		}
		if o.Sign != nil {
			return o.Sign(raw)
		}
		return raw, nil
	}
	return deliver.Job{From: o.Issue.From.Address, To: to, Data: render}, id
}

// openLog opens the send log, telling waiting() when another send holds
// it for more than a moment.
func openLog(ctx context.Context, path string, waiting func()) (*sentlog.Log, error) {
	type opened struct {
		log *sentlog.Log
		err error
	}
	ch := make(chan opened, 1)
	go func() {
		l, err := sentlog.Open(path)
		ch <- opened{l, err}
	}()
	t := time.NewTimer(500 * time.Millisecond)
	defer t.Stop()
	for {
		select {
		case r := <-ch:
			return r.log, r.err
		case <-t.C:
			if waiting != nil {
				waiting()
			}
		case <-ctx.Done():
			// The lock, once it comes, is released at once.
			go func() {
				if r := <-ch; r.log != nil {
					r.log.Close()
				}
			}()
			return nil, context.Cause(ctx)
		}
	}
}

// unique checks every address and drops repeats (ignoring case), keeping
// the first.
func unique(addrs []string) ([]string, error) {
	seen := map[string]bool{}
	var out []string
	for _, a := range addrs {
		addr, err := address.Parse(a)
		if err != nil {
			return nil, err
		}
		if k := address.Key(addr); !seen[k] {
			seen[k] = true
			out = append(out, addr)
		}
	}
	return out, nil
}

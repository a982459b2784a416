package deliver

import (
	"context"
	"errors"
	"fmt"
	"net/textproto"
	"sync"
	"time"

	"briefing/generator/email"

	gomail "github.com/wneessen/go-mail"
)

// Options tune Send; zero values take the defaults.
type Options struct {
	Server Server
	// Rate is the most messages (attempts included) per second; 0 means no
	// limit.
	Rate float64
	// Concurrency is how many SMTP connections send at once; 0 means 1.
	Concurrency int
	// Attempts bounds tries per message on temporary failures; 0 means 5.
	Attempts int
	// Backoff is the wait before the first retry, doubled after each; 0
	// means 2s.
	Backoff time.Duration
	// Timeout bounds connecting and each SMTP command; 0 means 30s.
	Timeout time.Duration
	// Before is called just before a message's first attempt; an error
	// skips the message (the send log uses it to record "sending").
	Before func(email.Message) error
	// After is called once per message with its outcome. Calls are
	// serialised.
	After func(Result)
}

// Result is the outcome of one message.
type Result struct {
	Msg      email.Message
	Attempts int
	// Err is nil on success; Permanent says the server refused for good.
	Err       error
	Permanent bool
}

// Send delivers msgs and reports each through opt.After. It returns when
// all are done or ctx is cancelled; messages not started by then are
// reported with ctx's error.
func Send(ctx context.Context, opt Options, msgs []email.Message) {
	if opt.Concurrency <= 0 {
		opt.Concurrency = 1
	}
	if opt.Attempts <= 0 {
		opt.Attempts = 5
	}
	if opt.Backoff <= 0 {
		opt.Backoff = 2 * time.Second
	}
	if opt.Timeout <= 0 {
		opt.Timeout = 30 * time.Second
	}
	var mu sync.Mutex
	report := func(r Result) {
		if opt.After != nil {
			mu.Lock()
			defer mu.Unlock()
			opt.After(r)
		}
	}
	lim := newLimiter(opt.Rate)
	jobs := make(chan email.Message)
	var wg sync.WaitGroup
	for range min(opt.Concurrency, max(len(msgs), 1)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			w := worker{opt: opt, lim: lim}
			defer w.close()
			for m := range jobs {
				report(w.deliver(ctx, m))
			}
		}()
	}
	for _, m := range msgs {
		jobs <- m
	}
	close(jobs)
	wg.Wait()
}

// worker owns one SMTP connection, kept open between messages.
type worker struct {
	opt Options
	lim *limiter
	c   *gomail.Client
}

func (w *worker) deliver(ctx context.Context, m email.Message) Result {
	r := Result{Msg: m}
	if err := ctx.Err(); err != nil {
		r.Err = err
		return r
	}
	msg, err := email.NewMsg(m)
	if err != nil {
		r.Err, r.Permanent = err, true
		return r
	}
	if w.opt.Before != nil {
		if err := w.opt.Before(m); err != nil {
			r.Err = err
			return r
		}
	}
	wait := w.opt.Backoff
	for {
		r.Attempts++
		if err := w.lim.wait(ctx); err != nil {
			r.Err = err
			return r
		}
		err := w.send(ctx, msg)
		if err == nil {
			r.Err = nil
			return r
		}
		// Start the next attempt, or the next message, on a fresh
		// connection: after an error the session state is unknown.
		w.close()
		r.Err, r.Permanent = err, !temporary(err)
		if r.Permanent || r.Attempts >= w.opt.Attempts {
			return r
		}
		select {
		case <-ctx.Done():
			r.Err = fmt.Errorf("%w (after: %v)", ctx.Err(), err)
			return r
		case <-time.After(wait):
		}
		wait *= 2
	}
}

func (w *worker) send(ctx context.Context, msg *gomail.Msg) error {
	if w.c == nil {
		c, err := w.dial(ctx)
		if err != nil {
			return fmt.Errorf("connect to %s: %w", w.opt.Server, err)
		}
		w.c = c
	}
	return w.c.Send(msg)
}

func (w *worker) dial(ctx context.Context) (*gomail.Client, error) {
	s := w.opt.Server
	opts := []gomail.Option{gomail.WithTimeout(w.opt.Timeout)}
	if s.ImplicitTLS {
		opts = append(opts, gomail.WithSSL())
	} else {
		opts = append(opts, gomail.WithTLSPolicy(gomail.TLSOpportunistic))
	}
	if s.TLSConfig != nil {
		opts = append(opts, gomail.WithTLSConfig(s.TLSConfig))
	}
	if s.User != "" {
		// Auto-discovery never sends a password in the clear: without TLS
		// it only picks challenge-response mechanisms.
		opts = append(opts, gomail.WithSMTPAuth(gomail.SMTPAuthAutoDiscover),
			gomail.WithUsername(s.User), gomail.WithPassword(s.Password))
	}
	opts = append(opts, gomail.WithPort(s.Port))
	c, err := gomail.NewClient(s.Host, opts...)
	if err != nil {
		return nil, err
	}
	if err := c.DialWithContext(ctx); err != nil {
		return nil, err
	}
	return c, nil
}

func (w *worker) close() {
	if w.c != nil {
		w.c.Close()
		w.c = nil
	}
}

// temporary reports whether err is worth retrying: an SMTP 4xx reply, or
// a network failure with no reply at all. 5xx replies are final.
func temporary(err error) bool {
	var se *gomail.SendError
	if errors.As(err, &se) {
		if code := se.ErrorCode(); code != 0 {
			return code < 500
		}
		return se.IsTemp()
	}
	var te *textproto.Error
	if errors.As(err, &te) {
		return te.Code < 500
	}
	return true
}

// limiter spaces attempts 1/rate seconds apart across all workers.
type limiter struct {
	mu    sync.Mutex
	every time.Duration
	next  time.Time
}

func newLimiter(rate float64) *limiter {
	l := &limiter{}
	if rate > 0 {
		l.every = time.Duration(float64(time.Second) / rate)
	}
	return l
}

func (l *limiter) wait(ctx context.Context) error {
	if l.every == 0 {
		return ctx.Err()
	}
	l.mu.Lock()
	now := time.Now()
	at := l.next
	if at.Before(now) {
		at = now
	}
	l.next = at.Add(l.every)
	l.mu.Unlock()
	t := time.NewTimer(time.Until(at))
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}

package deliver

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"
)

// Job is one message to one recipient.
type Job struct {
	// From and To are the SMTP envelope: bare addresses.
	From, To string
	// Data renders the message when it is about to go out, so its Date is
	// the time of sending. It is called once per attempt.
	Data func() ([]byte, error)
}

// Outcome is what became of a job.
type Outcome int

const (
	// NotSent: the run stopped before the message went out.
	NotSent Outcome = iota
	// Delivered: the server answered 250 to the end of the message.
	Delivered
	// Failed: certainly not delivered; refused for good (Permanent) or a
	// temporary failure given up on.
	Failed
	// Uncertain: the whole message went out and no reply came (the
	// connection dropped or hung). The server may have taken it, so it is
	// not sent again without being asked.
	Uncertain
)

func (o Outcome) String() string {
	return [...]string{"not sent", "delivered", "failed", "uncertain"}[o]
}

// Result is the outcome of one job.
type Result struct {
	Job      Job
	Outcome  Outcome
	Attempts int
	// Err is why the job is not Delivered.
	Err error
	// Permanent says the server refused the message for good (5xx).
	Permanent bool
}

// Options tune Send; zero values take the defaults.
type Options struct {
	Server Server
	// Rate is the most messages (attempts included) per second; 0 means no
	// limit.
	Rate float64
	// Concurrency is how many SMTP connections send at once; 0 means 1.
	Concurrency int
	// Attempts bounds tries per message on temporary failures, and
	// reconnections after the server was lost; 0 means 5.
	Attempts int
	// Backoff is the wait before the first retry, doubled after each; 0
	// means 2s.
	Backoff time.Duration
	// Timeout bounds each SMTP command; 0 means 30s.
	Timeout time.Duration
	// ConnectTimeout bounds connecting: TCP, TLS, the server's greeting,
	// EHLO and AUTH; 0 means 10s. A server that never greets costs this
	// long once, not once per reader.
	ConnectTimeout time.Duration
	// DataTimeout bounds the wait for the reply to the end of a message;
	// 0 means 2m. Past it the message is Uncertain.
	DataTimeout time.Duration
	// RetryFor is how long after the run's start temporary failures are
	// still retried; later ones are Failed at once (the next run retries
	// them). 0 means 10m.
	RetryFor time.Duration
	// Hostname is the name given in EHLO; "" means this machine's name
	// when it is a domain name, else "localhost".
	Hostname string
	// OnWire is called when the server has accepted DATA and the message
	// is about to be written: from here on a crash leaves its fate
	// unknown. An error keeps the message from going out and stops the
	// run (the send log uses it, and a log that cannot be written must
	// stop the sending).
	OnWire func(Job) error
	// After is called once per job with its outcome; calls are
	// serialised.
	After func(Result)
}

// SetupError is a problem with the server or the settings rather than
// with one message: the host is unknown, refuses connections or never
// greets, its certificate is not trusted, the login fails, it refuses the
// sender. Every other message would meet it too, so the run stops at once.
type SetupError struct {
	Server string // without credentials
	Err    error
	Hint   string // what to check; may be empty
}

func (e *SetupError) Error() string {
	s := fmt.Sprintf("%s: %v", e.Server, e.Err)
	if e.Hint != "" {
		s += " (" + e.Hint + ")"
	}
	return s
}

func (e *SetupError) Unwrap() error { return e.Err }

// Send delivers jobs and reports each through opt.After. It returns nil
// when every job was tried; otherwise the reason the run stopped early, a
// *SetupError or ctx's error, and the jobs not tried are reported
// NotSent. A message already on the wire is always finished first.
func Send(ctx context.Context, opt Options, jobs []Job) error {
	opt = opt.withDefaults()
	r := &run{opt: &opt, lim: newLimiter(opt.Rate), start: time.Now()}
	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	r.cancel = cancel

	var mu sync.Mutex
	report := func(res Result) {
		if opt.After != nil {
			mu.Lock()
			defer mu.Unlock()
			opt.After(res)
		}
	}
	queue := make(chan Job)
	var wg sync.WaitGroup
	for range min(opt.Concurrency, max(len(jobs), 1)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			w := &worker{run: r}
			defer w.quit()
			for j := range queue {
				report(w.deliver(ctx, j))
			}
		}()
	}
	for _, j := range jobs {
		queue <- j
	}
	close(queue)
	wg.Wait()
	if err := context.Cause(ctx); err != nil {
		return err
	}
	return nil
}

func (o Options) withDefaults() Options {
	if o.Concurrency <= 0 {
		o.Concurrency = 1
	}
	if o.Attempts <= 0 {
		o.Attempts = 5
	}
	if o.Backoff <= 0 {
		o.Backoff = 2 * time.Second
	}
	if o.Timeout <= 0 {
		o.Timeout = 30 * time.Second
	}
	if o.ConnectTimeout <= 0 {
		o.ConnectTimeout = 10 * time.Second
	}
	if o.DataTimeout <= 0 {
		o.DataTimeout = 2 * time.Minute
	}
	if o.RetryFor <= 0 {
		o.RetryFor = 10 * time.Minute
	}
	if o.Hostname == "" {
		o.Hostname = hostname()
	}
	return o
}

// run is what the workers of one Send share.
type run struct {
	opt    *Options
	lim    *limiter
	start  time.Time
	cancel context.CancelCauseFunc

	mu        sync.Mutex
	connected bool // a connection was set up at least once
	plain     bool // the server offers no STARTTLS: connect without asking
}

// stop ends the run: no new message is started.
func (r *run) stop(err error) { r.cancel(err) }

func (r *run) everConnected() bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.connected
}

// worker owns one SMTP connection, kept open between messages.
type worker struct {
	run *run
	c   *conn
}

// deliver takes one job to an outcome.
func (w *worker) deliver(ctx context.Context, j Job) Result {
	opt := w.run.opt
	res := Result{Job: j}
	wait := opt.Backoff
	freeRetry := true
	// notNow ends the job without sending it: the run stopped.
	notNow := func(err error) Result {
		if res.Attempts > 0 {
			// It was tried and certainly not delivered: failed, so the next
			// run tries again.
			res.Outcome, res.Permanent = Failed, false
			if res.Err == nil {
				res.Err = err
			}
			return res
		}
		res.Outcome, res.Err = NotSent, err
		return res
	}
	for {
		if err := context.Cause(ctx); err != nil {
			return notNow(err)
		}
		if w.c == nil {
			c, err := w.connect(ctx)
			if err != nil {
				return notNow(err)
			}
			w.c = c
		}
		if err := w.run.lim.wait(ctx); err != nil {
			return notNow(context.Cause(ctx))
		}
		reused := w.c.used
		res.Attempts++
		step, err := w.c.send(j, opt.OnWire)
		res.Err = err
		switch step {
		case delivered:
			w.c.used = true
			res.Outcome, res.Err = Delivered, nil
			return res
		case onWireFailed:
			w.drop()
			w.run.stop(err)
			res.Attempts--
			return notNow(err)
		case setup:
			w.drop()
			w.run.stop(err)
			res.Attempts--
			return notNow(err)
		case unknown:
			w.drop()
			res.Outcome = Uncertain
			return res
		case refused:
			w.reset()
			res.Outcome, res.Permanent = Failed, true
			return res
		case lost:
			// The connection broke before the message went out. On a
			// connection that already carried a message this is the server
			// closing it (421, a drop or a hang after the last 250): try
			// again at once on a new one.
			w.drop()
			if reused && freeRetry {
				freeRetry = false
				res.Attempts--
				continue
			}
		case temporary:
			w.reset()
		}
		if res.Attempts >= opt.Attempts {
			res.Outcome = Failed
			res.Err = fmt.Errorf("gave up after %d attempts: %w", res.Attempts, res.Err)
			return res
		}
		if time.Since(w.run.start) > opt.RetryFor {
			res.Outcome = Failed
			res.Err = fmt.Errorf("not retried, the run is past its %v retry window: %w", opt.RetryFor, res.Err)
			return res
		}
		if err := sleep(ctx, wait); err != nil {
			return notNow(err)
		}
		wait *= 2
	}
}

// connect sets up a connection. Before any connection of the run has
// worked, every failure is a setup error and stops the run; after, the
// server is given Attempts tries with backoff to come back.
func (w *worker) connect(ctx context.Context) (*conn, error) {
	opt := w.run.opt
	wait := opt.Backoff
	for try := 1; ; try++ {
		c, err := dial(ctx, w.run)
		if err == nil {
			w.run.mu.Lock()
			w.run.connected = true
			w.run.mu.Unlock()
			return c, nil
		}
		if ctx.Err() != nil {
			return nil, context.Cause(ctx)
		}
		var se *SetupError
		if errors.As(err, &se) || !w.run.everConnected() {
			if se == nil {
				se = &SetupError{Server: opt.Server.String(), Err: err, Hint: hintFor(err)}
			}
			w.run.stop(se)
			return nil, se
		}
		if try >= opt.Attempts {
			se = &SetupError{Server: opt.Server.String(), Err: fmt.Errorf("lost the server: %w", err),
				Hint: "run send again later; who already has the issue is not mailed again"}
			w.run.stop(se)
			return nil, se
		}
		if err := sleep(ctx, wait); err != nil {
			return nil, context.Cause(ctx)
		}
		wait *= 2
	}
}

// reset ends the transaction after a reply refused it; a connection that
// cannot even do that is dropped.
func (w *worker) reset() {
	if w.c != nil && w.c.reset() != nil {
		w.drop()
	}
}

func (w *worker) drop() {
	if w.c != nil {
		w.c.close()
		w.c = nil
	}
}

func (w *worker) quit() {
	if w.c != nil {
		w.c.quit()
		w.c = nil
	}
}

func sleep(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return context.Cause(ctx)
	case <-t.C:
		return nil
	}
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
	return sleep(ctx, time.Until(at))
}

// Package progress shows a progress bar for long steps when standard error
// is a terminal, and nothing otherwise (CI logs and pipes stay clean).
package progress

import (
	"os"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"
)

// Bar counts finished items. A nil *Bar is valid and shows nothing.
type Bar struct{ b *progressbar.ProgressBar }

// New starts a bar of n items described by what, or returns nil when
// standard error is not a terminal.
func New(n int, what string) *Bar {
	if n < 50 || !term.IsTerminal(int(os.Stderr.Fd())) {
		return nil
	}
	return &Bar{progressbar.NewOptions(n,
		progressbar.OptionSetWriter(os.Stderr),
		progressbar.OptionSetDescription(what),
		progressbar.OptionShowCount(),
		progressbar.OptionClearOnFinish(),
		progressbar.OptionThrottle(100_000_000),
	)}
}

// Add marks one more item done; safe for concurrent use.
func (p *Bar) Add() {
	if p != nil {
		p.b.Add(1)
	}
}

// Done clears the bar.
func (p *Bar) Done() {
	if p != nil {
		p.b.Finish()
	}
}

package unsubscribe

import (
	"errors"
	"sync"

	"briefing/generator/email/address"
)

// ErrUnknownToken means no reader the send logs know has that token.
var ErrUnknownToken = errors.New("the token matches no reader any issue was sent to")

// Resolver finds the reader a token was made for. Tokens are one-way, so
// it compares against the readers issues were sent to, read afresh when a
// token is not among those it has seen.
type Resolver struct {
	Secret Secret
	// Readers lists every address an issue went to (see
	// sentlog.Recipients).
	Readers func() ([]string, error)

	mu     sync.Mutex
	tokens map[string]string // token -> address
	known  map[string]bool   // address keys
}

// Address returns the reader token belongs to.
func (r *Resolver) Address(token string) (string, error) {
	if !IsToken(token) {
		return "", ErrUnknownToken
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	if a, ok := r.tokens[token]; ok {
		return a, nil
	}
	if err := r.refresh(); err != nil {
		return "", err
	}
	if a, ok := r.tokens[token]; ok {
		return a, nil
	}
	return "", ErrUnknownToken
}

// Known reports whether addr was sent an issue.
func (r *Resolver) Known(addr string) (bool, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.known == nil {
		if err := r.refresh(); err != nil {
			return false, err
		}
	}
	return r.known[address.Key(addr)], nil
}

func (r *Resolver) refresh() error {
	readers, err := r.Readers()
	if err != nil {
		return err
	}
	r.tokens = make(map[string]string, len(readers))
	r.known = make(map[string]bool, len(readers))
	for _, a := range readers {
		r.tokens[r.Secret.Token(a)] = a
		r.known[address.Key(a)] = true
	}
	return nil
}

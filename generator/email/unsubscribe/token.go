// Package unsubscribe lets a reader leave the list without anyone
// retyping an address: each reader's List-Unsubscribe URL and mailto carry
// a token, an HMAC of the address under the project's secret, and the
// token comes back by an RFC 8058 one-click POST (Handler), by mail read
// from an IMAP mailbox (ReadIMAP) or on the command line. A Resolver
// finds the reader a token was made for among those the send logs know.
package unsubscribe

import (
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"briefing/generator/email/address"
	"briefing/generator/internal/fsx"
)

// EnvSecret names the environment variable that holds the secret. Without
// it a secret is generated once and kept in the project's state folder
// (never in config.toml or public/).
const EnvSecret = "BRIEFING_UNSUBSCRIBE_SECRET"

// SecretPath is where the generated secret of the project in dir lives.
func SecretPath(dir string) string { return filepath.Join(dir, ".briefing", "unsubscribe.key") }

// Secret keys the tokens.
type Secret struct{ key []byte }

// minSecret is the shortest secret accepted from the environment.
const minSecret = 16

// LoadSecret returns the secret from $BRIEFING_UNSUBSCRIBE_SECRET, or else
// from the state folder of the project in dir, generating it there (mode
// 0600) the first time. Every token depends on it: a new secret makes the
// links in mail already sent invalid.
func LoadSecret(dir string, getenv func(string) string) (Secret, error) {
	if v := getenv(EnvSecret); v != "" {
		if len(v) < minSecret {
			return Secret{}, fmt.Errorf("$%s is %d characters; use at least %d random ones", EnvSecret, len(v), minSecret)
		}
		return Secret{key: []byte(v)}, nil
	}
	path := SecretPath(dir)
	if s, err := readSecret(path); err == nil || !errors.Is(err, os.ErrNotExist) {
		return s, err
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return Secret{}, fmt.Errorf("unsubscribe secret: %w", err)
	}
	// Two sends starting at once must not make two secrets.
	unlock, err := fsx.Lock(path + ".lock")
	if err != nil {
		return Secret{}, fmt.Errorf("unsubscribe secret: %w", err)
	}
	defer unlock()
	if s, err := readSecret(path); err == nil || !errors.Is(err, os.ErrNotExist) {
		return s, err
	}
	var b [32]byte
	if _, err := rand.Read(b[:]); err != nil {
		return Secret{}, err
	}
	text := hex.EncodeToString(b[:])
	if err := fsx.WriteFileAtomic(path, []byte(text+"\n"), 0o600); err != nil {
		return Secret{}, fmt.Errorf("unsubscribe secret: %w", err)
	}
	return Secret{key: []byte(text)}, nil
}

func readSecret(path string) (Secret, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return Secret{}, err
	}
	text := strings.TrimSpace(string(b))
	if len(text) < minSecret {
		return Secret{}, fmt.Errorf("unsubscribe secret %s is too short; delete it to make a new one (links already sent stop working)", path)
	}
	return Secret{key: []byte(text)}, nil
}

// tokenLen is 128 bits in unpadded base64url.
const tokenLen = 22

// Token is addr's token: the same for every spelling of one mailbox, and
// no use for guessing another reader's.
func (s Secret) Token(addr string) string {
	m := hmac.New(sha256.New, s.key)
	m.Write([]byte("briefing unsubscribe\x00"))
	m.Write([]byte(address.Key(addr)))
	return base64.RawURLEncoding.EncodeToString(m.Sum(nil))[:tokenLen]
}

// Valid reports whether token is addr's, in constant time.
func (s Secret) Valid(addr, token string) bool {
	return hmac.Equal([]byte(s.Token(addr)), []byte(token))
}

// IsToken reports whether s has a token's shape.
func IsToken(s string) bool {
	if len(s) != tokenLen {
		return false
	}
	for i := 0; i < len(s); i++ {
		if !tokenByte(s[i]) {
			return false
		}
	}
	return true
}

func tokenByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '-' || c == '_'
}

// FindTokens returns the token-shaped words of text, in order, each once.
func FindTokens(text string) []string {
	var out []string
	seen := map[string]bool{}
	for i := 0; i < len(text); {
		if !tokenByte(text[i]) {
			i++
			continue
		}
		j := i
		for j < len(text) && tokenByte(text[j]) {
			j++
		}
		if w := text[i:j]; len(w) == tokenLen && !seen[w] {
			seen[w] = true
			out = append(out, w)
		}
		i = j
	}
	return out
}

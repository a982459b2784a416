// Package dkim signs outgoing messages with DKIM (RFC 6376) so receivers
// can check they come from the sender's domain: rsa-sha256, relaxed
// header and body canonicalization, d = the sender's domain.
package dkim

import (
	"bytes"
	"crypto"
	"crypto/rsa"
	"crypto/x509"
	"encoding/base64"
	"encoding/pem"
	"errors"
	"fmt"
	"os"
	"strings"

	msgauth "github.com/emersion/go-msgauth/dkim"
)

// EnvKey names the environment variable that holds the path of the
// private key file (PEM, PKCS #1 or PKCS #8 RSA). The key never goes in
// config.toml.
const EnvKey = "BRIEFING_DKIM_KEY"

// signed are the header fields the signature covers. From is listed
// twice so that a second From added on the way breaks the signature;
// Gmail and Yahoo want List-Unsubscribe and List-Unsubscribe-Post signed
// for one-click unsubscribe.
var signed = []string{
	"From", "From", "To", "Subject", "Date", "Message-ID", "Reply-To", "MIME-Version", "Content-Type",
	"List-Unsubscribe", "List-Unsubscribe-Post",
}

// Signer signs messages for one domain and selector.
type Signer struct {
	opts msgauth.SignOptions
}

// New returns a Signer for domain with the key selector names in DNS
// (selector._domainkey.domain).
func New(domain, selector string, key crypto.Signer) (*Signer, error) {
	if domain == "" || selector == "" {
		return nil, errors.New("dkim: a domain and a selector are needed")
	}
	if strings.ContainsAny(selector, "; \t\r\n") {
		return nil, fmt.Errorf("dkim: selector %q is not a DNS label", selector)
	}
	if _, ok := key.Public().(*rsa.PublicKey); !ok {
		return nil, errors.New("dkim: the key is not an RSA key (rsa-sha256 needs one)")
	}
	return &Signer{opts: msgauth.SignOptions{
		Domain: domain, Selector: selector, Signer: key, Hash: crypto.SHA256,
		HeaderCanonicalization: msgauth.CanonicalizationRelaxed,
		BodyCanonicalization:   msgauth.CanonicalizationRelaxed,
		HeaderKeys:             signed,
	}}, nil
}

// Load reads the private key file at path.
func Load(domain, selector, path string) (*Signer, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("dkim key: %w", err)
	}
	key, err := ParseKey(data)
	if err != nil {
		return nil, fmt.Errorf("dkim key %s: %w", path, err)
	}
	return New(domain, selector, key)
}

// ParseKey reads a PEM RSA private key, PKCS #1 or PKCS #8.
func ParseKey(data []byte) (crypto.Signer, error) {
	block, _ := pem.Decode(data)
	if block == nil {
		return nil, errors.New("not a PEM file")
	}
	if k, err := x509.ParsePKCS1PrivateKey(block.Bytes); err == nil {
		return k, nil
	}
	k, err := x509.ParsePKCS8PrivateKey(block.Bytes)
	if err != nil {
		return nil, errors.New("not an RSA private key (PKCS #1 or PKCS #8)")
	}
	s, ok := k.(*rsa.PrivateKey)
	if !ok {
		return nil, errors.New("not an RSA private key")
	}
	return s, nil
}

// Sign returns msg with a DKIM-Signature header in front.
func (s *Signer) Sign(msg []byte) ([]byte, error) {
	var b bytes.Buffer
	b.Grow(len(msg) + 600)
	if err := msgauth.Sign(&b, bytes.NewReader(msg), &s.opts); err != nil {
		return nil, fmt.Errorf("dkim: %w", err)
	}
	return b.Bytes(), nil
}

// PublicRecord is the DNS TXT record to publish at
// selector._domainkey.domain for the key.
func (s *Signer) PublicRecord() (string, error) {
	der, err := x509.MarshalPKIXPublicKey(s.opts.Signer.Public())
	if err != nil {
		return "", err
	}
	return "v=DKIM1; k=rsa; p=" + encode(der), nil
}

func encode(b []byte) string { return base64.StdEncoding.EncodeToString(b) }

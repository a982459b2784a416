package dkim

import (
	"bytes"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"

	msgauth "github.com/emersion/go-msgauth/dkim"
)

// The keys in testdata are for these tests only, never for real mail.
const keyFile = "testdata/test-only.key"

const msg = "From: \"The Briefing\" <briefing@example.org>\r\nTo: <ann@example.org>\r\nSubject: Test\r\n" +
	"Date: Fri, 01 Mar 2024 09:30:00 +0000\r\nMessage-ID: <1@example.org>\r\n" +
	"List-Unsubscribe: <https://briefing.example.org/unsubscribe/?t=x>\r\nList-Unsubscribe-Post: List-Unsubscribe=One-Click\r\n" +
	"MIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\nHello  there \r\n\r\n\r\n"

// Verify checks raw's DKIM signature against s's public key, as a
// receiver would after looking the key up in DNS.
func verify(t *testing.T, s *Signer, raw []byte) *msgauth.Verification {
	t.Helper()
	rec, err := s.PublicRecord()
	if err != nil {
		t.Fatal(err)
	}
	vs, err := msgauth.VerifyWithOptions(bytes.NewReader(raw), &msgauth.VerifyOptions{LookupTXT: func(name string) ([]string, error) {
		if name != "news._domainkey.example.org" {
			t.Errorf("looked up %s", name)
		}
		return []string{rec}, nil
	}})
	if err != nil || len(vs) != 1 {
		t.Fatalf("verify: %v, %d signatures", err, len(vs))
	}
	return vs[0]
}

func TestSignVerifies(t *testing.T) {
	for _, f := range []string{keyFile, "testdata/test-only-pkcs1.key"} {
		s, err := Load("example.org", "news", f)
		if err != nil {
			t.Fatal(err)
		}
		raw, err := s.Sign([]byte(msg))
		if err != nil {
			t.Fatal(err)
		}
		v := verify(t, s, raw)
		if v.Err != nil || v.Domain != "example.org" {
			t.Fatalf("%s: %+v", f, v)
		}
		head := string(raw[:bytes.Index(raw, []byte("\r\n\r\n"))])
		sig := head[:strings.Index(head, "\r\nFrom:")]
		for _, want := range []string{"a=rsa-sha256", "c=relaxed/relaxed", "d=example.org", "s=news"} {
			if !strings.Contains(strings.ReplaceAll(sig, "\r\n ", ""), want) {
				t.Errorf("signature lacks %s:\n%s", want, sig)
			}
		}
		keys := strings.ToLower(strings.Join(v.HeaderKeys, ":"))
		for _, want := range []string{"from:from", "list-unsubscribe:list-unsubscribe-post", "subject", "date", "message-id"} {
			if !strings.Contains(keys, want) {
				t.Errorf("h= %s lacks %s", keys, want)
			}
		}
		// go-msgauth does not fold the h= list: that line alone may pass
		// the 78 octets RFC 5322 recommends, never the 998 it requires.
		for i, line := range strings.Split(sig, "\r\n") {
			if len(line) > 998 || len(line) > 78 && !strings.HasPrefix(line, " h=") {
				t.Errorf("signature line %d is %d octets", i+1, len(line))
			}
		}
		// Relaxed canonicalization survives re-folding and trailing space.
		refolded := bytes.Replace(raw, []byte("Subject: Test"), []byte("Subject:   Test"), 1)
		if v := verify(t, s, refolded); v.Err != nil {
			t.Errorf("relaxed header canonicalization: %v", v.Err)
		}
		// A changed body, or a From added on the way, breaks it.
		for name, bad := range map[string][]byte{
			"body":        bytes.Replace(raw, []byte("Hello"), []byte("Hullo"), 1),
			"second From": bytes.Replace(raw, []byte("\r\nTo:"), []byte("\r\nFrom: evil@example.net\r\nTo:"), 1),
		} {
			if v := verify(t, s, bad); v.Err == nil {
				t.Errorf("a tampered %s verifies", name)
			}
		}
	}
}

func TestLoadRefuses(t *testing.T) {
	if _, err := Load("example.org", "news", filepath.Join("testdata", "missing.key")); err == nil {
		t.Error("a missing key file was accepted")
	}
	ec, _ := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if _, err := New("example.org", "news", ec); err == nil {
		t.Error("an ECDSA key was accepted for rsa-sha256")
	}
	k, _ := ParseKey(mustRead(t, keyFile))
	for _, sel := range []string{"", "a;b", "a b"} {
		if _, err := New("example.org", sel, k); err == nil {
			t.Errorf("selector %q accepted", sel)
		}
	}
	if _, err := ParseKey([]byte("not pem")); err == nil {
		t.Error("a non-PEM key was accepted")
	}
}

func mustRead(t *testing.T, p string) []byte {
	t.Helper()
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

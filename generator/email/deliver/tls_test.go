package deliver_test

import (
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"errors"
	"io"
	"math/big"
	"net"
	"net/mail"
	"strings"
	"sync"
	"testing"
	"time"

	"briefing/generator/email"
	"briefing/generator/email/deliver"

	"github.com/emersion/go-sasl"
	smtp "github.com/emersion/go-smtp"
)

// tlsServer is a real SMTP server on loopback that offers STARTTLS (or
// speaks TLS from the first byte) and AUTH PLAIN only over TLS, and
// records how each message arrived.
type tlsServer struct {
	mu       sync.Mutex
	user     string
	password string
	got      []arrival
}

type arrival struct {
	tls  bool
	user string
	to   string
}

func (s *tlsServer) NewSession(c *smtp.Conn) (smtp.Session, error) {
	return &tlsSession{s: s, c: c}, nil
}

type tlsSession struct {
	s    *tlsServer
	c    *smtp.Conn
	user string
	to   string
}

func (x *tlsSession) AuthMechanisms() []string { return []string{sasl.Plain} }
func (x *tlsSession) Auth(string) (sasl.Server, error) {
	return sasl.NewPlainServer(func(_, user, pass string) error {
		if user != x.s.user || pass != x.s.password {
			return &smtp.SMTPError{Code: 535, EnhancedCode: smtp.EnhancedCode{5, 7, 8}, Message: "bad credentials"}
		}
		x.user = user
		return nil
	}), nil
}
func (x *tlsSession) Reset()        {}
func (x *tlsSession) Logout() error { return nil }
func (x *tlsSession) Mail(string, *smtp.MailOptions) error {
	if x.user == "" {
		return &smtp.SMTPError{Code: 530, EnhancedCode: smtp.EnhancedCode{5, 7, 0}, Message: "authentication required"}
	}
	return nil
}
func (x *tlsSession) Rcpt(to string, _ *smtp.RcptOptions) error { x.to = to; return nil }
func (x *tlsSession) Data(r io.Reader) error {
	io.Copy(io.Discard, r)
	_, isTLS := x.c.TLSConnectionState()
	x.s.mu.Lock()
	defer x.s.mu.Unlock()
	x.s.got = append(x.s.got, arrival{tls: isTLS, user: x.user, to: x.to})
	return nil
}

// selfSigned makes a certificate for 127.0.0.1 and a pool that trusts it.
func selfSigned(t *testing.T) (tls.Certificate, *x509.CertPool) {
	t.Helper()
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	tmpl := &x509.Certificate{
		SerialNumber: big.NewInt(1), Subject: pkix.Name{CommonName: "127.0.0.1"},
		NotBefore: time.Now().Add(-time.Hour), NotAfter: time.Now().Add(time.Hour),
		IPAddresses: []net.IP{net.ParseIP("127.0.0.1")}, KeyUsage: x509.KeyUsageDigitalSignature | x509.KeyUsageCertSign,
		ExtKeyUsage: []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth}, IsCA: true, BasicConstraintsValid: true,
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		t.Fatal(err)
	}
	cert, _ := x509.ParseCertificate(der)
	pool := x509.NewCertPool()
	pool.AddCert(cert)
	return tls.Certificate{Certificate: [][]byte{der}, PrivateKey: key}, pool
}

func startTLS(t *testing.T, implicit bool) (*tlsServer, deliver.Server) {
	t.Helper()
	cert, pool := selfSigned(t)
	be := &tlsServer{user: "editor", password: "s3cret"}
	s := smtp.NewServer(be)
	s.Domain = "localhost"
	s.TLSConfig = &tls.Config{Certificates: []tls.Certificate{cert}}
	s.AllowInsecureAuth = false // AUTH only once the connection is encrypted
	var l net.Listener
	var err error
	if implicit {
		l, err = tls.Listen("tcp", "127.0.0.1:0", s.TLSConfig)
	} else {
		l, err = net.Listen("tcp", "127.0.0.1:0")
	}
	if err != nil {
		t.Fatal(err)
	}
	go s.Serve(l)
	t.Cleanup(func() { s.Close() })
	port := l.Addr().(*net.TCPAddr).Port
	return be, deliver.Server{Host: "127.0.0.1", Port: port, ImplicitTLS: implicit, User: "editor", Password: "s3cret",
		TLSConfig: &tls.Config{RootCAs: pool, ServerName: "127.0.0.1"}}
}

// job is a real message to one reader.
func job(to string) deliver.Job {
	m := email.Message{
		From: mail.Address{Name: "The Briefing", Address: "briefing@example.org"}, To: to,
		Subject: "Test", Date: time.Date(2024, 1, 2, 6, 0, 0, 0, time.UTC), MessageID: "t@example.org",
		Text: "Hello", HTML: "<p>Hello</p>",
	}
	return deliver.Job{From: "briefing@example.org", To: to, Data: func() ([]byte, error) { return email.Encode(m) }}
}

func send(srv deliver.Server, to string) (deliver.Result, error) {
	var res deliver.Result
	err := deliver.Send(t0(), deliver.Options{Server: srv, Attempts: 1, Timeout: 5 * time.Second, After: func(r deliver.Result) { res = r }},
		[]deliver.Job{job(to)})
	return res, err
}

func TestTLSAndAuth(t *testing.T) {
	for _, tc := range []struct {
		name     string
		implicit bool
	}{{"smtp with STARTTLS", false}, {"smtps implicit TLS", true}} {
		t.Run(tc.name, func(t *testing.T) {
			be, srv := startTLS(t, tc.implicit)
			if r, err := send(srv, "reader@example.org"); r.Outcome != deliver.Delivered || err != nil {
				t.Fatalf("send: %v, %v", r.Err, err)
			}
			if len(be.got) != 1 || !be.got[0].tls || be.got[0].user != "editor" || be.got[0].to != "reader@example.org" {
				t.Fatalf("arrivals = %+v, want one over TLS, authenticated as editor", be.got)
			}
			// A wrong password stops the run at once, and says so.
			srv.Password = "wrong"
			r, err := send(srv, "reader@example.org")
			var se *deliver.SetupError
			if r.Outcome != deliver.NotSent || !errors.As(err, &se) || !strings.Contains(err.Error(), "login as editor failed") {
				t.Errorf("wrong password: %v, %v; want the run stopped by a login failure", r.Outcome, err)
			}
			if len(be.got) != 1 {
				t.Errorf("a message went through with a wrong password")
			}
		})
	}
}

// TestUntrustedCertificateRefused: the client never falls back to sending
// credentials to a server it cannot verify.
func TestUntrustedCertificateRefused(t *testing.T) {
	for _, implicit := range []bool{false, true} {
		be, srv := startTLS(t, implicit)
		srv.TLSConfig = &tls.Config{ServerName: "127.0.0.1"} // system roots: our cert is unknown
		r, err := send(srv, "reader@example.org")
		var se *deliver.SetupError
		if r.Outcome != deliver.NotSent || !errors.As(err, &se) || !strings.Contains(err.Error(), "certificate") {
			t.Errorf("implicit=%v: %v, %v; want the run stopped: the certificate is not trusted", implicit, r.Outcome, err)
		}
		for _, a := range be.got {
			if !a.tls || a.user != "" {
				t.Errorf("implicit=%v: arrival %+v over an unverified connection", implicit, a)
			}
		}
	}
}

func t0() context.Context { return context.Background() }

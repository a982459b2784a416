// Package deliver sends messages over SMTP: a few connections at once, at
// a bounded rate. It tells apart what a failure means for each message:
// a 250 means delivered, whatever happens to the connection next; a
// failure before the message went out is retried (a 4xx with exponential
// backoff, a connection the server closed at once on a new one); a
// message that went out without a reply is uncertain and never sent
// again on its own; a problem with the server or the settings (unknown
// host, refused connection, no greeting, untrusted certificate, failed
// login) stops the whole run at once.
package deliver

import (
	"crypto/tls"
	"fmt"
	"net"
	"net/url"
	"strconv"
)

// Server is where and how to connect.
type Server struct {
	Host string
	Port int
	// ImplicitTLS is smtps://: TLS from the first byte. Otherwise the
	// connection is upgraded with STARTTLS when the server offers it.
	ImplicitTLS    bool
	User, Password string
	// TLSConfig overrides the default TLS settings (tests trust their own
	// certificate here).
	TLSConfig *tls.Config
}

// Env names of the SMTP settings; credentials are never read from
// config.toml.
const (
	EnvURL      = "BRIEFING_SMTP_URL"
	EnvUser     = "BRIEFING_SMTP_USER"
	EnvPassword = "BRIEFING_SMTP_PASSWORD"
)

// ParseURL reads smtp://[user[:password]@]host[:port] (STARTTLS when
// offered, port 587 by default) or smtps://... (implicit TLS, port 465).
// getenv supplies BRIEFING_SMTP_USER and BRIEFING_SMTP_PASSWORD when the
// URL has no credentials.
func ParseURL(raw string, getenv func(string) string) (Server, error) {
	if raw == "" {
		return Server{}, fmt.Errorf("no SMTP server: give --smtp or set %s", EnvURL)
	}
	u, err := url.Parse(raw)
	if err != nil {
		// url's error repeats the URL, password included.
		return Server{}, fmt.Errorf("SMTP URL: not a URL of the form smtp://user:password@host:port")
	}
	var s Server
	port := 587
	switch u.Scheme {
	case "smtp":
	case "smtps":
		s.ImplicitTLS, port = true, 465
	default:
		return Server{}, fmt.Errorf("SMTP URL: scheme %q: use smtp:// or smtps://", u.Scheme)
	}
	s.Host = u.Hostname()
	if s.Host == "" {
		return Server{}, fmt.Errorf("SMTP URL: no host")
	}
	if p := u.Port(); p != "" {
		n, err := strconv.Atoi(p)
		if err != nil || n <= 0 || n > 65535 {
			return Server{}, fmt.Errorf("SMTP URL: bad port %q", p)
		}
		port = n
	}
	s.Port = port
	if u.User != nil {
		s.User = u.User.Username()
		s.Password, _ = u.User.Password()
	}
	if s.User == "" {
		s.User = getenv(EnvUser)
	}
	if s.Password == "" {
		s.Password = getenv(EnvPassword)
	}
	return s, nil
}

// String is the server without credentials, for messages.
func (s Server) String() string {
	scheme := "smtp"
	if s.ImplicitTLS {
		scheme = "smtps"
	}
	return scheme + "://" + net.JoinHostPort(s.Host, strconv.Itoa(s.Port))
}

package deliver

import (
	"strings"
	"testing"
)

func TestParseURL(t *testing.T) {
	env := map[string]string{EnvUser: "envuser", EnvPassword: "envpass"}
	getenv := func(k string) string { return env[k] }
	for _, tc := range []struct {
		in   string
		want Server
	}{
		{"smtp://mail.example.org", Server{Host: "mail.example.org", Port: 587, User: "envuser", Password: "envpass"}},
		{"smtps://u:p%40ss@mail.example.org", Server{Host: "mail.example.org", Port: 465, ImplicitTLS: true, User: "u", Password: "p@ss"}},
		{"smtp://127.0.0.1:2525", Server{Host: "127.0.0.1", Port: 2525, User: "envuser", Password: "envpass"}},
	} {
		got, err := ParseURL(tc.in, getenv)
		if err != nil || got != tc.want {
			t.Errorf("%s: %+v, %v; want %+v", tc.in, got, err, tc.want)
		}
	}
	for _, bad := range []string{"", "http://x", "smtp://", "smtp://h:99999", "smtp://u:secret@h:x"} {
		_, err := ParseURL(bad, getenv)
		if err == nil {
			t.Errorf("%q accepted", bad)
		} else if strings.Contains(err.Error(), "secret") {
			t.Errorf("error shows the password: %v", err)
		}
	}
}

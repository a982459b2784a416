package email

import (
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"net/smtp"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"
)

// TestMailpitCompatibility sends the built sample and the 20-article issue
// to Mailpit and reads its caniemail score. Mailpit is not a dependency of
// the build; point BRIEFING_MAILPIT at a binary to run it, e.g.
//
//	GOBIN=/tmp/mp go install github.com/axllent/mailpit@v1.33.1
//	BRIEFING_MAILPIT=/tmp/mp/mailpit go test -run Mailpit -v ./generator/email/
func TestMailpitCompatibility(t *testing.T) {
	bin := os.Getenv("BRIEFING_MAILPIT")
	if bin == "" {
		t.Skip("set BRIEFING_MAILPIT to a mailpit binary")
	}
	smtpAddr, httpAddr := freeAddr(t), freeAddr(t)
	cmd := exec.Command(bin, "--smtp", smtpAddr, "--listen", httpAddr, "--database", filepath.Join(t.TempDir(), "mp.db"))
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cmd.Process.Kill(); cmd.Wait() })
	for i := 0; ; i++ {
		if c, err := net.Dial("tcp", smtpAddr); err == nil {
			c.Close()
			break
		} else if i > 100 {
			t.Fatal(err)
		}
		time.Sleep(50 * time.Millisecond)
	}
	for _, stories := range []int{1, 20} {
		fixture := fmt.Sprintf("%d stories", stories)
		dir, _ := edition(t, stories)
		eml, _ := os.ReadFile(filepath.Join(dir, EMLFile))
		if err := smtp.SendMail(smtpAddr, nil, "briefing@example.org", []string{"reader@example.com"}, eml); err != nil {
			t.Fatal(err)
		}
		var list struct{ Messages []struct{ ID string } }
		getJSON(t, "http://"+httpAddr+"/api/v1/messages?limit=1", &list)
		var check struct {
			Total struct {
				Nodes                           int
				Supported, Partial, Unsupported float64
			}
		}
		getJSON(t, fmt.Sprintf("http://%s/api/v1/message/%s/html-check", httpAddr, list.Messages[0].ID), &check)
		t.Logf("%s: caniemail %.1f%% supported, %.1f%% partial, %.1f%% unsupported (%d nodes)",
			fixture, check.Total.Supported, check.Total.Partial, check.Total.Unsupported, check.Total.Nodes)
		if check.Total.Supported < 95 {
			t.Errorf("%s: %.1f%% supported, want at least 95%%", fixture, check.Total.Supported)
		}
	}
}

func freeAddr(t *testing.T) string {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().String()
}

func getJSON(t *testing.T, url string, v any) {
	t.Helper()
	res, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	if err := json.NewDecoder(res.Body).Decode(v); err != nil {
		t.Fatalf("%s: %v", url, err)
	}
}

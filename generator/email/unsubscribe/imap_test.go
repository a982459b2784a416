package unsubscribe

import (
	"context"
	"fmt"
	"net"
	"sort"
	"strings"
	"testing"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"
	"github.com/emersion/go-imap/v2/imapserver"
	"github.com/emersion/go-imap/v2/imapserver/imapmemserver"
)

// imapServer starts go-imap's in-memory server on loopback with one user
// and an INBOX, and returns its address.
func imapServer(t *testing.T) string {
	t.Helper()
	mem := imapmemserver.New()
	u := imapmemserver.NewUser("unsubscribe", "s3cret")
	if err := u.Create("INBOX", nil); err != nil {
		t.Fatal(err)
	}
	mem.AddUser(u)
	srv := imapserver.New(&imapserver.Options{
		NewSession: func(*imapserver.Conn) (imapserver.Session, *imapserver.GreetingData, error) {
			return mem.NewSession(), nil, nil
		},
		Caps:         imap.CapSet{imap.CapIMAP4rev1: {}, imap.CapIMAP4rev2: {}},
		InsecureAuth: true, // loopback only
		Logger:       quietIMAP{},
	})
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	go srv.Serve(l)
	t.Cleanup(func() { srv.Close() })
	return l.Addr().String()
}

type quietIMAP struct{}

func (quietIMAP) Printf(string, ...any) {}

// deliverTo appends a message to the INBOX, as the mail server would.
func deliverTo(t *testing.T, addr, msg string) {
	t.Helper()
	c, err := imapclient.DialInsecure(addr, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	if err := c.Login("unsubscribe", "s3cret").Wait(); err != nil {
		t.Fatal(err)
	}
	msg = strings.ReplaceAll(msg, "\n", "\r\n")
	cmd := c.Append("INBOX", int64(len(msg)), nil)
	cmd.Write([]byte(msg))
	if err := cmd.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := cmd.Wait(); err != nil {
		t.Fatal(err)
	}
}

// flags returns each message's flags, by subject.
func flags(t *testing.T, addr string) map[string]string {
	t.Helper()
	c, err := imapclient.DialInsecure(addr, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	c.Login("unsubscribe", "s3cret").Wait()
	if _, err := c.Select("INBOX", nil).Wait(); err != nil {
		t.Fatal(err)
	}
	msgs, err := c.Fetch(imap.SeqSet{imap.SeqRange{Start: 1, Stop: 0}}, &imap.FetchOptions{Flags: true, Envelope: true}).Collect()
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	for _, m := range msgs {
		var f []string
		for _, fl := range m.Flags {
			f = append(f, string(fl))
		}
		sort.Strings(f)
		out[m.Envelope.Subject] = strings.Join(f, " ")
	}
	return out
}

func message(from, subject, body string, headers ...string) string {
	h := ""
	for _, x := range headers {
		h += x + "\n"
	}
	return fmt.Sprintf("From: %s\nTo: unsubscribe@example.org\nSubject: %s\n%sMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n%s\n", from, subject, h, body)
}

// TestReadIMAP reads a real IMAP mailbox on loopback: the mailto's token,
// a token cut by quoted-printable, a plain request from a reader; not an
// auto-reply, a stranger or an unrelated note.
func TestReadIMAP(t *testing.T) {
	addr := imapServer(t)
	r := &Resolver{Secret: secret(t), Readers: func() ([]string, error) {
		return []string{"ann@example.org", "bob@example.org", "carol@example.org", "dave@example.org"}, nil
	}}
	ann := r.Secret.Token("ann@example.org")
	bob := r.Secret.Token("bob@example.org")
	deliverTo(t, addr, message("Ann <ann@mail.example.net>", "unsubscribe "+ann, "This message was sent by the one-click mailto."))
	deliverTo(t, addr, strings.Replace(message("someone@example.net", "please", "unsub "+bob[:10]+"=\n"+bob[10:]), "charset=utf-8\n", "charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n", 1))
	deliverTo(t, addr, message("Carol <carol@example.org>", "Unsubscribe me", "Thanks for the briefing."))
	deliverTo(t, addr, message("dave@example.org", "Out of office", "I am away; unsubscribe requests will wait.", "Auto-Submitted: auto-replied"))
	deliverTo(t, addr, message("stranger@example.net", "unsubscribe", "Remove me."))
	deliverTo(t, addr, message("dave@example.org", "A question", "When is the next issue?"))

	var got sink
	rep, err := ReadIMAP(context.Background(), IMAPOptions{URL: "imap://unsubscribe:s3cret@" + addr, Resolver: r, Add: got.add})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Read != 6 || got.list() != "ann@example.org imap, bob@example.org imap, carol@example.org imap (sender)" {
		t.Errorf("read %d, suppressed %q", rep.Read, got.list())
	}
	reasons := map[string]string{}
	for _, ig := range rep.Ignored {
		reasons[ig.Subject] = ig.Reason
	}
	for subject, want := range map[string]string{"Out of office": "automatic", "unsubscribe": "not a reader", "A question": "does not ask"} {
		if !strings.Contains(reasons[subject], want) {
			t.Errorf("%q: ignored for %q, want %q", subject, reasons[subject], want)
		}
	}
	f := flags(t, addr)
	if f["Unsubscribe me"] != `\Seen` || f["A question"] != `\Flagged \Seen` {
		t.Errorf("flags: %v", f)
	}
	// A second run reads only what is new.
	rep, err = ReadIMAP(context.Background(), IMAPOptions{URL: "imap://" + addr + "/INBOX", Resolver: r, Add: got.add,
		Getenv: func(k string) string {
			return map[string]string{EnvIMAPUser: "unsubscribe", EnvIMAPPassword: "s3cret"}[k]
		}})
	if err != nil || rep.Read != 0 {
		t.Errorf("second run: read %d, %v", rep.Read, err)
	}
	if _, err := ReadIMAP(context.Background(), IMAPOptions{URL: "imap://unsubscribe:wrong@" + addr, Resolver: r, Add: got.add}); err == nil ||
		!strings.Contains(err.Error(), "login as unsubscribe") || strings.Contains(err.Error(), "wrong") {
		t.Errorf("wrong password: %v", err)
	}
}

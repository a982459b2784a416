package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"strings"
	"sync"
	"time"

	"briefing/generator/config"
	"briefing/generator/email/address"
	"briefing/generator/email/mailing"
	"briefing/generator/email/sentlog"
	"briefing/generator/email/suppress"
	"briefing/generator/email/unsubscribe"

	"github.com/spf13/cobra"
)

func unsubscribeCmd() *cobra.Command {
	var imapURL, listen string
	cmd := &cobra.Command{
		Use:   "unsubscribe [ADDRESS|TOKEN|URL]... | --imap URL | --listen ADDR",
		Short: "Add readers to the suppression list, by hand, from a mailbox or by one-click POST",
		Long: `Unsubscribe adds readers to the suppression list, .briefing/suppressed.txt
next to the config; send never mails an address on it.

  unsubscribe ann@example.org TOKEN https://.../unsubscribe/?t=TOKEN
      adds each address, or the reader a token (or an unsubscribe link)
      was made for. With no argument, or "-", it reads them from standard
      input, one per line.

  unsubscribe --imap imaps://user:password@imap.example.org/INBOX
      reads the unseen mail of the unsubscribe address (the mailto: of
      List-Unsubscribe): a message carrying a reader's token, or one from a
      reader that says "unsubscribe", unsubscribes that reader. Read
      messages are marked seen; those it could not act on are also flagged
      for a person. User and password may come from $BRIEFING_IMAP_USER and
      $BRIEFING_IMAP_PASSWORD. Run it from cron.

  unsubscribe --listen 127.0.0.1:8025
      serves one-click unsubscribes (RFC 8058): mail providers POST
      "List-Unsubscribe=One-Click" to the List-Unsubscribe URL. Put it
      behind the HTTPS server of that URL (route POSTs to /unsubscribe/
      here; any HTTPS endpoint that forwards them works). A GET shows a
      button and never unsubscribes by itself.

Tokens are HMACs of the address under the secret in
$BRIEFING_UNSUBSCRIBE_SECRET, or in .briefing/unsubscribe.key (made by the
first send); a token is matched against the readers in the send logs.`,
		RunE: func(cmd *cobra.Command, args []string) error {
			c, err := loadConfig(cmd)
			if err != nil {
				return err
			}
			u, err := newUnsubscriber(c)
			if err != nil {
				return fmt.Errorf("unsubscribe: %w", err)
			}
			switch {
			case imapURL != "" && listen != "", (imapURL != "" || listen != "") && len(args) > 0:
				return usageError{errors.New("unsubscribe: give addresses, --imap or --listen, one at a time")}
			case imapURL != "":
				return u.imap(cmd.Context(), imapURL, cmd.OutOrStdout(), cmd.ErrOrStderr())
			case listen != "":
				return u.listen(cmd.Context(), listen, c.Params.Name, cmd.OutOrStdout())
			}
			if len(args) == 0 || len(args) == 1 && args[0] == "-" {
				if args, err = readLines(cmd.InOrStdin()); err != nil {
					return fmt.Errorf("unsubscribe: %w", err)
				}
			}
			return u.add(args, cmd.OutOrStdout(), cmd.ErrOrStderr())
		},
	}
	cmd.Flags().StringVar(&imapURL, "imap", "", "read unsubscribe requests from this IMAP mailbox (imaps://user:password@host/MAILBOX)")
	cmd.Flags().StringVar(&listen, "listen", "", "serve one-click unsubscribe POSTs on this address (host:port)")
	return cmd
}

// unsubscriber ties the suppression list to the token resolver.
type unsubscriber struct {
	list     *suppress.List
	resolver *unsubscribe.Resolver
}

func newUnsubscriber(c *config.Config) (*unsubscriber, error) {
	list, err := suppress.Load(suppress.Path(c.Dir))
	if err != nil {
		return nil, err
	}
	secret, err := unsubscribe.LoadSecret(c.Dir, os.Getenv)
	if err != nil {
		return nil, err
	}
	sent := mailing.SentDir(c.Dir)
	return &unsubscriber{list: list, resolver: &unsubscribe.Resolver{
		Secret: secret, Readers: func() ([]string, error) { return sentlog.Recipients(sent) },
	}}, nil
}

// suppress adds addr, saying how it came.
func (u *unsubscriber) suppress(addr, source string) (bool, error) {
	added, err := u.list.Add(suppress.Entry{Address: addr, Source: source})
	return len(added) > 0, err
}

// add suppresses each address, token or unsubscribe link.
func (u *unsubscriber) add(args []string, out, errw io.Writer) error {
	bad := 0
	for _, arg := range args {
		addr, err := u.lookup(arg)
		if err != nil {
			fmt.Fprintf(errw, "%s: unsubscribe: %s: %v\n", prog, arg, err)
			bad++
			continue
		}
		added, err := u.suppress(addr, "command")
		if err != nil {
			return fmt.Errorf("unsubscribe: %w", err)
		}
		if added {
			fmt.Fprintf(out, "unsubscribe: %s added to the suppression list\n", addr)
		} else {
			fmt.Fprintf(out, "unsubscribe: %s was already on it\n", addr)
		}
	}
	if bad > 0 {
		return fmt.Errorf("unsubscribe: %d of %d not understood; see above", bad, len(args))
	}
	return nil
}

// lookup turns an address, a token or an unsubscribe link into the
// reader's address.
func (u *unsubscriber) lookup(arg string) (string, error) {
	if strings.Contains(arg, "@") && !strings.Contains(arg, "://") {
		return address.Parse(arg)
	}
	token := arg
	if strings.Contains(arg, "://") {
		if token = unsubscribe.TokenOf(arg); token == "" {
			return "", errors.New("the link carries no token")
		}
	}
	if !unsubscribe.IsToken(token) {
		return "", errors.New("neither an address nor a token")
	}
	return u.resolver.Address(token)
}

func (u *unsubscriber) imap(ctx context.Context, url string, out, errw io.Writer) error {
	rep, err := unsubscribe.ReadIMAP(ctx, unsubscribe.IMAPOptions{
		URL: url, Getenv: os.Getenv, Resolver: u.resolver,
		Add: func(addr, source string) error { _, err := u.suppress(addr, source); return err },
	})
	for _, a := range rep.Unsubscribed {
		fmt.Fprintf(out, "unsubscribe: %s (by mail)\n", a)
	}
	for _, ig := range rep.Ignored {
		fmt.Fprintf(errw, "%s: unsubscribe: ignored a message from %s, %q: %s (flagged in the mailbox)\n", prog, ig.From, ig.Subject, ig.Reason)
	}
	if err != nil {
		return fmt.Errorf("unsubscribe: %w", err)
	}
	fmt.Fprintf(out, "unsubscribe: %s: %d message(s) read, %d reader(s) unsubscribed, %d ignored\n", rep.Mailbox, rep.Read, len(rep.Unsubscribed), len(rep.Ignored))
	return nil
}

func (u *unsubscriber) listen(ctx context.Context, addr, name string, out io.Writer) error {
	l, err := net.Listen("tcp", addr)
	if err != nil {
		return fmt.Errorf("unsubscribe: %w", err)
	}
	var mu sync.Mutex
	h := &unsubscribe.Handler{
		Resolver: u.resolver, Name: name,
		Add: func(addr, source string) error { _, err := u.suppress(addr, source); return err },
		Done: func(addr string) {
			mu.Lock()
			defer mu.Unlock()
			fmt.Fprintf(out, "unsubscribe: %s (one-click) at %s\n", addr, time.Now().UTC().Format(time.RFC3339))
		},
	}
	srv := &http.Server{Handler: h, ReadHeaderTimeout: 10 * time.Second, ReadTimeout: 30 * time.Second, WriteTimeout: 30 * time.Second}
	fmt.Fprintf(out, "unsubscribe: serving one-click unsubscribes on http://%s/ (stop with Ctrl-C)\n", l.Addr())
	stop := context.AfterFunc(ctx, func() {
		shut, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		srv.Shutdown(shut)
	})
	defer stop()
	if err := srv.Serve(l); err != nil && !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("unsubscribe: %w", err)
	}
	return nil
}

// readLines reads the non-blank, non-comment lines of r.
func readLines(r io.Reader) ([]string, error) {
	var out []string
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		line := strings.TrimSpace(strings.TrimPrefix(sc.Text(), "\ufeff"))
		if line != "" && !strings.HasPrefix(line, "#") {
			out = append(out, line)
		}
	}
	return out, sc.Err()
}

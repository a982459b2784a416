package main

import (
	"fmt"
	"os"
	"path/filepath"

	"briefing/generator/email"
	"briefing/generator/email/deliver"
	"briefing/generator/email/mailing"

	"github.com/spf13/cobra"
)

func sendCmd() *cobra.Command {
	var (
		smtpURL, list string
		to            []string
		dryRun        bool
	)
	cmd := &cobra.Command{
		Use:   "send [--smtp URL] [--to ADDR]... [--list FILE] [--dry-run] [ISSUE]",
		Short: "Send an issue's email edition to its subscribers",
		Long: `Send delivers the email edition of an issue (YYYY-MM-DD; default: the
latest one in the public folder) built by 'make site', one message per
recipient, over SMTP:

  smtp://[user:password@]host[:port]   STARTTLS when the server offers it (port 587)
  smtps://[user:password@]host[:port]  implicit TLS (port 465)

The URL defaults to $BRIEFING_SMTP_URL; user and password may also come
from $BRIEFING_SMTP_USER and $BRIEFING_SMTP_PASSWORD, never from the
config. The rate (params.email.rate, messages per second) and the number
of connections (params.email.concurrency) come from config.toml.

Every delivery is recorded in .briefing/sent/ISSUE.jsonl next to the config,
so running send again, after an interruption or by mistake, never mails
the issue twice to anyone. Temporary (4xx) failures are retried with
exponential backoff; the exit status is 1 if any recipient failed.`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			c, err := loadConfig(cmd)
			if err != nil {
				return err
			}
			public := c.Path(c.Params.Generator.Public)
			id := ""
			if len(args) == 1 {
				id = args[0]
			} else {
				ids, err := email.Issues(public)
				if err != nil {
					return fmt.Errorf("send: %w", err)
				}
				if len(ids) == 0 {
					return fmt.Errorf("send: no issue with an email edition in %s; run 'make site' first", public)
				}
				id = ids[len(ids)-1]
			}
			rcpts := append([]string(nil), to...)
			if list != "" {
				more, err := mailing.ReadList(list)
				if err != nil {
					return usageError{err}
				}
				rcpts = append(rcpts, more...)
			}
			if len(rcpts) == 0 {
				return usageError{fmt.Errorf("send: no recipients: give --to or --list")}
			}
			if smtpURL == "" {
				smtpURL = os.Getenv(deliver.EnvURL)
			}
			var server deliver.Server
			if smtpURL != "" || !dryRun {
				if server, err = deliver.ParseURL(smtpURL, os.Getenv); err != nil {
					return usageError{fmt.Errorf("send: %w", err)}
				}
			}
			m, err := email.Load(filepath.Join(public, "issues", id), id, c)
			if err != nil {
				return fmt.Errorf("send: %w", err)
			}
			sum, err := mailing.Run(cmd.Context(), mailing.Options{
				Issue: m, IssueID: id, Recipients: rcpts,
				LogPath: mailing.LogPath(c.Dir, id), DryRun: dryRun,
				Deliver: deliver.Options{
					Server: server, Rate: c.Params.Email.Rate, Concurrency: c.Params.Email.Concurrency,
				},
				Out: cmd.OutOrStdout(), Err: cmd.ErrOrStderr(),
			})
			if dryRun {
				fmt.Fprintf(cmd.OutOrStdout(), "send: dry run: %d would be sent, %d skipped (already sent)\n", sum.Sent, sum.Skipped+sum.Uncertain)
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "send: %s\n", sum)
			if err != nil {
				return fmt.Errorf("send: %w", err)
			}
			if sum.Failed > 0 {
				return fmt.Errorf("send: %d of %d recipients failed", sum.Failed, sum.Sent+sum.Failed)
			}
			if sum.Pending > 0 {
				return fmt.Errorf("send: interrupted; run it again to send the rest")
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&smtpURL, "smtp", "", "SMTP server URL (default $"+deliver.EnvURL+")")
	cmd.Flags().StringArrayVar(&to, "to", nil, "a recipient; repeat for more")
	cmd.Flags().StringVar(&list, "list", "", "file of recipients, one address per line, # for comments")
	cmd.Flags().BoolVar(&dryRun, "dry-run", false, "print what would be sent and send nothing")
	return cmd
}

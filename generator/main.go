// Command briefing turns raw news articles into a published briefing:
// Hugo content with editorial metadata, a minified web edition and an
// email edition, and sends the email edition to subscribers.
//
// Each subcommand lives in the file of its name; the work is done by the
// packages beside this one (the build by package pipeline).
package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/signal"
	"syscall"

	"briefing/generator/config"

	"github.com/spf13/cobra"
)

// prog is the program's name, in usage, messages and the Makefile.
const prog = "briefing"

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := newRoot().ExecuteContext(ctx); err != nil {
		fmt.Fprintf(os.Stderr, "%s: %v\n", prog, err)
		var ue usageError
		if errors.As(err, &ue) {
			os.Exit(2)
		}
		os.Exit(1)
	}
}

// newRoot is the program's command line.
func newRoot() *cobra.Command {
	root := &cobra.Command{
		Use:           prog,
		Short:         "Build the briefing newsletter from raw articles, and mail it",
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.PersistentFlags().String("config", "config.toml", "the site's configuration file")
	root.AddCommand(buildCmd(), serveCmd(), ingestCmd(), minifyCmd(), sendCmd(), unsubscribeCmd(), evalCmd(), benchCmd())
	return root
}

// usageError is a mistake in the command line rather than in the input.
type usageError struct{ error }

// loadConfig reads the --config file of cmd.
func loadConfig(cmd *cobra.Command) (*config.Config, error) {
	path, _ := cmd.Flags().GetString("config")
	return config.Load(path)
}

// Command generator turns raw news articles into a published briefing:
// Hugo content with editorial metadata, a minified web edition and an
// email edition.
package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/signal"
	"syscall"

	"github.com/spf13/cobra"
)

const prog = "briefing"

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	root := &cobra.Command{
		Use:           "generator",
		Short:         "Build the briefing newsletter from raw articles",
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.PersistentFlags().String("config", "config.toml", "the site's configuration file")
	root.AddCommand(ingestCmd(), minifyCmd(), buildCmd(), sendCmd(), unsubscribeCmd(), evalCmd(), benchCmd())
	if err := root.ExecuteContext(ctx); err != nil {
		var ue usageError
		if errors.As(err, &ue) {
			fmt.Fprintf(os.Stderr, "%s: %v\n", prog, err)
			os.Exit(2)
		}
		fmt.Fprintf(os.Stderr, "%s: %v\n", prog, err)
		os.Exit(1)
	}
}

// usageError is a mistake in the command line rather than in the input.
type usageError struct{ error }

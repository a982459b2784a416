package main

import (
	"errors"

	"github.com/spf13/cobra"
)

// sendCmd is replaced by the email edition's sender.
func sendCmd() *cobra.Command {
	return &cobra.Command{Use: "send", Short: "Send an issue by email", RunE: func(*cobra.Command, []string) error { return errors.New("not built yet") }}
}

package main

import (
	"fmt"
	"time"

	"briefing/generator/minify"

	"github.com/spf13/cobra"
)

func minifyCmd() *cobra.Command {
	var opt minify.Options
	cmd := &cobra.Command{
		Use:   "minify DIR",
		Short: "Minify every HTML, CSS, JS, JSON, SVG and XML file under DIR in place",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			start := time.Now()
			st, err := minify.Dir(cmd.Context(), args[0], opt)
			if err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "minify: %d files, %s -> %s in %s\n", st.Files, bytesize(st.Before), bytesize(st.After), duration(time.Since(start)))
			return nil
		},
	}
	cmd.Flags().IntVar(&opt.Workers, "workers", 0, "files minified at once (default: one per CPU)")
	return cmd
}

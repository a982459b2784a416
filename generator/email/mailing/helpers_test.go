package mailing

import (
	"os"

	"briefing/generator/email/sentlog"
)

func writeFile(path, s string) error { return os.WriteFile(path, []byte(s), 0o644) }

func openLog(path string) (*sentlog.Log, error) { return sentlog.Open(path) }

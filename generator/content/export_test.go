package content

import (
	"os"

	"briefing/generator/internal/fsx"
)

// Write is Plan followed by the atomic write ingest does, for tests that
// look at files rather than at plans.
func Write(path string, doc Doc) (Result, []string, error) {
	data, res, kept, err := Plan(path, doc)
	if err != nil || data == nil {
		return res, kept, err
	}
	tmp, err := fsx.WriteTemp(path, data, 0o644)
	if err != nil {
		return res, kept, err
	}
	return res, kept, os.Rename(tmp, path)
}

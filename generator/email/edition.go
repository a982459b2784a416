package email

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"briefing/generator/config"
)

// ClipLimit is where Gmail cuts an HTML part off behind a "[Message
// clipped]" link.
const ClipLimit = 102 * 1000

// Issues lists the issue ids (YYYY-MM-DD) under site/issues that have an
// email edition, oldest first.
func Issues(site string) ([]string, error) {
	matches, err := filepath.Glob(filepath.Join(site, "issues", "*", HTMLFile))
	if err != nil {
		return nil, err
	}
	var ids []string
	for _, m := range matches {
		id := filepath.Base(filepath.Dir(m))
		if len(id) == len("2006-01-02") {
			ids = append(ids, id)
		}
	}
	sort.Strings(ids)
	return ids, nil
}

// Edition finishes the email edition of every issue in the built site:
// it inlines the CSS of email.html in place and writes issue.eml next to
// it. It reports the largest HTML part to w and warns when one is over
// ClipLimit.
func Edition(ctx context.Context, c *config.Config, site string, w io.Writer) error {
	ids, err := Issues(site)
	if err != nil {
		return fmt.Errorf("email: %w", err)
	}
	if len(ids) > 0 && strings.TrimSpace(c.Params.Sender.PostalAddress) == "" {
		fmt.Fprintf(w, "email: warning: params.sender.postalAddress is empty; the law of many countries (CAN-SPAM in the US) wants the sender's postal address in every issue\n")
	}
	var largest int
	for _, id := range ids {
		if err := ctx.Err(); err != nil {
			return err
		}
		dir := filepath.Join(site, "issues", id)
		n, err := writeIssue(c, dir, id)
		if err != nil {
			return fmt.Errorf("email: %w", err)
		}
		if n > ClipLimit {
			fmt.Fprintf(w, "email: warning: the HTML of %s is %s, over the %d KB mail clients show unclipped\n",
				id, kb(n), ClipLimit/1000)
		}
		largest = max(largest, n)
	}
	what := "issues"
	if len(ids) == 1 {
		what = "issue"
	}
	fmt.Fprintf(w, "email: %d %s, HTML %s (limit %d KB)\n", len(ids), what, kb(largest), ClipLimit/1000)
	return nil
}

// writeIssue inlines one issue's HTML, writes its .eml and returns the
// size of the HTML part.
func writeIssue(c *config.Config, dir, id string) (int, error) {
	path := filepath.Join(dir, HTMLFile)
	raw, err := os.ReadFile(path)
	if err != nil {
		return 0, err
	}
	html, err := Inline(raw)
	if err != nil {
		return 0, fmt.Errorf("%s: %w", path, err)
	}
	if err := os.WriteFile(path, html, 0o644); err != nil {
		return 0, err
	}
	m, err := Load(dir, id, c)
	if err != nil {
		return 0, err
	}
	eml, err := Encode(m)
	if err != nil {
		return 0, err
	}
	if err := os.WriteFile(filepath.Join(dir, EMLFile), eml, 0o644); err != nil {
		return 0, err
	}
	return len(html), nil
}

func kb(n int) string { return fmt.Sprintf("%.1f KB", float64(n)/1000) }

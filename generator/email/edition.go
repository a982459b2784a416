package email

import (
	"context"
	"fmt"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"

	"briefing/generator/internal/issue"
)

// ClipLimit is where Gmail cuts an HTML part off behind a "[Message
// clipped]" link.
const ClipLimit = 102 * 1000

// Settings are what the email edition takes from the site's configuration.
type Settings struct {
	Name       string // the briefing's name, in the subject
	SenderName string // the From name; "" means Name
	From       string // the sender's address
	ReplyTo    string // "" means none
	// PostalAddress is shown in every footer (the templates put it there);
	// Edition warns when it is empty.
	PostalAddress string
	// Subject is a text/template over SubjectData; "" means DefaultSubject.
	Subject string
	// Unsubscribe is the List-Unsubscribe setting (see UnsubscribeURIs).
	Unsubscribe string
	BaseURL     string // the site's, for its unsubscribe page
}

// Report says what Edition did.
type Report struct {
	Issues      int      // issues with an email edition
	LargestHTML int      // bytes of the largest HTML part
	Warnings    []string // what is sent but may fare badly
}

// Issues lists the issue ids (YYYY-MM-DD) under site/issues that have an
// email edition, oldest first.
func Issues(site string) ([]string, error) {
	matches, err := filepath.Glob(filepath.Join(site, "issues", "*", HTMLFile))
	if err != nil {
		return nil, err
	}
	var ids []string
	for _, m := range matches {
		if id := filepath.Base(filepath.Dir(m)); issue.Valid(id) {
			ids = append(ids, id)
		}
	}
	sort.Strings(ids)
	return ids, nil
}

// Owns reports whether the file at rel, a slash-separated path inside the
// built site, is an email edition's HTML, which Edition rewrites: other
// steps leave it alone.
func Owns(rel string) bool {
	dir, file := path.Split(rel)
	return file == HTMLFile && path.Dir(path.Dir(dir)) == "issues" && issue.Valid(path.Base(dir))
}

// Edition finishes the email edition of every issue in the built site:
// it inlines the CSS of email.html and minifies it in place, and writes
// issue.eml next to it.
func Edition(ctx context.Context, site string, s Settings) (Report, error) {
	var rep Report
	ids, err := Issues(site)
	if err != nil {
		return rep, fmt.Errorf("email: %w", err)
	}
	if len(ids) > 0 && strings.TrimSpace(s.PostalAddress) == "" {
		rep.Warnings = append(rep.Warnings, "params.sender.postalAddress is empty; the law of many countries (CAN-SPAM in the US) wants the sender's postal address in every issue")
	}
	for _, id := range ids {
		if err := ctx.Err(); err != nil {
			return rep, err
		}
		n, err := writeIssue(filepath.Join(site, "issues", id), id, s)
		if err != nil {
			return rep, fmt.Errorf("email: %w", err)
		}
		if n > ClipLimit {
			rep.Warnings = append(rep.Warnings, fmt.Sprintf("the HTML of %s is %.1f KB, over the %d KB mail clients show unclipped", id, float64(n)/1000, ClipLimit/1000))
		}
		rep.Issues++
		rep.LargestHTML = max(rep.LargestHTML, n)
	}
	return rep, nil
}

// writeIssue inlines one issue's HTML, writes its .eml and returns the
// size of the HTML part.
func writeIssue(dir, id string, s Settings) (int, error) {
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
	m, err := load(dir, id, s, html)
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

package email

import (
	"fmt"
	"strings"
	"text/template"
)

// SubjectData is what params.email.subject may use.
type SubjectData struct {
	Name  string // the briefing's name
	Date  string // the issue date for people, "15 June 2022"
	Issue string // the issue id, "2022-06-15"
	Lead  string // the lead story's headline (the first in the HTML part)
}

// DefaultSubject is used when params.email.subject is empty.
const DefaultSubject = "{{ .Name }}, {{ .Date }}: {{ .Lead }}"

// Subject executes the configured subject pattern. The result is header
// text: line breaks from a headline or the pattern become spaces.
func Subject(pattern string, d SubjectData) (string, error) {
	if strings.TrimSpace(pattern) == "" {
		pattern = DefaultSubject
	}
	t, err := template.New("subject").Option("missingkey=error").Parse(pattern)
	if err != nil {
		return "", fmt.Errorf("params.email.subject: %w", err)
	}
	var b strings.Builder
	if err := t.Execute(&b, d); err != nil {
		return "", fmt.Errorf("params.email.subject: %w", err)
	}
	return HeaderText(b.String(), maxSubject), nil
}

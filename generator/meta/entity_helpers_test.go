package meta

import "strings"

// splitArticle parses the raw article form: headline line, blank line,
// paragraphs separated by blank lines.
func splitArticle(s string) (string, []string) {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	blocks := strings.Split(strings.TrimSpace(s), "\n\n")
	var paras []string
	for _, b := range blocks[1:] {
		if b = strings.Join(strings.Fields(b), " "); b != "" {
			paras = append(paras, b)
		}
	}
	return strings.TrimSpace(blocks[0]), paras
}

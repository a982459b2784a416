package content

import "strings"

// EscapeMarkdown writes a paragraph so that Markdown and Hugo read it as
// plain text: every character that could open markup or a shortcode is
// backslash-escaped (CommonMark allows that for any ASCII punctuation), and
// the characters that matter only at the start of a line are escaped there.
// `{` is escaped everywhere, which keeps `{{<` and `{{%` from ever reaching
// Hugo's shortcode parser as one token.
func EscapeMarkdown(p string) string {
	// Leading space would make an indented code block.
	p = strings.TrimLeft(p, " \t")
	var b strings.Builder
	b.Grow(len(p) + len(p)/16)
	start := true
	for i := 0; i < len(p); i++ {
		c := p[i]
		switch c {
		case '\\', '`', '*', '_', '{', '}', '[', ']', '<', '>', '#', '|', '~', '&':
			b.WriteByte('\\')
		case '-', '+', '=', ':':
			// List markers, thematic breaks, setext underlines, definition
			// lists; and "--" that the typographer would turn into a dash.
			if start || (c == '-' && i+1 < len(p) && p[i+1] == '-') || (c == '-' && i > 0 && p[i-1] == '-') {
				b.WriteByte('\\')
			}
		case '.', ')':
			// "1." or "1)" at the start of a line opens an ordered list.
			if onlyDigitsBefore(p, i) {
				b.WriteByte('\\')
			}
		case '!':
			if i+1 < len(p) && p[i+1] == '[' {
				b.WriteByte('\\')
			}
		}
		b.WriteByte(c)
		if c != ' ' && c != '\t' {
			start = false
		}
	}
	return b.String()
}

func onlyDigitsBefore(p string, i int) bool {
	if i == 0 {
		return false
	}
	for j := 0; j < i; j++ {
		if p[j] < '0' || p[j] > '9' {
			return false
		}
	}
	return true
}

package email

import (
	"fmt"

	"briefing/generator/minify"

	"github.com/vanng822/go-premailer/premailer"
)

// Inline moves the CSS of html's <style> blocks into style attributes,
// which is all many mail clients read, and minifies the result with the
// email-safe settings. Rules that cannot be inlined (the dark-mode
// @media block) stay in one <style> in the head.
func Inline(html []byte) ([]byte, error) {
	// Classes stay: the dark-mode rules select by class. CssToAttributes
	// adds bgcolor/width attributes for clients that ignore CSS.
	p, err := premailer.NewPremailerFromBytes(html, premailer.NewOptions())
	if err != nil {
		return nil, fmt.Errorf("inline css: %w", err)
	}
	out, err := p.Transform()
	if err != nil {
		return nil, fmt.Errorf("inline css: %w", err)
	}
	return minify.File(minify.NewEmail(), "email.html", []byte(out))
}

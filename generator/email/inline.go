package email

import (
	"bytes"
	"fmt"

	tdm "github.com/tdewolff/minify/v2"
	"github.com/tdewolff/minify/v2/css"
	"github.com/tdewolff/minify/v2/html"
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
	return minifyHTML([]byte(out))
}

// minifier is the email edition's own: mail clients need quoted
// attributes, the document tags, default attribute values and Outlook's
// conditional comments. KeepSpecialComments keeps the conditional
// comments; the deprecated KeepConditionalComments would print a warning
// on every file and rewrite the shared Minifier from several goroutines.
var minifier = func() *tdm.M {
	m := tdm.New()
	m.Add("text/html", &html.Minifier{KeepDocumentTags: true, KeepEndTags: true, KeepQuotes: true,
		KeepSpecialComments: true, KeepDefaultAttrVals: true})
	m.AddFunc("text/css", css.Minify)
	return m
}()

// minifyHTML minifies an email's HTML; the web edition's minifier never
// sees it.
func minifyHTML(data []byte) ([]byte, error) {
	var b bytes.Buffer
	b.Grow(len(data))
	if err := minifier.Minify("text/html", &b, bytes.NewReader(data)); err != nil {
		return nil, fmt.Errorf("minify %s: %w", HTMLFile, err)
	}
	return b.Bytes(), nil
}

package email

import (
	"bytes"
	"fmt"
	"io"

	tdm "github.com/tdewolff/minify/v2"
	"github.com/tdewolff/minify/v2/css"
	"github.com/tdewolff/minify/v2/html"
	"github.com/tdewolff/parse/v2/buffer"
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

// newMinifier is the email edition's own minifier: mail clients need
// quoted attributes, the document tags, default attribute values and
// Outlook's conditional comments. KeepSpecialComments keeps the
// conditional comments; the deprecated KeepConditionalComments would
// print a warning on every file and rewrite the shared Minifier from
// several goroutines. Each call makes a new one, whose CSS results are
// its own (see cssMemo).
func newMinifier() *tdm.M {
	m := tdm.New()
	m.Add("text/html", &html.Minifier{KeepDocumentTags: true, KeepEndTags: true, KeepQuotes: true,
		KeepSpecialComments: true, KeepDefaultAttrVals: true})
	m.Add("text/css", &cssMemo{})
	return m
}

// cssMemo minifies CSS as css.Minify does, and minifies a piece of CSS it
// has seen before only once. Inlining gives thousands of elements the
// same few style attributes, and minifying each of them anew took half
// the time of minifying an issue. Not safe for concurrent use.
type cssMemo struct {
	seen map[string][]byte // by params["inline"] and the CSS
}

func (c *cssMemo) Minify(m *tdm.M, w io.Writer, r io.Reader, params map[string]string) error {
	var in []byte
	if br, ok := r.(interface{ Bytes() []byte }); ok {
		in = br.Bytes() // what the HTML minifier gives, without a copy
	} else {
		var err error
		if in, err = io.ReadAll(r); err != nil {
			return err
		}
	}
	key := params["inline"] + "\x00" + string(in)
	if out, ok := c.seen[key]; ok {
		_, err := w.Write(out)
		return err
	}
	var b bytes.Buffer
	if err := css.Minify(m, &b, buffer.NewReader(in), params); err != nil {
		return err
	}
	if c.seen == nil {
		c.seen = map[string][]byte{}
	}
	c.seen[key] = b.Bytes()
	_, err := w.Write(b.Bytes())
	return err
}

// minifyHTML minifies an email's HTML; the web edition's minifier never
// sees it.
func minifyHTML(data []byte) ([]byte, error) {
	var b bytes.Buffer
	b.Grow(len(data))
	// buffer.Reader hands its bytes to the parser, which would copy
	// anything else.
	if err := newMinifier().Minify("text/html", &b, buffer.NewReader(data)); err != nil {
		return nil, fmt.Errorf("minify %s: %w", HTMLFile, err)
	}
	return b.Bytes(), nil
}

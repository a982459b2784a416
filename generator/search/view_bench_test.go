package search

import (
	"crypto/sha256"
	"fmt"
	"strings"
	"testing"
)

// fullPage is an article page laid out as the site's are, minified: a
// head of meta and link tags, the article with its key points, story,
// quotations, figures and names, and the page's navigation.
func fullPage() string {
	var b strings.Builder
	b.WriteString(`<!doctype html><html lang=en-gb><head><meta charset=utf-8><meta name=viewport content="width=device-width,initial-scale=1"><title>Shares rise · The Briefing</title>`)
	for i := range 20 {
		fmt.Fprintf(&b, `<meta property="og:p%d" content="Some description of the story, number %d, as the head repeats it.">`, i, i)
	}
	b.WriteString(`<link rel=stylesheet href=/css/site.min.css integrity="sha256-abc"><script type=application/ld+json>{"@context":"https://schema.org","headline":"Shares rise"}</script></head>`)
	b.WriteString(`<body><a class=skip href=#main>Skip to content</a><header class=masthead><p class=name><a href=/>The Briefing</a></p><nav aria-label=Site><a href=/issues/>Archive</a> <a href=/search/>Search</a></nav></header>`)
	b.WriteString(`<main id=main><article class=article data-pagefind-body data-pagefind-filter="section:Business"><p class=kicker data-pagefind-ignore><a href=/issues/2005-01-03/><time datetime=2005-01-03 data-pagefind-meta="date[datetime], issue">3 January 2005</time></a> · <span class=section>Business</span> · 3 min read</p><h1>Shares rise</h1>`)
	b.WriteString(`<section class=box aria-labelledby=kp><h2 id=kp data-pagefind-ignore>Key points</h2><ul class=keypoints data-pagefind-weight=2>`)
	for i := 1; i <= 3; i++ {
		fmt.Fprintf(&b, `<li data-pagefind-meta=kp%d>Key point %d says what happened to shares in Asia on Wednesday.</li>`, i, i)
	}
	b.WriteString(`</ul></section><section aria-labelledby=full><h2 id=full data-pagefind-ignore>Full story</h2><div class=body>`)
	for i := range 6 {
		fmt.Fprintf(&b, `<p>Paragraph %d: %s</p>`, i, strings.Repeat("Investors seemed to feel that the worst-affected areas were under-developed, according to analysts. ", 5))
	}
	b.WriteString(`</div></section><section aria-labelledby=quotes data-pagefind-ignore><h2 id=quotes>Quotations</h2><figure class=quote><blockquote><p>It is not a really big thing in the economic sense</p></blockquote><figcaption>Eddie Wong</figcaption></figure></section>`)
	b.WriteString(`<div data-pagefind-ignore><p class=terms><span>Places:</span> <a href=/places/asia/>Asia</a>, <a href=/places/thailand/>Thailand</a></p></div><p hidden data-pagefind-ignore>`)
	for i := range 15 {
		fmt.Fprintf(&b, `<span data-pagefind-filter=places>Place %d</span>`, i)
	}
	b.WriteString(`</p></article><nav class=pager aria-label="Stories in this issue"><a rel=prev href=/issues/2005-01-03/a/>← A</a><a rel=next href=/issues/2005-01-03/b/>B →</a></nav></main><footer class=footer><p>The Briefing · <a href=/issues/>Every issue</a></p></footer></body></html>`)
	return b.String()
}

// BenchmarkView digests what Pagefind reads of an article page: search
// does it for every article page of the site before indexing.
func BenchmarkView(b *testing.B) {
	p := []byte(fullPage())
	h := sha256.New()
	b.SetBytes(int64(len(p)))
	b.ReportAllocs()
	for b.Loop() {
		h.Reset()
		writeView(h, p)
	}
}

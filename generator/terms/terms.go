// Package terms decides which names get a page of their own.
//
// Every person, place, organisation and tag a story names stays in its
// front matter, and Hugo makes a term page of each. A name that fewer than
// params.web.minTermArticles stories mention would make a thin page that
// readers do not need, so it gets none: for each taxonomy, Publish writes a
// content adapter (content/PLURAL/_content.gotmpl) that gives those terms
// to Hugo as drafts. Hugo drops a draft term before it files any story
// under it, so such a term is in no list, on no taxonomy page, in no
// sitemap or feed, and costs Hugo next to nothing; the layouts take a
// story's names from its front matter and print one without a page as
// plain text. (Build options that neither render nor list a term keep it
// out of sight too, but Hugo still files every story under it and gives
// it a page collection: a fifth of Hugo's time on the BBC corpus.)
//
// The counts come from the content folder as Hugo will read it, editors'
// edits included, on every build. Adding a story can promote a name and
// removing one demote it; either way only these few adapter files change,
// never a story's file.
package terms

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"briefing/generator/content"
	"briefing/generator/internal/fsx"
)

// AdapterName is the file, in each taxonomy's content folder, that holds
// the terms without a page.
const AdapterName = "_content.gotmpl"

// marker opens every adapter the generator writes; a file without it is
// someone else's and is never overwritten.
const marker = "{{- /* Written by the briefing generator"

// Index counts, for each term, the stories that name it.
type Index struct {
	taxonomies []string
	count      map[termKey]int
	spellings  map[termKey]map[string]int // stories giving each spelling
}

type termKey struct{ taxonomy, key string }

// New is an empty index over the given taxonomy keys (plural names).
func New(taxonomies []string) *Index {
	return &Index{taxonomies: taxonomies, count: map[termKey]int{}, spellings: map[termKey]map[string]int{}}
}

// Key is Hugo's identity of a term within its taxonomy: the name in lower
// case with spaces as hyphens, so "Xi Jinping" and "xi jinping" are one
// term and one page.
func Key(name string) string {
	return strings.ReplaceAll(strings.ToLower(name), " ", "-")
}

// Add counts one story's terms; a name given twice by one story counts
// once. Each spelling it gives counts, though: Hugo may title the term
// after any of them ("Kilroy-Silk", then "Kilroy Silk"), so a term one
// story spells two ways is titled by Publish like one two stories do.
func (ix *Index) Add(t content.Terms) {
	for tax, names := range t {
		seen := map[string]bool{}
		spelt := map[string]bool{}
		for _, n := range names {
			if n == "" || spelt[n] {
				continue
			}
			spelt[n] = true
			k := Key(n)
			tk := termKey{tax, k}
			if ix.spellings[tk] == nil {
				ix.spellings[tk] = map[string]int{}
			}
			ix.spellings[tk][n]++
			if !seen[k] {
				seen[k] = true
				ix.count[tk]++
			}
		}
	}
}

// Count is how many stories name the term in taxonomy.
func (ix *Index) Count(taxonomy, name string) int {
	return ix.count[termKey{taxonomy, Key(name)}]
}

// Below lists the names in taxonomy that fewer than min stories mention,
// one spelling per term (see Name), sorted.
func (ix *Index) Below(taxonomy string, min int) []string {
	var out []string
	for tk, n := range ix.count {
		if tk.taxonomy == taxonomy && n < min {
			out = append(out, ix.name(tk))
		}
	}
	sort.Strings(out)
	return out
}

// Spelt lists the names in taxonomy that at least min stories mention and
// that stories spell in more than one way ("ABN Amro", "ABN AMRO"), one
// spelling per term (see Name), sorted. Hugo would title such a term's
// page after whichever story it happened to read first, so the title and
// every link to it could change from build to build; Publish names them.
func (ix *Index) Spelt(taxonomy string, min int) []string {
	var out []string
	for tk, n := range ix.count {
		if tk.taxonomy == taxonomy && n >= min && len(ix.spellings[tk]) > 1 {
			out = append(out, ix.name(tk))
		}
	}
	sort.Strings(out)
	return out
}

// Shadowed lists the names in taxonomy that at least min stories mention
// but whose page would be written at the address of another such term's
// page, one spelling per term, sorted. Hugo tells "Lloyd's of London" and
// "Lloyds of London" apart, yet drops the apostrophe from both addresses,
// so the two pages would overwrite each other, the survivor changing from
// build to build. The term more stories name keeps the address (of equals,
// the first name in byte order); the others get no page.
func (ix *Index) Shadowed(taxonomy string, min int) []string {
	owner := map[string]termKey{}
	var out []string
	for _, tk := range ix.sorted(taxonomy) {
		if ix.count[tk] < min {
			continue
		}
		a := address(tk.key)
		o, taken := owner[a]
		switch {
		case !taken:
			owner[a] = tk
		case ix.count[tk] > ix.count[o]:
			owner[a] = tk
			out = append(out, ix.name(o))
		default:
			out = append(out, ix.name(tk))
		}
	}
	sort.Strings(out)
	return out
}

// sorted is taxonomy's terms in byte order of their keys.
func (ix *Index) sorted(taxonomy string) []termKey {
	var tks []termKey
	for tk := range ix.count {
		if tk.taxonomy == taxonomy {
			tks = append(tks, tk)
		}
	}
	sort.Slice(tks, func(i, j int) bool { return tks[i].key < tks[j].key })
	return tks
}

// address is the last part of the term page's address Hugo makes of a
// key: its paths.Sanitize, which keeps letters, digits, marks and a few
// symbols, turns a run of spaces into one hyphen and drops everything
// else (an apostrophe, an asterisk, a comma).
func address(key string) string {
	var b strings.Builder
	hyphen, wasHyphen := false, false
	for i, r := range key {
		ok := r != ' ' && (unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) ||
			strings.ContainsRune("./\\_#+~-@", r) ||
			r == '%' && i+2 < len(key) && isHex(key[i+1]) && isHex(key[i+2]))
		switch {
		case ok:
			wasHyphen = r == '-'
			if hyphen && !wasHyphen {
				b.WriteByte('-')
			}
			hyphen = false
			b.WriteRune(r)
		case b.Len() > 0 && !wasHyphen && unicode.IsSpace(r):
			hyphen = true
		}
	}
	return b.String()
}

func isHex(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

// Name is the spelling of the term in taxonomy that most stories give;
// of spellings given equally often, the first in byte order, so the
// choice never depends on the order stories were read in.
func (ix *Index) Name(taxonomy, name string) string {
	return ix.name(termKey{taxonomy, Key(name)})
}

func (ix *Index) name(tk termKey) string {
	best, most := "", 0
	for s, n := range ix.spellings[tk] {
		if n > most || n == most && s < best {
			best, most = s, n
		}
	}
	return best
}

// Stats say what Publish decided, over all taxonomies.
type Stats struct {
	Pages   int // terms with a page
	Without int // terms named too seldom to get one, or shadowed (see Shadowed)
	Written int // adapter files written or removed
}

// Publish writes, into each taxonomy's folder under dir (the content
// folder), the adapter that keeps the terms named by fewer than min
// stories from getting a page, and removes an adapter it wrote before
// when no such term is left. A file is rewritten only when its bytes
// change. min <= 1 gives every term a page.
func Publish(dir string, ix *Index, min int) (Stats, error) {
	var st Stats
	for _, tax := range ix.taxonomies {
		var below []string
		if min > 1 {
			below = ix.Below(tax, min)
		}
		if shadowed := ix.Shadowed(tax, max(min, 1)); len(shadowed) > 0 {
			below = append(below, shadowed...)
			sort.Strings(below)
		}
		spelt := ix.Spelt(tax, max(min, 1))
		for tk := range ix.count {
			if tk.taxonomy == tax {
				st.Pages++
			}
		}
		st.Pages -= len(below)
		st.Without += len(below)
		path := filepath.Join(dir, tax, AdapterName)
		old, err := os.ReadFile(path)
		switch {
		case errors.Is(err, fs.ErrNotExist):
			old = nil
		case err != nil:
			return st, err
		case !bytes.HasPrefix(old, []byte(marker)):
			return st, fmt.Errorf("%s: not written by the generator, which writes this file to keep seldom-named terms from getting a page - rename it", path)
		}
		if len(below) == 0 && len(spelt) == 0 {
			if old != nil {
				if err := os.Remove(path); err != nil {
					return st, err
				}
				st.Written++
			}
			continue
		}
		data := adapter(tax, below, spelt, min)
		if bytes.Equal(old, data) {
			continue
		}
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			return st, err
		}
		if err := fsx.WriteFileAtomic(path, data, 0o644); err != nil {
			return st, err
		}
		st.Written++
	}
	return st, nil
}

// adapter is the content adapter that gives Hugo the names of taxonomy in
// below as draft terms, which Hugo drops before it files stories under
// them, and the names in spelt as the titles of their terms' pages. A
// site built with drafts (buildDrafts) keeps the draft terms, so they are
// also neither rendered nor listed, and have a date of their own: a term
// without one would collect one from each of its stories, which costs
// Hugo time that grows with terms times stories (a far expiry date is a
// date, and one that no reader sees).
func adapter(taxonomy string, below, spelt []string, min int) []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, "%s on every build: the %s that fewer than\n", marker, taxonomy)
	fmt.Fprintf(&b, "%d stories name (params.web.minTermArticles) get no page; the stories\n", min)
	b.WriteString("show these names as plain text. A name stories spell in more than one way\n")
	b.WriteString("is titled as most of them spell it. Edits here are lost: change the\n")
	b.WriteString("setting or the stories instead. */ -}}\n")
	if len(below) > 0 {
		b.WriteString("{{- $none := dict \"render\" \"never\" \"list\" \"never\" -}}\n")
		b.WriteString("{{- $dates := dict \"expiryDate\" (time.AsTime \"9999-12-31\") -}}\n")
		b.WriteString("{{- range slice\n")
		quoteLines(&b, below)
		b.WriteString("-}}\n")
		b.WriteString("{{- $.AddPage (dict \"kind\" \"term\" \"path\" . \"title\" . \"draft\" true \"build\" $none \"dates\" $dates) -}}\n")
		b.WriteString("{{- end -}}\n")
	}
	if len(spelt) > 0 {
		b.WriteString("{{- range slice\n")
		quoteLines(&b, spelt)
		b.WriteString("-}}\n")
		b.WriteString("{{- $.AddPage (dict \"kind\" \"term\" \"path\" . \"title\" .) -}}\n")
		b.WriteString("{{- end -}}\n")
	}
	return b.Bytes()
}

func quoteLines(b *bytes.Buffer, names []string) {
	for _, n := range names {
		b.WriteString("  ")
		b.WriteString(strconv.Quote(n))
		b.WriteByte('\n')
	}
}

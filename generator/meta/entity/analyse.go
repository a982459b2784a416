package entity

import "briefing/generator/meta/text"

// Kind is what a name names.
type Kind uint8

const (
	None Kind = iota
	Person
	Place
	Organization
)

// Mention is one occurrence of an entity, in document order.
type Mention struct {
	Kind  Kind
	Name  string // the entity's canonical name ("Steve Jobs" for "Jobs")
	Start int    // index of its first token in the Doc's Tokens
	End   int    // index after its last token
}

// Entity is one person, place or organisation of a document.
type Entity struct {
	Kind Kind
	Name string // canonical: the fullest form the document uses
	// Forms are the other forms the document uses for it ("Jobs",
	// "LEICESTERSHIRE" in a headline set in capitals), lower-case
	// duplicates left out.
	Forms    []string
	Mentions int     // in the headline and the body
	Salience float64 // mentions, weighted for the headline and the lead (see salience.go)
}

// Analysis is a document's people, places and organisations, and where it
// names them.
type Analysis struct {
	// Mentions are the names in the body, in document order; Start and End
	// index d.Tokens().
	Mentions []Mention
	// Headline holds the names in the headline; Start and End index
	// d.HeadlineTokens().
	Headline []Mention
	// Entities are the document's entities, most salient first.
	Entities []Entity
}

// Analyse finds the people, places and organisations d names, in its
// headline and body: the trained tagger (meta/tagger) finds the names, and
// the word lists correct the errors it makes outside Reuters copy. Every
// name comes out in one canonical form, the fullest the document uses.
func Analyse(d *text.Doc) *Analysis {
	var w work
	w.d = d
	w.lx = lex()
	w.common = text.CommonWords()
	w.tag()
	w.correct()
	w.group()
	w.merge()
	an := &Analysis{}
	w.rank(an)
	w.mentions(an)
	return an
}

// Lists returns the canonical names of each kind, every one of them, most
// salient first: the front matter's people, places and organisations
// (templates show the first few).
func (an *Analysis) Lists() (people, places, orgs []string) {
	lists := [4][]string{}
	for _, e := range an.Entities {
		lists[e.Kind] = append(lists[e.Kind], e.Name)
	}
	return lists[Person], lists[Place], lists[Organization]
}

// Forms is Lists with every form the document uses for each entity, not
// only its canonical name ("Steve Jobs" and "Jobs"): what a measure that
// counts each form as a name of its own compares with.
func (an *Analysis) Forms() (people, places, orgs []string) {
	lists := [4][]string{}
	for _, e := range an.Entities {
		lists[e.Kind] = append(lists[e.Kind], e.Name)
		lists[e.Kind] = append(lists[e.Kind], e.Forms...)
	}
	return lists[Person], lists[Place], lists[Organization]
}

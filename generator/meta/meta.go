package meta

// Quote is a direct quotation and who said it.
type Quote struct {
	Text    string `yaml:"text" json:"text"`
	Speaker string `yaml:"speaker,omitempty" json:"speaker,omitempty"`
}

// Figure is a number with its unit and the phrase that says what it measures.
type Figure struct {
	Value   string `yaml:"value" json:"value"`
	Measure string `yaml:"measure,omitempty" json:"measure,omitempty"`
}

// Metadata is everything computed for one article.
type Metadata struct {
	Description   string   // one or two whole sentences, at most 160 characters
	Summary       string   // the lede when no key point comes from it, else empty
	KeyPoints     []string // 3-4 standalone sentences trimmed by deletion (fewer for a short article)
	WordCount     int
	ReadingTime   int // minutes, at least 1
	People        []string
	Places        []string
	Organizations []string
	Quotes        []Quote
	Figures       []Figure
	Tags          []string
}

// WordsPerMinute is a common adult reading speed for news prose.
const WordsPerMinute = 230

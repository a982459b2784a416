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
	Description   string   // at most 160 characters, cut at a word
	Summary       string   // 2-3 sentences in document order
	KeyPoints     []string // 3 standalone bullets
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

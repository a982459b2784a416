package tagger_test

import (
	"fmt"
	"strings"

	"briefing/generator/meta/tagger"
)

func Example() {
	text := "Xi Jinping arrived in Moscow on Monday. The European Union said he would meet Vladimir Putin."
	var sents [][]string
	for _, s := range tagger.Sentences(tagger.Tokenize(text)) {
		sents = append(sents, tagger.Words(s))
	}
	for _, m := range tagger.Entities().Mentions(sents) {
		fmt.Println(m.Type, strings.Join(sents[m.Sentence][m.Start:m.End], " "))
	}
	pos, chunks := tagger.POSChunks(sents[0])
	fmt.Println(pos)
	for _, s := range tagger.Spans(chunks) {
		fmt.Println(s.Type, sents[0][s.Start:s.End])
	}
	// Output:
	// PER Xi Jinping
	// LOC Moscow
	// ORG European Union
	// PER Vladimir Putin
	// [NNP NNP VBD IN NNP IN NNP .]
	// NP [Xi Jinping]
	// VP [arrived]
	// PP [in]
	// NP [Moscow]
	// PP [on]
	// NP [Monday]
}

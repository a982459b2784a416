package dedup_test

import (
	"fmt"

	"briefing/generator/dedup"
)

func ExampleGroups() {
	lead := "The central bank raised its main interest rate by a quarter of a point on Thursday, the fourth rise this year."
	more := "Economists had expected the move after figures last week showed inflation at its highest level for six years."
	docs := []dedup.Doc{
		{Headline: "Bank raises rates", Body: lead + "\n\n" + more},
		{Headline: "Tiny frog found", Body: "A new species of frog has been found in the mountain forests of the island, scientists said on Monday."},
		{Headline: "Bank raises rates again", Body: lead}, // the same story, a paragraph dropped
	}
	for _, g := range dedup.Groups(docs) {
		fmt.Println("same story:", g)
	}
	// Output:
	// same story: [0 2]
}

func ExampleMatches() {
	a := dedup.Doc{Headline: "Bank raises rates", Body: "The central bank raised its main interest rate by a quarter of a point on Thursday."}
	for _, m := range dedup.Matches([]dedup.Doc{a, a}) {
		fmt.Println(m.I, m.J, m.Exact, m.Score)
	}
	// Output:
	// 0 1 true 1
}

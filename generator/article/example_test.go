package article_test

import (
	"fmt"

	"briefing/generator/article"
)

func ExampleParse() {
	raw := "Rates held at 5%\n\nThe central bank kept rates on hold.\n\nMarkets had expected the move."
	a, err := article.Parse("inbox/2024-03-01/rates.txt", []byte(raw), article.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(a.Headline)
	fmt.Println(len(a.Paragraphs), "paragraphs")
	// Output:
	// Rates held at 5%
	// 2 paragraphs
}

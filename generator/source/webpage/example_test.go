package webpage_test

import (
	"fmt"
	"os"

	"briefing/generator/source/webpage"
)

func ExampleParse() {
	data, err := os.ReadFile("testdata/saved.html")
	if err != nil {
		fmt.Println(err)
		return
	}
	p, err := webpage.Parse("inbox/2024-03-01/bridge.html", data, webpage.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(p.Headline)
	fmt.Println(p.Byline, "-", p.Site)
	fmt.Println(p.URL)
	fmt.Println(len(p.Paragraphs), "paragraphs")
	// Output:
	// Harbour bridge reopens after two years of repairs
	// Jane Porter - The Example Gazette
	// https://news.example.com/2024/03/01/harbour-bridge-reopens-after-repairs
	// 5 paragraphs
}

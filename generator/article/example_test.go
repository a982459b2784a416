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

func ExampleDecode() {
	// "Café" as Windows-1252, the way many wire services still send it.
	text, enc, err := article.Decode("wire.txt", []byte("Caf\xe9 society\r\n"))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("%q from %s\n", text, enc)
	// Output:
	// "Café society\n" from windows-1252
}

func ExampleCheckSize() {
	err := article.CheckSize("inbox/2024-03-01/video.txt", 5<<20, article.Options{MaxBytesHint: "raise --max-bytes"})
	fmt.Println(err)
	// Output:
	// inbox/2024-03-01/video.txt: file is 5242880 bytes, over the limit of 2097152 - split it, or raise --max-bytes
}

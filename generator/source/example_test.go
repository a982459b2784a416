package source_test

import (
	"context"
	"fmt"
	"os"

	"briefing/generator/source"
)

func ExampleRead() {
	data, err := os.ReadFile("feed/testdata/atom.xml")
	if err != nil {
		fmt.Println(err)
		return
	}
	res, err := source.Read(context.Background(), "inbox/2024-03-01/port.atom", data, source.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(res.What)
	for _, it := range res.Items {
		fmt.Printf("%s (%s, %s)\n", it.Headline, it.Link, it.Fields[source.FieldDate])
	}
	// Output:
	// Atom feed
	// Cargo volumes fall to a ten-year low (https://port.example.org/news/cargo-volumes, 2024-02-29)
	// New harbour master appointed (https://port.example.org/news/harbour-master, 2024-03-01)
}

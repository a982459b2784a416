package section_test

import (
	"fmt"

	"briefing/generator/section"
)

func ExampleClassify() {
	name, confidence := section.Classify(
		"Federer beats Hewitt to reach final",
		"World number one Roger Federer beat Lleyton Hewitt in straight sets on Saturday to reach the final.",
		nil, // the default sections
	)
	fmt.Println(name, confidence > 0.5)
	// Output: Sport true
}

func ExampleClassify_allowed() {
	// The editor's own list: names are matched without regard to case and
	// through common aliases, and come back spelled as given.
	name, _ := section.Classify(
		"Oil hits record as supply fears grow",
		"Oil prices rose to a record above 55 dollars a barrel on Monday.",
		[]string{"News", "Money", "Sports"},
	)
	fmt.Println(name)
	// Output: Money
}

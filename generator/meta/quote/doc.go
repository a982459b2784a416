// Package quote finds the direct quotations of an article and who said
// them. marks.go pairs the quotation marks of each paragraph (double marks,
// straight, curly or written as two apostrophes; single marks outside
// double ones, never an apostrophe; a quotation running over paragraphs; a
// dropped closing mark); attribute.go reads the speaker off the sentence
// around each quotation ("X said", "said X", "according to X", "X told
// ...:", an apposition, any verb after a quotation ending in a comma or
// question mark, a signature after a dash: "― Pamela Padilla"), else
// off the sentences around it; resolve.go turns a pronoun or a description
// ("he", "the senator", "the group") into the person or organisation it
// stands for, by salience and gender. Speakers are the names meta/entity
// found; an outlet is credited only as the subject of a report, an
// organisation only when no person speaks.
//
// On PolNeAR's development split (see meta/evaluate.PolNeAR) the finder
// finds 0.99 of the direct quotations whose source is named, credits 0.92
// of them to that source (0.96 where the source is a name, 0.84 where it is
// "he" or "she", whose gold source is itself a guess: the nearest named
// source before), and 0.95 of what it gives are real quotations. On the
// train split: 0.99, 0.90, 0.94.
package quote

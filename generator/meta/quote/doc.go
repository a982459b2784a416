// Package quote finds the direct quotations of an article and who said
// them: the text between quotation marks, the speaker from the sentence
// around it ("X said", "said X", "according to X", "he added"), read off
// the names meta/entity found.
package quote

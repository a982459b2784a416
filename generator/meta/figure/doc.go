// Package figure finds the figures of an article worth showing (sums of
// money, percentages, counts of something) and what each measures, read
// off the phrases around it: figure.go finds the values; clause.go tags
// each sentence holding one (parts of speech and chunks, meta/tagger);
// measure.go reads the measure: the noun a value qualifies or is "of", the
// share it is of, the subject of the verb it completes, the verb a count is
// the subject of ("$147 billion" -> "trade volumes last year", "26
// militants" -> "militants killed in the operation"). A figure whose
// clause does not say clearly what it measures is left out: precision over
// recall. On the BBC corpus and the CNN dev stories no figure has an empty
// or unit-only measure; an editor's reading of 150 judged 83% (BBC) and
// 82% (CNN) right (meta/evaluate/testdata/figures-judged.tsv).
package figure

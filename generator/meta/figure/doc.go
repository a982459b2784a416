// Package figure finds the figures of an article worth showing (sums of
// money, percentages, counts of something) and, from the clause around
// each, the short phrase that says what it measures: "$147 billion" ->
// "trade volumes". figure.go reads the values; measure.go names them.
package figure

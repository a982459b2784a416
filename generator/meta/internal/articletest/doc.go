// Package articletest gives the tests and benchmarks of the meta packages
// the articles they share: a few hand-picked articles embedded here, and
// the corpus in ../shared beside the project when it is there.
package articletest

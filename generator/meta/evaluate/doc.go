// Package evaluate scores the computed metadata against reference data, the
// one home for it: ROUGE (rouge.go), the Lead-n baseline (lead.go) and a
// runner per development set, each returning a Report struct that the eval
// command prints and the tests hold to account. Reference files are read
// with article.Decode, as articles are.
package evaluate

// Package evaluate scores the computed metadata against reference data, the
// one home for it: ROUGE (rouge.go), the Lead-n baseline (lead.go) and a
// runner per development set, each returning a Report struct that the eval
// command prints and the tests hold to account: key points against the BBC
// reference summaries (bbc.go), quotations against PolNeAR's attributions
// (polnear.go), the figures whose measure is empty or only their unit
// (figures.go), and the hand judgments of figures (judged.go, testdata/).
// Reference files are read with article.Decode, as articles are.
package evaluate

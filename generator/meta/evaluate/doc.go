// Package evaluate scores the computed metadata against reference data, the
// one home for it: ROUGE with Porter stemming (rouge.go, porter.go), the
// Lead-n baseline (lead.go) and a runner per development set, each
// returning a report struct that the eval command prints and the tests
// hold to account: key points against the BBC reference summaries (bbc.go)
// and the CNN stories' highlights (cnndm.go), names against CoNLL-2003's
// development set (conll.go), quotations against PolNeAR's attributions
// (polnear.go), the figures whose measure is empty or only their unit
// (figures.go), and the hand judgments of figures (judged.go, testdata/).
// FitKeyPoints (fit.go) refits the ranker's model on the CNN stories, and
// Headroom (headroom.go) measures where its key points lose ROUGE.
// Reference files are read with article.Decode, as articles are.
package evaluate

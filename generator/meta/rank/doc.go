// Package rank chooses what a reader sees first: the key points (three or
// four), the summary that adds to them and the description. Sentences are
// scored by a logistic model over general features (position, centrality
// in a similarity graph, closeness to the headline, length, fitness to
// stand alone; rank.go, features.go) fit on the CNN development stories
// (weights.go, written by `make fit-keypoints`; fit.go), then chosen
// greedily to a word budget without repeating one another (summarize.go).
// A key point must read alone and be short: it is trimmed by deletion
// (meta/trim), a leading "He" becomes the person meant and a leading
// "However," is dropped (openers.go).
package rank

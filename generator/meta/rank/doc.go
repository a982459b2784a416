// Package rank chooses what a reader sees first: the three key points,
// the summary built from them and the description. Sentences are scored,
// without supervision, for position, centrality and closeness to the
// headline, then chosen greedily without repeating one another; a key
// point must read alone, so a leading "He" becomes the person meant and a
// leading "However," is dropped.
package rank

// Package tag picks the tags of an article: the words and two-word phrases
// that name its topic, scored by frequency, a topic word list
// (wordlists/topics.txt, embedded and read on first use) and the headline.
package tag

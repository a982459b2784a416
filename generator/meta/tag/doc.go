// Package tag picks the tags of an article from a controlled vocabulary:
// the IPTC Media Topics, the news industry's subject codes
// (wordlists/mediatopics.txt, CC BY 4.0). Some three hundred of them can
// be tags, each with the words and phrases that are evidence for it
// (wordlists/topics.txt); a topic becomes a tag when the article gives
// enough evidence, in more than one place, and its branch of the tree
// (sport, politics, health...) is what the article is about. Phrases that
// are evidence of nothing ("flight risk", "heart attack" for terrorism)
// hide the words inside them. A tag is always a topic's label, never a word
// of the article.
package tag

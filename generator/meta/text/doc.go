// Package text prepares an article for the extractors: it strips the
// furniture wire and web copy carry (bylines, datelines, credits, calls to
// action), splits the body into sentences as written, and tokenises it
// once into the words, numbers and marks every extractor reads. It also
// holds the English word knowledge they share: abbreviations, common
// words, words that open sentences, month names.
package text

// Package tagger tags words with their parts of speech (the 45 Penn
// Treebank tags), phrase chunks (BIO tags of NP, VP, PP, ADJP, ADVP, SBAR,
// PRT, ...) and named entities (BIO tags of PER, LOC, ORG and MISC), with
// three small greedy averaged-perceptron models trained on CoNLL-2003
// English and embedded in the binary. Nothing is downloaded or read from
// disk at run time.
//
//	pos, chunks := tagger.POSChunks(words)        // one sentence
//	tags := tagger.Entities().TagDoc(sentences)   // a whole document
//	names := tagger.Entities().Mentions(sentences) // its names, with confidence
//
// # Tokens
//
// The models work on plain tokens, so any tokenizer can feed them, but they
// tag best what looks like their training text, Reuters news tokenized the
// Penn Treebank way: punctuation stands alone ("Reuters ."), possessives
// and clitics are split off ("Germany 's", "does n't", "ca n't"), while
// hyphenated words, numbers ("1,000", "3.5", "1996-08-22"), initials ("M.")
// and abbreviations ("U.S.", "Mr.") stay whole, and currency signs and "%"
// are tokens of their own ("$ 147", "30 %"). [Tokenize] does exactly that
// and keeps each token's byte offsets; [Sentences] groups tokens into
// sentences. Typographic quotes, apostrophes and dashes need no mapping:
// the models read them as their ASCII forms.
//
// # Entities
//
// [Model.TagDoc] reads a document twice. The first pass sees, for each
// word, how it is written elsewhere in the document (lower case, or
// capitalised inside a sentence), which settles sentence-initial words and
// headlines set in capitals; the second pass also sees how the first pass
// tagged the word's other mentions and whether it is part of a longer name
// elsewhere ("Jobs" after "Steve Jobs"). Pass whole documents.
//
// [Model.Mentions] gives each name's confidence: the least margin, over its
// words, of the chosen tag over the runner-up. Listing a name only when one
// of its mentions reaches [Confident] trades a little recall for precision.
//
// # Figures
//
// On CoNLL-2003's development set (`make train-ner` prints them; the test
// set was never used), through this package's API:
//
//	part of speech    accuracy 0.949
//	chunks            phrase F1 0.911 (conlleval)
//	entities          phrase F1 0.911 (conlleval): PER 0.941, LOC 0.945, ORG 0.850, MISC 0.870
//	names per document (PER, LOC, ORG; exact, case-insensitive)
//	  all mentions    P 0.899 R 0.935 F1 0.916
//	  >= Confident    P 0.929 R 0.912 F1 0.921
//
// Figures move by about 0.003 with the order training examples are shown
// in. Reuters' test set, which judges the work, is harder than its
// development set: expect lower figures there.
//
// On one core of the 2-core development machine (go test -bench .), the
// entity passes take about 0.3 ms for a 500-word article (0.6 µs a token),
// parts of speech and chunks together about 0.2 ms for ten sentences, and
// Tokenize about 65 µs an article. The three models (2.0 MB embedded) load
// on first use, never at start-up: 2 ms warm, about 20 ms of CPU in a fresh
// process (page faults, mostly), and then hold 3.8 MB of memory.
//
// Models are safe for concurrent use.
package tagger

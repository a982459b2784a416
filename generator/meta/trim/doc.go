// Package trim shortens a sentence by deletion only, so that a key point
// says its news in as few words as the sentence allows: it drops
// attribution tails (", police said"), leading time and place phrases
// ("On Wednesday,"), parentheticals, non-restrictive appositives and
// relative clauses, and trailing participial clauses. It finds where
// those phrases begin and end with the tagger's parts of speech and
// chunks, never cuts inside a quotation, never alters a name or a number,
// and keeps a cut only when what is left still reads as a whole sentence
// (see Broken).
package trim

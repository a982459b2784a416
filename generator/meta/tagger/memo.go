package tagger

import "encoding/binary"

// Memo remembers the parts of speech and chunks of the sentences tagged
// for one document, so that steps reading the same sentence (a figure's
// and a key point's trimming) tag it once. Its results are shared: callers
// must not change them. A Memo belongs to one document's computation and
// is not safe for concurrent use; a nil *Memo tags without remembering.
type Memo struct {
	tagged map[string]memoTags
	key    []byte // scratch for the lookup key
}

type memoTags struct{ pos, chunks []string }

// POSChunks is [POSChunks], tagging words only the first time the memo
// sees them.
func (m *Memo) POSChunks(words []string) (pos, chunks []string) {
	if m == nil {
		return POSChunks(words)
	}
	// Each word prefixed by its length: no two word lists share a key.
	if m.key == nil {
		m.key = make([]byte, 0, 512) // a long sentence's, grown once
	}
	m.key = m.key[:0]
	for _, w := range words {
		m.key = binary.AppendUvarint(m.key, uint64(len(w)))
		m.key = append(m.key, w...)
	}
	if t, ok := m.tagged[string(m.key)]; ok {
		return t.pos, t.chunks
	}
	pos, chunks = POSChunks(words)
	if m.tagged == nil {
		m.tagged = make(map[string]memoTags)
	}
	m.tagged[string(m.key)] = memoTags{pos, chunks}
	return pos, chunks
}

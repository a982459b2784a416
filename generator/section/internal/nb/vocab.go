package nb

import (
	"encoding/binary"
	"hash/maphash"
)

// vocabIndex is Vocab laid out for Score's lookups, one per word of a
// story: open addressing over flat slots that hold a word's first eight
// bytes and its length, so that most lookups read one cache line where a
// map reads its control word, then the key's header, then the key.
type vocabIndex struct {
	seed  maphash.Seed
	slots []vocabSlot // a power of two, at most half full
	words []string    // by feature index: the rest of words longer than 8 bytes
}

type vocabSlot struct {
	head uint64 // the word's first 8 bytes, zero-padded
	n    int32  // its length; 0 marks an empty slot (words are never empty)
	i    int32  // its feature index
}

func newVocabIndex(vocab map[string]int32) *vocabIndex {
	size := 64
	for size < 2*len(vocab) {
		size *= 2
	}
	x := &vocabIndex{seed: maphash.MakeSeed(), slots: make([]vocabSlot, size), words: make([]string, len(vocab))}
	mask := uint64(size - 1)
	for w, i := range vocab {
		if w == "" {
			continue // no token is empty
		}
		x.words[i] = w
		for k := maphash.String(x.seed, w) & mask; ; k = (k + 1) & mask {
			if x.slots[k].n == 0 {
				x.slots[k] = vocabSlot{head: head(w), n: int32(len(w)), i: i}
				break
			}
		}
	}
	return x
}

// find returns the feature index of w, or -1.
func (x *vocabIndex) find(w []byte) int32 {
	mask := uint64(len(x.slots) - 1)
	h, n := head(string(w)), int32(len(w))
	for k := maphash.Bytes(x.seed, w) & mask; ; k = (k + 1) & mask {
		s := &x.slots[k]
		switch {
		case s.n == 0:
			return -1
		case s.n == n && s.head == h && (n <= 8 || x.words[s.i][8:] == string(w[8:])):
			return s.i
		}
	}
}

// head is the first 8 bytes of w, zero-padded, as a number.
func head(w string) uint64 {
	var b [8]byte
	copy(b[:], w)
	return binary.LittleEndian.Uint64(b[:])
}

package tagger

import (
	_ "embed"
	"fmt"
	"sync"

	"briefing/generator/meta/tagger/internal/ptron"
)

var (
	//go:embed models/pos.bin
	posBin []byte
	//go:embed models/chunk.bin
	chunkBin []byte
	//go:embed models/ner.bin
	nerBin []byte
)

var (
	posModel   = sync.OnceValue(func() *Model { return mustLoad("pos", posBin, ptron.KindPOS) })
	chunkModel = sync.OnceValue(func() *Model { return mustLoad("chunk", chunkBin, ptron.KindChunk) })
	nerModel   = sync.OnceValue(func() *Model { return mustLoad("ner", nerBin, ptron.KindNER1, ptron.KindNER2) })
)

// POS returns the part-of-speech tagger (45 Penn Treebank tags).
func POS() *Model { return posModel() }

// Chunks returns the phrase chunker: B-/I- tags of NP, VP, PP, ADJP, ADVP,
// SBAR, PRT, CONJP, INTJ and LST phrases, O outside them.
func Chunks() *Model { return chunkModel() }

// Entities returns the named-entity tagger: B-/I- tags of PER, LOC, ORG
// and MISC names, O outside them. Prefer [Model.TagDoc] over whole
// documents: how a word is written and tagged elsewhere in the document
// helps to tag it.
func Entities() *Model { return nerModel() }

// Model is one of the package's taggers.
type Model struct {
	name   string
	passes []*ptron.Model // NER: first and second pass
	pool   sync.Pool      // *state
}

// state is the working memory of one call.
type state struct {
	sc    ptron.Scratch
	sents []ptron.Sent
	ptrs  []*ptron.Sent
	tags  [][]uint8
	mg    [][]int32
	pos   []uint8
}

func mustLoad(name string, data []byte, kinds ...ptron.Kind) *Model {
	ms, err := ptron.Decode(data)
	if err == nil && len(ms) != len(kinds) {
		err = fmt.Errorf("%d models, want %d", len(ms), len(kinds))
	}
	for i := 0; err == nil && i < len(ms); i++ {
		if ms[i].Kind != kinds[i] {
			err = fmt.Errorf("model %d is of kind %d, want %d", i, ms[i].Kind, kinds[i])
		}
	}
	if err != nil {
		// the file is embedded at build time: a bad one is a build defect
		panic(fmt.Sprintf("tagger: embedded %s model: %v", name, err))
	}
	m := &Model{name: name, passes: ms}
	m.pool.New = func() any { return &state{} }
	return m
}

// Tags lists the tags the model gives.
func (m *Model) Tags() []string { return append([]string(nil), m.passes[0].Classes...) }

// Tag tags one sentence's words, one tag per word. The chunker tags the
// words' parts of speech first (see [Model.TagWithPOS]); the entity tagger
// sees the sentence as a document of its own (see [Model.TagDoc]).
func (m *Model) Tag(words []string) []string {
	return m.TagDoc([][]string{words})[0]
}

// TagWithPOS chunks a sentence whose parts of speech are known (from
// POS().Tag), sparing the chunker from tagging them again. Other models
// ignore pos.
func (m *Model) TagWithPOS(words, pos []string) []string {
	if m.passes[0].Kind != ptron.KindChunk {
		return m.Tag(words)
	}
	if len(pos) != len(words) {
		panic("tagger: TagWithPOS: one part of speech per word")
	}
	st := m.get(1)
	s := st.prepare(0, words)
	ptron.SetPOSStrings(s, pos)
	out := m.finish(st, s, 0)
	m.pool.Put(st)
	return out
}

// POSChunks tags a sentence's parts of speech and chunks in one go: the
// cheapest way to get both.
func POSChunks(words []string) (pos, chunks []string) {
	m, pm := Chunks(), POS()
	st := m.get(1)
	defer m.pool.Put(st)
	s := st.prepare(0, words)
	st.pos = grow(st.pos, len(words))
	pm.passes[0].Tag(s, st.pos, nil, &st.sc)
	ptron.SetPOS(s, pm.passes[0], st.pos)
	return pm.names(st.pos), m.finish(st, s, 0)
}

// TagDoc tags every sentence of a document. The entity tagger reads the
// whole document twice: a name's other mentions decide doubtful ones
// ("Jobs" after "Steve Jobs", a headline in capitals). Other models tag the
// sentences one by one.
func (m *Model) TagDoc(sents [][]string) [][]string {
	out := make([][]string, len(sents))
	m.tagDoc(sents, func(k int, tags []uint8, _ []int32) {
		out[k] = m.names(tags)
	}, false)
	return out
}

// tagDoc tags sents and hands each sentence's tags (and, when margins is
// set, the entity tagger's confidence per word) to emit.
func (m *Model) tagDoc(sents [][]string, emit func(k int, tags []uint8, margins []int32), margins bool) {
	st := m.get(len(sents))
	defer m.pool.Put(st)
	first := m.passes[0]
	for k, words := range sents {
		s := st.prepare(k, words)
		switch first.Kind {
		case ptron.KindChunk:
			pos := POS().passes[0]
			st.pos = grow(st.pos, len(words))
			pos.Tag(s, st.pos, nil, &st.sc)
			ptron.SetPOS(s, pos, st.pos)
			fallthrough
		case ptron.KindPOS:
			var mg []int32
			if margins {
				mg = st.mg[k]
			}
			first.Tag(s, st.tags[k], mg, &st.sc)
			emit(k, st.tags[k], mg)
		}
	}
	if first.Kind != ptron.KindNER1 {
		return
	}
	var mg [][]int32
	if margins {
		mg = st.mg
	}
	ptron.TagDoc(first, m.passes[1], st.ptrs[:len(sents)], st.tags[:len(sents)], mg, &st.sc)
	for k := range sents {
		var row []int32
		if margins {
			row = mg[k]
		}
		emit(k, st.tags[k], row)
	}
}

func (m *Model) get(n int) *state {
	st := m.pool.Get().(*state)
	for len(st.sents) < n {
		st.sents = append(st.sents, ptron.Sent{})
	}
	st.ptrs = st.ptrs[:0]
	for i := range n {
		st.ptrs = append(st.ptrs, &st.sents[i])
	}
	for len(st.tags) < n {
		st.tags = append(st.tags, nil)
		st.mg = append(st.mg, nil)
	}
	return st
}

// prepare readies sentence k of the call.
func (st *state) prepare(k int, words []string) *ptron.Sent {
	s := &st.sents[k]
	s.Toks, s.Caps = ptron.PrepareSentence(s.Toks, words)
	s.POS = s.POS[:0]
	st.tags[k] = grow(st.tags[k], len(words))
	st.mg[k] = grow(st.mg[k], len(words))
	return s
}

func (m *Model) finish(st *state, s *ptron.Sent, k int) []string {
	m.passes[0].Tag(s, st.tags[k], nil, &st.sc)
	return m.names(st.tags[k])
}

func (m *Model) names(tags []uint8) []string {
	cls := m.passes[0].Classes
	out := make([]string, len(tags))
	for i, t := range tags {
		out[i] = cls[t]
	}
	return out
}

func grow[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	return s[:n]
}

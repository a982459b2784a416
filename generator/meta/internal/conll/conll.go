// Package conll reads CoNLL-2003 files (word, part of speech, chunk and
// entity columns; documents separated by -DOCSTART- lines) and scores tag
// sequences the way conlleval does.
package conll

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"
)

// Sentence is one sentence with its four columns, tags in BIO form.
type Sentence struct {
	Words, POS, Chunks, Entities []string
}

// Doc is one -DOCSTART- document.
type Doc []Sentence

// ReadFile reads a CoNLL-2003 file.
func ReadFile(name string) ([]Doc, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	docs, err := Read(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return docs, nil
}

// Read parses CoNLL-2003 text. Chunk and entity columns in IOB1 (where B-
// only separates two adjacent phrases of one type) are converted to BIO.
func Read(r io.Reader) ([]Doc, error) {
	var (
		docs []Doc
		doc  Doc
		cur  Sentence
		line int
	)
	flushSent := func() {
		if len(cur.Words) > 0 {
			cur.Chunks = ToBIO(cur.Chunks)
			cur.Entities = ToBIO(cur.Entities)
			doc = append(doc, cur)
		}
		cur = Sentence{}
	}
	flushDoc := func() {
		flushSent()
		if len(doc) > 0 {
			docs = append(docs, doc)
		}
		doc = nil
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	for sc.Scan() {
		line++
		text := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(text) == "" {
			flushSent()
			continue
		}
		f := strings.Fields(text)
		if f[0] == "-DOCSTART-" {
			flushDoc()
			continue
		}
		if len(f) != 4 {
			return nil, fmt.Errorf("line %d: want 4 columns, got %d", line, len(f))
		}
		cur.Words = append(cur.Words, f[0])
		cur.POS = append(cur.POS, f[1])
		cur.Chunks = append(cur.Chunks, f[2])
		cur.Entities = append(cur.Entities, f[3])
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("line %d: %w", line, err)
	}
	flushDoc()
	return docs, nil
}

// ToBIO rewrites IOB1 tags as BIO (IOB2) in place: an I-X that does not
// continue a phrase of type X becomes B-X. BIO input comes back unchanged.
func ToBIO(tags []string) []string {
	prev := "O"
	for i, t := range tags {
		if strings.HasPrefix(t, "I-") && (prev == "O" || prev[2:] != t[2:]) {
			tags[i] = "B-" + t[2:]
		}
		prev = tags[i]
		if prev != "O" && len(prev) < 2 {
			prev = "O"
		}
	}
	return tags
}

package nb

import (
	"bytes"
	"compress/gzip"
	"encoding/gob"
	"fmt"
	"io"
	"math"
)

// The model file: a gzipped gob of this struct. Log-probabilities are
// stored as int16 in units of 1/logUnit: the rounding (under 0.0005 nats a
// feature) changes no decision we measured, and halves the file.
type file struct {
	Version    int
	Classes    []string
	Words      []string // sorted; a feature's index is its row
	LogP       []int16  // feature-major, len(Words)*len(Classes)
	HeadWeight float32
	Bigrams    bool
	Scale      float32
}

const (
	fileVersion = 1
	logUnit     = 1024
)

// Encode writes the model in its file form. The bytes depend only on the
// model, so retraining on the same data gives the same file.
func (m *Model) Encode(w io.Writer) error {
	f := file{Version: fileVersion, Classes: m.Classes, HeadWeight: m.HeadWeight, Bigrams: m.Bigrams, Scale: m.Scale}
	f.Words = make([]string, len(m.Vocab))
	for w, i := range m.Vocab {
		f.Words[i] = w
	}
	f.LogP = make([]int16, len(m.LogP))
	for i, lp := range m.LogP {
		q := math.Round(float64(lp) * logUnit)
		if q < math.MinInt16 {
			q = math.MinInt16
		}
		f.LogP[i] = int16(q)
	}
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	if err := gob.NewEncoder(zw).Encode(&f); err != nil {
		return err
	}
	return zw.Close()
}

// Decode reads a model written by Encode.
func Decode(b []byte) (*Model, error) {
	zr, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		return nil, fmt.Errorf("section model: %w", err)
	}
	var f file
	if err := gob.NewDecoder(zr).Decode(&f); err != nil {
		return nil, fmt.Errorf("section model: %w", err)
	}
	if f.Version != fileVersion {
		return nil, fmt.Errorf("section model: version %d, want %d", f.Version, fileVersion)
	}
	if len(f.Classes) == 0 || len(f.LogP) != len(f.Words)*len(f.Classes) {
		return nil, fmt.Errorf("section model: %d weights for %d words and %d classes", len(f.LogP), len(f.Words), len(f.Classes))
	}
	m := &Model{Classes: f.Classes, HeadWeight: f.HeadWeight, Bigrams: f.Bigrams, Scale: f.Scale}
	m.Vocab = make(map[string]int32, len(f.Words))
	for i, w := range f.Words {
		m.Vocab[w] = int32(i)
	}
	m.LogP = make([]float32, len(f.LogP))
	for i, q := range f.LogP {
		m.LogP[i] = float32(q) / logUnit
	}
	return m, nil
}

// Quantized returns the model as Decode would return it after Encode, so
// that evaluation scores exactly what ships.
func (m *Model) Quantized() *Model {
	var buf bytes.Buffer
	if err := m.Encode(&buf); err != nil {
		panic(err) // writing to memory cannot fail
	}
	q, err := Decode(buf.Bytes())
	if err != nil {
		panic(err)
	}
	return q
}

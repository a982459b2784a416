package ptron

import (
	"bytes"
	"compress/flate"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
)

// magic opens every model file; the number is the format's version.
const magic = "BTAGGER1"

// Encode writes models in the model format: the magic, the number of
// models, then per model the length of its deflated body and the body:
// header, class names, per-bucket entry counts, and the entries split into
// byte planes (classes, weight low bytes, weight high bytes), which deflate
// compresses far better than interleaved entries.
func Encode(w io.Writer, models ...*Model) error {
	out := bytes.NewBufferString(magic)
	out.WriteByte(byte(len(models)))
	for _, m := range models {
		var z bytes.Buffer
		zw, err := flate.NewWriter(&z, flate.BestCompression)
		if err != nil {
			return err
		}
		if _, err := zw.Write(m.body()); err != nil {
			return err
		}
		if err := zw.Close(); err != nil {
			return err
		}
		binary.Write(out, binary.LittleEndian, uint32(z.Len()))
		out.Write(z.Bytes())
	}
	_, err := w.Write(out.Bytes())
	return err
}

func (m *Model) body() []byte {
	var body bytes.Buffer
	body.WriteByte(byte(m.Kind))
	body.WriteByte(m.Bits)
	body.WriteByte(byte(len(m.Classes)))
	for _, c := range m.Classes {
		body.WriteByte(byte(len(c)))
		body.WriteString(c)
	}
	binary.Write(&body, binary.LittleEndian, math.Float32bits(m.Scale))
	var tmp [binary.MaxVarintLen32]byte
	for b := 0; b+1 < len(m.off); b++ {
		body.Write(tmp[:binary.PutUvarint(tmp[:], uint64(m.off[b+1]-m.off[b]))])
	}
	for _, e := range m.ent {
		body.WriteByte(byte(e))
	}
	for _, e := range m.ent {
		body.WriteByte(byte(e >> 16))
	}
	for _, e := range m.ent {
		body.WriteByte(byte(e >> 24))
	}
	return body.Bytes()
}

var errFormat = errors.New("not a tagger model")

// Decode reads the models written by Encode.
func Decode(data []byte) ([]*Model, error) {
	if !bytes.HasPrefix(data, []byte(magic)) || len(data) < len(magic)+1 {
		return nil, errFormat
	}
	n := int(data[len(magic)])
	data = data[len(magic)+1:]
	var out []*Model
	for range n {
		if len(data) < 4 {
			return nil, errFormat
		}
		l := binary.LittleEndian.Uint32(data)
		if uint64(l) > uint64(len(data)-4) {
			return nil, errFormat
		}
		m, err := decodeOne(data[4 : 4+l])
		if err != nil {
			return nil, err
		}
		out = append(out, m)
		data = data[4+l:]
	}
	if len(data) != 0 {
		return nil, errFormat
	}
	return out, nil
}

func decodeOne(z []byte) (*Model, error) {
	body, err := io.ReadAll(flate.NewReader(bytes.NewReader(z)))
	if err != nil {
		return nil, fmt.Errorf("tagger model: %w", err)
	}
	r := bytes.NewReader(body)
	var hdr [3]byte
	if _, err := io.ReadFull(r, hdr[:]); err != nil {
		return nil, errFormat
	}
	m := &Model{Kind: Kind(hdr[0]), Bits: hdr[1]}
	if m.Bits == 0 || m.Bits > 28 || hdr[2] == 0 {
		return nil, errFormat
	}
	var classes []string
	for range int(hdr[2]) {
		l, err := r.ReadByte()
		if err != nil {
			return nil, errFormat
		}
		name := make([]byte, l)
		if _, err := io.ReadFull(r, name); err != nil {
			return nil, errFormat
		}
		classes = append(classes, string(name))
	}
	m.Tagset = NewTagset(classes)
	var bits uint32
	if err := binary.Read(r, binary.LittleEndian, &bits); err != nil {
		return nil, errFormat
	}
	m.Scale = math.Float32frombits(bits)
	buckets := 1 << m.Bits
	m.off = make([]uint32, buckets+1)
	for b := range buckets {
		n, err := binary.ReadUvarint(r)
		if err != nil || n > uint64(len(m.Classes)) {
			return nil, errFormat
		}
		m.off[b+1] = m.off[b] + uint32(n)
	}
	total := int(m.off[buckets])
	rest := body[len(body)-r.Len():]
	if len(rest) != 3*total {
		return nil, errFormat
	}
	m.ent = make([]uint32, total)
	for i := range m.ent {
		c := rest[i]
		if int(c) >= len(m.Classes) {
			return nil, errFormat
		}
		m.ent[i] = uint32(rest[total+i])<<16 | uint32(rest[2*total+i])<<24 | uint32(c)
	}
	return m, nil
}

// Size reports the number of buckets and stored weights.
func (m *Model) Size() (buckets, weights int) { return len(m.off) - 1, len(m.ent) }

package ptron

import (
	"bytes"
	"encoding/binary"
	"errors"
	"io"
	"math"
	"slices"
)

// magic opens every model file; the number is the format's version.
const magic = "BTAGGER2"

// Encode writes models in the model format: the magic, the number of
// models, then per model the length of its body and the body: header,
// class names, per-bucket entry counts, the entries split into byte planes
// (classes, weight low bytes, weight high bytes), and the word dictionary.
// Bodies are not compressed: deflate would save a third of the bytes but
// take most of the loading time, and git compresses them anyway.
func Encode(w io.Writer, models ...*Model) error {
	out := bytes.NewBufferString(magic)
	out.WriteByte(byte(len(models)))
	for _, m := range models {
		body := m.body()
		binary.Write(out, binary.LittleEndian, uint32(len(body)))
		out.Write(body)
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
	keys := make([]uint64, 0, len(m.Dict))
	for k := range m.Dict {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	body.Write(tmp[:binary.PutUvarint(tmp[:], uint64(len(keys)))])
	for _, k := range keys {
		binary.Write(&body, binary.LittleEndian, k)
		body.WriteByte(m.Dict[k])
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

func decodeOne(body []byte) (*Model, error) {
	d := decoder{b: body}
	m := &Model{Kind: Kind(d.byte()), Bits: d.byte()}
	nc := int(d.byte())
	if d.bad || m.Bits == 0 || m.Bits > 24 || nc == 0 {
		return nil, errFormat
	}
	classes := make([]string, nc)
	for i := range classes {
		classes[i] = string(d.bytes(int(d.byte())))
	}
	m.Tagset = NewTagset(classes)
	m.Scale = math.Float32frombits(binary.LittleEndian.Uint32(d.bytes(4)))
	buckets := 1 << m.Bits
	if len(d.b) < buckets { // a count per bucket, a byte at least
		return nil, errFormat
	}
	m.off = make([]uint32, buckets+1)
	for b := range buckets {
		n := d.uvarint()
		if n > uint64(nc) {
			return nil, errFormat
		}
		m.off[b+1] = m.off[b] + uint32(n)
	}
	total := int(m.off[buckets])
	cls, lo, hi := d.bytes(total), d.bytes(total), d.bytes(total)
	if d.bad {
		return nil, errFormat
	}
	m.ent = make([]uint32, total)
	for i := range m.ent {
		if int(cls[i]) >= nc {
			return nil, errFormat
		}
		m.ent[i] = uint32(lo[i])<<16 | uint32(hi[i])<<24 | uint32(cls[i])
	}
	if n := d.uvarint(); n > 0 {
		if n > uint64(len(d.b)/9) {
			return nil, errFormat
		}
		m.Dict = make(map[uint64]uint8, n)
		for range n {
			k := binary.LittleEndian.Uint64(d.bytes(8))
			c := d.byte()
			if d.bad || int(c) >= nc {
				return nil, errFormat
			}
			m.Dict[k] = c
		}
	}
	if d.bad || len(d.b) != 0 {
		return nil, errFormat
	}
	return m, nil
}

// decoder reads a model body; past its end it gives zeros and sets bad.
type decoder struct {
	b   []byte
	bad bool
}

var zeros [8]byte

func (d *decoder) bytes(n int) []byte {
	if n > len(d.b) {
		d.bad = true
		d.b = nil
		if n <= len(zeros) {
			return zeros[:n]
		}
		return nil
	}
	out := d.b[:n]
	d.b = d.b[n:]
	return out
}

func (d *decoder) byte() byte { return d.bytes(1)[0] }

func (d *decoder) uvarint() uint64 {
	v, n := binary.Uvarint(d.b)
	if n <= 0 {
		d.bad = true
		d.b = nil
		return 0
	}
	d.b = d.b[n:]
	return v
}

// Used counts the buckets that hold a weight.
func (m *Model) Used() int {
	n := 0
	for b := 0; b+1 < len(m.off); b++ {
		if m.off[b+1] > m.off[b] {
			n++
		}
	}
	return n
}

// Size reports the number of buckets and stored weights.
func (m *Model) Size() (buckets, weights int) { return len(m.off) - 1, len(m.ent) }

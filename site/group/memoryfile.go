package group

import (
	"encoding/binary"
	"errors"
)

// A Memory is millions of numbers (at 100,000 articles: 2.3 million edge
// partners and scores, 50 MB of bags). Gob writes and reads each number on
// its own, which took half a second each way; MarshalBinary lays every list
// down as its raw little-endian words, which any encoder (gob included)
// then carries as one byte string.

// memoryFormat changes whenever the layout below does, or that of an entry
// in it (format 5: a bag starts with its weekday, and its weights follow
// all its ids, see appendBag; 6: the index keys; 7: the rows' searches;
// 8: without their hashes; 9: adoption's links).
const memoryFormat = 9

// errMemory is a memory that does not decode.
var errMemory = errors.New("damaged grouping memory")

// MarshalBinary encodes the memory: its format, then every list in a fixed
// order (see columns).
func (m *Memory) MarshalBinary() ([]byte, error) {
	var size columnSizer
	m.columns(&size)
	w := &columnWriter{b: make([]byte, 1, 1+int(size))} // grown once: copies of 90 MB were most of the time
	w.b[0] = memoryFormat
	m.columns(w)
	return w.b, nil
}

// UnmarshalBinary decodes what MarshalBinary wrote, or fails without
// panicking on anything else.
func (m *Memory) UnmarshalBinary(data []byte) error {
	if len(data) == 0 || data[0] != memoryFormat {
		return errMemory
	}
	r := &columnReader{b: data[1:]}
	var out Memory
	out.columns(r)
	if r.err != nil || len(r.b) > 0 {
		return errMemory
	}
	*m = out
	return nil
}

// columns hands every list of the memory to c, in the file's order; c
// writes or reads them.
func (m *Memory) columns(c columnCodec) {
	c.strings(&m.IDs)
	c.uint64s(&m.Sigs)
	c.merges(&m.Merges)
	c.int32s(&m.RowEnds)
	c.int32s(&m.Partners)
	c.float64s(&m.Scores)
	c.int32s(&m.RowBest)
	c.float64s(&m.RowCuts)
	c.int32s(&m.RowSearched)
	c.int32s(&m.EdgeA)
	c.int32s(&m.EdgeB)
	c.float64s(&m.EdgeScores)
	c.uint64s(&m.LinkA)
	c.uint64s(&m.LinkB)
	c.float64s(&m.Links)
	rm := &m.Related
	c.int32s(&rm.Founders)
	c.uint64s(&rm.Sigs)
	c.int32s(&rm.KeyEnds)
	c.uint64s(&rm.Keys)
	c.int32s(&rm.FoundEnds)
	c.int32s(&rm.Found)
	c.float64s(&rm.FoundScores)
	bm := &m.Bags
	c.uint64s(&bm.Texts)
	c.string(&bm.Bags)
	c.int64s(&bm.BagEnds)
	c.string(&bm.Terms)
	c.int32s(&bm.TermEnds)
	c.uint64s(&m.Vecs)
	c.int32s(&m.KeyEnds)
	c.int32s(&m.Keys)
}

// columnCodec writes or reads lists; a list is its length plus one (0 for
// nil), then its items; numbers are raw little-endian words; merges are a
// list per field.
type columnCodec interface {
	strings(*[]string)
	string(*string)
	int32s(*[]int32)
	int64s(*[]int64)
	uint64s(*[]uint64)
	float64s(*[]float64)
	merges(*[]Merge)
}

// columnSizer counts, at most, the bytes a columnWriter writes.
type columnSizer int

func (z *columnSizer) add(n int) { *z += columnSizer(binary.MaxVarintLen64 + n) }
func (z *columnSizer) strings(ss *[]string) {
	z.add(0)
	for _, s := range *ss {
		z.add(len(s))
	}
}
func (z *columnSizer) string(s *string)       { z.add(len(*s)) }
func (z *columnSizer) int32s(xs *[]int32)     { z.add(4 * len(*xs)) }
func (z *columnSizer) int64s(xs *[]int64)     { z.add(8 * len(*xs)) }
func (z *columnSizer) uint64s(xs *[]uint64)   { z.add(8 * len(*xs)) }
func (z *columnSizer) float64s(xs *[]float64) { z.add(8 * len(*xs)) }
func (z *columnSizer) merges(ms *[]Merge)     { z.add(24 * len(*ms)) }

type columnWriter struct{ b []byte }

func (w *columnWriter) length(isNil bool, n int) {
	if isNil {
		w.b = binary.AppendUvarint(w.b, 0)
		return
	}
	w.b = binary.AppendUvarint(w.b, uint64(n)+1)
}

func (w *columnWriter) strings(ss *[]string) {
	w.length(*ss == nil, len(*ss))
	for _, s := range *ss {
		w.b = appendText(w.b, s)
	}
}

func (w *columnWriter) string(s *string) { w.b = appendText(w.b, *s) }

func (w *columnWriter) int32s(xs *[]int32)     { w.words(*xs == nil, len(*xs), *xs) }
func (w *columnWriter) int64s(xs *[]int64)     { w.words(*xs == nil, len(*xs), *xs) }
func (w *columnWriter) uint64s(xs *[]uint64)   { w.words(*xs == nil, len(*xs), *xs) }
func (w *columnWriter) float64s(xs *[]float64) { w.words(*xs == nil, len(*xs), *xs) }

// words appends a list of fixed-size numbers as raw little-endian words.
func (w *columnWriter) words(isNil bool, n int, xs any) {
	w.length(isNil, n)
	w.b, _ = binary.Append(w.b, binary.LittleEndian, xs) // a slice of fixed-size numbers always encodes
}

func (w *columnWriter) merges(ms *[]Merge) {
	w.length(*ms == nil, len(*ms))
	score := make([]float64, len(*ms))
	ends := make([]int32, 4*len(*ms))
	for k, m := range *ms {
		score[k] = m.Score
		ends[4*k], ends[4*k+1], ends[4*k+2], ends[4*k+3] = m.A, m.B, m.SA, m.SB
	}
	w.b, _ = binary.Append(w.b, binary.LittleEndian, score)
	w.b, _ = binary.Append(w.b, binary.LittleEndian, ends)
}

type columnReader struct {
	b   []byte
	err error
}

// length reads a list's length, for items of at least least bytes each;
// false for nil or after an error.
func (r *columnReader) length(least int) (int, bool) {
	if r.err != nil {
		return 0, false
	}
	v, n := binary.Uvarint(r.b)
	if n <= 0 || (v > 0 && v-1 > uint64(len(r.b)-n)/uint64(least)) {
		r.err = errMemory
		return 0, false
	}
	r.b = r.b[n:]
	return int(v) - 1, v > 0
}

// take is the next n bytes, which length has checked are there.
func (r *columnReader) take(n int) []byte {
	out := r.b[:n]
	r.b = r.b[n:]
	return out
}

func (r *columnReader) strings(ss *[]string) {
	n, ok := r.length(1)
	if !ok {
		return
	}
	*ss = make([]string, n)
	for k := range *ss {
		r.string(&(*ss)[k])
	}
}

func (r *columnReader) string(s *string) {
	if r.err != nil {
		return
	}
	v, n := binary.Uvarint(r.b)
	if n <= 0 || v > uint64(len(r.b)-n) {
		r.err = errMemory
		return
	}
	r.b = r.b[n:]
	*s = string(r.take(int(v)))
}

func (r *columnReader) int32s(xs *[]int32)     { readWords(r, xs) }
func (r *columnReader) int64s(xs *[]int64)     { readWords(r, xs) }
func (r *columnReader) uint64s(xs *[]uint64)   { readWords(r, xs) }
func (r *columnReader) float64s(xs *[]float64) { readWords(r, xs) }

// readWords reads a list of fixed-size numbers.
func readWords[T int32 | int64 | uint64 | float64](r *columnReader, xs *[]T) {
	size := binary.Size(T(0))
	if n, ok := r.length(size); ok {
		*xs = make([]T, n)
		r.words(*xs, size*n)
	}
}

// words reads size bytes of raw little-endian words into xs.
func (r *columnReader) words(xs any, size int) {
	if _, err := binary.Decode(r.take(size), binary.LittleEndian, xs); err != nil {
		r.err = errMemory
	}
}

func (r *columnReader) merges(ms *[]Merge) {
	n, ok := r.length(24)
	if !ok {
		return
	}
	score, ends := make([]float64, n), make([]int32, 4*n)
	r.words(score, 8*n)
	r.words(ends, 16*n)
	*ms = make([]Merge, n)
	for k := range *ms {
		(*ms)[k] = Merge{Score: score[k], A: ends[4*k], B: ends[4*k+1], SA: ends[4*k+2], SB: ends[4*k+3]}
	}
}

package group

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"errors"
	"io"
	"unsafe"
)

// A Memory is millions of numbers (at 100,000 articles: 2.3 million edge
// partners and scores, 50 MB of bags). Gob writes and reads each number on
// its own, which took half a second each way; WriteMemory lays every list
// down as its raw little-endian words, which ReadMemory then uses in place
// (and MarshalBinary gives gob as one byte string).

// memoryFormat changes whenever the layout below does, or that of an entry
// in it (format 5: a bag starts with its weekday, and its weights follow
// all its ids, see appendBag; 6: the index keys; 7: the rows' searches;
// 8: without their hashes; 9: adoption's links; 10: lists of numbers start
// at multiples of their size, see WriteMemory).
const memoryFormat = 10

// errMemory is a memory that does not decode.
var errMemory = errors.New("damaged grouping memory")

// WriteMemory writes m to w: its format, then every list in a fixed order
// (see columns). at is where in its file the encoding starts: each list of
// numbers is padded to start at a multiple of its size there, so a reader
// of the whole file (ReadMemory) can use the lists where they lie. Written
// as they lie too, the lists are never copied into one buffer first; at
// 100,000 articles that buffer was 130 MB of fresh pages every build.
func WriteMemory(w io.Writer, m *Memory, at int64) error {
	cw := &columnWriter{w: bufio.NewWriterSize(w, 1<<16), at: at}
	cw.write([]byte{memoryFormat})
	m.columns(cw)
	if cw.err != nil {
		return cw.err
	}
	return cw.w.Flush()
}

// ReadMemory decodes what WriteMemory wrote, or fails without panicking on
// anything else. The memory's lists are views of b where b holds them
// aligned and the machine is little-endian, as every machine digest runs
// on is: b must not change afterwards. Copying them took as long as the
// rest of reading the file.
func ReadMemory(b []byte) (*Memory, error) {
	if len(b) == 0 || b[0] != memoryFormat {
		return nil, errMemory
	}
	r := &columnReader{b: b[1:]}
	var m Memory
	m.columns(r)
	if r.err != nil || len(r.b) > 0 {
		return nil, errMemory
	}
	return &m, nil
}

// MarshalBinary encodes the memory as WriteMemory does, at the start of a
// file.
func (m *Memory) MarshalBinary() ([]byte, error) {
	var buf bytes.Buffer
	err := WriteMemory(&buf, m, 0)
	return buf.Bytes(), err
}

// UnmarshalBinary decodes what MarshalBinary wrote, from a copy of data,
// which the caller may then reuse.
func (m *Memory) UnmarshalBinary(data []byte) error {
	out, err := ReadMemory(bytes.Clone(data))
	if err != nil {
		return err
	}
	*m = *out
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
// nil), then its items; numbers are raw little-endian words, after a byte
// that counts the padding before them (see writeWords); merges are a list per
// field.
type columnCodec interface {
	strings(*[]string)
	string(*string)
	int32s(*[]int32)
	int64s(*[]int64)
	uint64s(*[]uint64)
	float64s(*[]float64)
	merges(*[]Merge)
}

// columnWriter writes lists to w, where at counts the bytes before them
// in the file, and keeps the first error.
type columnWriter struct {
	w       *bufio.Writer
	at      int64
	err     error
	scratch [binary.MaxVarintLen64]byte
}

func (w *columnWriter) write(b []byte) {
	if w.err == nil {
		_, w.err = w.w.Write(b)
	}
	w.at += int64(len(b))
}

func (w *columnWriter) uvarint(n uint64) { w.write(binary.AppendUvarint(w.scratch[:0], n)) }

func (w *columnWriter) length(isNil bool, n int) {
	if isNil {
		w.uvarint(0)
		return
	}
	w.uvarint(uint64(n) + 1)
}

func (w *columnWriter) strings(ss *[]string) {
	w.length(*ss == nil, len(*ss))
	for k := range *ss {
		w.string(&(*ss)[k])
	}
}

func (w *columnWriter) string(s *string) {
	w.uvarint(uint64(len(*s)))
	w.write(unsafe.Slice(unsafe.StringData(*s), len(*s))) // only read
}

func (w *columnWriter) int32s(xs *[]int32)     { writeList(w, *xs) }
func (w *columnWriter) int64s(xs *[]int64)     { writeList(w, *xs) }
func (w *columnWriter) uint64s(xs *[]uint64)   { writeList(w, *xs) }
func (w *columnWriter) float64s(xs *[]float64) { writeList(w, *xs) }

// writeList writes a list of numbers: its length, then, unless it is nil,
// its words.
func writeList[T int32 | int64 | uint64 | float64](w *columnWriter, xs []T) {
	w.length(xs == nil, len(xs))
	if xs != nil {
		writeWords(w, xs)
	}
}

func (w *columnWriter) merges(ms *[]Merge) {
	if w.length(*ms == nil, len(*ms)); *ms == nil {
		return
	}
	score := make([]float64, len(*ms))
	ends := make([]int32, 4*len(*ms))
	for k, m := range *ms {
		score[k] = m.Score
		ends[4*k], ends[4*k+1], ends[4*k+2], ends[4*k+3] = m.A, m.B, m.SA, m.SB
	}
	writeWords(w, score)
	writeWords(w, ends)
}

// wordAlign is the alignment every list of numbers gets in the file: that
// of the widest number.
const wordAlign = 8

// writeWords writes xs as raw little-endian words, after a byte that
// counts the zero bytes of padding that follow it, so that the words start
// at a multiple of wordAlign in the file.
func writeWords[T int32 | int64 | uint64 | float64](w *columnWriter, xs []T) {
	pad := (wordAlign - (w.at+1)%wordAlign) % wordAlign
	head := w.scratch[:1+pad]
	clear(head)
	head[0] = byte(pad)
	w.write(head)
	if littleEndian {
		w.write(unsafe.Slice((*byte)(unsafe.Pointer(unsafe.SliceData(xs))), len(xs)*int(unsafe.Sizeof(T(0))))) // only read
		return
	}
	b, _ := binary.Append(nil, binary.LittleEndian, xs) // a slice of fixed-size numbers always encodes
	w.write(b)
}

// littleEndian is whether this machine lays numbers down as the file does.
var littleEndian = binary.NativeEndian.Uint16([]byte{1, 0}) == 1

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
	out := r.b[:n:n]
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

// string is a view of the file's bytes, which never change (see ReadMemory).
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
	if b := r.take(int(v)); len(b) > 0 {
		*s = unsafe.String(&b[0], len(b))
	}
}

func (r *columnReader) int32s(xs *[]int32)     { readList(r, xs) }
func (r *columnReader) int64s(xs *[]int64)     { readList(r, xs) }
func (r *columnReader) uint64s(xs *[]uint64)   { readList(r, xs) }
func (r *columnReader) float64s(xs *[]float64) { readList(r, xs) }

// readList reads what writeList wrote: a list's length, then, unless it is
// nil, its words.
func readList[T int32 | int64 | uint64 | float64](r *columnReader, xs *[]T) {
	if n, ok := r.length(int(unsafe.Sizeof(T(0)))); ok {
		*xs = readWords[T](r, n)
	}
}

// readWords reads n numbers after their padding (see writeWords): a view
// of the file where they are aligned for T and the machine little-endian,
// else a copy. A view's capacity is its length, so an append copies it.
func readWords[T int32 | int64 | uint64 | float64](r *columnReader, n int) []T {
	size := int(unsafe.Sizeof(T(0)))
	if r.err != nil || len(r.b) == 0 || int(r.b[0]) >= wordAlign || len(r.b)-1-int(r.b[0]) < size*n {
		r.err = errMemory
		return nil
	}
	pad := 1 + int(r.b[0])
	b := r.take(pad + size*n)[pad:]
	if n == 0 {
		return []T{}
	}
	if littleEndian && uintptr(unsafe.Pointer(&b[0]))%unsafe.Alignof(T(0)) == 0 {
		return unsafe.Slice((*T)(unsafe.Pointer(&b[0])), n)
	}
	xs := make([]T, n)
	if _, err := binary.Decode(b, binary.LittleEndian, xs); err != nil {
		r.err = errMemory
	}
	return xs
}

func (r *columnReader) merges(ms *[]Merge) {
	n, ok := r.length(24)
	if !ok {
		return
	}
	score, ends := readWords[float64](r, n), readWords[int32](r, 4*n)
	if r.err != nil {
		return
	}
	*ms = make([]Merge, n)
	for k := range *ms {
		(*ms)[k] = Merge{Score: score[k], A: ends[4*k], B: ends[4*k+1], SA: ends[4*k+2], SB: ends[4*k+3]}
	}
}

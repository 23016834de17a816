package cache

import (
	"encoding/binary"
	"errors"
)

// Codec writes values of one kind into a pack and reads them back. Decode gets
// the bytes Append wrote as a string that is part of the whole loaded pack, so
// the strings it returns can be substrings of it rather than copies: a warm
// build then holds each cached article's text once, in the pack it came from.
// Append may refuse a value; the pack then leaves it out, which costs only a
// cleaning next time.
type Codec[V any] interface {
	Append(b []byte, v V) ([]byte, error)
	Decode(s string) (V, error)
}

// errCorrupt is what a decoder reports for bytes no encoder wrote.
var errCorrupt = errors.New("corrupt entry")

// appendString writes s with its length in front.
func appendString[S ~string | ~[]byte](b []byte, s S) []byte {
	return append(binary.AppendUvarint(b, uint64(len(s))), s...)
}

// appendStrings writes a list of strings with their count in front.
func appendStrings(b []byte, ss []string) []byte {
	b = binary.AppendUvarint(b, uint64(len(ss)))
	for _, s := range ss {
		b = appendString(b, s)
	}
	return b
}

// appendBool writes a flag as one byte.
func appendBool(b []byte, v bool) []byte {
	if v {
		return append(b, 1)
	}
	return append(b, 0)
}

// reader takes back what the append functions wrote, in order. The first
// problem sticks in err and every later read returns a zero value, so a
// decoder checks err once at the end.
type reader struct {
	s   string
	err error
}

func (r *reader) byte() byte {
	if r.err != nil || r.s == "" {
		r.err = errCorrupt
		return 0
	}
	c := r.s[0]
	r.s = r.s[1:]
	return c
}

func (r *reader) uvarint() uint64 {
	if r.err != nil {
		return 0
	}
	var v uint64
	for i := 0; i < len(r.s) && i < binary.MaxVarintLen64; i++ {
		c := r.s[i]
		v |= uint64(c&0x7f) << (7 * i)
		if c < 0x80 {
			r.s = r.s[i+1:]
			return v
		}
	}
	r.err = errCorrupt
	return 0
}

func (r *reader) varint() int64 {
	u := r.uvarint()
	v := int64(u >> 1)
	if u&1 != 0 {
		v = ^v
	}
	return v
}

// count reads a list's length, which cannot exceed the bytes left.
func (r *reader) count() int {
	n := r.uvarint()
	if r.err == nil && n > uint64(len(r.s)) {
		r.err = errCorrupt
	}
	if r.err != nil {
		return 0
	}
	return int(n)
}

func (r *reader) string() string {
	n := r.uvarint()
	if r.err != nil || n > uint64(len(r.s)) {
		r.err = errCorrupt
		return ""
	}
	s := r.s[:n]
	r.s = r.s[n:]
	return s
}

// strings reads a list; an empty one is nil, as the gob packs before gave it.
func (r *reader) strings() []string {
	n := r.uvarint()
	if r.err != nil || n > uint64(len(r.s)) {
		r.err = errCorrupt
		return nil
	}
	if n == 0 {
		return nil
	}
	out := make([]string, n)
	for i := range out {
		out[i] = r.string()
	}
	return out
}

// end reports the first problem, or bytes left over that no field read.
func (r *reader) end() error {
	if r.err == nil && r.s != "" {
		r.err = errCorrupt
	}
	return r.err
}

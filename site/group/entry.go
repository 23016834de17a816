package group

import (
	"encoding/binary"
	"errors"
	"math"
)

// The cache entries grouping writes (see Extractions and Writeups) are
// uvarints, strings (their length, then their bytes) and fixed 8-byte
// words; these read and write them.

// errEntry is a kept entry that does not decode.
var errEntry = errors.New("damaged cache entry")

// appendText appends s, length first.
func appendText(b []byte, s string) []byte {
	b = binary.AppendUvarint(b, uint64(len(s)))
	return append(b, s...)
}

// appendNumbers appends a list of bag numbers, its length first.
func appendNumbers(b []byte, ns []int32) []byte {
	b = binary.AppendUvarint(b, uint64(len(ns)))
	for _, n := range ns {
		b = binary.AppendUvarint(b, uint64(n))
	}
	return b
}

// appendWeight appends a weight as twice itself when that is a whole
// number (every weight the term sink gives is), else as its bits.
func appendWeight(b []byte, w float64) []byte {
	if h := 2 * w; h >= 0 && h < 1<<52 && h == math.Trunc(h) {
		return binary.AppendUvarint(b, uint64(h)<<1)
	}
	b = binary.AppendUvarint(b, 1)
	return binary.LittleEndian.AppendUint64(b, math.Float64bits(w))
}

// entryDecoder reads an entry front to back; its first error sticks, and
// every read after it gives zero.
type entryDecoder struct {
	s   string
	err error
}

func (d *entryDecoder) uvarint() uint64 {
	if d.err != nil {
		return 0
	}
	v, n := uvarintString(d.s)
	if n <= 0 {
		d.err = errEntry
		return 0
	}
	d.s = d.s[n:]
	return v
}

// count is a length each of whose items takes at least least bytes more of
// the entry, so a damaged length cannot ask for more room than the entry has.
func (d *entryDecoder) count(least int) int {
	v := d.uvarint()
	if v > uint64(len(d.s)/least) {
		d.err = errEntry
		return 0
	}
	return int(v)
}

func (d *entryDecoder) string() string {
	n := d.count(1)
	s := d.s[:n]
	d.s = d.s[n:]
	return s
}

func (d *entryDecoder) uint64() uint64 {
	if d.err != nil || len(d.s) < 8 {
		d.err = errEntry
		return 0
	}
	s := d.s
	d.s = d.s[8:]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

func (d *entryDecoder) weight() float64 {
	v := d.uvarint()
	if v&1 == 0 {
		return float64(v>>1) / 2
	}
	return math.Float64frombits(d.uint64())
}

// numbers is a list of bag numbers, each below terms.
func (d *entryDecoder) numbers(terms int) []int32 {
	ns := make([]int32, d.count(1))
	for k := range ns {
		n := d.uvarint()
		if n >= uint64(terms) {
			d.err = errEntry
			return nil
		}
		ns[k] = int32(n)
	}
	return ns
}

// uvarintString is binary.Uvarint over a string, without copying it.
func uvarintString(s string) (uint64, int) {
	var v uint64
	for i := 0; i < len(s) && i < binary.MaxVarintLen64; i++ {
		c := s[i]
		if c < 0x80 {
			if i == binary.MaxVarintLen64-1 && c > 1 {
				return 0, -1
			}
			return v | uint64(c)<<(7*i), i + 1
		}
		v |= uint64(c&0x7f) << (7 * i)
	}
	return 0, 0
}

// length reads what appendLength wrote: false for nil, else the length of a
// list whose items take at least least bytes each.
func (d *entryDecoder) length(least int) (int, bool) {
	v := d.uvarint()
	if v == 0 || d.err != nil {
		return 0, false
	}
	if v-1 > uint64(len(d.s)/least) {
		d.err = errEntry
		return 0, false
	}
	return int(v - 1), true
}

// texts reads what appendTexts wrote.
func (d *entryDecoder) texts() []string {
	n, ok := d.length(1)
	if !ok {
		return nil
	}
	ss := make([]string, n)
	for k := range ss {
		ss[k] = d.string()
	}
	return ss
}

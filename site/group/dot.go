package group

import "github.com/topicdigest/digest/site/internal/prefault"

// gallopRatio is how many times longer one vector must be than the other for
// dot to search the longer one instead of walking it: centroid sums of big
// clusters hold thousands of terms, a lone article's vector a few dozen.
const gallopRatio = 8

// dot is the inner product of two sparse vectors. It adds the products of
// the shared terms in id order whichever way it finds them, so the sum is the
// same to the last bit as a plain merge walk's.
func (a vec) dot(b vec) float64 {
	if len(a.ids) > len(b.ids) {
		a, b = b, a
	}
	if len(a.ids)*gallopRatio < len(b.ids) {
		return gallopDot(a, b)
	}
	return mergeDot(a, b)
}

// mergeDot walks both id lists in step.
func mergeDot(a, b vec) float64 {
	s := 0.0
	i, j := 0, 0
	ai, bi := a.ids, b.ids
	for i < len(ai) && j < len(bi) {
		x, y := ai[i], bi[j]
		switch {
		case x < y:
			i++
		case x > y:
			j++
		default:
			s += a.ws[i] * b.ws[j]
			i++
			j++
		}
	}
	return s
}

// gallopDot looks each id of the short vector up in the long one by
// exponential then binary search from where the last lookup ended.
func gallopDot(short, long vec) float64 {
	s := 0.0
	lo := 0
	ids := long.ids
	for i, id := range short.ids {
		lo = gallop(ids, lo, id)
		if lo == len(ids) {
			break
		}
		if ids[lo] == id {
			s += short.ws[i] * long.ws[lo]
			lo++
		}
	}
	return s
}

// gallop is the first position at or after lo whose id is at least id.
func gallop(ids []int32, lo int, id int32) int {
	step := 1
	hi := lo
	for hi < len(ids) && ids[hi] < id {
		lo = hi + 1
		hi += step
		step *= 2
	}
	hi = min(hi, len(ids))
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if ids[m] < id {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// scatter is one vector's weights laid out densely by term id, for dotting
// that vector with many others: each product then costs the other vector's
// length alone, not both lengths. Ids the loaded vector lacks hold zero, and
// adding a zero product leaves a sum unchanged, so scatter.dot sums the same
// products in the same id order as vec.dot, to the last bit.
//
// A big vocabulary's weights span more memory than the cache holds, and
// nearly every lookup of an id the loaded vector lacks would then miss it: a
// scatter over more than bitsAbove ids keeps a bit per id as well, which fits
// in the cache, and looks a weight up only when its bit is set (weights are
// positive, so the skipped products are zero). Below that the bit test costs
// more than it saves.
type scatter struct {
	w    []float64
	bits []uint64 // nil for a small vocabulary
}

// bitsAbove is the vocabulary size from which a scatter keeps bits: 4 MiB of
// weights, beyond a core's share of the cache on this class of machine.
const bitsAbove = 1 << 19

// newScatter makes room for term ids below n.
func newScatter(n int) scatter {
	s := scatter{w: prefault.Make[float64](n)} // read where nothing was loaded (see prefault)
	if n > bitsAbove {
		s.bits = prefault.Make[uint64]((n + 63) / 64)
	}
	return s
}

// load lays v out; clear must undo it before another vector is loaded.
func (s scatter) load(v vec) {
	for i, id := range v.ids {
		s.w[id] = v.ws[i]
	}
	if s.bits != nil {
		for _, id := range v.ids {
			s.bits[id>>6] |= 1 << (id & 63)
		}
	}
}

func (s scatter) clear(v vec) {
	for _, id := range v.ids {
		s.w[id] = 0
	}
	if s.bits != nil {
		for _, id := range v.ids {
			s.bits[id>>6] = 0
		}
	}
}

// dot is the inner product of v with the loaded vector.
func (s scatter) dot(v vec) float64 {
	x := 0.0
	if s.bits == nil {
		for i, id := range v.ids {
			x += v.ws[i] * s.w[id]
		}
		return x
	}
	for i, id := range v.ids {
		if s.bits[id>>6]&(1<<(id&63)) != 0 {
			x += v.ws[i] * s.w[id]
		}
	}
	return x
}

// idSpan is one more than the largest term id in the vectors: the size of a
// scatter that can hold any of them.
func idSpan(vs []vec) int {
	n := 0
	for _, v := range vs {
		if len(v.ids) > 0 {
			n = max(n, int(v.ids[len(v.ids)-1])+1)
		}
	}
	return n
}

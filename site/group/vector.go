package group

import (
	"math"
	"slices"
	"sort"
)

// vec is a sparse vector over term ids, sorted by id.
type vec struct {
	ids []int32
	ws  []float64
}

// eachShared calls fn, in id order, for every term both vectors hold.
func (a vec) eachShared(b vec, fn func(id int32, wa, wb float64)) {
	i, j := 0, 0
	for i < len(a.ids) && j < len(b.ids) {
		switch {
		case a.ids[i] < b.ids[j]:
			i++
		case a.ids[i] > b.ids[j]:
			j++
		default:
			fn(a.ids[i], a.ws[i], b.ws[j])
			i++
			j++
		}
	}
}

// norm is the Euclidean length.
func (a vec) norm() float64 {
	s := 0.0
	for _, w := range a.ws {
		s += w * w
	}
	return math.Sqrt(s)
}

// add is the sum a+b, a new vector, made to the size of the terms the two
// hold between them: a cluster's sum is kept for the rest of the grouping,
// and the articles of one event share most of their terms, so room for
// both lists (what addInto needs) was up to twice what a sum holds.
func (a vec) add(b vec) vec {
	n := unionLen(a.ids, b.ids)
	var out vec
	out.ids, out.ws = addInto(make([]int32, n), make([]float64, n), a, b)
	return out
}

// unionLen is how many distinct ids two ascending lists hold between them.
func unionLen(a, b []int32) int {
	i, j, n := 0, 0, 0
	for i < len(a) && j < len(b) {
		switch x, y := a[i], b[j]; {
		case x < y:
			i++
		case x > y:
			j++
		default:
			i++
			j++
		}
		n++
	}
	return n + len(a) - i + len(b) - j
}

// addInto writes a+b into ids and ws, which have room for both, and returns
// the part of them it filled. A term both hold gets a's weight plus b's, in
// that order, so sums come out the same to the bit however they are made.
func addInto(ids []int32, ws []float64, a, b vec) ([]int32, []float64) {
	i, j, k := 0, 0, 0
	for i < len(a.ids) && j < len(b.ids) {
		x, y := a.ids[i], b.ids[j]
		switch {
		case x < y:
			ids[k], ws[k] = x, a.ws[i]
			i++
		case x > y:
			ids[k], ws[k] = y, b.ws[j]
			j++
		default:
			ids[k], ws[k] = x, a.ws[i]+b.ws[j]
			i++
			j++
		}
		k++
	}
	// One side is used up; the rest of the other follows as it is.
	copy(ws[k:], a.ws[i:])
	k += copy(ids[k:], a.ids[i:])
	copy(ws[k:], b.ws[j:])
	k += copy(ids[k:], b.ids[j:])
	return ids[:k], ws[:k]
}

// cosineNorms is cosine given the vectors' norms, for callers that compare
// one vector with many.
func cosineNorms(a, b vec, na, nb float64) float64 {
	if na == 0 || nb == 0 {
		return 0
	}
	return a.dot(b) / (na * nb)
}

// topWhere returns the positions of the k largest weights among the terms
// keep accepts, heaviest first (ties by id). It keeps the best k in a small
// sorted buffer in one pass: vectors hold hundreds or thousands of terms and
// only a couple of dozen are wanted. a's ids rise, as every vec's do.
func (a vec) topWhere(k int, keep func(id int32) bool) []int {
	better := func(x, y int) bool {
		if a.ws[x] != a.ws[y] {
			return a.ws[x] > a.ws[y]
		}
		return a.ids[x] < a.ids[y]
	}
	best := make([]int, 0, k+1)
	for p, id := range a.ids {
		// Once k are kept, a term no heavier than the last of them is not
		// among the best (ids rise, so a tie goes to the kept one): most
		// terms stop here, before keep looks them up.
		if len(best) == k && (k == 0 || a.ws[p] <= a.ws[best[k-1]]) {
			continue
		}
		if keep(id) {
			best = keepBest(best, p, k, better)
		}
	}
	return best
}

// keepBest adds x to best, a list of at most k items sorted by better, if it
// is among the k best; a scan from the end suits a list of a few dozen.
func keepBest[T any](best []T, x T, k int, better func(x, y T) bool) []T {
	if k == 0 || (len(best) == k && !better(x, best[k-1])) {
		return best
	}
	at := len(best)
	for at > 0 && better(x, best[at-1]) {
		at--
	}
	best = slices.Insert(best, at, x)
	if len(best) > k {
		best = best[:k]
	}
	return best
}

// vocabulary numbers the terms and counts their document frequency; ids
// follow the terms' own order (see termOrder), so they depend neither on
// scheduling nor on which other articles the digest holds.
type vocabulary struct {
	terms  []string
	hashes []uint64 // of each term's text, by id (see termOrder)
	df     []int32
	idfs   []float64 // by term id, for a corpus of n articles
	n      int
}

// setIDFs computes the idf of every term from its document frequency, both
// counts steadied (see steadyCount and steadyDF).
func (v *vocabulary) setIDFs() {
	v.idfs = make([]float64, len(v.df))
	n := steadyCount(v.n)
	for id := range v.df {
		v.idfs[id] = math.Pow(math.Log((1+n)/(1+steadyDF(int(v.df[id]))))+1, idfPower)
	}
}

// idfPower sharpens the inverse document frequency: same-kind happenings share
// their kind's vocabulary ("rehab", "earthquake"), and what tells them apart are
// the rarer words (who, where, how many), which a squared-and-more IDF lets
// dominate the cosine. Measured on ECB+ topics 1-20 (1 < 1.5 < 2 < 2.5 > 3).
const idfPower = 2.5

// The idf of a term is the smoothed inverse document frequency (as
// scikit-learn's), which stays positive for a term every article shares, so a
// digest of three articles still compares them sensibly, raised to idfPower.

func sortedKeys[V any](m map[string]V) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

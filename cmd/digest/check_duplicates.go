package main

import (
	"hash/fnv"
	"slices"
	"strings"
	"unicode"

	"github.com/topicdigest/digest/site/model"
)

// Near-duplicate detection for `digest check`: each article's text becomes a set of
// word shingles, MinHash signatures banded into buckets (locality-sensitive
// hashing) propose candidate pairs without comparing every pair, and the exact
// share of shingles decides.
const (
	shingleWords  = 5
	minhashRows   = 4
	minhashBands  = 16
	duplicateSame = 0.7 // share of shingles two texts have in common to be reported
)

// duplicatePair is an article whose text mostly repeats an earlier one's.
type duplicatePair struct {
	later, earlier *model.Article
	same           float64 // Jaccard similarity of the shingle sets
}

// findDuplicates returns the near-duplicate pairs among arts (given sorted by id),
// each pair once with the later article first.
func findDuplicates(arts []*model.Article) []duplicatePair {
	sets := make([][]uint64, len(arts))
	buckets := map[[2]uint64][]int{}
	for i, a := range arts {
		sets[i] = shingles(a.Text)
		if len(sets[i]) == 0 {
			continue
		}
		sig := minhash(sets[i])
		for b := range minhashBands {
			key := [2]uint64{uint64(b), bandHash(sig[b*minhashRows : (b+1)*minhashRows])}
			buckets[key] = append(buckets[key], i)
		}
	}
	seen := map[[2]int]bool{}
	var out []duplicatePair
	for _, members := range buckets {
		for x := 0; x < len(members); x++ {
			for y := x + 1; y < len(members); y++ {
				i, j := members[x], members[y]
				if i == j || seen[[2]int{i, j}] {
					continue
				}
				seen[[2]int{i, j}] = true
				if s := jaccard(sets[i], sets[j]); s >= duplicateSame {
					out = append(out, duplicatePair{later: arts[j], earlier: arts[i], same: s})
				}
			}
		}
	}
	slices.SortFunc(out, func(a, b duplicatePair) int {
		if c := strings.Compare(a.later.ID, b.later.ID); c != 0 {
			return c
		}
		return strings.Compare(a.earlier.ID, b.earlier.ID)
	})
	return out
}

// shingles hashes every run of shingleWords lowercased words of text, sorted and
// without repeats; a text shorter than that is one shingle.
func shingles(text string) []uint64 {
	words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsNumber(r)
	})
	if len(words) == 0 {
		return nil
	}
	n := max(len(words)-shingleWords+1, 1)
	set := make([]uint64, 0, n)
	for i := range n {
		h := fnv.New64a()
		for _, w := range words[i:min(i+shingleWords, len(words))] {
			h.Write([]byte(w))
			h.Write([]byte{0})
		}
		set = append(set, h.Sum64())
	}
	slices.Sort(set)
	return slices.Compact(set)
}

// minhash is the set's signature: for each of the rows*bands hash functions, the
// smallest value over the set. Equal positions estimate the sets' Jaccard similarity.
func minhash(set []uint64) []uint64 {
	sig := make([]uint64, minhashRows*minhashBands)
	for k := range sig {
		a, b := uint64(2*k+1)*0x9e3779b97f4a7c15, uint64(k)*0xbf58476d1ce4e5b9
		m := ^uint64(0)
		for _, s := range set {
			m = min(m, mix(s*a+b))
		}
		sig[k] = m
	}
	return sig
}

// mix is the splitmix64 finaliser, so nearby inputs give unrelated outputs.
func mix(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	return x ^ x>>31
}

func bandHash(rows []uint64) uint64 {
	h := uint64(0)
	for _, r := range rows {
		h = mix(h ^ r)
	}
	return h
}

// jaccard is |a∩b| / |a∪b| for two sorted sets.
func jaccard(a, b []uint64) float64 {
	common, i, j := 0, 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] == b[j]:
			common++
			i++
			j++
		case a[i] < b[j]:
			i++
		default:
			j++
		}
	}
	return float64(common) / float64(len(a)+len(b)-common)
}

package group

import (
	"cmp"
	"slices"
	"strings"

	"github.com/topicdigest/digest/site/internal/par"
)

// buildVocabulary numbers the terms of every article's bag and returns, per
// article, the vocabulary id of each of its bag's numbers. Ids follow the
// terms' own order (by a hash of the text, ties by the text), not the order
// of first use, so that adding or removing an article never swaps two terms
// that stay: vectors list their terms by id and dot products add up in that
// order, so the sums of the articles an edit does not touch come out the same
// to the bit (see steadyCount), and their merges can be replayed. One pass in
// article order looks each term up once and gives the new ones provisional
// numbers; only the distinct terms are then sorted. It drops each bag's
// list of terms once it has numbered them: the vocabulary holds every term
// from then on, and the lists, 220 MB at 100,000 articles, were otherwise
// held while every bag was weighed and encoded for the memory, the peak of
// a build's heap.
func buildVocabulary(bags []*termBag) (*vocabulary, [][]int32) {
	seen := map[string]int32{}
	v := &vocabulary{n: len(bags)}
	globs := make([][]int32, len(bags))
	for i, b := range bags {
		glob := make([]int32, len(b.terms))
		for n, t := range b.terms {
			p, ok := seen[t]
			if !ok {
				p = int32(len(v.terms))
				seen[t] = p
				v.terms = append(v.terms, t)
				v.df = append(v.df, 0)
			}
			v.df[p]++
			glob[n] = p
		}
		globs[i], b.terms = glob, nil
	}
	final, hashes := termOrder(v.terms) // provisional number -> id
	v.terms, v.df, v.hashes = renumbered(ownCopy(v.terms), final), renumbered(v.df, final), hashes
	par.Chunks(len(bags), func(lo, hi int) {
		for i := lo; i < hi; i++ {
			for n, p := range globs[i] {
				globs[i][n] = final[p]
			}
		}
	})
	v.setIDFs()
	return v, globs
}

// id is term t's id, or -1 for a term no article has.
func (v *vocabulary) id(t string) int32 { return termID(v.terms, v.hashes, t) }

// termID is the place of t in terms, ordered by their hashes, or -1.
func termID(terms []string, hashes []uint64, t string) int32 {
	h := fnvAdd(fnvOffset, t)
	for k, _ := slices.BinarySearch(hashes, h); k < len(hashes) && hashes[k] == h; k++ {
		if terms[k] == t {
			return int32(k)
		}
	}
	return -1
}

// idOfHash is the id of the term whose text hashes to h (the first, in the
// negligible case of two), if any.
func (v *vocabulary) idOfHash(h uint64) (int32, bool) {
	k, ok := slices.BinarySearch(v.hashes, h)
	return int32(k), ok
}

// idsOfHashes is idOfHash of each of hs, or false if one is missing.
func (v *vocabulary) idsOfHashes(hs []uint64) ([]int32, bool) {
	ids := make([]int32, len(hs))
	for i, h := range hs {
		id, ok := v.idOfHash(h)
		if !ok {
			return nil, false
		}
		ids[i] = id
	}
	return ids, true
}

// ownCopy is terms copied into one string of their own, so the vocabulary
// holds no piece of the strings the bags were read from: terms taken from
// kept features (see Extractions) are pieces of a pack of hundreds of
// megabytes, which would otherwise stay in memory through all of grouping.
func ownCopy(terms []string) []string {
	all, ends := joined[string, int32](terms)
	out := make([]string, len(terms))
	for k := range terms {
		out[k] = all[startOf(ends, k):ends[k]]
	}
	return out
}

// termOrder gives each term its id: its place in the order of the terms'
// hashes, ties by their text. It also returns the hashes by id.
func termOrder(terms []string) ([]int32, []uint64) {
	type keyed struct {
		h uint64
		p int32
	}
	ks := make([]keyed, len(terms))
	par.Chunks(len(terms), func(lo, hi int) {
		for p := lo; p < hi; p++ {
			ks[p] = keyed{fnvAdd(fnvOffset, terms[p]), int32(p)}
		}
	})
	slices.SortFunc(ks, func(x, y keyed) int {
		if c := cmp.Compare(x.h, y.h); c != 0 {
			return c
		}
		return strings.Compare(terms[x.p], terms[y.p])
	})
	final := make([]int32, len(terms))
	hashes := make([]uint64, len(terms))
	for id, k := range ks {
		final[k.p] = int32(id)
		hashes[id] = k.h
	}
	return final, hashes
}

// renumbered is xs with the item at p moved to final[p].
func renumbered[T any](xs []T, final []int32) []T {
	out := make([]T, len(xs))
	for p, x := range xs {
		out[final[p]] = x
	}
	return out
}

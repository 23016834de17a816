package group

import (
	"slices"
	"strings"

	"github.com/topicdigest/digest/site/internal/par"
)

// buildVocabulary numbers the terms of every article's bag and returns, per
// article, the vocabulary id of each of its bag's numbers. A term's id is its
// place in the order of first use, terms new in one article in byte order.
// One pass in article order looks each term up once and gives the new ones
// provisional numbers, in a run per article; only those runs are sorted, in
// parallel, instead of every article's whole bag.
func buildVocabulary(bags []*termBag) (*vocabulary, [][]int32) {
	seen := map[string]int32{}
	v := &vocabulary{n: len(bags)}
	runs := make([]int32, len(bags)+1) // article i's new terms are provisional numbers runs[i]:runs[i+1]
	globs := make([][]int32, len(bags))
	for i, b := range bags {
		runs[i] = int32(len(v.terms))
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
		globs[i] = glob
	}
	runs[len(bags)] = int32(len(v.terms))
	final := make([]int32, len(v.terms)) // provisional number -> id
	par.Chunks(len(bags), func(lo, hi int) {
		for i := lo; i < hi; i++ {
			run := make([]int32, runs[i+1]-runs[i])
			for k := range run {
				run[k] = runs[i] + int32(k)
			}
			slices.SortFunc(run, func(x, y int32) int { return strings.Compare(v.terms[x], v.terms[y]) })
			for k, p := range run {
				final[p] = runs[i] + int32(k)
			}
		}
	})
	v.terms, v.df = renumbered(v.terms, final), renumbered(v.df, final)
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

// renumbered is xs with the item at p moved to final[p].
func renumbered[T any](xs []T, final []int32) []T {
	out := make([]T, len(xs))
	for p, x := range xs {
		out[final[p]] = x
	}
	return out
}

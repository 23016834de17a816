package group

import (
	"slices"
)

// neighbours holds, for each cluster root, the roots it shares a candidate
// edge with, as a sorted list: merging two lists is a linear walk, and a list
// costs four bytes a neighbour where a map costs several times that.
type neighbours [][]int32

// newNeighbours links the clusters of the two articles of every edge both
// ways; root gives an article's cluster (editorial joins merge some first).
func newNeighbours(n int, edges []edge, root func(int32) int32) neighbours {
	roots := make([]int32, n) // found once per article: edges are ten times as many
	for i := range roots {
		roots[i] = root(int32(i))
	}
	adj := make(neighbours, n)
	for _, e := range edges {
		a, b := roots[e.a], roots[e.b]
		if a == b {
			continue
		}
		adj[a] = append(adj[a], b)
		adj[b] = append(adj[b], a)
	}
	for i, ns := range adj {
		slices.Sort(ns)
		adj[i] = slices.Clip(slices.Compact(ns))
	}
	return adj
}

// merge folds root gone into root keep: keep's list becomes the roots, as
// root gives them now, of what either list holds, less keep. The lists of the
// other clusters are left as they are: an entry that is no longer a root is
// mapped through root when its own list is next merged, so a merge costs the
// two lists' length instead of a search in every neighbour's list. root must
// already place gone under keep. It returns keep.
func (adj neighbours) merge(keep, gone int32, root func(int32) int32) int32 {
	out := make([]int32, 0, len(adj[keep])+len(adj[gone]))
	for _, ns := range [2][]int32{adj[keep], adj[gone]} {
		for _, n := range ns {
			if r := root(n); r != keep {
				out = append(out, r)
			}
		}
	}
	slices.Sort(out)
	adj[keep] = slices.Clip(slices.Compact(out))
	adj[gone] = nil
	return keep
}

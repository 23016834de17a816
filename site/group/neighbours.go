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
	adj := make(neighbours, n)
	for _, e := range edges {
		a, b := root(e.a), root(e.b)
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

// merge folds root gone into root keep: keep takes gone's neighbours, and
// they point to keep instead of gone. It returns keep.
func (adj neighbours) merge(keep, gone int32) int32 {
	for _, n := range adj[gone] {
		if n != keep {
			adj[n] = replaceSorted(adj[n], gone, keep)
		}
	}
	adj[keep] = unionWithout(adj[keep], adj[gone], keep, gone)
	adj[gone] = nil
	return keep
}

// replaceSorted removes old from a sorted list and inserts new if missing,
// with one shift of the items between them when new comes before old (as the
// kept root always does, see merge).
func replaceSorted(ns []int32, old, new int32) []int32 {
	i, hasOld := slices.BinarySearch(ns, old)
	if !hasOld {
		if j, ok := slices.BinarySearch(ns, new); !ok {
			ns = slices.Insert(ns, j, new)
		}
		return ns
	}
	j, hasNew := slices.BinarySearch(ns[:i], new)
	switch {
	case hasNew:
		return slices.Delete(ns, i, i+1)
	case new < old:
		copy(ns[j+1:i+1], ns[j:i])
		ns[j] = new
		return ns
	}
	ns = slices.Delete(ns, i, i+1)
	if j, ok := slices.BinarySearch(ns, new); !ok {
		ns = slices.Insert(ns, j, new)
	}
	return ns
}

// unionWithout is the sorted union of two sorted lists less two ids.
func unionWithout(a, b []int32, x, y int32) []int32 {
	out := make([]int32, 0, len(a)+len(b))
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		var n int32
		switch {
		case j >= len(b) || (i < len(a) && a[i] < b[j]):
			n = a[i]
			i++
		case i >= len(a) || a[i] > b[j]:
			n = b[j]
			j++
		default:
			n = a[i]
			i++
			j++
		}
		if n != x && n != y {
			out = append(out, n)
		}
	}
	return out
}

package group

import (
	"cmp"
	"slices"
)

// components splits the cluster roots that have neighbours into the connected
// components of the neighbour graph, each listed in root order, the largest
// first (ties by their first root). Average-link merges only join neighbours,
// and a merge changes only the links of the two clusters it joins, so no
// merge in one component can change anything in another: each component can
// be clustered on its own, in any order, with the same result.
func (adj neighbours) components() [][]int32 {
	seen := make([]bool, len(adj))
	var comps [][]int32
	var stack []int32
	for r := range adj {
		if seen[r] || len(adj[r]) == 0 {
			continue
		}
		seen[r] = true
		comp := []int32{int32(r)}
		stack = append(stack[:0], int32(r))
		for len(stack) > 0 {
			top := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			for _, n := range adj[top] {
				if !seen[n] {
					seen[n] = true
					comp = append(comp, n)
					stack = append(stack, n)
				}
			}
		}
		slices.Sort(comp)
		comps = append(comps, comp)
	}
	slices.SortStableFunc(comps, func(a, b []int32) int { return cmp.Compare(len(b), len(a)) })
	return comps
}

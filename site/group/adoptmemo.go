package group

import (
	"cmp"
	"slices"
)

// Adoption's links, replayed. Adoption weighs the link of every small
// cluster to each neighbour (at 100,000 articles, 93,000 links, each a dot
// product of two summed vectors), and one added article changes a handful
// of clusters. A link follows from the two clusters' sums, sizes and spans,
// and a cluster's sum from its members' vectors added up in the order its
// merges joined them (see settle), so a hash of both (its shape, see
// clusters.join) names the link to the bit: the Memory keeps every link
// adoption weighed by the shapes of its two clusters, and the next adoption
// takes the links whose shapes it finds there instead of weighing them.

// adoptLinks are the links an earlier adoption weighed, by the shapes of
// their two clusters.
type adoptLinks map[[2]uint64]float64

// shapeSeed is a lone article's shape: its id and vector hashed.
func shapeSeed(id, vec uint64) uint64 { return mix64(id ^ vec) }

// joinShape is the shape of root a once it absorbed root b: the order of
// joins matters, as it does to the sums.
func joinShape(a, b uint64) uint64 { return mix64(a ^ mix64(b^0x2545f4914f6cdd1d)) }

// adoptLinksOf reads the links mem keeps; nil for none or a damaged list.
func adoptLinksOf(mem *Memory) adoptLinks {
	if mem == nil || len(mem.LinkA) != len(mem.Links) || len(mem.LinkB) != len(mem.Links) {
		return nil
	}
	out := make(adoptLinks, len(mem.Links))
	for k, l := range mem.Links {
		out[[2]uint64{mem.LinkA[k], mem.LinkB[k]}] = l
	}
	return out
}

// keepAdoptLinks stores links in mem, in the order of their shapes, so the
// same links make the same memory.
func keepAdoptLinks(mem *Memory, links adoptLinks) {
	keys := make([][2]uint64, 0, len(links))
	for k := range links {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(x, y [2]uint64) int {
		if c := cmp.Compare(x[0], y[0]); c != 0 {
			return c
		}
		return cmp.Compare(x[1], y[1])
	})
	mem.LinkA, mem.LinkB, mem.Links = make([]uint64, len(keys)), make([]uint64, len(keys)), make([]float64, len(keys))
	for k, key := range keys {
		mem.LinkA[k], mem.LinkB[k], mem.Links[k] = key[0], key[1], links[key]
	}
}

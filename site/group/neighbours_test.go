package group

import (
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestNeighboursMerge(t *testing.T) {
	self := func(i int32) int32 { return i }
	adj := newNeighbours(6, []edge{{a: 0, b: 1}, {a: 1, b: 0}, {a: 1, b: 2}, {a: 3, b: 1}, {a: 0, b: 4}, {a: 3, b: 4}, {a: 5, b: 5}}, self)
	assert.Equal(t, neighbours{{1, 4}, {0, 2, 3}, {1}, {1, 4}, {0, 3}, nil}, adj)

	parent := []int32{0, 1, 2, 3, 4, 5}
	root := func(i int32) int32 {
		for parent[i] != i {
			i = parent[i]
		}
		return i
	}
	// current is each live root's neighbours as roots: what clustering reads.
	current := func() map[int32][]int32 {
		out := map[int32][]int32{}
		for r, ns := range adj {
			if root(int32(r)) != int32(r) || len(ns) == 0 {
				continue
			}
			for _, n := range ns {
				out[int32(r)] = append(out[int32(r)], root(n))
			}
			slices.Sort(out[int32(r)])
			out[int32(r)] = slices.Compact(out[int32(r)])
		}
		return out
	}

	parent[3] = 1
	assert.Equal(t, int32(1), adj.merge(1, 3, root))
	assert.Equal(t, []int32{0, 2, 4}, adj[1], "the kept root's list is exact")
	assert.Nil(t, adj[3])
	assert.Equal(t, map[int32][]int32{0: {1, 4}, 1: {0, 2, 4}, 2: {1}, 4: {0, 1}}, current())

	parent[1] = 0
	assert.Equal(t, int32(0), adj.merge(0, 1, root))
	assert.Equal(t, []int32{2, 4}, adj[0])
	assert.Equal(t, map[int32][]int32{0: {2, 4}, 2: {0}, 4: {0}}, current())
}

func TestNeighboursOfJoinedArticles(t *testing.T) {
	joined := func(i int32) int32 { // articles 2 and 3 were joined by the editor, 2 the root
		if i == 3 {
			return 2
		}
		return i
	}
	adj := newNeighbours(4, []edge{{a: 0, b: 3}, {a: 0, b: 2}, {a: 2, b: 3}, {a: 1, b: 3}}, joined)
	assert.Equal(t, neighbours{{2}, {2}, {0, 1}, nil}, adj)
}

func TestLinkHeapPopsInOrder(t *testing.T) {
	items := []linkItem{{score: 0.5, a: 3, b: 4}, {score: 0.9, a: 1, b: 2}, {score: 0.5, a: 1, b: 7}, {score: 0.5, a: 1, b: 5}, {score: 0.1, a: 0, b: 1}}
	var h linkHeap
	for _, it := range items {
		h.add(it)
	}
	var got []linkItem
	for len(h) > 0 {
		got = append(got, h.pop())
	}
	assert.Equal(t, []linkItem{items[1], items[3], items[2], items[0], items[4]}, got)
}

func TestLinkHeapInitPopsInOrder(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	for _, n := range []int{0, 1, 2, 5, 17, 300} {
		items := make(linkHeap, n)
		for i := range items {
			items[i] = linkItem{score: float64(r.IntN(20)), a: int32(r.IntN(50)), b: int32(50 + i)}
		}
		want := slices.Clone(items)
		slices.SortFunc(want, func(x, y linkItem) int {
			if x.before(y) {
				return -1
			}
			return 1
		})
		h := slices.Clone(items)
		h.init()
		got := []linkItem{}
		for len(h) > 0 {
			got = append(got, h.pop())
		}
		assert.Equal(t, []linkItem(want), got, "%d items", n)
	}
}

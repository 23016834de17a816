package group

import (
	"runtime"
	"sync"
)

// linkItem is a candidate merge, valid while both clusters keep their sizes.
type linkItem struct {
	score  float64
	a, b   int32
	sa, sb int32
}

// before orders links strongest first, ties by cluster roots: a total order
// over distinct pairs, so the pops do not depend on the order of the pushes.
func (x linkItem) before(y linkItem) bool {
	if x.score != y.score {
		return x.score > y.score
	}
	if x.a != y.a {
		return x.a < y.a
	}
	return x.b < y.b
}

// linkHeap pops the strongest link first. It is a heap over the items
// themselves rather than container/heap, which boxes every push, and four-ary:
// the clustering of a big digest pops millions of items from a heap of
// hundreds of thousands, and half the levels mean half the cache misses.
type linkHeap []linkItem

// heapArity is how many children each item of a linkHeap has.
const heapArity = 4

func (h *linkHeap) push(c *clusters, a, b int32, threshold float64, windowDays int) {
	h.addUseful(c, min(a, b), max(a, b), c.link(min(a, b), max(a, b), windowDays), threshold)
}

// addUseful adds the link of score between roots a < b if it can lead to a merge.
func (h *linkHeap) addUseful(c *clusters, a, b int32, score, threshold float64) {
	if score >= threshold && score >= c.need(a, b, threshold) {
		h.add(linkItem{score: score, a: a, b: b, sa: c.size[a], sb: c.size[b]})
	}
}

// A merged cluster's links to its neighbours are computed on all cores when
// it has at least this many neighbours: each is a dot product of two
// centroid sums, independent of the others. While several components are
// clustered at once the cores are busy and only big merges are worth the
// hand-off; a component that holds most of the articles (a digest whose
// same-kind stories chain through time) is clustered alone, and then even
// small merges are.
const (
	parallelLinks      = 256
	parallelLinksAlone = 24
)

// pushAll pushes the links from root a to each of its neighbours, in
// neighbour order. a's sum is scattered once into dense and each neighbour's
// sum is dotted against it; the links are computed in parallel when there are
// at least minParallel.
func (h *linkHeap) pushAll(c *clusters, dense scatter, a int32, ns []int32, minParallel int, threshold float64, windowDays int) {
	dense.load(c.sum[a])
	defer dense.clear(c.sum[a])
	scores := make([]float64, len(ns))
	score := func(i int) {
		x, y := min(a, ns[i]), max(a, ns[i])
		scores[i] = c.linkOf(dense.dot(c.sum[ns[i]]), x, y, windowDays)
	}
	workers := runtime.GOMAXPROCS(0)
	if len(ns) < minParallel || workers == 1 {
		for i := range ns {
			score(i)
		}
	} else {
		share := func(w int) {
			for i := w; i < len(ns); i += workers {
				score(i)
			}
		}
		var wg sync.WaitGroup
		for w := 1; w < workers; w++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				share(w)
			}()
		}
		share(0)
		wg.Wait()
	}
	for i, n := range ns {
		h.addUseful(c, min(a, n), max(a, n), scores[i], threshold)
	}
}

func (h *linkHeap) add(it linkItem) {
	s := append(*h, it)
	i := len(s) - 1
	for i > 0 {
		p := (i - 1) / heapArity
		if !s[i].before(s[p]) {
			break
		}
		s[i], s[p] = s[p], s[i]
		i = p
	}
	*h = s
}

func (h *linkHeap) pop() linkItem {
	s := *h
	top := s[0]
	last := len(s) - 1
	s[0] = s[last]
	*h = s[:last]
	h.down(0)
	return top
}

// init orders items added in any order into a heap.
func (h *linkHeap) init() {
	for i := (len(*h) - 2) / heapArity; i >= 0; i-- {
		h.down(i)
	}
}

// down sinks the item at i to its place below.
func (h *linkHeap) down(i int) {
	s := *h
	for {
		first := heapArity*i + 1
		if first >= len(s) {
			break
		}
		m := first
		for c := first + 1; c < min(first+heapArity, len(s)); c++ {
			if s[c].before(s[m]) {
				m = c
			}
		}
		if !s[m].before(s[i]) {
			break
		}
		s[i], s[m] = s[m], s[i]
		i = m
	}
}

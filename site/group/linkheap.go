package group

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

// pushAll pushes the links from root a to each of its neighbours, in
// neighbour order: a's sum is scattered once into dense and each neighbour's
// sum is dotted against it. With a help (the one big component of a big
// digest), a merge of helpFrom neighbours or more shares its dots with the
// spinning second core: the generated 100,000 articles cluster in 4.6 s
// instead of 6.8 s. Handing the dots to goroutines woken for each merge had
// cost more than it saved (8.4 s on one core, 10.1 s that way).
func (h *linkHeap) pushAll(c *clusters, dense scatter, help *linkHelper, a int32, ns []int32, threshold float64, windowDays int) {
	sum := c.sumOf(a)
	dense.load(sum)
	defer dense.clear(sum)
	var dots []float64 // computed on both cores, when the helper takes part
	if help != nil && len(ns) >= helpFrom {
		if c.absorbed != nil {
			for _, n := range ns {
				c.settle(n) // before the helper reads them
			}
		}
		dots = help.dotAll(dense, c.sum, ns)
	}
	for k, n := range ns {
		x, y := min(a, n), max(a, n)
		d := 0.0
		if dots != nil {
			d = dots[k]
		} else {
			d = dense.dot(c.sumOf(n))
		}
		h.addUseful(c, x, y, c.linkOf(d, x, y, windowDays), threshold)
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

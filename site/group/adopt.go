package group

import (
	"sort"

	"github.com/topicdigest/digest/site/internal/par"
)

// A report left alone (or in a pair) after clustering joins the event it most
// resembles at a lower bar: one article's resemblance to an event is noisier
// than two events' resemblance to each other, and a stray source costs a
// reader less on the event page than a missing one on the timeline.
const (
	adoptShare   = 0.75 // of the threshold
	adoptMaxSize = 2
)

// adopt attaches each small cluster to its best-linked neighbour of at least
// its size, when the link reaches adoptShare of the threshold. Neighbours come
// from the candidate edges; choices are made on the clusters as HAC left them
// and applied in root order, so the result is deterministic.
func (c *clusters) adopt(edges []edge, threshold float64, windowDays int) {
	type choice struct {
		to    int32
		score float64
	}
	c.clustered = true // adoption's bar is the link alone (see need)
	best := map[int32]choice{}
	root := make([]int32, len(c.parent)) // each article's root, found once: edges are ten times as many
	for i := range root {
		root[i] = c.find(int32(i))
	}
	roots := make([][2]int32, len(edges))
	par.Chunks(len(edges), func(lo, hi int) {
		for k := lo; k < hi; k++ {
			roots[k] = [2]int32{root[edges[k].a], root[edges[k].b]}
		}
	})
	eligible := func(small, other int32) bool {
		return c.size[small] <= adoptMaxSize && c.size[other] >= c.size[small]
	}
	weighs := func(a, b int32) bool { return a != b && (eligible(a, b) || eligible(b, a)) }
	c.settleAll(roots, func(a, b int32) bool {
		if !weighs(a, b) {
			return false
		}
		_, known := c.earlierLink(a, b)
		return !known
	})
	links := make([]float64, len(edges)) // computed on all cores: the clusters no longer change
	par.Chunks(len(edges), func(lo, hi int) {
		for k := lo; k < hi; k++ {
			if a, b := roots[k][0], roots[k][1]; weighs(a, b) {
				links[k] = c.adoptLink(a, b, windowDays)
			}
		}
	})
	c.keepLinks(roots, links, weighs)
	consider := func(small, other int32, s float64) {
		if !eligible(small, other) {
			return
		}
		if b, ok := best[small]; !ok || s > b.score || (s == b.score && other < b.to) {
			best[small] = choice{other, s}
		}
	}
	for k, r := range roots {
		if r[0] != r[1] {
			consider(r[0], r[1], links[k])
			consider(r[1], r[0], links[k])
		}
	}
	smalls := make([]int32, 0, len(best))
	for r := range best {
		smalls = append(smalls, r)
	}
	sort.Slice(smalls, func(i, j int) bool { return smalls[i] < smalls[j] })
	for _, s := range smalls {
		ch := best[s]
		a, b := c.find(s), c.find(ch.to)
		if ch.score >= adoptShare*threshold && a != b && !c.apart.conflict(a, b) {
			c.union(a, b)
		}
	}
}

// earlierLink is the link of roots a and b that an earlier adoption
// weighed, if their shapes are in its memory.
func (c *clusters) earlierLink(a, b int32) (float64, bool) {
	if c.earlierLinks == nil {
		return 0, false
	}
	l, ok := c.earlierLinks[[2]uint64{c.shape[a], c.shape[b]}]
	return l, ok
}

// adoptLink is the link of roots a and b, from the memory or weighed.
func (c *clusters) adoptLink(a, b int32, windowDays int) float64 {
	if l, ok := c.earlierLink(a, b); ok {
		return l
	}
	return c.settledLink(a, b, windowDays)
}

// keepLinks notes, when shapes are kept, the links weighed (the pairs
// weighs names) by their clusters' shapes, for the next adoption.
func (c *clusters) keepLinks(roots [][2]int32, links []float64, weighs func(a, b int32) bool) {
	if c.shape == nil {
		return
	}
	c.links = adoptLinks{}
	for k, r := range roots {
		if weighs(r[0], r[1]) {
			c.links[[2]uint64{c.shape[r[0]], c.shape[r[1]]}] = links[k]
		}
	}
}

// settleAll settles (see settle) the roots of the pairs that need their
// links, on every core: settling different roots touches different clusters.
func (c *clusters) settleAll(pairs [][2]int32, needs func(a, b int32) bool) {
	if c.absorbed == nil {
		return
	}
	var todo []int32
	seen := map[int32]bool{}
	for _, p := range pairs {
		if !needs(p[0], p[1]) {
			continue
		}
		for _, r := range p {
			if len(c.absorbed[r]) > 0 && !seen[r] {
				seen[r] = true
				todo = append(todo, r)
			}
		}
	}
	par.Each(len(todo), func(k int) { c.settle(todo[k]) })
}

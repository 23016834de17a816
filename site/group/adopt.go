package group

import "sort"

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
	best := map[int32]choice{}
	consider := func(small, other int32) {
		if c.size[small] > adoptMaxSize || c.size[other] < c.size[small] {
			return
		}
		s := c.link(small, other, windowDays)
		if b, ok := best[small]; !ok || s > b.score || (s == b.score && other < b.to) {
			best[small] = choice{other, s}
		}
	}
	for _, e := range edges {
		a, b := c.find(e.a), c.find(e.b)
		if a != b {
			consider(a, b)
			consider(b, a)
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

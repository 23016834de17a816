package group

import "github.com/topicdigest/digest/site/internal/par"

// centroids are the events' summed member vectors, by event, each settled
// (see clusters.settle) when first read. A replayed grouping leaves most
// sums to settle, and after one new article it reads only those of the
// events that changed and of their candidate related events (see
// relatedmemo.go): settling all 15,600 of 100,000 articles was a third of
// the events' time.
type centroids struct {
	cl    *clusters
	roots []int32 // by event
}

// centroids finds each group's root here: find shortens paths, which would
// race on several cores.
func (g *grouping) centroids(groups [][]int) centroids {
	cs := centroids{cl: g.cl, roots: make([]int32, len(groups))}
	for k, members := range groups {
		cs.roots[k] = g.cl.find(int32(members[0]))
	}
	return cs
}

// of is event k's centroid. Code on several cores may call it for events
// apart, or for events settled first (see settle).
func (cs centroids) of(k int) vec { return cs.cl.sumOf(cs.roots[k]) }

// shape is event k's shape (see adoptmemo.go), which holds the order its
// sum was added up in; kept only when a Memory is.
func (cs centroids) shape(k int) uint64 { return cs.cl.shape[cs.roots[k]] }

// settle settles the centroids of events ks, no two alike, on all cores.
func (cs centroids) settle(ks []int) {
	par.Each(len(ks), func(i int) { cs.cl.settle(cs.roots[ks[i]]) })
}

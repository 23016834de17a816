package group

import "slices"

// memberEdges gives a cluster's neighbours when asked, from its members'
// edges, where clustering keeps every cluster's list through every merge
// (see neighbours). A replay asks only about the clusters near what
// changed; keeping all 100,000 lists through the merges it takes from the
// memory was most of its work (0.5 of 0.6 s at 100,000 articles plus one).
type memberEdges struct {
	start    []int32 // by article: where its partners begin in partners
	partners []int32 // by article, the other ends of its edges
	next     []int32 // by article: the next member of its cluster, a cycle
	near     []bool  // by root: it may share an edge with a touched cluster
	found    []int32 // neighboursOf's list, reused
	seen     []int32 // by root: the last listing (by calls) that found it
	calls    int32   // listings made
}

// newMemberEdges indexes the edges by article and links each cluster's
// members into a cycle (editorial joins may have merged some already).
func newMemberEdges(c *clusters, edges []edge) *memberEdges {
	n := len(c.parent)
	m := &memberEdges{start: make([]int32, n+1), partners: make([]int32, 2*len(edges)),
		next: make([]int32, n), near: make([]bool, n), seen: make([]int32, n)}
	for _, e := range edges {
		m.start[e.a+1]++
		m.start[e.b+1]++
	}
	for i := range n {
		m.start[i+1] += m.start[i]
	}
	fill := slices.Clone(m.start[:n])
	for _, e := range edges {
		m.partners[fill[e.a]], fill[e.a] = e.b, fill[e.a]+1
		m.partners[fill[e.b]], fill[e.b] = e.a, fill[e.b]+1
	}
	for i := range n {
		m.next[i] = int32(i)
	}
	for i := range n {
		if r := c.find(int32(i)); r != int32(i) {
			m.splice(r, int32(i))
		}
	}
	return m
}

// splice joins the member cycles of a and b into one.
func (m *memberEdges) splice(a, b int32) {
	m.next[a], m.next[b] = m.next[b], m.next[a]
}

// neighboursOf lists the roots other than r that share an edge with one of
// r's members, sorted, as neighbours would hold them, and marks them near:
// r is touched. The list is valid until the next call.
func (m *memberEdges) neighboursOf(c *clusters, r int32) []int32 {
	out := m.neighbourRoots(c, r, nil)
	for _, q := range out {
		m.near[q] = true
	}
	return out
}

// neighbourRoots lists once each root other than r that shares an edge
// with one of r's members, sorted; given touched, only the touched ones. A
// replay asks for those after each earlier merge next to a touched
// cluster: sorting every neighbour of a big cluster there was a third of
// the replay.
func (m *memberEdges) neighbourRoots(c *clusters, r int32, touched []bool) []int32 {
	m.calls++
	out := m.found[:0]
	for x := r; ; {
		for _, p := range m.partners[m.start[x]:m.start[x+1]] {
			if q := c.find(p); q != r && m.seen[q] != m.calls && (touched == nil || touched[q]) {
				m.seen[q] = m.calls
				out = append(out, q)
			}
		}
		if x = m.next[x]; x == r {
			break
		}
	}
	slices.Sort(out)
	m.found = out
	return out
}

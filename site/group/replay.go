package group

import (
	"container/heap"
	"math"
	"slices"
	"sync"

	"github.com/topicdigest/digest/site/internal/par"
)

// Memory is what one grouping leaves for the next to replay instead of
// clustering again: its articles, a signature of everything clustering read
// of each, its merges in order, and each article's row of candidate edges.
// A rebuild after an article is added, edited or removed changes the vectors
// and edges of a few hundred articles (the idf is steady, see steadyCount),
// and searching and clustering are most of grouping's work on a big digest;
// replayed, only the rows whose postings changed are searched again, the
// merges among untouched clusters are taken from the memory and only the
// touched clusters are clustered anew. The memory is only valid for the
// same options and program.
type Memory struct {
	IDs    []string // the articles grouped, in id order
	Sigs   []uint64 // by position, see signatures
	Merges []Merge  // in the order one heap over all the articles pops them

	// Each article's row of edges (see edgememo.go), by position: where
	// its row ends in Partners and Scores, and the row's other articles (by
	// position) and scores.
	RowEnds  []int32
	Partners []int32
	Scores   []float64

	// What each row's search found (see searches): its best partial
	// matches, maxCandidates slots a row, the partial score of the last,
	// and the keys it searched.
	RowBest     []int32
	RowCuts     []float64
	RowSearched []int32

	// The edges all rows give, strongest first (see joinRowsFrom): their
	// ends (positions) and scores.
	EdgeA, EdgeB []int32
	EdgeScores   []float64

	// The links adoption weighed, by the shapes of their two clusters
	// (see adoptmemo.go).
	LinkA, LinkB []uint64
	Links        []float64

	Related RelatedMemory // the events' related pairs (see relatedmemo.go)
	Bags    BagMemory     // the articles' bags and the vocabulary (see bagmemo.go)

	// Each article's vector hashed (see vectorHash), by position, and its
	// index keys (see keymemo.go): positions in its vector, back to back,
	// ending at KeyEnds.
	Vecs    []uint64
	KeyEnds []int32
	Keys    []int32
}

// Merge is one merge of two clusters, named by their roots (positions in
// Memory.IDs) and sizes, with the link it was made at.
type Merge struct {
	Score  float64
	A, B   int32
	SA, SB int32
}

func (m Merge) item() linkItem { return linkItem{score: m.Score, a: m.A, b: m.B, sa: m.SA, sb: m.SB} }

func mergeOf(it linkItem) Merge {
	return Merge{Score: it.score, A: it.a, B: it.b, SA: it.sa, SB: it.sb}
}

// signatures hash, per article, all that clustering reads of it: its vector
// (terms by the hash of their text, weights to the bit), its date or the
// weekday its lead names, and its edges' partners (by id). An edge's score
// is left out: it follows from the two vectors and dates, so it changes only
// with one end's signature, which touches that end, and the replay follows
// the untouched end from there (a merge of it that no longer holds touches
// it; see replay). Leaving it out keeps the touched articles to the few
// whose vectors or partners changed (the generated 100,000 plus one: 219,
// against 1,070 with scores). Two runs that give every article the same
// signature cluster them from the same inputs; a 64-bit hash makes a false
// match negligible (2^-64 per article).
func (g *grouping) signatures() []uint64 {
	ids, sigs := g.recall.ids, slices.Clone(g.recall.vecs)
	edgeSums := make([]uint64, len(g.docs)) // order-free: a sum of hashed edges
	for _, e := range g.edges {
		edgeSums[e.a] += mix64(ids[e.b])
		edgeSums[e.b] += mix64(ids[e.a])
	}
	for i := range sigs {
		sigs[i] = mix64(sigs[i] ^ edgeSums[i])
	}
	return sigs
}

// hashDocs hashes each article's id, and its vector, date or weekday (see
// vectorHash), once for all that reads them: the replay's signatures, the
// rows of edges and the write-ups' keys.
func (g *grouping) hashDocs() (ids, vecs []uint64) {
	ids, vecs = make([]uint64, len(g.docs)), make([]uint64, len(g.docs))
	par.Chunks(len(g.docs), func(lo, hi int) {
		for i := lo; i < hi; i++ {
			ids[i], vecs[i] = fnvAdd(fnvOffset, g.docs[i].art.ID), g.vectorHash(&g.docs[i])
		}
	})
	return ids, vecs
}

// vectorHash hashes an article's vector (terms by their text's hash,
// weights to the bit), its date or the weekday its lead names.
func (g *grouping) vectorHash(d *doc) uint64 {
	h := mix64(uint64(len(d.v.ids)))
	for k, id := range d.v.ids {
		h = mix64(h ^ g.voc.hashes[id])
		h = mix64(h ^ math.Float64bits(d.v.ws[k]))
	}
	h = mix64(h ^ math.Float64bits(d.day))
	if d.dated {
		h = mix64(h ^ 1)
	}
	return mix64(h ^ uint64(uint8(d.wday)))
}

// mix64 is splitmix64's finaliser: every input bit moves every output bit.
func mix64(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	return x ^ (x >> 31)
}

// memory is this grouping's Memory (see GroupFrom).
func (g *grouping) memory() *Memory {
	mem := *g.recall.edgesKept() // a copy: memory may be asked for more than once
	mem.Sigs, mem.Merges, mem.Related = g.recall.sigs, g.recall.merges, g.recall.related
	keepAdoptLinks(&mem, g.cl.links)
	return &mem
}

// keepEdgesEarly starts putting in a Memory, on a goroutine of its own,
// what the grouping has settled once its edges are found: the articles,
// their bags, keys and rows, and the edges. Clustering them again is one
// core's work for a fifth of a second at 100,000 articles, which leaves the
// other free for this. Nothing it reads changes after the edges are found.
func (g *grouping) keepEdgesEarly() {
	done := make(chan *Memory, 1)
	bags := g.recall.bags
	g.recall.bags = nil // the memory holds them joined from here on; spare the 40 MB of parts at 100,000 articles
	go func() {
		ids := make([]string, len(g.docs))
		for i := range g.docs {
			ids[i] = g.docs[i].art.ID
		}
		mem := &Memory{IDs: ids, Bags: bagMemory(g.recall.texts, bags, g.voc)}
		keepRows(mem, g.recall.rows, g.recall.found)
		keepEdges(mem, g.edges)
		keepKeys(mem, g.docs, g.recall.vecs)
		done <- mem
	}()
	g.recall.edgesKept = sync.OnceValue(func() *Memory { return <-done })
}

// remembered maps an earlier grouping's memory onto this one: the articles whose
// signature differs or that are new (dirty), and the earlier merges with
// their roots as this grouping's positions (-1 for an article gone). Positions
// follow article ids in both, so the mapping keeps their order, and with it
// the ties between equal links.
func (g *grouping) remembered(mem *Memory, sigs []uint64) (dirty []bool, merges []Merge) {
	old := g.positionsOf(mem)
	dirty = make([]bool, len(g.docs))
	for i := range dirty {
		dirty[i] = true
	}
	for j, i := range old {
		if i >= 0 {
			dirty[i] = j >= len(mem.Sigs) || mem.Sigs[j] != sigs[i]
		}
	}
	at := func(j int32) int32 {
		if j < 0 || int(j) >= len(old) {
			return -1
		}
		return old[j]
	}
	merges = make([]Merge, len(mem.Merges))
	for k, m := range mem.Merges {
		m.A, m.B = at(m.A), at(m.B)
		merges[k] = m
	}
	return dirty, merges
}

// positionsOf maps each earlier position in mem to the article's position
// here, -1 for an article gone. Every part of the memory reads it, so it is
// made once per memory.
func (g *grouping) positionsOf(mem *Memory) []int32 {
	if r := g.recall; r != nil && r.mapped == mem && r.old != nil {
		return r.old
	}
	old := make([]int32, len(mem.IDs))
	for j, id := range mem.IDs {
		old[j] = -1
		if i, ok := g.pos[id]; ok {
			old[j] = i
		}
	}
	if g.recall != nil {
		g.recall.mapped, g.recall.old = mem, old
	}
	return old
}

// replay clusters as cluster would, from an earlier run's merges (mapped by
// remembered) and the articles that changed since. It walks the two in the order
// one heap over everything would pop them: the earlier merges whose two
// clusters are untouched, and a heap of the links of touched clusters. An
// earlier merge that no longer holds (a side gone, grown otherwise, or
// touched) makes its untouched side touched: its future is no longer the
// earlier run's, so its links join the heap. Links between untouched clusters
// are those of the earlier run, which merged exactly these; so the result, and
// the merges returned, are cluster's to the bit (tested against it). It also
// says how many of the merges it took from the earlier run.
func (c *clusters) replay(edges []edge, earlier []Merge, dirtyDocs []bool, threshold float64, windowDays int) (merges []Merge, reused int) {
	adj := newMemberEdges(c, edges)
	dense := newScatter(idSpan(c.sum))
	touched := make([]bool, len(c.parent)) // by root
	c.absorbed = make([][]int32, len(c.parent))
	var h linkHeap
	pushFrom := func(r int32) { // r is touched: its links to every neighbour
		touched[r] = true
		h.pushAll(c, dense, nil, r, adj.neighboursOf(c, r), threshold, windowDays)
	}
	for i, d := range dirtyDocs {
		if r := c.find(int32(i)); d && !touched[r] {
			pushFrom(r)
		}
	}
	holds := func(m Merge) bool {
		return m.A >= 0 && m.B >= 0 && !touched[m.A] && !touched[m.B] && c.current(m.item())
	}
	var out []Merge
	for next := 0; ; {
		for next < len(earlier) && !holds(earlier[next]) {
			for _, r := range [2]int32{earlier[next].A, earlier[next].B} {
				if r >= 0 && c.parent[r] == r && !touched[r] {
					pushFrom(r)
				}
			}
			next++
		}
		if len(h) > 0 && (next == len(earlier) || h[0].before(earlier[next].item())) {
			top := h.pop()
			if !c.current(top) || top.score < c.need(top.a, top.b, threshold) || c.apart.conflict(top.a, top.b) {
				continue
			}
			c.union(top.a, top.b)
			adj.splice(top.a, top.b)
			out = append(out, mergeOf(top))
			pushFrom(c.find(top.a))
			continue
		}
		if next == len(earlier) {
			return out, reused
		}
		m := earlier[next]
		next++
		reused++
		c.unionLater(m.A, m.B)
		adj.splice(m.A, m.B)
		keep := c.find(m.A)
		out = append(out, m)
		if adj.near[keep] = adj.near[m.A] || adj.near[m.B]; !adj.near[keep] {
			continue // no touched cluster links to it
		}
		for _, n := range adj.neighbourRoots(c, keep, touched) { // their links to the merged cluster
			h.push(c, keep, n, threshold, windowDays)
		}
	}
}

// mergeOrder interleaves the merges of independent components into the order
// one heap over all of them would pop them: each component's next merge is in
// its heap, above whatever it pushes later, so the strongest of the next
// merges comes first.
func mergeOrder(logs [][]Merge) []Merge {
	q := cursorHeap{logs: logs}
	total := 0
	for k, l := range logs {
		total += len(l)
		if len(l) > 0 {
			q.at = append(q.at, cursor{k: k})
		}
	}
	heap.Init(&q)
	out := make([]Merge, 0, total)
	for q.Len() > 0 {
		cur := &q.at[0]
		out = append(out, logs[cur.k][cur.i])
		if cur.i++; cur.i < len(logs[cur.k]) {
			heap.Fix(&q, 0)
		} else {
			heap.Pop(&q)
		}
	}
	return out
}

type cursor struct{ k, i int }

// cursorHeap orders components by their next merge.
type cursorHeap struct {
	logs [][]Merge
	at   []cursor
}

func (q *cursorHeap) Len() int { return len(q.at) }
func (q *cursorHeap) Less(x, y int) bool {
	a, b := q.at[x], q.at[y]
	return q.logs[a.k][a.i].item().before(q.logs[b.k][b.i].item())
}
func (q *cursorHeap) Swap(x, y int) { q.at[x], q.at[y] = q.at[y], q.at[x] }
func (q *cursorHeap) Push(x any)    { q.at = append(q.at, x.(cursor)) }
func (q *cursorHeap) Pop() any {
	x := q.at[len(q.at)-1]
	q.at = q.at[:len(q.at)-1]
	return x
}

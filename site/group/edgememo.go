package group

import (
	"github.com/topicdigest/digest/site/internal/par"
)

// An article's row of edges (see edgeRows) is a function of what its
// candidate search reads: its own vector, keys and date, and the postings of
// its keys that fall in its time window, with the vectors and dates of the
// articles listed. A Memory keeps each row with what its search found (see
// searches), so a regrouping searches again only the rows an edit may have
// changed (at 100,000 articles plus one, a few hundred; see keptRows) and
// takes the others as they were, to the bit.

// edgesOrRecall is candidateEdges, taking from the earlier grouping's memory
// the rows that still hold, and keeping this grouping's rows for the next.
func (g *grouping) edgesOrRecall(ix index) []edge {
	floor := adoptShare * g.opts.Threshold
	r := g.recall
	if r == nil {
		return candidateEdges(g.docs, ix, g.opts.WindowDays, floor)
	}
	r.found = newSearches(len(g.docs))
	known := g.keptRows(r.earlier, ix, r.found)
	clean := make([]bool, len(g.docs)) // the row is the earlier one
	for i := range known {
		clean[i] = known[i] != nil
	}
	r.rows = edgeRows(g.docs, ix, g.opts.WindowDays, floor, known, r.found)
	if kept, ok := g.earlierEdges(r.earlier, clean); ok {
		return joinRowsFrom(kept, r.rows, clean)
	}
	return joinRows(r.rows)
}

// earlierEdges are the earlier grouping's edges between two articles whose
// rows are unchanged (clean), as this grouping's positions, in their order;
// false for a memory without them or a damaged one.
func (g *grouping) earlierEdges(mem *Memory, clean []bool) ([]edge, bool) {
	if mem == nil {
		return nil, false
	}
	n := len(mem.EdgeScores)
	if len(mem.EdgeA) != n || len(mem.EdgeB) != n || mem.EdgeA == nil {
		return nil, false
	}
	old := g.positionsOf(mem)
	kept := make([]edge, 0, n)
	for k := range n {
		a, b := mem.EdgeA[k], mem.EdgeB[k]
		if a < 0 || b < 0 || int(a) >= len(old) || int(b) >= len(old) {
			return nil, false
		}
		if x, y := old[a], old[b]; x >= 0 && y >= 0 && clean[x] && clean[y] {
			kept = append(kept, edge{a: x, b: y, score: mem.EdgeScores[k]})
		}
	}
	return kept, true
}

// joinRowsFrom is joinRows for rows of which the clean ones are the
// earlier grouping's, given kept, the earlier edges between two clean rows
// (an edge is in either end's row, so those are unchanged): only the edges
// with a changed end are sorted, and merged in.
func joinRowsFrom(kept []edge, rows [][]edge, clean []bool) []edge {
	var fresh []edge
	for _, row := range rows {
		for _, e := range row {
			if !clean[e.a] || !clean[e.b] {
				fresh = append(fresh, e)
			}
		}
	}
	sortEdges(fresh)
	fresh = dedupeEdges(fresh)
	out := make([]edge, 0, len(kept)+len(fresh))
	for len(kept) > 0 && len(fresh) > 0 {
		if edgeOrder(kept[0], fresh[0]) <= 0 {
			out, kept = append(out, kept[0]), kept[1:]
		} else {
			out, fresh = append(out, fresh[0]), fresh[1:]
		}
	}
	return append(append(out, kept...), fresh...)
}

// rememberedRow is the row of the article at position i from its partners'
// earlier positions and the scores, or nil if a partner is gone (its row's
// inputs then differ too, so this only guards a damaged memory).
func rememberedRow(i int32, partners []int32, scores []float64, old []int32) []edge {
	row := make([]edge, 0, len(partners))
	for k, p := range partners {
		if p < 0 || int(p) >= len(old) || old[p] < 0 {
			return nil
		}
		q := old[p]
		row = append(row, edge{a: min(i, q), b: max(i, q), score: scores[k]})
	}
	return row
}

// keepRows stores this grouping's rows and their searches in mem, partners
// by position: the rows' ends first, then the rows themselves on every
// core, into lists made to size once (growing them edge by edge had
// allocated three times their 48 MB at 100,000 articles, on one core).
func keepRows(mem *Memory, rows [][]edge, found *searches) {
	if found == nil {
		return
	}
	mem.RowEnds = make([]int32, len(rows))
	mem.RowBest, mem.RowCuts, mem.RowSearched = found.best, found.cut, found.searched
	n := int32(0)
	for i, row := range rows {
		n += int32(len(row))
		mem.RowEnds[i] = n
	}
	mem.Partners, mem.Scores = make([]int32, n), make([]float64, n)
	par.Chunks(len(rows), func(lo, hi int) {
		for i := lo; i < hi; i++ {
			at := int(startOf(mem.RowEnds, i))
			for k, e := range rows[i] {
				mem.Partners[at+k] = e.a + e.b - int32(i) // the other end
				mem.Scores[at+k] = e.score
			}
		}
	})
}

// keepEdges stores this grouping's edges in mem.
func keepEdges(mem *Memory, edges []edge) {
	mem.EdgeA, mem.EdgeB, mem.EdgeScores = make([]int32, len(edges)), make([]int32, len(edges)), make([]float64, len(edges))
	for k, e := range edges {
		mem.EdgeA[k], mem.EdgeB[k], mem.EdgeScores[k] = e.a, e.b, e.score
	}
}

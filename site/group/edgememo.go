package group

import (
	"github.com/topicdigest/digest/site/internal/par"
)

// An article's row of edges (see edgeRows) is a function of what its
// candidate search reads: its own vector, keys and date, and the postings of
// its keys that fall in its time window, with the vectors and dates of the
// articles listed. A Memory keeps each row with a hash of those inputs, so a
// regrouping searches again only the rows whose inputs an edit touched (at
// 100,000 articles plus one, about a tenth of them, of which gainedRows
// then takes all but a few hundred as well) and takes the others as they
// were, to the bit.

// termWindows hashes one term's postings: the undated ones, and the dated
// ones as running sums of their hashes, so the postings of any window hash
// as the difference of two sums. A window's postings are in an order its
// set decides (by day, then position, which follows id), so hashing the set
// is hashing what the search reads.
type termWindows struct {
	undated uint64
	sums    []uint64 // sums[k] adds up the hashes of the first k dated postings
}

// postingHashes hashes every term's postings (by term id, nil for a term
// no article is indexed by), each posting by its article's docHash.
func postingHashes(ix index, docHash []uint64) []*termWindows {
	tws := make([]*termWindows, len(ix))
	par.Chunks(len(ix), func(lo, hi int) {
		for t := lo; t < hi; t++ {
			ps := ix[t]
			if ps == nil {
				continue
			}
			tw := &termWindows{undated: mix64(uint64(len(ps.undated))), sums: make([]uint64, len(ps.dated)+1)}
			for _, e := range ps.undated {
				tw.undated = mix64(tw.undated ^ docHash[e.doc])
			}
			for k, e := range ps.dated {
				tw.sums[k+1] = tw.sums[k] + docHash[e.doc]
			}
			tws[t] = tw
		}
	})
	return tws
}

// dated hashes the dated postings from lo to hi.
func (tw *termWindows) dated(lo, hi int) uint64 {
	return mix64(uint64(hi-lo) ^ (tw.sums[hi] - tw.sums[lo]))
}

// rowSigs hashes, per article, the inputs of its row of edges (see above):
// its docHash, its keys' terms and, for each key, whether the search skips
// it (too many postings in the window, see postingCap) or else the dated
// postings in its window (all of them for an undated article) and the
// undated ones.
func rowSigs(docs []doc, ix index, voc *vocabulary, tws []*termWindows, docHash []uint64) []uint64 {
	const skipped = 0x5bd1e995 // a key the search passes over
	sigs := make([]uint64, len(docs))
	par.Chunks(len(docs), func(lo, hi int) {
		for i := lo; i < hi; i++ {
			d := &docs[i]
			h := mix64(docHash[i] ^ uint64(len(d.keys)))
			for k, p := range d.keys {
				id := d.v.ids[p]
				h = mix64(h ^ voc.hashes[id])
				from, to, ok := ix[id].searchBounds(d, d.slots[k])
				if !ok {
					h = mix64(h ^ skipped)
					continue
				}
				h = mix64(h ^ tws[id].undated)
				h = mix64(h ^ tws[id].dated(from, to))
			}
			sigs[i] = h
		}
	})
	return sigs
}

// edgesOrRecall is candidateEdges, taking from the earlier grouping's memory
// the rows whose inputs are unchanged, and keeping this grouping's rows for
// the next.
func (g *grouping) edgesOrRecall(ix index) []edge {
	floor := adoptShare * g.opts.Threshold
	r := g.recall
	if r == nil {
		return candidateEdges(g.docs, ix, g.opts.WindowDays, floor)
	}
	docHash := make([]uint64, len(g.docs)) // what a posting of each article tells those that find it
	for i := range docHash {
		docHash[i] = mix64(r.ids[i] ^ r.vecs[i])
	}
	r.rowSigs = rowSigs(g.docs, ix, g.voc, postingHashes(ix, docHash), docHash)
	r.found = newSearches(len(g.docs))
	known := g.knownRows(r.earlier, r.rowSigs, r.found)
	r.gained = g.gainedRows(r.earlier, ix, known, r.found)
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

// knownRows are the rows of the earlier memory whose signature is this
// grouping's, as this grouping's positions (nil where unknown, and all nil
// for a memory without rows or a damaged one), their searches carried into
// found.
func (g *grouping) knownRows(mem *Memory, sigs []uint64, found *searches) [][]edge {
	if mem == nil || len(mem.RowSigs) != len(mem.IDs) || len(mem.RowEnds) != len(mem.IDs) ||
		len(mem.Partners) != len(mem.Scores) || !mem.searches().sound(len(mem.IDs)) {
		return nil
	}
	earlier := mem.searches()
	old := g.positionsOf(mem)
	known := make([][]edge, len(g.docs))
	start := int32(0)
	for j, end := range mem.RowEnds {
		if end < start || int(end) > len(mem.Partners) {
			return nil
		}
		if i := old[j]; i >= 0 && mem.RowSigs[j] == sigs[i] {
			if found.carry(int(i), earlier, j, old) {
				known[i] = rememberedRow(i, mem.Partners[start:end], mem.Scores[start:end], old)
			}
		}
		start = end
	}
	return known
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

// keepRows stores this grouping's rows and their searches in mem, partners by position: the
// rows' ends first, then the rows themselves on every core, into lists
// made to size once (growing them edge by edge had allocated three times
// their 48 MB at 100,000 articles, on one core).
func keepRows(mem *Memory, sigs []uint64, rows [][]edge, found *searches) {
	if sigs == nil {
		return
	}
	mem.RowSigs, mem.RowEnds = sigs, make([]int32, len(rows))
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

package group

import (
	"slices"
	"sync/atomic"

	"github.com/topicdigest/digest/site/internal/par"
)

// Rows kept between groupings. A row's search adds up one partial score per
// candidate, over the row's keys in order, and keeps the best (see
// bestPartial). The partial score of an article whose vector is unchanged
// is the same, to the bit, as long as the row's own vector is and the row
// searches the same keys: which postings of a key fall in the window
// follows from the dates alone. So when
//   - the row's article is not fresh (new, or its vector changed),
//   - its search skips the keys it skipped before (see postingCap),
//   - none of its earlier best is fresh or gone,
//   - and no fresh article passes the cut its earlier best make (see
//     searches.enters),
// its best are the earlier ones and so is its row, which keptRows takes
// from the memory instead of searching again. One article added to 100,000
// changes the vectors of a few dozen (the new one, and those whose rare
// terms' idf its count moved); they enter or leave the windows of about
// 8,000 rows, of which they pass the cut of a few hundred.

// searches holds, by position, what each row's search found besides its
// edges, for the next grouping's keptRows.
type searches struct {
	best     []int32   // maxCandidates slots per row: its best partial matches, best first; -1 past the last
	cut      []float64 // the partial score of its last best, when all its slots are full
	searched []int32   // bit k: the search read key k (see accumulate)
}

func newSearches(n int) *searches {
	return &searches{best: make([]int32, n*maxCandidates), cut: make([]float64, n), searched: make([]int32, n)}
}

// set notes row i's search: its best (bestPartial's, with acc their partial
// scores) and the keys it searched.
func (s *searches) set(i int, best []int32, acc []float64, searched uint32) {
	slots := s.best[i*maxCandidates : (i+1)*maxCandidates]
	n := copy(slots, best)
	for k := n; k < len(slots); k++ {
		slots[k] = -1
	}
	s.cut[i], s.searched[i] = 0, int32(searched)
	if n == maxCandidates {
		s.cut[i] = acc[best[n-1]]
	}
}

// bestOf is row i's best (earlier positions, in a memory's searches).
func (s *searches) bestOf(i int) []int32 {
	slots := s.best[i*maxCandidates : (i+1)*maxCandidates]
	n := 0
	for n < len(slots) && slots[n] >= 0 {
		n++
	}
	return slots[:n]
}

// carry copies the earlier row j's search (in mem) to row i, with its
// articles' positions here (old maps them); false when one is gone.
func (s *searches) carry(i int, mem *searches, j int, old []int32) bool {
	from := mem.best[j*maxCandidates : (j+1)*maxCandidates]
	to := s.best[i*maxCandidates : (i+1)*maxCandidates]
	for k, p := range from {
		switch {
		case p < 0:
			to[k] = -1
		case int(p) >= len(old) || old[p] < 0:
			return false
		default:
			to[k] = old[p]
		}
	}
	s.cut[i], s.searched[i] = mem.cut[j], mem.searched[j]
	return true
}

// searches is the memory's record of its rows' searches.
func (m *Memory) searches() *searches {
	return &searches{best: m.RowBest, cut: m.RowCuts, searched: m.RowSearched}
}

// sound reports whether s holds n rows.
func (s *searches) sound(n int) bool {
	return len(s.best) == n*maxCandidates && len(s.cut) == n && len(s.searched) == n
}

// enters reports whether a candidate at position j with partial score acc
// would be among the best of row i, in bestPartial's order. A score of
// zero, which only an underflow gives, is taken to enter: the row is then
// searched again, which is always right.
func (s *searches) enters(i int, j int32, acc float64) bool {
	last := s.best[(i+1)*maxCandidates-1] // its position here
	return last < 0 || acc <= 0 || acc > s.cut[i] || (acc == s.cut[i] && j < last)
}

// searchedKeys is how many keys a row's mask of searched keys holds (see
// accumulate): indexTerms at most, unless a memory is damaged.
const searchedKeys = 32

// maxFreshPerRow bounds the newcomers one row may meet before it is
// searched again instead.
const maxFreshPerRow = 64

// freshPosting is a posting of a fresh article: where it stands in its
// term's dated or undated postings, and its weight.
type freshPosting struct {
	slot  int32
	doc   int32
	dated bool
	w     float64
}

// freshScore is a newcomer's partial score in one row.
type freshScore struct {
	doc int32
	acc float64
}

// keptRows are the earlier rows that still hold (see above), as this
// grouping's positions, nil where a row must be searched again, and all nil
// for no memory or a damaged one; their searches are carried into found.
func (g *grouping) keptRows(mem *Memory, ix index, found *searches) [][]edge {
	if mem == nil || len(mem.Vecs) != len(mem.IDs) || len(mem.RowEnds) != len(mem.IDs) ||
		len(mem.Partners) != len(mem.Scores) || !mem.searches().sound(len(mem.IDs)) || !rowEndsSound(mem) {
		return nil
	}
	old := g.positionsOf(mem)
	was := make([]int32, len(g.docs)) // each article's earlier position, -1 for a new one
	for i := range was {
		was[i] = -1
	}
	for j, i := range old {
		if i >= 0 {
			was[i] = int32(j)
		}
	}
	fresh := make([]bool, len(g.docs))
	var freshDocs []int32
	for i, j := range was {
		if j < 0 || mem.Vecs[j] != g.recall.vecs[i] {
			fresh[i], freshDocs = true, append(freshDocs, int32(i))
		}
	}
	fp := g.freshPostings(freshDocs)
	earlier := mem.searches()
	known := make([][]edge, len(g.docs))
	var kept, gained atomic.Int64
	par.Chunks(len(g.docs), func(lo, hi int) {
		var scores []freshScore
		for i := lo; i < hi; i++ {
			j := was[i]
			if fresh[i] || len(g.docs[i].keys) > searchedKeys {
				continue
			}
			if !keptBest(earlier.bestOf(int(j)), old, fresh) || !found.carry(i, earlier, int(j), old) {
				continue
			}
			var ok bool
			scores, ok = fp.scores(g.docs, ix, i, uint32(earlier.searched[j]), scores[:0])
			if !ok || anyEnters(found, i, scores) {
				continue
			}
			start, end := startOf(mem.RowEnds, int(j)), mem.RowEnds[j]
			if row := rememberedRow(int32(i), mem.Partners[start:end], mem.Scores[start:end], old); row != nil {
				known[i] = row
				kept.Add(1)
				if len(scores) > 0 {
					gained.Add(1)
				}
			}
		}
	})
	g.recall.kept, g.recall.gained = int(kept.Load()), int(gained.Load())
	return known
}

// rowEndsSound reports whether mem's rows end in order within Partners.
func rowEndsSound(mem *Memory) bool {
	start := int32(0)
	for _, end := range mem.RowEnds {
		if end < start || int(end) > len(mem.Partners) {
			return false
		}
		start = end
	}
	return true
}

// keptBest reports whether every one of a row's earlier best (earlier
// positions) is here and not fresh.
func keptBest(best []int32, old []int32, fresh []bool) bool {
	for _, p := range best {
		if int(p) >= len(old) || old[p] < 0 || fresh[old[p]] {
			return false
		}
	}
	return true
}

// freshPostings are the postings of the fresh articles, by term (see
// doc.slots), dated ones first and each kind by slot; has marks the terms
// that have some, so most rows' keys cost no look-up.
type freshPostings struct {
	byTerm map[int32][]freshPosting
	has    []bool
}

func (g *grouping) freshPostings(fresh []int32) *freshPostings {
	fp := &freshPostings{byTerm: map[int32][]freshPosting{}, has: make([]bool, len(g.voc.terms))}
	for _, i := range fresh {
		d := &g.docs[i]
		for k, p := range d.keys {
			id := d.v.ids[p]
			fp.has[id] = true
			fp.byTerm[id] = append(fp.byTerm[id], freshPosting{slot: d.slots[k], doc: i, dated: d.dated, w: d.v.ws[p]})
		}
	}
	for _, ps := range fp.byTerm {
		slices.SortFunc(ps, func(a, b freshPosting) int {
			if a.dated != b.dated {
				if a.dated {
					return -1
				}
				return 1
			}
			return int(a.slot - b.slot)
		})
	}
	return fp
}

// scores appends the partial score row i's search gives each fresh
// article in its windows, as accumulate adds it up; false when the row
// searches other keys than it did (searched, see accumulate) or meets more
// than maxFreshPerRow newcomers.
func (fp *freshPostings) scores(docs []doc, ix index, i int, searched uint32, scores []freshScore) ([]freshScore, bool) {
	d := &docs[i]
	for k, p := range d.keys {
		id := d.v.ids[p]
		lo, hi, ok := ix[id].searchBounds(d, d.slots[k])
		if ok != (searched&(1<<k) != 0) {
			return scores, false
		}
		if !ok || !fp.has[id] {
			continue
		}
		dated, undated := freshIn(fp.byTerm[id], lo, hi)
		for _, part := range [][]freshPosting{dated, undated} {
			for _, f := range part {
				if scores, ok = addScore(scores, f.doc, float64(d.v.ws[p]*f.w)); !ok {
					return scores, false
				}
			}
		}
	}
	return scores, true
}

// freshIn is the dated fresh postings (see freshPostings) in the window
// [lo, hi), and the undated ones.
func freshIn(ps []freshPosting, lo, hi int) (dated, undated []freshPosting) {
	n, _ := slices.BinarySearchFunc(ps, false, func(f freshPosting, _ bool) int {
		if f.dated {
			return -1
		}
		return 1
	})
	dated, undated = ps[:n], ps[n:]
	bySlot := func(f freshPosting, s int32) int { return int(f.slot - s) }
	from, _ := slices.BinarySearchFunc(dated, int32(lo), bySlot)
	to, _ := slices.BinarySearchFunc(dated, int32(hi), bySlot)
	return dated[from:to], undated
}

// addScore adds w to doc's partial score, in the order accumulate adds
// them, each product rounded there and here (a conversion keeps a compiler
// from fusing the multiply into the add, as arm64's may), so the sums are
// accumulate's to the bit; false once a row meets more than maxFreshPerRow
// newcomers.
func addScore(scores []freshScore, doc int32, w float64) ([]freshScore, bool) {
	for k := range scores {
		if scores[k].doc == doc {
			scores[k].acc += w
			return scores, true
		}
	}
	if len(scores) == maxFreshPerRow {
		return scores, false
	}
	return append(scores, freshScore{doc: doc, acc: w}), true
}

// anyEnters reports whether a newcomer passes row i's cut.
func anyEnters(found *searches, i int, scores []freshScore) bool {
	for _, f := range scores {
		if found.enters(i, f.doc, f.acc) {
			return true
		}
	}
	return false
}

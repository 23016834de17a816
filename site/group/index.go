package group

import (
	"cmp"
	"runtime"
	"slices"

	"github.com/topicdigest/digest/site/internal/par"
	"github.com/topicdigest/digest/site/internal/prefault"
)

// Candidate search: each article is compared only with the articles that share
// one of its most distinctive terms and fall within the time window, so the cost
// grows with the number of articles times the (capped) postings scanned, never
// with all pairs.
const (
	indexTerms    = 24  // an article's heaviest terms that go into the index and queries
	postingCap    = 150 // a term with more postings in the window is too common to search on
	maxCandidates = 24  // best partial matches per article scored exactly
)

// posting is one article holding a term among its heaviest, with its weight.
type posting struct {
	doc int32
	day float64
	w   float64
}

// postings for one term: dated articles sorted by day, undated ones apart.
// windows holds, for each dated posting, where the postings in its
// article's time window begin and end (see sweepWindows).
type postings struct {
	dated, undated []posting
	windows        []window
}

// window is a range of dated postings, [lo, hi).
type window struct{ lo, hi int32 }

// index holds, by term id, the articles that weigh the term among their
// heaviest (nil for a term no article is indexed by): a list by id rather
// than a map, as every article's query looks up two dozen terms.
type index []*postings

// buildIndex indexes every article by its keys (known[i] when not nil,
// see knownKeys), and notes where each article's posting of each key
// stands (doc.slots), with the windows of windowDays around the dated
// postings.
func buildIndex(docs []doc, voc *vocabulary, windowDays int, known [][]int) index {
	par.Chunks(len(docs), func(lo, hi int) {
		for i := lo; i < hi; i++ {
			if known != nil && known[i] != nil {
				docs[i].keys = known[i]
			} else {
				docs[i].keys = indexKeys(docs[i].v, voc)
			}
			docs[i].slots = make([]int32, len(docs[i].keys))
		}
	})
	ix := emptyIndex(docs, len(voc.terms))
	order := byDay(docs) // so dated postings come out sorted by day, then doc
	stretches := termStretches(ix, runtime.GOMAXPROCS(0))
	par.Each(len(stretches), func(k int) {
		fillPostings(docs, ix, order, stretches[k][0], stretches[k][1])
	})
	sweepWindows(ix, windowDays)
	return ix
}

// fillPostings appends, in the given order of articles, their postings of
// the terms from lo to hi, and notes where each stands (doc.slots). Each
// term's postings come out in the order of the articles, whoever fills the
// other terms: the terms are shared out among the cores, each of which reads
// every article's keys and writes only its own terms' postings.
func fillPostings(docs []doc, ix index, order []int32, lo, hi int32) {
	for _, i := range order {
		d := &docs[i]
		for k, p := range d.keys {
			t := d.v.ids[p]
			if t < lo || t >= hi {
				continue
			}
			ps := ix[t]
			e := posting{doc: i, day: d.day, w: d.v.ws[p]}
			if d.dated {
				d.slots[k] = int32(len(ps.dated))
				ps.dated = append(ps.dated, e)
			} else {
				d.slots[k] = int32(len(ps.undated))
				ps.undated = append(ps.undated, e)
			}
		}
	}
}

// termStretches splits the terms into n stretches holding about as many
// postings each (their room is made, see emptyIndex).
func termStretches(ix index, n int) [][2]int32 {
	total := 0
	for _, ps := range ix {
		if ps != nil {
			total += cap(ps.dated) + cap(ps.undated)
		}
	}
	var out [][2]int32
	lo, seen := 0, 0
	for t, ps := range ix {
		if ps != nil {
			seen += cap(ps.dated) + cap(ps.undated)
		}
		if len(out) < n-1 && seen*n >= total*(len(out)+1) {
			out = append(out, [2]int32{int32(lo), int32(t + 1)})
			lo = t + 1
		}
	}
	return append(out, [2]int32{int32(lo), int32(len(ix))})
}

// sweepWindows finds every dated posting's window: the postings from
// windowDays before its day to windowDays after. The queries of a term come
// from its own postings, in day order, so two bounds moving forward find
// them all in one pass over each list, where a binary search per article
// and key was a tenth of a regrouping.
func sweepWindows(ix index, windowDays int) {
	total := 0
	for _, ps := range ix {
		if ps != nil {
			total += len(ps.dated)
		}
	}
	all := make([]window, total)
	w := float64(windowDays)
	for _, ps := range ix {
		if ps == nil {
			continue
		}
		ps.windows, all = all[:len(ps.dated):len(ps.dated)], all[len(ps.dated):]
		lo, hi := 0, 0
		for k := range ps.dated {
			day := ps.dated[k].day
			for lo < len(ps.dated) && !(ps.dated[lo].day >= day-w) {
				lo++
			}
			for hi < len(ps.dated) && !(ps.dated[hi].day > day+w) {
				hi++
			}
			ps.windows[k] = window{int32(lo), int32(hi)}
		}
	}
}

// emptyIndex is an index whose postings lists are empty, with room for the
// postings docs' keys give them, all in one array: growing 2.4 million
// postings list by list, then sorting each, was a fifth of a regrouping's index.
func emptyIndex(docs []doc, terms int) index {
	dated, undated := make([]int32, terms), make([]int32, terms)
	total := 0
	for i := range docs {
		d := &docs[i]
		total += len(d.keys)
		for _, p := range d.keys {
			if d.dated {
				dated[d.v.ids[p]]++
			} else {
				undated[d.v.ids[p]]++
			}
		}
	}
	ix, room := make(index, terms), make([]postings, terms)
	all := make([]posting, 0, total)
	for t := range room {
		if n, u := int(dated[t]), int(undated[t]); n+u > 0 {
			at := len(all)
			all = all[:at+n+u]
			room[t] = postings{dated: all[at : at : at+n], undated: all[at+n : at+n : at+n+u]}
			ix[t] = &room[t]
		}
	}
	return ix
}

// byDay lists the positions of the dated docs by day, then position, and
// after them the undated ones by position.
func byDay(docs []doc) []int32 {
	order := make([]int32, len(docs))
	for i := range order {
		order[i] = int32(i)
	}
	slices.SortFunc(order, func(a, b int32) int {
		da, db := &docs[a], &docs[b]
		switch {
		case da.dated != db.dated:
			if da.dated {
				return -1
			}
			return 1
		case da.dated:
			if c := cmp.Compare(da.day, db.day); c != 0 {
				return c
			}
		}
		return cmp.Compare(a, b)
	})
	return order
}

// indexKeys are the positions in v of its heaviest terms that some other
// article also uses (a term of one article alone finds no candidate, and in a
// small digest those would crowd out every shared term), heaviest first, ties
// by id.
func indexKeys(v vec, voc *vocabulary) []int {
	return v.topWhere(indexTerms, func(id int32) bool { return voc.df[id] > 1 })
}

// bounds are where the window of d, whose posting here is at slot (see
// doc.slots), begins and ends in the dated postings, those d may be grouped
// with: all of them for an undated article.
func (ps *postings) bounds(d *doc, slot int32) (lo, hi int) {
	if !d.dated {
		return 0, len(ps.dated)
	}
	w := ps.windows[slot]
	return int(w.lo), int(w.hi)
}

// searchable is the part of a term's postings in d's window, which a search
// from d reads with the undated ones, or false when those are too many to
// read (see postingCap).
func (ps *postings) searchable(d *doc, slot int32) ([]posting, bool) {
	lo, hi, ok := ps.searchBounds(d, slot)
	return ps.dated[lo:hi], ok
}

// searchBounds is searchable as bounds in the dated postings.
func (ps *postings) searchBounds(d *doc, slot int32) (lo, hi int, ok bool) {
	lo, hi = ps.bounds(d, slot)
	return lo, hi, hi-lo+len(ps.undated) <= postingCap
}

// edge is a scored candidate pair, a < b.
type edge struct {
	a, b  int32
	score float64
}

// candidateEdges finds, for every article, its best matches through the index
// and scores them exactly; pairs scoring below floor are dropped.
func candidateEdges(docs []doc, ix index, windowDays int, floor float64) []edge {
	return joinRows(edgeRows(docs, ix, windowDays, floor, nil, nil))
}

// edgeRows is each article's row of edges: its best matches through the
// index, scored exactly, those below floor dropped. A row known already
// (known[i] non-nil, see keptRows) is taken as it is; for the others,
// what the search found is noted in found when it is not nil.
func edgeRows(docs []doc, ix index, windowDays int, floor float64, known [][]edge, found *searches) [][]edge {
	per := make([][]edge, len(docs))
	span := docsIDSpan(docs)
	par.Chunks(len(docs), func(lo, hi int) {
		var acc []float64
		var dense scatter
		var touched []int32
		for i := lo; i < hi; i++ {
			if known != nil && known[i] != nil {
				per[i] = known[i]
				continue
			}
			if acc == nil {
				acc, dense = prefault.Make[float64](len(docs)), newScatter(span) // acc is read before written
			}
			var searched uint32
			touched, searched = accumulate(docs, ix, i, acc, touched[:0])
			best := bestPartial(touched, acc, maxCandidates)
			per[i] = scoreBest(docs, i, best, dense, windowDays, floor)
			if found != nil {
				found.set(i, best, acc, searched)
			}
			for _, j := range touched {
				acc[j] = 0
			}
		}
	})
	return per
}

// joinRows is the edges of all rows, strongest first, each pair once.
func joinRows(per [][]edge) []edge {
	n := 0
	for _, es := range per {
		n += len(es)
	}
	all := make([]edge, 0, n)
	for _, es := range per {
		all = append(all, es...)
	}
	sortEdges(all)
	return dedupeEdges(all)
}

// accumulate adds up, for every article sharing an indexed term with docs[i],
// the weight the shared terms give the pair; it also returns which of
// docs[i]'s keys it searched (bit k for key k: not too common, see
// postingCap).
func accumulate(docs []doc, ix index, i int, acc []float64, touched []int32) ([]int32, uint32) {
	d := &docs[i]
	var searched uint32
	for k, p := range d.keys {
		ps := ix[d.v.ids[p]]
		win, ok := ps.searchable(d, d.slots[k])
		if !ok {
			continue
		}
		searched |= 1 << k
		for _, part := range [][]posting{win, ps.undated} {
			for _, e := range part {
				if int(e.doc) == i {
					continue
				}
				if acc[e.doc] == 0 {
					touched = append(touched, e.doc)
				}
				acc[e.doc] += float64(d.v.ws[p] * e.w) // rounded, never fused: see addScore
			}
		}
	}
	return touched, searched
}

// scoreBest scores exactly docs[i]'s best partial matches (their
// pairScore, to the last bit), docs[i] laid out once in dense.
func scoreBest(docs []doc, i int, best []int32, dense scatter, windowDays int, floor float64) []edge {
	var out []edge
	dense.load(docs[i].v)
	defer dense.clear(docs[i].v)
	for _, j := range best {
		s := pairScore(dense.dot(docs[j].v), &docs[i], &docs[j], windowDays)
		if s >= floor {
			out = append(out, edge{a: int32(min(i, int(j))), b: int32(max(i, int(j))), score: s})
		}
	}
	return out
}

// bestPartial keeps the k articles with the highest partial score (ties by
// position) in one pass with a small sorted buffer, instead of sorting all.
func bestPartial(touched []int32, acc []float64, k int) []int32 {
	better := func(x, y int32) bool {
		if acc[x] != acc[y] {
			return acc[x] > acc[y]
		}
		return x < y
	}
	best := make([]int32, 0, k+1)
	for _, j := range touched {
		best = keepBest(best, j, k, better)
	}
	return best
}

// pairScore is the cosine of two articles (given as the dot product of their
// unit vectors), decayed by the days between them (see kept).
func pairScore(dot float64, a, b *doc, windowDays int) float64 {
	return dot * kept(a.span(), b.span(), windowDays)
}

// docsIDSpan is idSpan over the articles' vectors.
func docsIDSpan(docs []doc) int {
	n := 0
	for i := range docs {
		if ids := docs[i].v.ids; len(ids) > 0 {
			n = max(n, int(ids[len(ids)-1])+1)
		}
	}
	return n
}

func (d *doc) span() span { return span{lo: d.day, hi: d.day, dated: d.dated} }

// sortEdges orders edges strongest first, ties by article positions, so the
// clustering that consumes them is deterministic. The order is total (equal
// edges are copies), so sorting parts on all cores and merging them gives
// the one sorted list.
func sortEdges(es []edge) { parallelSort(es, edgeOrder) }

// edgeOrder puts edges strongest first, then by their ends.
func edgeOrder(x, y edge) int {
	if x.score != y.score {
		return -cmp.Compare(x.score, y.score)
	}
	if x.a != y.a {
		return cmp.Compare(x.a, y.a)
	}
	return cmp.Compare(x.b, y.b)
}

func dedupeEdges(es []edge) []edge {
	out := es[:0]
	for k, e := range es {
		if k > 0 && e.a == es[k-1].a && e.b == es[k-1].b {
			continue
		}
		out = append(out, e)
	}
	return out
}

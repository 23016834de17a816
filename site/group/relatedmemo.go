package group

import (
	"slices"

	"github.com/topicdigest/digest/site/internal/par"
)

// Related events, replayed. After one new article, a few events change; a
// pair of two events that did not keeps its score, and stays a pair of
// candidates unless one of the keys they share changed its length across
// relatedPosting. So a regrouping scores only the pairs with a changed event
// and takes the others from the memory, which keeps, for each event, its
// founder, a hash of its size and centroid, its keys, and its strongest
// maxRelated pairs (see RelatedMemory). Those are all an unchanged event
// needs while they stay pairs of unchanged events: its strongest pairs
// now are among them and the pairs with changed events. An event whose
// list was full and lost one to a change is scored anew; its pairs are
// those of the memory, so the events whose lists hold it keep theirs. Scoring every pair
// was a sixth of such a regrouping at 100,000 articles (1 of 6 s).

// RelatedMemory is what linking related events leaves for the next grouping,
// by event in the order grouping lists them: each event's founder (a
// position in Memory.IDs), a hash of its size and centroid, where its keys
// end in Keys (their terms' hashes), and where its strongest pairs (up to
// maxRelated of those that reached the threshold) end in Found and
// FoundScores (the other event's place here, and the pair's score).
type RelatedMemory struct {
	Founders    []int32
	Sigs        []uint64
	KeyEnds     []int32
	Keys        []uint64
	FoundEnds   []int32
	Found       []int32
	FoundScores []float64
}

// knownRelated is what a regrouping knows of its events from the memory:
// which are unchanged (clean), and for those, their pairs with other
// unchanged events.
type knownRelated struct {
	sigs  []uint64   // by event: size and shape hashed (see eventSig)
	keys  [][]uint64 // by event: its keys' term hashes
	clean []bool
	found [][]rel
}

// knownRelated hashes every event, takes from the earlier memory, if any,
// the keys and pairs of the events that did not change, and indexes them
// all.
func (g *grouping) knownRelated(groups [][]int, cents centroids) (*knownRelated, relatedIndex) {
	kr := &knownRelated{sigs: make([]uint64, len(groups)), keys: make([][]uint64, len(groups)),
		clean: make([]bool, len(groups)), found: make([][]rel, len(groups))}
	for k := range groups {
		kr.sigs[k] = eventSig(len(groups[k]), cents.shape(k))
	}
	var rm *RelatedMemory
	var match []int32
	var taken [][]int32
	if mem := g.recall.earlier; mem != nil && mem.Related.consistent() {
		rm = &mem.Related
		match, taken = g.matchEvents(rm, groups, kr)
	}
	ix := newRelatedIndex(cents, g.voc, taken)
	par.Chunks(len(groups), func(lo, hi int) {
		for k := lo; k < hi; k++ {
			kr.keys[k] = make([]uint64, len(ix.keys[k]))
			for i, id := range ix.keys[k] {
				kr.keys[k][i] = g.voc.hashes[id]
			}
		}
	})
	if match == nil {
		return kr, ix
	}
	g.unsettle(rm, match, ix, kr)
	rm.unsettleFull(match, kr)
	for j, k := range match {
		if k < 0 || !kr.clean[k] {
			continue
		}
		for f := startOf(rm.FoundEnds, j); f < rm.FoundEnds[j]; f++ {
			if o := match[rm.Found[f]]; o >= 0 && kr.clean[o] {
				kr.found[k] = append(kr.found[k], rel{int(o), rm.FoundScores[f]})
			}
		}
	}
	return kr, ix
}

// unsettleFull marks for scoring anew every unchanged event whose list of
// pairs was full and has one with a changed event: a pair the list left out
// may now be among its strongest. Its own pairs are unchanged, scored anew
// or not, so the events whose lists hold it are not unsettled in turn.
func (rm *RelatedMemory) unsettleFull(match []int32, kr *knownRelated) {
	unchanged := slices.Clone(kr.clean)
	for j, k := range match {
		start := startOf(rm.FoundEnds, j)
		if k < 0 || !unchanged[k] || rm.FoundEnds[j]-start < maxRelated {
			continue
		}
		for _, o := range rm.Found[start:rm.FoundEnds[j]] {
			if m := match[o]; m < 0 || !unchanged[m] {
				kr.clean[k] = false
				break
			}
		}
	}
}

// consistent reports whether the lists agree on the number of events and
// stay within each other; a memory that fails it is not read.
func (rm *RelatedMemory) consistent() bool {
	n := len(rm.Founders)
	if n == 0 || len(rm.Sigs) != n || len(rm.KeyEnds) != n || len(rm.FoundEnds) != n || len(rm.FoundScores) != len(rm.Found) {
		return false
	}
	within := func(ends []int32, total int) bool {
		return slices.IsSorted(ends) && ends[0] >= 0 && int(ends[n-1]) == total
	}
	if !within(rm.KeyEnds, len(rm.Keys)) || !within(rm.FoundEnds, len(rm.Found)) {
		return false
	}
	for _, o := range rm.Found {
		if o < 0 || int(o) >= n {
			return false
		}
	}
	return true
}

// matchEvents maps each earlier event to the event here with the same
// founder, size and shape (-1 for none), marks those clean, and takes
// their keys (by id here). The same shape is the same vectors added up in
// the same order, so the same centroid to the bit, and the same keys: a
// term's document count crosses the df > 1 gate of indexKeys only by
// moving the vectors that hold it (see keymemo.go).
func (g *grouping) matchEvents(rm *RelatedMemory, groups [][]int, kr *knownRelated) (match []int32, taken [][]int32) {
	founded := make([]int32, len(g.docs)) // article position -> event it founds, plus one
	for k, members := range groups {
		founded[members[0]] = int32(k) + 1
	}
	old := g.positionsOf(g.recall.earlier)
	match = make([]int32, len(rm.Founders))
	for j, f := range rm.Founders {
		match[j] = -1
		if int(f) < len(old) && old[f] >= 0 && founded[old[f]] > 0 && rm.Sigs[j] == kr.sigs[founded[old[f]]-1] {
			match[j] = founded[old[f]] - 1
		}
	}
	taken = make([][]int32, len(groups))
	par.Chunks(len(match), func(lo, hi int) {
		for j := lo; j < hi; j++ {
			if k := match[j]; k >= 0 {
				// a key missing here is a different centroid after all
				taken[k], kr.clean[k] = g.voc.idsOfHashes(rm.Keys[startOf(rm.KeyEnds, j):rm.KeyEnds[j]])
			}
		}
	})
	for j, k := range match {
		if k >= 0 && !kr.clean[k] {
			match[j] = -1
		}
	}
	return match, taken
}

// unsettle marks changed every event in the postings of a key whose length
// crossed relatedPosting: the postings differ only by the events that
// changed, gone or new, and a pair of unchanged events that shares such a
// key may have become candidates or stopped being.
func (g *grouping) unsettle(rm *RelatedMemory, match []int32, ix relatedIndex, kr *knownRelated) {
	delta := map[int32]int{} // by term: earlier length minus the length here
	for k, keys := range ix.keys {
		if !kr.clean[k] {
			for _, id := range keys {
				delta[id]--
			}
		}
	}
	for j, k := range match {
		if k >= 0 {
			continue
		}
		for _, h := range rm.Keys[startOf(rm.KeyEnds, j):rm.KeyEnds[j]] {
			if id, ok := g.voc.idOfHash(h); ok {
				delta[id]++
			}
		}
	}
	for id, d := range delta {
		now := len(ix.post.of(id))
		if d != 0 && (now > relatedPosting) != (now+d > relatedPosting) {
			for _, k := range ix.post.of(id) {
				kr.clean[k] = false
			}
		}
	}
}

// eventSig hashes an event's size and shape, which stand for its centroid
// (see matchEvents): all a pair's score reads of it.
func eventSig(size int, shape uint64) uint64 {
	return mix64(mix64(uint64(size)) ^ shape)
}

// relatedMemoryOf is the memory of this grouping's related events: found
// holds each event's pairs, sorted strongest first, of which it keeps
// maxRelated.
func relatedMemoryOf(groups [][]int, kr *knownRelated, found [][]rel) RelatedMemory {
	keys, pairs := 0, 0
	for k := range groups {
		keys += len(kr.keys[k])
		pairs += min(maxRelated, len(found[k]))
	}
	rm := RelatedMemory{Founders: make([]int32, len(groups)), Sigs: kr.sigs,
		KeyEnds: make([]int32, len(groups)), Keys: make([]uint64, 0, keys),
		FoundEnds: make([]int32, len(groups)), Found: make([]int32, 0, pairs), FoundScores: make([]float64, 0, pairs)}
	for k, members := range groups {
		rm.Founders[k] = int32(members[0])
		rm.Keys = append(rm.Keys, kr.keys[k]...)
		rm.KeyEnds[k] = int32(len(rm.Keys))
		for _, r := range found[k][:min(maxRelated, len(found[k]))] {
			rm.Found = append(rm.Found, int32(r.k))
			rm.FoundScores = append(rm.FoundScores, r.score)
		}
		rm.FoundEnds[k] = int32(len(rm.Found))
	}
	return rm
}

package group

import (
	"slices"
	"sort"

	"github.com/topicdigest/digest/site/internal/par"
	"github.com/topicdigest/digest/site/model"
)

// Related events are found like candidate articles, through an inverted index
// over each event's heaviest shared centroid terms, but with no time window: a July
// drill links back to the May one however far apart.
const (
	relatedPosting = 64
	maxRelated     = 5
)

// linkRelated fills Event.Related with the events (other than itself) whose
// mean pair similarity reaches the related threshold, strongest first, then by id.
// A regrouping takes the pairs of events unchanged since the memory from
// there (see relatedmemo.go).
func linkRelated(g *grouping, groups [][]int, cents centroids, evs []*model.Event) {
	var known *knownRelated
	var ix relatedIndex
	if g.recall != nil {
		known, ix = g.knownRelated(groups, cents)
	} else {
		ix = newRelatedIndex(cents, g.voc, nil)
	}
	found := relatedFound(groups, cents, ix, g.opts.RelatedThreshold, known)
	for k, rs := range found {
		sort.Slice(rs, func(i, j int) bool {
			if rs[i].score != rs[j].score {
				return rs[i].score > rs[j].score
			}
			return evs[rs[i].k].ID < evs[rs[j].k].ID
		})
		for i, r := range rs {
			if i == maxRelated {
				break
			}
			evs[k].Related = append(evs[k].Related, evs[r.k].ID)
		}
	}
	if known != nil {
		g.recall.related = relatedMemoryOf(groups, known, found)
	}
}

// rel is a related event, by its place in the events, and the pair's score.
type rel struct {
	k     int
	score float64
}

// relatedFound lists, for each event, the events whose pair with it reaches
// threshold, in no particular order. Pairs of two events known (unchanged
// since the memory, nil for none) are taken from there; every other pair
// with a changed event is scored.
func relatedFound(groups [][]int, cents centroids, ix relatedIndex, threshold float64, known *knownRelated) [][]rel {
	changed := func(k int) bool { return known == nil || !known.clean[k] }
	cands := relatedCandidates(ix, changed)
	scores := relatedScores(groups, cents, cands, changed)
	found := make([][]rel, len(groups))
	for k, cs := range cands {
		for i, o := range cs {
			if scores[k][i] < threshold {
				continue
			}
			found[k] = append(found[k], rel{o, scores[k][i]})
			if !changed(o) {
				found[o] = append(found[o], rel{k, scores[k][i]}) // o's candidates are not listed
			}
		}
	}
	if known != nil {
		for k, rs := range known.found {
			found[k] = append(found[k], rs...)
		}
	}
	return found
}

// relatedIndex is each event's keys, the terms (by id) of its centroid that
// indexKeys picks, and by term the events keyed by it, in event order.
type relatedIndex struct {
	keys [][]int32
	post eventPostings
}

// newRelatedIndex picks the keys of every event but those taken (from the
// memory, nil for none) on all cores.
func newRelatedIndex(cents centroids, voc *vocabulary, taken [][]int32) relatedIndex {
	keys := make([][]int32, len(cents.roots))
	par.Chunks(len(keys), func(lo, hi int) {
		for k := lo; k < hi; k++ {
			if taken != nil && taken[k] != nil {
				keys[k] = taken[k]
				continue
			}
			c := cents.of(k)
			for _, p := range indexKeys(c, voc) {
				keys[k] = append(keys[k], c.ids[p])
			}
		}
	})
	return relatedIndex{keys: keys, post: newEventPostings(keys, len(voc.hashes))}
}

// eventPostings are, by term id, the events keyed by it, in event order, all
// in one list: a map of lists was a third of the related events' time after
// one new article at 100,000 articles.
type eventPostings struct {
	ends   []int32 // by term id: where its events end in events
	events []int32
}

func newEventPostings(keys [][]int32, terms int) eventPostings {
	ends := make([]int32, terms)
	for _, ks := range keys {
		for _, id := range ks {
			ends[id]++
		}
	}
	n := int32(0)
	for id, c := range ends {
		n += c
		ends[id] = n - c // where its events start, for now
	}
	events := make([]int32, n)
	for k, ks := range keys {
		for _, id := range ks {
			events[ends[id]] = int32(k)
			ends[id]++
		}
	}
	return eventPostings{ends: ends, events: events}
}

// of is the events keyed by term id.
func (p eventPostings) of(id int32) []int32 {
	return p.events[startOf(p.ends, int(id)):p.ends[id]]
}

// relatedCandidates lists, for each changed event, the other events that
// share one of its keys whose postings are short enough, in event order.
func relatedCandidates(ix relatedIndex, changed func(k int) bool) [][]int {
	cands := make([][]int, len(ix.keys))
	par.Chunks(len(cands), func(lo, hi int) {
		seen := make([]int, len(cands)) // seen[o] == k+1: o is already a candidate of k
		for k := lo; k < hi; k++ {
			if !changed(k) {
				continue
			}
			seen[k] = k + 1
			for _, id := range ix.keys[k] {
				ps := ix.post.of(id)
				if len(ps) > relatedPosting {
					continue
				}
				for _, o := range ps {
					if seen[o] != k+1 {
						seen[o] = k + 1
						cands[k] = append(cands[k], int(o))
					}
				}
			}
			slices.Sort(cands[k])
		}
	})
	return cands
}

// relatedScores is the mean pair similarity of each changed event with each
// of its candidates. Candidates are mutual (o is k's candidate through a key
// they share, so k is o's through the same key), and a pair of two changed
// events is scored once, by the first of the two: the dot product adds the
// same products in the same term order whichever sum is laid out (see
// scatter), so the other takes the value.
func relatedScores(groups [][]int, cents centroids, cands [][]int, changed func(k int) bool) [][]float64 {
	mutual := func(k, o int) bool { return o < k && changed(o) } // o scores the pair
	scores := make([][]float64, len(cands))
	span := settleScored(cents, cands)
	par.Chunks(len(cands), func(lo, hi int) {
		var dense scatter // cents[k], dotted with each candidate
		for k := lo; k < hi; k++ {
			if len(cands[k]) == 0 {
				continue
			}
			if dense.w == nil {
				dense = newScatter(span)
			}
			scores[k] = make([]float64, len(cands[k]))
			dense.load(cents.of(k))
			for i, o := range cands[k] {
				if !mutual(k, o) {
					scores[k][i] = meanOf(dense.dot(cents.of(o)), int32(len(groups[k])), int32(len(groups[o])))
				}
			}
			dense.clear(cents.of(k))
		}
	})
	par.Chunks(len(cands), func(lo, hi int) {
		for k := lo; k < hi; k++ {
			for i, o := range cands[k] {
				if mutual(k, o) {
					j, _ := slices.BinarySearch(cands[o], k)
					scores[k][i] = scores[o][j]
				}
			}
		}
	})
	return scores
}

// settleScored settles the centroids of the events with candidates and of
// their candidates, which relatedScores reads on several cores, and returns
// the span of their term ids.
func settleScored(cents centroids, cands [][]int) int {
	read := make([]bool, len(cands))
	var ks []int
	for k, cs := range cands {
		for _, o := range cs {
			for _, e := range [2]int{k, o} {
				if !read[e] {
					read[e] = true
					ks = append(ks, e)
				}
			}
		}
	}
	cents.settle(ks)
	span := 0
	for _, k := range ks {
		if ids := cents.of(k).ids; len(ids) > 0 {
			span = max(span, int(ids[len(ids)-1])+1)
		}
	}
	return span
}

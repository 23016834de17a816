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
// cents are the events' summed member vectors. A regrouping takes the pairs
// of events unchanged since the memory from there (see relatedmemo.go).
func linkRelated(g *grouping, groups [][]int, cents []vec, evs []*model.Event) {
	keys, post := relatedIndex(cents, g.voc)
	var known *knownRelated
	if g.recall != nil {
		known = g.knownRelated(groups, cents, keys, post)
	}
	found := relatedFound(groups, cents, keys, post, g.opts.RelatedThreshold, known)
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
func relatedFound(groups [][]int, cents []vec, keys [][]int, post map[int32][]int, threshold float64, known *knownRelated) [][]rel {
	changed := func(k int) bool { return known == nil || !known.clean[k] }
	cands := relatedCandidates(cents, keys, post, changed)
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

// relatedIndex is each event's keys (positions in its centroid, see
// indexKeys) and, by term, the events keyed by it.
func relatedIndex(cents []vec, voc *vocabulary) (keys [][]int, post map[int32][]int) {
	keys = make([][]int, len(cents))
	par.Chunks(len(cents), func(lo, hi int) {
		for k := lo; k < hi; k++ {
			keys[k] = indexKeys(cents[k], voc)
		}
	})
	post = map[int32][]int{}
	for k, c := range cents {
		for _, p := range keys[k] {
			post[c.ids[p]] = append(post[c.ids[p]], k)
		}
	}
	return keys, post
}

// relatedCandidates lists, for each changed event, the other events that
// share one of its keys whose postings are short enough, in event order.
func relatedCandidates(cents []vec, keys [][]int, post map[int32][]int, changed func(k int) bool) [][]int {
	cands := make([][]int, len(cents))
	par.Chunks(len(cents), func(lo, hi int) {
		seen := make([]int, len(cents)) // seen[o] == k+1: o is already a candidate of k
		for k := lo; k < hi; k++ {
			if !changed(k) {
				continue
			}
			seen[k] = k + 1
			for _, p := range keys[k] {
				ps := post[cents[k].ids[p]]
				if len(ps) > relatedPosting {
					continue
				}
				for _, o := range ps {
					if seen[o] != k+1 {
						seen[o] = k + 1
						cands[k] = append(cands[k], o)
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
func relatedScores(groups [][]int, cents []vec, cands [][]int, changed func(k int) bool) [][]float64 {
	mutual := func(k, o int) bool { return o < k && changed(o) } // o scores the pair
	scores := make([][]float64, len(cents))
	span := idSpan(cents)
	par.Chunks(len(cents), func(lo, hi int) {
		var dense scatter // cents[k], dotted with each candidate
		for k := lo; k < hi; k++ {
			if len(cands[k]) == 0 {
				continue
			}
			if dense.w == nil {
				dense = newScatter(span)
			}
			scores[k] = make([]float64, len(cands[k]))
			dense.load(cents[k])
			for i, o := range cands[k] {
				if !mutual(k, o) {
					scores[k][i] = meanOf(dense.dot(cents[o]), int32(len(groups[k])), int32(len(groups[o])))
				}
			}
			dense.clear(cents[k])
		}
	})
	par.Chunks(len(cents), func(lo, hi int) {
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

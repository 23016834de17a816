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
// cents are the events' summed member vectors.
func linkRelated(g *grouping, groups [][]int, cents []vec, evs []*model.Event) {
	type rel struct {
		k     int
		score float64
	}
	cands := relatedCandidates(cents, g.voc)
	scores := relatedScores(groups, cents, cands)
	found := make([][]rel, len(groups))
	for k, cs := range cands {
		for i, o := range cs {
			if scores[k][i] >= g.opts.RelatedThreshold {
				found[k] = append(found[k], rel{o, scores[k][i]})
			}
		}
	}
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

// relatedCandidates lists, for each event, the other events that share one of
// its keys whose postings are short enough, in event order.
func relatedCandidates(cents []vec, voc *vocabulary) [][]int {
	keys, post := relatedIndex(cents, voc)
	cands := make([][]int, len(cents))
	par.Chunks(len(cents), func(lo, hi int) {
		seen := make([]int, len(cents)) // seen[o] == k+1: o is already a candidate of k
		for k := lo; k < hi; k++ {
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

// relatedScores is the mean pair similarity of each event with each of its
// candidates. Candidates are mutual (o is k's candidate through a key they
// share, so k is o's through the same key), and each pair is scored once, by
// the first of the two: the dot product adds the same products in the same
// term order whichever sum is laid out (see scatter), so the other takes the
// value.
func relatedScores(groups [][]int, cents []vec, cands [][]int) [][]float64 {
	mutual := func(k, o int) bool { return o < k } // o scores the pair
	scores := make([][]float64, len(cents))
	span := idSpan(cents)
	par.Chunks(len(cents), func(lo, hi int) {
		dense := newScatter(span) // cents[k], dotted with each candidate
		for k := lo; k < hi; k++ {
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

package group

import (
	"sort"

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
	keys := make([][]int, len(cents))
	parallel(len(cents), func(lo, hi int) {
		for k := lo; k < hi; k++ {
			keys[k] = indexKeys(cents[k], g.voc)
		}
	})
	post := map[int32][]int{}
	for k, c := range cents {
		for _, p := range keys[k] {
			post[c.ids[p]] = append(post[c.ids[p]], k)
		}
	}
	type rel struct {
		k     int
		score float64
	}
	found := make([][]rel, len(groups))
	span := idSpan(cents)
	parallel(len(groups), func(lo, hi int) {
		dense := newScatter(span)       // cents[k], dotted with each candidate
		seen := make([]int, len(cents)) // seen[o] == k+1: o was scored for k
		for k := lo; k < hi; k++ {
			dense.load(cents[k])
			seen[k] = k + 1
			for _, p := range keys[k] {
				ps := post[cents[k].ids[p]]
				if len(ps) > relatedPosting {
					continue
				}
				for _, o := range ps {
					if seen[o] == k+1 {
						continue
					}
					seen[o] = k + 1
					s := meanOf(dense.dot(cents[o]), int32(len(groups[k])), int32(len(groups[o])))
					if s >= g.opts.RelatedThreshold {
						found[k] = append(found[k], rel{o, s})
					}
				}
			}
			dense.clear(cents[k])
		}
	})
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

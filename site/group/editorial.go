package group

import (
	"sync"

	"github.com/topicdigest/digest/site/model"
)

// apartRules tracks, per cluster root, which editorial "apart" lists it holds a
// member of, so a merge that would put two members of one list together is
// refused. Components of the neighbour graph are clustered at the same time
// (see components), so the map is locked.
type apartRules struct {
	mu    sync.Mutex
	lists map[int32]map[int]bool // root -> apart-list numbers among its members
}

func newApartRules(ed model.Editorial, pos map[string]int32) *apartRules {
	r := &apartRules{lists: map[int32]map[int]bool{}}
	for k, list := range ed.Apart {
		for _, id := range list {
			if p, ok := pos[id]; ok {
				if r.lists[p] == nil {
					r.lists[p] = map[int]bool{}
				}
				r.lists[p][k] = true
			}
		}
	}
	return r
}

// conflict reports whether the two clusters hold members of one apart list.
func (r *apartRules) conflict(a, b int32) bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	for k := range r.lists[a] {
		if r.lists[b][k] {
			return true
		}
	}
	return false
}

// merge records that root b was merged into root a.
func (r *apartRules) merge(a, b int32) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if len(r.lists[b]) == 0 {
		return
	}
	if r.lists[a] == nil {
		r.lists[a] = map[int]bool{}
	}
	for k := range r.lists[b] {
		r.lists[a][k] = true
	}
	delete(r.lists, b)
}

// hidden is the set of article ids the editor left out of the digest.
func hidden(ed model.Editorial) map[string]bool {
	h := make(map[string]bool, len(ed.Hide))
	for _, id := range ed.Hide {
		h[id] = true
	}
	return h
}

// applyJoins merges each editorial join list into one cluster before any
// similarity is looked at; a join overrides an apart rule between its members.
func applyJoins(c *clusters, ed model.Editorial, pos map[string]int32) {
	for _, list := range ed.Join {
		first := int32(-1)
		for _, id := range list {
			p, ok := pos[id]
			if !ok {
				continue
			}
			if first < 0 {
				first = p
				continue
			}
			if a, b := c.find(first), c.find(p); a != b {
				c.union(a, b)
			}
		}
	}
}

// pinnedHeadline is the editor's headline for an event with these members: the
// one pinned by the smallest member id that has one.
func pinnedHeadline(ed model.Editorial, members []*model.Article) (string, bool) {
	for _, a := range sortedByID(members) {
		if h, ok := ed.Headlines[a.ID]; ok && h != "" {
			return h, true
		}
	}
	return "", false
}

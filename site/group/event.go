package group

import (
	"sort"
	"strings"

	"github.com/topicdigest/digest/site/internal/par"
	"github.com/topicdigest/digest/site/model"
)

// events turns the clusters into model events with everything the pages show.
func (g *grouping) events() []*model.Event {
	groups := g.cl.groups()
	cents := g.centroids(groups)
	evs := make([]*model.Event, len(groups))
	par.Chunks(len(groups), func(lo, hi int) {
		ans := analyzers{} // made only for members extracted again (see whole)
		for k := lo; k < hi; k++ {
			// Read only for a write-up made anew: settling roots apart touches clusters apart.
			evs[k] = g.event(groups[k], func() vec { return cents.of(k) }, ans)
		}
	})
	linkRelated(g, groups, cents, evs)
	sortEvents(evs)
	return evs
}

// event builds one event from its members' positions and centroid, the sum
// of their vectors, which the headline uses (clustering added it up, in the
// order it merged them); it is read only if the write-up is made anew.
func (g *grouping) event(members []int, centroid func() vec, ans analyzers) *model.Event {
	sortMembers(g.docs, members)
	e := &model.Event{ID: g.docs[members[0]].art.ID}
	for _, m := range members {
		a := g.docs[m].art
		e.Articles = append(e.Articles, a)
		if a.Dated() {
			if e.Date.IsZero() || a.Date.Before(e.Date) {
				e.Date = a.Date
			}
			if a.Date.After(e.Updated) {
				e.Updated = a.Date
			}
		}
	}
	w := g.writeUpOrRecall(members, centroid, ans)
	e.Title, e.Summary, e.Wire, e.Adds = w.title, w.summary, w.wire, w.adds
	for _, m := range members {
		g.docs[m].f = features{} // only this event read them: spare the memory
	}
	return e
}

// sortMembers orders an event's articles by date then id, undated last: the
// first is the founding article that names the event.
func sortMembers(docs []doc, members []int) {
	sort.Slice(members, func(i, j int) bool {
		a, b := &docs[members[i]], &docs[members[j]]
		if a.dated != b.dated {
			return a.dated
		}
		if a.dated && !a.art.Date.Equal(b.art.Date) {
			return a.art.Date.Before(b.art.Date)
		}
		return a.art.ID < b.art.ID
	})
}

// sortEvents orders events newest first, then by id; undated events come last.
func sortEvents(evs []*model.Event) {
	sort.Slice(evs, func(i, j int) bool {
		if !evs[i].Date.Equal(evs[j].Date) {
			return evs[i].Date.After(evs[j].Date)
		}
		return evs[i].ID < evs[j].ID
	})
}

// articles are the members' articles, in the order given.
func (g *grouping) articles(members []int) []*model.Article {
	out := make([]*model.Article, len(members))
	for i, m := range members {
		out[i] = g.docs[m].art
	}
	return out
}

// withoutSummary drops the sentences the summary already shows from what each
// source adds: what the event page leads with is nobody's extra.
func withoutSummary(adds map[string][]string, summary string) map[string][]string {
	for id, ss := range adds {
		kept := ss[:0]
		for _, s := range ss {
			if !strings.Contains(summary, s) {
				kept = append(kept, s)
			}
		}
		if len(kept) == 0 {
			delete(adds, id)
		} else {
			adds[id] = kept
		}
	}
	return adds
}

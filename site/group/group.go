// Package group joins articles that report the same happening into events.
package group

import (
	"sort"

	"github.com/topicdigest/digest/site/model"
)

// Options tune grouping.
type Options struct {
	WindowDays int             // dated articles join only within this many days of an event's span
	Editorial  model.Editorial // the editor's overrides
}

// Group returns the events, newest first.
func Group(arts []*model.Article, opts Options) []*model.Event {
	var evs []*model.Event
	for _, a := range arts {
		evs = append(evs, &model.Event{ID: a.ID, Title: a.Title, Date: a.Date, Updated: a.Date, Articles: []*model.Article{a}})
	}
	sort.SliceStable(evs, func(i, j int) bool { return evs[i].Date.After(evs[j].Date) })
	return evs
}

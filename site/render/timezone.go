package render

import (
	"fmt"
	"time"
	_ "time/tzdata" // zone names resolve the same on every machine, with or without /usr/share/zoneinfo

	"github.com/topicdigest/digest/site/model"
)

// siteZone is the settings' time zone, the one whose calendar days the pages
// show and group by. "" is UTC; "Local" is refused, since a site must not
// depend on the machine that builds it.
func siteZone(name string) (*time.Location, error) {
	if name == "Local" {
		return nil, fmt.Errorf("timezone %q: not an IANA zone name (like \"Asia/Seoul\" or \"UTC\")", name)
	}
	loc, err := time.LoadLocation(name)
	if err != nil {
		return nil, fmt.Errorf("timezone %q: unknown time zone (want an IANA name like \"Asia/Seoul\" or \"UTC\")", name)
	}
	return loc, nil
}

// localDate places t on the site's calendar. An instant (hasTime) is moved
// into loc, so an article sent at 23:30 UTC lands on the next day in Seoul; a
// bare date keeps its day and becomes that day's midnight in loc, so it sorts
// before the same day's instants. The zero time stays zero (undated).
func localDate(t time.Time, hasTime bool, loc *time.Location) time.Time {
	switch {
	case t.IsZero():
		return t
	case hasTime:
		return t.In(loc)
	}
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, loc)
}

// timedAt reports whether t is the written time of day of one of arts: an
// event's date and update are its members' dates, and carry a time of day
// only when the member they come from does.
func timedAt(arts []*model.Article, t time.Time) bool {
	for _, a := range arts {
		if a != nil && a.HasTime && a.Date.Equal(t) {
			return true
		}
	}
	return false
}

// eventDate is the event's first report on the calendar of loc.
func eventDate(e *model.Event, loc *time.Location) time.Time {
	return localDate(e.Date, timedAt(e.Articles, e.Date), loc)
}

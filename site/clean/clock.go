package clean

import (
	"time"

	"github.com/topicdigest/digest/site/model"
)

// Lasting says for which builds' clocks an article stays what cleaning its
// document gives, so that a cache can keep it across days. Cleaning reads
// the clock only to pass over dates later than now and to give a date
// written without its year ("June 4") the latest such day up to now.
type Lasting int

const (
	// LastsFromItsDate: no date was passed over as later than now and no
	// year taken from now, so every date read was taken or passed over
	// whatever the clock said from the article's date on; before it, that
	// date would be passed over.
	LastsFromItsDate Lasting = iota
	// LastsTillItsDayRecurs: the article is dated by a day without its year
	// ("June 4"), the latest such day up to now, which it stays until that
	// day comes round again.
	LastsTillItsDayRecurs
	// LastsTillItsWeekdayRecurs: the article is dated by a day without its
	// year on the weekday its lead names ("June 4 ... on Wednesday"), the
	// latest such up to now, which it stays until that day falls on that
	// weekday again (within the seven years such a day is looked for).
	LastsTillItsWeekdayRecurs
	// LastsTheDay: the clock decided more (a date passed over as later than
	// now, a weekday that no year of a day without its year falls on), so
	// the article holds for builds with the same KeyTime only.
	LastsTheDay
)

// HoldsAt reports whether an article cleaned at some other time that lasted
// l there is what cleaning the same document gives at now. For LastsTheDay
// that is for the cache key to say (KeyTime), so it is true.
func (l Lasting) HoldsAt(a model.Article, now time.Time) bool {
	switch {
	case l == LastsTheDay || a.Date.IsZero():
		return true
	case a.Date.After(now):
		return false
	case l == LastsFromItsDate:
		return true
	}
	return now.Before(recurs(a.Date, l == LastsTillItsWeekdayRecurs))
}

// recurs is when t's month and day come round again after t, on t's weekday
// too when onWeekday. A day without its year is looked for within seven
// years of now, so six years on is the latest a weekday's answer holds.
func recurs(t time.Time, onWeekday bool) time.Time {
	for y := t.Year() + 1; y < t.Year()+6; y++ {
		if r := makeDate(y, t.Month(), t.Day()); !r.IsZero() && (!onWeekday || r.Weekday() == t.Weekday()) {
			return r
		}
	}
	return t.AddDate(6, 0, 0)
}

// clock is the build's now as one document's cleaning reads it, noting how
// long what it decided lasts.
type clock struct {
	now   time.Time // zero: no date is too late, and nothing is noted
	lasts Lasting
}

// note records that the article lasts l at most.
func (c *clock) note(l Lasting) {
	c.lasts = max(c.lasts, l)
}

// plausible reports whether t can be a publication date seen at now: not
// zero, not before 1990, and not after now.
func (c *clock) plausible(t time.Time) bool {
	if t.IsZero() || t.Year() < 1990 {
		return false
	}
	if !c.now.IsZero() && t.After(c.now) {
		c.note(LastsTheDay)
		return false
	}
	return true
}

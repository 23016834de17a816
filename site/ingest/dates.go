package ingest

import (
	"errors"
	"fmt"
	"strings"
	"time"
)

// earliestDate is the first publication date taken as possible: anything before
// it is a typo or a zero value (year 0001) leaking out of some tool.
var earliestDate = time.Date(1900, 1, 1, 0, 0, 0, 0, time.UTC)

// futureSlack is how far past the build's clock a stated date may lie before it
// is taken for impossible; clean rejects nearer future dates with its own rules.
const futureSlack = 366 * 24 * time.Hour

// dateLayouts are the forms dates take in front matter, date lines and jsonl,
// tried in order. Layouts with a time of day come first among those sharing a
// prefix so that the time is not lost.
var dateLayouts = []struct {
	layout  string
	hasTime bool
}{
	{time.RFC3339Nano, true},
	{"2006-01-02T15:04:05", true},
	{"2006-01-02T15:04", true},
	{"2006-01-02 15:04:05Z07:00", true},
	{"2006-01-02 15:04:05 Z07:00", true},
	{"2006-01-02 15:04:05 -0700", true},
	{"2006-01-02 15:04:05 -0700 MST", true},
	{"2006-01-02 15:04:05 MST", true},
	{"2006-01-02 15:04:05", true},
	{"2006-01-02 15:04", true},
	{"2006-01-02", false},
	{"2006/01/02", false},
	{"2006.01.02", false},
	{time.RFC1123Z, true},
	{time.RFC1123, true},
	{"Mon, 2 Jan 2006 15:04:05 -0700", true},
	{"Mon, 2 Jan 2006 15:04:05 MST", true},
	{time.RFC850, true},
	{time.RFC822Z, true},
	{time.RFC822, true},
	{time.ANSIC, true},
	{"January 2, 2006 15:04", true},
	{"January 2, 2006", false},
	{"Jan 2, 2006", false},
	{"Jan. 2, 2006", false},
	{"Monday, January 2, 2006", false},
	{"Mon, January 2, 2006", false},
	{"2 January 2006", false},
	{"2 Jan 2006", false},
	{"Monday, 2 January 2006", false},
	{"02.01.2006", false},
}

// errNotADate means the text is not written like any date layout we know.
var errNotADate = errors.New("not a date")

// parseDate reads a date as written in front matter or a date line. It returns
// errNotADate for text in no known layout, and a descriptive error for a date
// that is well formed but impossible (2025-02-30, year 0001, far future).
func parseDate(s string, now time.Time) (time.Time, bool, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}, false, errNotADate
	}
	if len(s) == len("2006-01-02") { // the common case first: no failed layouts to build errors for
		if t, err := time.Parse("2006-01-02", s); err == nil {
			return checkDate(t, false, now)
		}
	}
	var firstErr error
	for _, l := range dateLayouts {
		t, err := time.Parse(l.layout, s)
		if err == nil {
			return checkDate(t, l.hasTime, now)
		}
		if firstErr == nil && isRangeError(err) {
			firstErr = err
		}
	}
	if firstErr != nil {
		return time.Time{}, false, fmt.Errorf("impossible date %q: %v", s, rangeReason(firstErr))
	}
	return time.Time{}, false, errNotADate
}

// checkDate rejects dates no article can carry, and stores every date in UTC so
// that output does not depend on the zone of whoever wrote the file.
func checkDate(t time.Time, hasTime bool, now time.Time) (time.Time, bool, error) {
	switch {
	case t.Before(earliestDate):
		return time.Time{}, false, fmt.Errorf("impossible date %q: before %d", t.Format("2006-01-02"), earliestDate.Year())
	case t.After(now.Add(futureSlack)):
		return time.Time{}, false, fmt.Errorf("impossible date %q: more than a year in the future", t.Format("2006-01-02"))
	}
	if !hasTime {
		return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC), false, nil
	}
	return t.UTC(), true, nil
}

// isRangeError reports whether time.Parse failed on a value out of range (day 30
// of February, month 13) rather than on the layout, so the message can say the
// date is impossible instead of unreadable.
func isRangeError(err error) bool {
	var pe *time.ParseError
	return errors.As(err, &pe) && strings.Contains(pe.Message, "out of range")
}

// rangeReason is time.Parse's own words for an out-of-range value.
func rangeReason(err error) string {
	var pe *time.ParseError
	if errors.As(err, &pe) && pe.Message != "" {
		return strings.TrimPrefix(pe.Message, ": ")
	}
	return err.Error()
}

// Package dates reads the machine-written dates articles carry: front matter,
// date lines and JSON lines (site/ingest) and meta tags, JSON-LD and <time>
// elements (site/clean/htmlextract). One table of layouts serves both, so a
// form one reader learns the other reads too.
package dates

import (
	"errors"
	"strings"
	"time"
)

// layouts are the forms tried, in order. Layouts with a time of day come first
// among those sharing a prefix so that the time is not lost.
var layouts = []struct {
	layout  string
	hasTime bool
}{
	{time.RFC3339Nano, true},
	{"2006-01-02T15:04:05Z0700", true},
	{"2006-01-02T15:04:05.000Z0700", true},
	{"2006-01-02T15:04Z07:00", true},
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
	{"2006/01/02 15:04", true},
	{"2006/01/02", false},
	{"2006.01.02", false},
	{"20060102", false},
	{time.RFC1123Z, true},
	{time.RFC1123, true},
	{"Mon, 2 Jan 2006 15:04:05 -0700", true},
	{"Mon, 2 Jan 2006 15:04:05 MST", true},
	{time.RFC850, true},
	{time.RFC822Z, true},
	{time.RFC822, true},
	{time.ANSIC, true},
	{"Mon Jan 2 2006 15:04:05 MST-0700", true},
	{"03:04:05 PM MST Jan 2, 2006", true},
	{"January 2, 2006 3:04 PM", true},
	{"January 2, 2006 15:04", true},
	{"January 2, 2006", false},
	{"Jan 2, 2006 15:04 MST", true},
	{"Jan 2, 2006", false},
	{"Jan. 2, 2006", false},
	{"Monday, January 2, 2006", false},
	{"Mon, January 2, 2006", false},
	{"2 Jan 2006 15:04 MST", true},
	{"2 Jan 2006 15:04:05 MST", true},
	{"2 January 2006", false},
	{"2 Jan 2006", false},
	{"Monday, 2 January 2006", false},
	{"02.01.2006", false},
}

// ErrNotADate means the text is written like no layout we know.
var ErrNotADate = errors.New("not a date")

// Parse reads s in the first layout it fits, and reports whether that layout
// carries a time of day. Text in no layout gives ErrNotADate; a date that fits
// a layout but cannot exist (2025-02-30, month 13) gives time.Parse's error
// for it, so callers can say the date is impossible rather than unreadable.
func Parse(s string) (time.Time, bool, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}, false, ErrNotADate
	}
	if len(s) == len("2006-01-02") { // the common case first: no failed layouts to build errors for
		if t, err := time.Parse("2006-01-02", s); err == nil {
			return t, false, nil
		}
	}
	var rangeErr error
	for _, l := range layouts {
		t, err := time.Parse(l.layout, s)
		if err == nil {
			return t, l.hasTime, nil
		}
		if rangeErr == nil && IsRangeError(err) {
			rangeErr = err
		}
	}
	if rangeErr != nil {
		return time.Time{}, false, rangeErr
	}
	return time.Time{}, false, ErrNotADate
}

// IsRangeError reports whether time.Parse failed on a day or month out of
// range (day 30 of February, month 13) rather than on the layout. An hour out
// of range is left out: layouts that start with the time read the first digits
// of any date as an hour, and "2025-07" is unreadable, not impossible.
func IsRangeError(err error) bool {
	var pe *time.ParseError
	return errors.As(err, &pe) &&
		(strings.Contains(pe.Message, "day out of range") || strings.Contains(pe.Message, "month out of range"))
}

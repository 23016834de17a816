package ingest

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/topicdigest/digest/site/internal/dates"
)

// earliestDate is the first publication date taken as possible: anything before
// it is a typo or a zero value (year 0001) leaking out of some tool.
var earliestDate = time.Date(1900, 1, 1, 0, 0, 0, 0, time.UTC)

// futureSlack is how far past the build's clock a stated date may lie before it
// is taken for impossible; clean rejects nearer future dates with its own rules.
const futureSlack = 366 * 24 * time.Hour

// parseDate reads a date as written in front matter, a date line or jsonl. It
// returns dates.ErrNotADate for text in no known layout, and a descriptive
// error for a date that is well formed but impossible (2025-02-30, year 0001,
// far future).
func parseDate(s string, now time.Time) (time.Time, bool, error) {
	t, hasTime, err := dates.Parse(s)
	switch {
	case dates.IsRangeError(err):
		return time.Time{}, false, fmt.Errorf("impossible date %q: %v", strings.TrimSpace(s), rangeReason(err))
	case err != nil:
		return time.Time{}, false, err
	}
	return checkDate(t, hasTime, now)
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

// rangeReason is time.Parse's own words for an out-of-range value.
func rangeReason(err error) string {
	var pe *time.ParseError
	if errors.As(err, &pe) && pe.Message != "" {
		return strings.TrimPrefix(pe.Message, ": ")
	}
	return err.Error()
}

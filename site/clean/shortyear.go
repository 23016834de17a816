package clean

import (
	"regexp"
	"time"
)

// reShortDMY is a line opening with a numeric date with a two-digit year,
// "19.10.19, 11:29 Uhr" or "04.05.20 14:50", as German-language pages often
// date their articles: not part of a longer run of figures and dots (a
// version number "4.47.4.1", a full date). A date further in the line is as
// often a related link's ("Hund 27.01.22").
var reShortDMY = regexp.MustCompile(`^[\s(\[|/]*(\d{1,2})\.(\d{1,2})\.(\d\d)(?:[\s,|)\]]|$)`)

// shortYearDate reads a date line's date written with a two-digit year,
// taken as 20yy. It is read on short lines only (see lineDate), where the
// figures can be nothing else: in prose, "2.10.12" is as likely a version.
func (c *clock) shortYearDate(s string) (time.Time, bool) {
	m := reShortDMY.FindStringSubmatch(s)
	if m == nil {
		return time.Time{}, false
	}
	t := makeDate(2000+atoi(m[3]), time.Month(atoi(m[2])), atoi(m[1]))
	return t, c.plausible(t)
}

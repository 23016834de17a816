package clean

import (
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"
)

// monthNames maps month names and abbreviations in the supported languages to
// their number.
var monthNames = func() map[string]time.Month {
	m := map[string]time.Month{}
	lists := []string{
		"january february march april may june july august september october november december",
		"jan feb mar apr may jun jul aug sep oct nov dec",
		"januar februar märz april mai juni juli august september oktober november dezember",
		"jänner feber mrz apr mai jun jul aug sept okt nov dez",
		"janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
		"janv févr mars avr mai juin juil août sept oct nov déc",
		"enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
		"ene feb mar abr may jun jul ago set oct nov dic",
		"gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
		"gen feb mar apr mag giu lug ago set ott nov dic",
		"janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
		"jan fev mar abr mai jun jul ago set out nov dez",
		"januari februari maart april mei juni juli augustus september oktober november december",
		"jan feb mrt apr mei jun jul aug sep okt nov dec",
	}
	m["setiembre"], m["maerz"] = time.September, time.March
	for _, l := range lists {
		for i, w := range strings.Fields(l) {
			if _, ok := m[w]; !ok {
				m[w] = time.Month(i + 1)
			}
		}
	}
	return m
}()

var monthAlt = func() string {
	names := make([]string, 0, len(monthNames))
	for n := range monthNames {
		names = append(names, regexp.QuoteMeta(n))
	}
	sort.Slice(names, func(i, j int) bool {
		if len(names[i]) != len(names[j]) {
			return len(names[i]) > len(names[j])
		}
		return names[i] < names[j]
	})
	return strings.Join(names, "|")
}()

var (
	reISO        = regexp.MustCompile(`(?:^|[^\d])((?:19|20)\d\d)[-/.](\d{1,2})[-/.](\d{1,2})(?:[^\d]|$)`)
	reDMY        = regexp.MustCompile(`(?:^|[^\d.])(\d{1,2})[./](\d{1,2})[./]((?:19|20)\d\d)(?:[^\d]|$)`)
	reDayMonth   = regexp.MustCompile(`(?i)(?:^|[^\p{L}\d])(\d{1,2})(?:st|nd|rd|th|er|º|\.)?\s*(?:de\s+|di\s+)?(` + monthAlt + `)\.?(?:,?\s*(?:de\s+|del\s+)?((?:19|20)\d\d))?(?:[^\p{L}]|$)`)
	reMonthDay   = regexp.MustCompile(`(?i)(?:^|[^\p{L}])(` + monthAlt + `)\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:(?:,\s*|\s+)((?:19|20)\d\d))?(?:[^\d]|$)`)
	rePathDate   = regexp.MustCompile(`/((?:19|20)\d\d)/(\d{1,2})/(\d{1,2})(?:/|[^\d])`)
	weekdayNames = map[string]time.Weekday{
		"sunday": time.Sunday, "monday": time.Monday, "tuesday": time.Tuesday, "wednesday": time.Wednesday,
		"thursday": time.Thursday, "friday": time.Friday, "saturday": time.Saturday,
		"sonntag": time.Sunday, "montag": time.Monday, "dienstag": time.Tuesday, "mittwoch": time.Wednesday,
		"donnerstag": time.Thursday, "freitag": time.Friday, "samstag": time.Saturday,
		"dimanche": time.Sunday, "lundi": time.Monday, "mardi": time.Tuesday, "mercredi": time.Wednesday,
		"jeudi": time.Thursday, "vendredi": time.Friday, "samedi": time.Saturday,
		"domingo": time.Sunday, "lunes": time.Monday, "martes": time.Tuesday, "miércoles": time.Wednesday,
		"jueves": time.Thursday, "viernes": time.Friday, "sábado": time.Saturday,
	}
)

// ParseDate finds the first full calendar date in s, written as ISO or numeric
// (2025-07-24, 24.07.2025, 7/24/2025) or with a month name in one of the
// supported languages ("July 24, 2025", "24. Juli 2025", "28 de abril de 2022").
// A date after now (when now is not zero) or before 1990 is no date. It is
// exported so the HTML extractor reads dates the same way.
func ParseDate(s string, now time.Time) (time.Time, bool) {
	return (&clock{now: now}).parseDate(s)
}

// parseDate is ParseDate at c.
func (c *clock) parseDate(s string) (time.Time, bool) {
	if !hasDigitRun(s, 4) {
		return time.Time{}, false
	}
	var found []dated
	if m := matchIf(reISO, s, yearNextTo(s, "-/.", false)); m != nil {
		found = append(found, dated{m[2], ymd(s[m[2]:m[3]], s[m[4]:m[5]], s[m[6]:m[7]])})
	}
	if m := matchIf(reDMY, s, yearNextTo(s, "./", true)); m != nil {
		a, b, y := s[m[2]:m[3]], s[m[4]:m[5]], s[m[6]:m[7]]
		t := ymd(y, b, a)
		if s[m[3]] == '/' && atoi(a) <= 12 && atoi(b) > 12 {
			t = ymd(y, a, b) // US order: month first
		}
		found = append(found, dated{m[2], t})
	}
	month := mayNameMonth(s)
	if m := matchIf(reDayMonth, s, month); m != nil && m[6] >= 0 {
		found = append(found, dated{m[2], makeDate(atoi(s[m[6]:m[7]]), monthNames[strings.ToLower(s[m[4]:m[5]])], atoi(s[m[2]:m[3]]))})
	}
	if m := matchIf(reMonthDay, s, month); m != nil && m[6] >= 0 {
		found = append(found, dated{m[2], makeDate(atoi(s[m[6]:m[7]]), monthNames[strings.ToLower(s[m[2]:m[3]])], atoi(s[m[4]:m[5]]))})
	}
	sort.SliceStable(found, func(i, j int) bool { return found[i].at < found[j].at })
	for _, f := range found {
		if c.plausible(f.t) {
			return f.t, true
		}
	}
	return time.Time{}, false
}

// dated is a date and where it was found in a string.
type dated struct {
	at int
	t  time.Time
}

// pathDate finds a /YYYY/MM/DD/ date in a URL or image path, as publishing
// systems file uploads and articles by day.
func (c *clock) pathDate(s string) (time.Time, bool) {
	for _, m := range rePathDate.FindAllStringSubmatch(s, -1) {
		if t := ymd(m[1], m[2], m[3]); c.plausible(t) {
			return t, true
		}
	}
	return time.Time{}, false
}

// reURLDay is a date in an address's path written as one segment
// (/2008-12-23/), as some archives file articles.
var reURLDay = regexp.MustCompile(`/((?:19|20)\d\d)-(\d{1,2})-(\d{1,2})(?:/|[^\d]|$)`)

// urlDate reads the day a page's address files it under: /YYYY/MM/DD/ or
// /YYYY-MM-DD/. Zero when the address holds no such path.
func (c *clock) urlDate(raw string) time.Time {
	if t, ok := c.pathDate(raw); ok {
		return t
	}
	for _, m := range reURLDay.FindAllStringSubmatch(raw, -1) {
		if t := ymd(m[1], m[2], m[3]); c.plausible(t) {
			return t
		}
	}
	return time.Time{}
}

// parseMonthDay finds a date written without a year ("July 24", "24
// juillet", as in datelines) and gives it the latest year that puts it on or
// before now and, when s names a weekday ("said Thursday"), on that weekday,
// noting how long that answer lasts (see Lasting).
func (c *clock) parseMonthDay(s string) (time.Time, bool) {
	var month time.Month
	var day int
	if m := reMonthDay.FindStringSubmatch(s); m != nil {
		month, day = monthNames[strings.ToLower(m[1])], atoi(m[2])
	} else if m := reDayMonth.FindStringSubmatch(s); m != nil {
		month, day = monthNames[strings.ToLower(m[2])], atoi(m[1])
	}
	if month == 0 || c.now.IsZero() {
		return time.Time{}, false
	}
	t, lasts := monthDayBefore(c.now, month, day, s)
	if !t.IsZero() {
		c.note(lasts)
	}
	return t, !t.IsZero()
}

// monthDayBefore is the last month-day on or before ref within seven years
// that falls on the weekday s names, if it names one, and how long that
// lasts; when no year's does, the last one whatever its weekday, which
// lasts the day.
func monthDayBefore(ref time.Time, month time.Month, day int, s string) (time.Time, Lasting) {
	wd, hasWD := weekdayIn(s)
	var fallback time.Time
	for y := ref.Year(); y > ref.Year()-7; y-- {
		t := makeDate(y, month, day)
		if t.IsZero() || t.After(ref) {
			continue
		}
		switch {
		case !hasWD:
			return t, LastsTillItsDayRecurs
		case t.Weekday() == wd:
			return t, LastsTillItsWeekdayRecurs
		}
		if fallback.IsZero() {
			fallback = t
		}
	}
	return fallback, LastsTheDay
}

// ResolveWeekday is the last day on or before ref that falls on wd: "said
// Thursday" in an article of ref's date means that day.
func ResolveWeekday(ref time.Time, wd time.Weekday) time.Time {
	back := (int(ref.Weekday()) - int(wd) + 7) % 7
	return ref.AddDate(0, 0, -back)
}

// weekdayIn finds the first weekday name in s.
func weekdayIn(s string) (time.Weekday, bool) {
	found := false
	var wd time.Weekday
	forEachWord(strings.ToLower(s), func(w string) bool {
		wd, found = weekdayNames[w]
		return !found
	})
	return wd, found
}

func ymd(y, m, d string) time.Time { return makeDate(atoi(y), time.Month(atoi(m)), atoi(d)) }

// makeDate is the UTC date y-m-d, or zero when it does not exist.
func makeDate(y int, m time.Month, d int) time.Time {
	if m < 1 || m > 12 || d < 1 || d > 31 {
		return time.Time{}
	}
	t := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d {
		return time.Time{}
	}
	return t
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}

// hasDigitRun reports whether s holds n digits in a row (a year), a cheap test
// before the regular expressions run.
// matchIf is re's submatch indexes in s, skipping the regular expression when
// maybe is false: a cheap test already showed it cannot match.
func matchIf(re *regexp.Regexp, s string, maybe bool) []int {
	if !maybe {
		return nil
	}
	return re.FindStringSubmatchIndex(s)
}

// yearNextTo reports whether four ASCII digits in s stand right after (before
// true) or right before one of the bytes seps, as a numeric date's year must.
// It is a necessary condition of reISO (year then separator) and reDMY
// (separator then year), far cheaper than running them.
func yearNextTo(s, seps string, before bool) bool {
	for i := 0; i+5 <= len(s); i++ {
		sep, year := s[i+4], s[i:i+4]
		if before {
			sep, year = s[i], s[i+1:i+5]
		}
		if strings.IndexByte(seps, sep) >= 0 && hasDigitRun(year, 4) {
			return true
		}
	}
	return false
}

// monthIndex finds month names in lower-case text.
var monthIndex = func() *markIndex {
	names := make([]string, 0, len(monthNames))
	for n := range monthNames {
		names = append(names, n)
	}
	return newMarkIndex(map[markKind][]string{1: names})
}()

// mayNameMonth reports whether s holds a month name in any case, a necessary
// condition of reDayMonth and reMonthDay. Their (?i) matching folds a long s
// (ſ) to s, which lower-casing does not, so it is folded here too.
func mayNameMonth(s string) bool {
	lower := strings.ToLower(s)
	if strings.Contains(lower, "ſ") {
		lower = strings.ReplaceAll(lower, "ſ", "s")
	}
	return monthIndex.scan(lower) != 0
}

func hasDigitRun(s string, n int) bool {
	run := 0
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			if run++; run >= n {
				return true
			}
		} else {
			run = 0
		}
	}
	return false
}

package htmlextract

import (
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/topicdigest/digest/site/internal/dates"
)

// earliestDate bounds plausible publication dates from below; older values are
// placeholders such as 1970-01-01.
var earliestDate = time.Date(1995, 1, 1, 0, 0, 0, 0, time.UTC)

// parseDate reads a machine-readable date. It reports whether the value holds
// a time of day, and fails on anything else rather than guessing.
func parseDate(s string) (time.Time, bool, bool) {
	s = strings.TrimSpace(s)
	if t, hasTime, err := dates.Parse(s); err == nil {
		return t, hasTime, true
	}
	// a date followed by anything: "2024-03-05 at noon", "2024-03-05T10:00:00+0100 CET"
	if len(s) > 10 {
		if t, err := time.Parse("2006-01-02", s[:10]); err == nil {
			return t, false, true
		}
	}
	return time.Time{}, false, false
}

// urlDatePatterns find a date in a URL path: /YYYY/MM/DD/, /YYYY-MM-DD, or a
// compact -YYYYMMDD/ that stands apart from other digits.
var urlDatePatterns = []*regexp.Regexp{
	regexp.MustCompile(`/((?:19|20)\d\d)[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\d|3[01])(?:[/-]|\.html?|$)`),
	regexp.MustCompile(`[/_-]((?:199|20[0-3])\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?:[/_.-]|$)`),
}

// urlDate reads the date that a URL path carries, when it carries one.
func urlDate(u string) (time.Time, bool) {
	for _, re := range urlDatePatterns {
		m := re.FindStringSubmatch(u)
		if m == nil {
			continue
		}
		y, _ := strconv.Atoi(m[1])
		mo, _ := strconv.Atoi(m[2])
		d, _ := strconv.Atoi(m[3])
		t := time.Date(y, time.Month(mo), d, 0, 0, 0, 0, time.UTC)
		if t.Day() == d {
			return t, true
		}
	}
	return time.Time{}, false
}

// datePicker takes the first plausible date offered, noting whether it
// passed over one for being after now.
type datePicker struct {
	now   time.Time
	later bool
}

// plausible reports whether t can be a publication date seen at now.
func (p *datePicker) plausible(t time.Time) bool {
	if t.Before(earliestDate) {
		return false
	}
	if t.After(p.now) {
		p.later = true
		return false
	}
	return true
}

// publishedTags are meta tags that hold the publication date, best first.
var publishedTags = []string{
	"article:published_time", "og:published_time", "og:article:published_time",
	"datepublished", "pubdate", "publishdate", "publish_date", "publish-date",
	"parsely-pub-date", "sailthru.date", "dc.date.issued", "dc.date", "dcterms.created",
	"dcterms.date", "date", "article.published", "originalpublicationdate", "timestamp",
}

// chooseDate takes the publication date from JSON-LD, meta tags, <time>
// elements outside sidebars, then the URL path. A date after opts.Now or before
// earliestDate is skipped; later reports whether one was skipped for being
// after opts.Now.
func chooseDate(m *metaSource, ld ldArticle, pageURL string, opts Options) (t time.Time, hasTime, later bool) {
	pick := datePicker{now: opts.Now}
	values := []string{ld.published}
	for _, k := range publishedTags {
		values = append(values, m.tags[k]...)
	}
	for _, pass := range []bool{true, false} {
		for _, t := range m.times {
			if t.published == pass {
				values = append(values, t.value)
			}
		}
	}
	values = append(values, otherDateTags(m)...)
	for _, v := range values {
		if t, hasTime, ok := parseDate(v); ok && pick.plausible(t) {
			return t, hasTime, pick.later
		}
	}
	for _, u := range []string{pageURL, opts.URL} {
		if t, ok := urlDate(u); ok && pick.plausible(t) {
			return t, false, pick.later
		}
	}
	return time.Time{}, false, pick.later
}

// otherDateTags are the values of site-specific meta tags that name a
// publication date ("sn-post-date", "cXenseParse:recs:publishtime"), in key
// order; tags of modification or expiry dates are left out.
func otherDateTags(m *metaSource) []string {
	var keys []string
	for k := range m.tags {
		if (strings.Contains(k, "date") || strings.Contains(k, "publish")) &&
			!strings.Contains(k, "modif") && !strings.Contains(k, "updat") && !strings.Contains(k, "expir") {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	var out []string
	for _, k := range keys {
		out = append(out, m.tags[k]...)
	}
	return out
}

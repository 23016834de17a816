package clean

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/topicdigest/digest/site/model"
)

// TestCleaningReportsHowLongItLasts: an article lasts from its date on
// unless a date was passed over as later than now (then the day), or a year
// was taken from now (a year, or the day when a weekday puts it further
// back); a date passed over as later than an HTML page's fetch time does not
// count.
func TestCleaningReportsHowLongItLasts(t *testing.T) {
	now := time.Date(2026, 1, 1, 12, 0, 0, 0, time.UTC)
	body := strings.Repeat("The bridge reopened to traffic after repairs to its deck and rails. ", 4)
	html := func(published, extra string) string {
		return `<html><head><meta property="article:published_time" content="` + published +
			`"><title>The bridge reopens</title></head><body><article>` + extra + "<p>" + body + "</p></article></body></html>"
	}
	tests := []struct {
		name  string
		doc   model.Document
		lasts Lasting
		date  string
	}{
		{"dump with a date line", model.Document{Format: model.FormatText, Body: "The bridge reopens\nDecember 30, 2025\n" + body}, LastsFromItsDate, "2025-12-30"},
		{"dump with a later date line", model.Document{Format: model.FormatText, Body: "The bridge reopens\nJanuary 2, 2026\n" + body}, LastsTheDay, ""},
		{"dump with a date header", model.Document{Format: model.FormatText, Body: "date 2026-01-02 Daily\nThe bridge reopens\n" + body}, LastsFromItsDate, "2026-01-02"},
		{"dump with a dateline", model.Document{Format: model.FormatText, Body: "The bridge reopens\nOSLO, December 30 (AP) -- " + body}, LastsTillItsDayRecurs, "2025-12-30"},
		{"dump with a dateline and its weekday", model.Document{Format: model.FormatText,
			Body: "The bridge reopens\nOSLO, December 30 (AP) -- The mayor said on Tuesday that " + body}, LastsTillItsWeekdayRecurs, "2025-12-30"},
		{"dump with a dateline a weekday puts years back", model.Document{Format: model.FormatText,
			Body: "The bridge reopens\nOSLO, December 30 (AP) -- The mayor said on Monday that " + body}, LastsTillItsWeekdayRecurs, "2024-12-30"},
		{"dump with a dateline no year's weekday matches", model.Document{Format: model.FormatText,
			Body: "The bridge reopens\nOSLO, December 30 (AP) -- The mayor said on Sunday that " + body}, LastsTheDay, "2025-12-30"},
		{"dump with no date", model.Document{Format: model.FormatText, Body: "The bridge reopens\n" + body}, LastsFromItsDate, ""},
		{"markdown with a later upload path", model.Document{Format: model.FormatMarkdown, Body: body,
			Meta: model.Meta{Title: "The bridge reopens", URL: "https://example.com/2026/01/02/bridge"}}, LastsTheDay, ""},
		{"markdown with an upload path", model.Document{Format: model.FormatMarkdown, Body: body,
			Meta: model.Meta{Title: "The bridge reopens", URL: "https://example.com/2025/12/30/bridge"}}, LastsFromItsDate, "2025-12-30"},
		{"html", model.Document{Format: model.FormatHTML, Body: html("2025-12-31T10:00:00Z", "")}, LastsFromItsDate, "2025-12-31T10:00:00Z"},
		{"html with a later date", model.Document{Format: model.FormatHTML,
			Body: html("2026-01-01T18:00:00Z", `<time datetime="2025-12-30">30 Dec</time>`)}, LastsTheDay, "2025-12-30"},
		{"html with a date later than its fetch", model.Document{Format: model.FormatHTML,
			Body: html("2025-12-31T18:00:00Z", `<time datetime="2025-12-30">30 Dec</time>`),
			Meta: model.Meta{FetchedAt: time.Date(2025, 12, 31, 9, 0, 0, 0, time.UTC)}}, LastsFromItsDate, "2025-12-30"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, lasts, err := CleanWithTemplate(tc.doc, Options{Now: now}, nil)
			require.NoError(t, err)
			assert.Equal(t, tc.lasts, lasts)
			assert.Equal(t, tc.date, formatDate(a))
		})
	}
}

// formatDate is the article's date as a test reads it, "" when undated.
func formatDate(a model.Article) string {
	if a.Date.IsZero() {
		return ""
	}
	if a.HasTime {
		return a.Date.Format(time.RFC3339)
	}
	return a.Date.Format(time.DateOnly)
}

// TestLastingHoldsAt: a kept article holds from its date on, or from it
// until its day recurs (on its weekday too, within six years); one that
// lasts the day is for its key to tell.
func TestLastingHoldsAt(t *testing.T) {
	day := time.Date(2026, 1, 2, 0, 0, 0, 0, time.UTC) // a Friday, which January 2 is again in 2032
	leap := time.Date(2024, 2, 29, 0, 0, 0, 0, time.UTC)
	dated := model.Article{Date: day}
	tests := []struct {
		name  string
		a     model.Article
		lasts Lasting
		now   time.Time
		holds bool
	}{
		{"on its date", dated, LastsFromItsDate, day, true},
		{"before its date", dated, LastsFromItsDate, day.Add(-time.Nanosecond), false},
		{"years on", dated, LastsFromItsDate, day.AddDate(5, 0, 0), true},
		{"undated", model.Article{}, LastsFromItsDate, day, true},
		{"day: on its date", dated, LastsTillItsDayRecurs, day, true},
		{"day: before its date", dated, LastsTillItsDayRecurs, day.Add(-time.Nanosecond), false},
		{"day: just before it recurs", dated, LastsTillItsDayRecurs, day.AddDate(1, 0, 0).Add(-time.Nanosecond), true},
		{"day: when it recurs", dated, LastsTillItsDayRecurs, day.AddDate(1, 0, 0), false},
		{"leap day: three years on", model.Article{Date: leap}, LastsTillItsDayRecurs, leap.AddDate(3, 11, 0), true},
		{"leap day: when it recurs", model.Article{Date: leap}, LastsTillItsDayRecurs, leap.AddDate(4, 0, 0), false},
		{"weekday: years on", dated, LastsTillItsWeekdayRecurs, day.AddDate(5, 11, 0), true},
		{"weekday: when it recurs", dated, LastsTillItsWeekdayRecurs, day.AddDate(6, 0, 0), false},
		{"the day: before its date", dated, LastsTheDay, day.Add(-time.Hour), true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.holds, tc.lasts.HoldsAt(tc.a, tc.now))
		})
	}
}

// TestYearlessDatesHoldTillTheyRecur: a day without its year is read again
// as the same day at every clock its Lasting holds at, around New Year, a
// leap day and with a weekday too.
func TestYearlessDatesHoldTillTheyRecur(t *testing.T) {
	for _, s := range []string{"OSLO, December 30 (AP) --", "OSLO, January 1 (AP) --", "OSLO, February 29 (AP) --",
		"OSLO, March 3 (AP) -- said on Tuesday", "OSLO, December 30 (AP) -- said on Sunday",
		"OSLO, February 29 (AP) -- said on Thursday", "OSLO, 4 juillet (AFP) --"} {
		for now := time.Date(2019, 12, 1, 15, 0, 0, 0, time.UTC); now.Year() < 2027; now = now.AddDate(0, 0, 19) {
			c := clock{now: now}
			got, ok := c.parseMonthDay(s)
			if !ok || c.lasts == LastsTheDay {
				continue
			}
			a := model.Article{Date: got}
			for later := got; c.lasts.HoldsAt(a, later); later = later.Add(173 * time.Hour) {
				again, _ := (&clock{now: later}).parseMonthDay(s)
				require.Equal(t, got, again, "%q read at %v, again at %v", s, now, later)
			}
		}
	}
}

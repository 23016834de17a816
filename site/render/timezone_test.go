package render

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/topicdigest/digest/site/model"
	"github.com/topicdigest/digest/templates"
)

func TestLocalDate(t *testing.T) {
	seoul, err := siteZone("Asia/Seoul")
	require.NoError(t, err)
	ny, err := siteZone("America/New_York")
	require.NoError(t, err)
	late := time.Date(2025, 7, 24, 23, 30, 0, 0, time.UTC)
	day := time.Date(2025, 7, 24, 0, 0, 0, 0, time.UTC)
	cases := []struct {
		name    string
		t       time.Time
		hasTime bool
		loc     *time.Location
		want    string
	}{
		{"instant moves to the next day east", late, true, seoul, "2025-07-25T08:30:00+09:00"},
		{"instant stays on its day west", late, true, ny, "2025-07-24T19:30:00-04:00"},
		{"bare date keeps its day east", day, false, seoul, "2025-07-24T00:00:00+09:00"},
		{"bare date keeps its day west", day, false, ny, "2025-07-24T00:00:00-04:00"},
		{"utc leaves an instant as is", late, true, time.UTC, "2025-07-24T23:30:00Z"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			assert.Equal(t, c.want, localDate(c.t, c.hasTime, c.loc).Format(time.RFC3339))
		})
	}
	assert.True(t, localDate(time.Time{}, true, seoul).IsZero(), "undated stays undated")
}

func TestSiteZoneErrors(t *testing.T) {
	for _, name := range []string{"Mars/Olympus_Mons", "Local", "asia/seoul "} {
		_, err := siteZone(name)
		require.Error(t, err, name)
		assert.Contains(t, err.Error(), `"`+name+`"`)
	}
	loc, err := siteZone("")
	require.NoError(t, err)
	assert.Equal(t, time.UTC, loc, "no zone is UTC")
}

// zoneSite has three events around midnight: one sent at 02:00 UTC on 26
// July, one dated 26 July with no time, and one sent at 10:00 UTC on 25 July.
func zoneSite(zone string) Site {
	timed := func(id string, t time.Time) *model.Article {
		return &model.Article{ID: id, Title: "Story " + id, Source: "Wire", Date: t, HasTime: true, Markdown: "Text."}
	}
	a := timed("a-late", time.Date(2025, 7, 26, 2, 0, 0, 0, time.UTC))
	b := &model.Article{ID: "b-day", Title: "Story b-day", Source: "Daily", Date: time.Date(2025, 7, 26, 0, 0, 0, 0, time.UTC), Markdown: "Text."}
	c := timed("c-early", time.Date(2025, 7, 25, 10, 0, 0, 0, time.UTC))
	var evs []*model.Event
	for _, x := range []*model.Article{a, b, c} {
		evs = append(evs, &model.Event{ID: x.ID, Title: x.Title, Date: x.Date, Updated: x.Date, Articles: []*model.Article{x}})
	}
	s := model.DefaultSettings()
	s.Timezone = zone
	return Site{Settings: s, Events: evs, Articles: []*model.Article{a, b, c}}
}

// TestTimezoneDays: timed articles are shown and grouped by the day of the
// site's zone, bare dates keep their day, each day is one section, and
// <time datetime> holds the full instant.
func TestTimezoneDays(t *testing.T) {
	cases := []struct {
		zone    string
		days    []string // the timeline's day headings, in order
		article string   // a-late's byline time
	}{
		{"UTC", []string{"2025-07-26", "2025-07-25"}, `<time datetime="2025-07-26T02:00:00Z">26 July 2025</time>`},
		{"America/New_York", []string{"2025-07-26", "2025-07-25"}, `<time datetime="2025-07-25T22:00:00-04:00">25 July 2025</time>`},
		// html/template writes the + of an offset as &#43;, which browsers read as +.
		{"Asia/Seoul", []string{"2025-07-26", "2025-07-25"}, `<time datetime="2025-07-26T11:00:00&#43;09:00">26 July 2025</time>`},
	}
	for _, c := range cases {
		t.Run(c.zone, func(t *testing.T) {
			dir, _ := renderTo(t, zoneSite(c.zone))
			files := readTree(t, dir)
			assert.Equal(t, c.days, dayHeadings(string(files["index.html"])))
			assert.Equal(t, c.days, dayHeadings(string(files["2025/07/index.html"])))
			assert.Contains(t, string(files["articles/a-late/index.html"]), c.article)
			assert.Contains(t, string(files["articles/b-day/index.html"]), `<time datetime="2025-07-26">26 July 2025</time>`, "a bare date keeps its day")
		})
	}
	dir, _ := renderTo(t, zoneSite("America/New_York"))
	index := string(readTree(t, dir)["index.html"])
	assert.Less(t, strings.Index(index, "Story b-day"), strings.Index(index, "Story a-late"), "the bare date heads its day")
	assert.Less(t, strings.Index(index, "Story a-late"), strings.Index(index, "Story c-early"))
}

// dayHeadings lists the datetime of each day's heading on a timeline page.
func dayHeadings(page string) []string {
	var out []string
	for _, part := range strings.Split(page, `<h2><time datetime="`)[1:] {
		out = append(out, part[:strings.IndexByte(part, '"')])
	}
	return out
}

func TestTimezoneUnknown(t *testing.T) {
	_, err := Render(t.TempDir(), zoneSite("Europe/Atlantis"), templates.FS)
	require.Error(t, err)
	assert.Contains(t, err.Error(), `"Europe/Atlantis"`)
}

package render

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestPagination: 45 dated and 3 undated events at 10 a page make 4 pages,
// cut from the oldest end: the front page takes the newest 18; each page links
// its neighbours, and the undated ones close the last page under "Date unknown".
func TestPagination(t *testing.T) {
	dir, st := renderTo(t, manySite(45, 3, 20))
	files := readTree(t, dir)
	pages := []string{"index.html", "page/2/index.html", "page/3/index.html", "page/4/index.html"}
	for i, p := range pages {
		body := string(files[p])
		require.NotEmpty(t, body, p)
		want := 10
		if i == 0 {
			want = 18
		}
		assert.Equal(t, want, strings.Count(body, `<article class="card">`), p)
		assert.Equal(t, 1, strings.Count(body, "<h1"), p)
		assert.Equal(t, i > 0, strings.Contains(body, `rel="prev"`), p)
		assert.Equal(t, i < 3, strings.Contains(body, `rel="next"`), p)
	}
	assert.NotContains(t, files, "page/1/index.html", "page 1 is index.html")
	assert.NotContains(t, files, "page/5/index.html")
	assert.Contains(t, string(files["page/2/index.html"]), `<a rel="prev" href="../../">`)
	assert.Contains(t, string(files["page/2/index.html"]), `<a rel="next" href="../../page/3/">`)
	last := string(files["page/4/index.html"])
	assert.Contains(t, last, "<h2>Date unknown</h2>")
	assert.Less(t, strings.Index(last, "a00044"), strings.Index(last, "Date unknown"), "dated events first")
	assert.Greater(t, strings.Index(last, "a00047"), strings.Index(last, "Date unknown"))
	first := string(files["index.html"])
	assert.Less(t, strings.Index(first, "a00000"), strings.Index(first, "a00001"), "newest first")
	assert.Equal(t, 4+2+1+48+48+2, st.Pages, "timeline, months, archive, events, articles, search and 404")
}

// TestMonthArchives: events every 20 hours from 24 July back cover June and
// July 2025; each month page holds its events and links to its neighbours.
func TestMonthArchives(t *testing.T) {
	dir, _ := renderTo(t, manySite(45, 3, 20))
	files := readTree(t, dir)
	july, june := string(files["2025/07/index.html"]), string(files["2025/06/index.html"])
	require.NotEmpty(t, july)
	require.NotEmpty(t, june)
	assert.NotContains(t, files, "2025/05/index.html")
	// 24 July 12:00 back in steps of 20 h: events 0..28 (564 h back is 1 July 00:00) fall in July.
	assert.Equal(t, 29, strings.Count(july, `<article class="card">`))
	assert.Equal(t, 16, strings.Count(june, `<article class="card">`))
	assert.Contains(t, july, `href="../../2025/06/">June 2025 →`)
	assert.Contains(t, june, `href="../../2025/07/">← July 2025`)
	assert.Contains(t, string(files["archive/index.html"]), `<a href="../2025/07/">July 2025</a> <span class="count">29</span>`)
	days := strings.Count(july, `<section class="day">`)
	assert.Greater(t, days, 20, "events are grouped by day")
	assert.Less(t, days, 29)
}

// TestMonthPagination: a month of 130 events (one every 2 hours back from 24
// July) at 10 a timeline page is cut into month pages of 50, the front page
// taking the remainder; its pages link each other and keep the month's
// neighbours and count, and the sitemap lists them.
func TestMonthPagination(t *testing.T) {
	dir, _ := renderTo(t, manySite(130, 0, 2))
	files := readTree(t, dir)
	first, second := string(files["2025/07/index.html"]), string(files["2025/07/page/2/index.html"])
	require.NotEmpty(t, first)
	require.NotEmpty(t, second)
	assert.NotContains(t, files, "2025/07/page/3/index.html")
	assert.Equal(t, 80, strings.Count(first, `<article class="card">`))
	assert.Equal(t, 50, strings.Count(second, `<article class="card">`))
	assert.Less(t, strings.Index(first, "a00000"), strings.Index(first, "a00079"), "newest first")
	assert.Contains(t, second, "a00080")
	assert.Contains(t, first, `<nav class="pager" aria-label="Pages of July 2025">`)
	assert.Contains(t, first, `<a rel="next" href="../../2025/07/page/2/">Older →</a>`)
	assert.NotContains(t, first, `rel="prev"`)
	assert.Contains(t, second, `<a rel="prev" href="../../../../2025/07/">← Newer</a>`)
	assert.Contains(t, second, "<span>Page 2 of 2</span>")
	assert.Contains(t, second, "<h1>July 2025, page 2</h1>")
	assert.Contains(t, second, "130 events in July 2025.")
	assert.Contains(t, second, `href="../../../../archive/">All months</a>`)
	assert.Contains(t, string(files["sitemap.xml"]), "<loc>https://example.org/many/2025/07/page/2/</loc>")
}

// TestGroupDays keeps timeline order and splits on the calendar day.
func TestGroupDays(t *testing.T) {
	d := newDigest(manySite(5, 2, 10), time.UTC)
	days, undated := groupDays(d.events)
	assert.Len(t, undated, 2)
	var got []int
	for _, day := range days {
		got = append(got, len(day.Events))
	}
	assert.Equal(t, []int{2, 2, 1}, got, "12:00, 02:00 | 16:00, 06:00 | 20:00")
}

// TestPageBounds: pages are cut from the oldest end, the front page taking
// the remainder, so a new newest event moves no other page until one fills.
func TestPageBounds(t *testing.T) {
	cases := []struct {
		events, perPage int
		want            [][2]int
	}{
		{0, 10, [][2]int{{0, 0}}},
		{7, 10, [][2]int{{0, 7}}},
		{10, 10, [][2]int{{0, 10}}},
		{19, 10, [][2]int{{0, 19}}},
		{20, 10, [][2]int{{0, 10}, {10, 20}}},
		{48, 10, [][2]int{{0, 18}, {18, 28}, {28, 38}, {38, 48}}},
		{49, 10, [][2]int{{0, 19}, {19, 29}, {29, 39}, {39, 49}}},
	}
	for _, c := range cases {
		assert.Equal(t, c.want, pageBounds(c.events, c.perPage), "%d events", c.events)
	}
}

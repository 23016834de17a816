package render

import (
	"strconv"

	"github.com/topicdigest/digest/site/model"
)

// timelinePages splits the events into pages: page 1 is index.html, page N
// is page/N/index.html. Pages are cut from the oldest end, perPage events
// each, and the front page takes the newest full page plus the newest
// events that do not fill another (perPage to 2*perPage-1 events). New events
// arrive at the top, so a new one changes only the front page; every page
// moves only when one more page fills, once in perPage events.
func timelinePages(d *digest, perPage int) []*page {
	bounds := pageBounds(len(d.events), pageEvents(perPage))
	pages := make([]*page, 0, len(bounds))
	for n := 1; n <= len(bounds); n++ {
		p := &page{Site: d, Kind: "timeline", Dir: pagedDir("", n), File: "index.html",
			Summary: d.Description, Pager: newPager("", n, len(bounds))}
		if n > 1 {
			p.Title = "Page " + strconv.Itoa(n)
		}
		p.Days, p.Undated = groupDays(d.events[bounds[n-1][0]:bounds[n-1][1]])
		pages = append(pages, p)
	}
	return pages
}

// pageEvents is perPage, or the default per_page when it is not set.
func pageEvents(perPage int) int {
	if perPage <= 0 {
		return model.DefaultSettings().PerPage
	}
	return perPage
}

// pageBounds is the [lo, hi) range of events (newest first) on each
// timeline page: the last perPage events on the last page, and so on
// towards the newest; the front page takes the remainder with its own
// perPage. There is always at least one page.
func pageBounds(events, perPage int) [][2]int {
	total := max(events/perPage, 1)
	front := events - (total-1)*perPage
	out := [][2]int{{0, front}}
	for lo := front; lo < events; lo += perPage {
		out = append(out, [2]int{lo, lo + perPage})
	}
	return out
}

// pagedDir is the folder of page n of a list whose first page is in dir
// ("" for the site root): dir itself, then dir/page/N.
func pagedDir(dir string, n int) string {
	switch {
	case n <= 1:
		return dir
	case dir == "":
		return "page/" + strconv.Itoa(n)
	}
	return dir + "/page/" + strconv.Itoa(n)
}

// newPager links page n of the total pages of the list in dir (see
// pagedDir) to its neighbours.
func newPager(dir string, n, total int) *pager {
	pg := &pager{Number: n, Total: total}
	if n > 1 {
		pg.Newer, pg.HasNewer = dirURL(pagedDir(dir, n-1)), true
	}
	if n < total {
		pg.Older, pg.HasOlder = dirURL(pagedDir(dir, n+1)), true
	}
	return pg
}

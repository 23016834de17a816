package render

import "strconv"

// timelinePages splits the events into pages: page 1 is index.html, page N
// is page/N/index.html. Pages are cut from the oldest end, perPage events
// each, and the front page takes the newest full page plus the newest
// events that do not fill another (perPage to 2*perPage-1 events). New events
// arrive at the top, so a new one changes only the front page; every page
// moves only when one more page fills, once in perPage events.
func timelinePages(d *digest, perPage int) []*page {
	if perPage <= 0 {
		perPage = 20
	}
	bounds := pageBounds(len(d.events), perPage)
	total := len(bounds)
	pages := make([]*page, 0, total)
	for n := 1; n <= total; n++ {
		p := &page{Site: d, Kind: "timeline", Dir: pageDir(n), File: "index.html",
			Summary: d.Description, Pager: &pager{Number: n, Total: total}}
		if n > 1 {
			p.Title = "Page " + strconv.Itoa(n)
			p.Pager.Newer, p.Pager.HasNewer = dirURL(pageDir(n-1)), true
		}
		if n < total {
			p.Pager.Older, p.Pager.HasOlder = dirURL(pageDir(n+1)), true
		}
		p.Days, p.Undated = groupDays(d.events[bounds[n-1][0]:bounds[n-1][1]])
		pages = append(pages, p)
	}
	return pages
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

// pageDir is the folder of timeline page n, "" for the first.
func pageDir(n int) string {
	if n <= 1 {
		return ""
	}
	return "page/" + strconv.Itoa(n)
}

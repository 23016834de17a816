package render

import "strconv"

// timelinePages splits the events into pages of perPage: page 1 is index.html,
// page N is page/N/index.html.
func timelinePages(d *digest, perPage int) []*page {
	if perPage <= 0 {
		perPage = 20
	}
	total := (len(d.events) + perPage - 1) / perPage
	if total == 0 {
		total = 1
	}
	pages := make([]*page, 0, total)
	for n := 1; n <= total; n++ {
		lo, hi := (n-1)*perPage, n*perPage
		hi = min(hi, len(d.events))
		lo = min(lo, hi)
		p := &page{Site: d, Kind: "timeline", Dir: pageDir(n), File: "index.html",
			Summary: d.Description, Pager: &pager{Number: n, Total: total}}
		if n > 1 {
			p.Title = "Page " + strconv.Itoa(n)
			p.Pager.Newer, p.Pager.HasNewer = dirURL(pageDir(n-1)), true
		}
		if n < total {
			p.Pager.Older, p.Pager.HasOlder = dirURL(pageDir(n+1)), true
		}
		p.Days, p.Undated = groupDays(d.events[lo:hi])
		pages = append(pages, p)
	}
	return pages
}

// pageDir is the folder of timeline page n, "" for the first.
func pageDir(n int) string {
	if n <= 1 {
		return ""
	}
	return "page/" + strconv.Itoa(n)
}

package render

import (
	"strconv"
	"time"
)

// months groups the dated events by month, newest first, and links each month
// to its neighbours.
func months(d *digest) []*month {
	var out []*month
	for _, e := range d.events {
		if !e.Dated {
			continue
		}
		if n := len(out); n > 0 && out[n-1].Path == e.Month {
			out[n-1].Events = append(out[n-1].Events, e)
			continue
		}
		start := time.Date(e.Date.Year(), e.Date.Month(), 1, 0, 0, 0, 0, time.UTC)
		out = append(out, &month{Path: e.Month, Date: start, Title: start.Format("January 2006"), Events: []*eventView{e}})
	}
	for i, m := range out {
		if i > 0 {
			m.Newer = out[i-1]
		}
		if i+1 < len(out) {
			m.Older = out[i+1]
		}
	}
	return out
}

// monthPages are the YYYY/MM/index.html archives, each month cut into
// pages of monthPageEvents(perPage) events as the timeline is (the front
// page takes the remainder, see pageBounds), its later pages at
// YYYY/MM/page/N/.
func monthPages(d *digest, ms []*month, perPage int) []*page {
	pages := make([]*page, 0, len(ms))
	for _, m := range ms {
		bounds := pageBounds(len(m.Events), monthPageEvents(perPage))
		dir := m.Path[:len(m.Path)-1]
		for n := 1; n <= len(bounds); n++ {
			p := &page{Site: d, Kind: "month", Dir: pagedDir(dir, n), File: "index.html",
				Title: m.Title, Month: m, Pager: newPager(dir, n, len(bounds))}
			if n > 1 {
				p.Title += ", page " + strconv.Itoa(n)
			}
			p.Summary = "Events of " + p.Title + " in " + d.Title + "."
			p.Days, _ = groupDays(m.Events[bounds[n-1][0]:bounds[n-1][1]])
			pages = append(pages, p)
		}
	}
	return pages
}

// monthPageEvents is how many events a month archive page lists: five
// timeline pages' worth (100 at the default per_page), as an archive is
// skimmed rather than read. A month of a big digest holds hundreds of
// events (about 680 at 100,000 generated articles over two years), a page
// of 700 KB when it was listed whole.
func monthPageEvents(perPage int) int { return 5 * pageEvents(perPage) }

// archivePage lists every month, grouped by year in the template.
func archivePage(d *digest, ms []*month) *page {
	return &page{Site: d, Kind: "archive", Dir: "archive", File: "index.html",
		Title: "Archive", Summary: "Every month of " + d.Title + ".", Months: ms}
}

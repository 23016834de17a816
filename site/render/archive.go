package render

import "time"

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

// monthPages are the YYYY/MM/index.html archives.
func monthPages(d *digest, ms []*month) []*page {
	pages := make([]*page, 0, len(ms))
	for _, m := range ms {
		p := &page{Site: d, Kind: "month", Dir: m.Path[:len(m.Path)-1], File: "index.html",
			Title: m.Title, Month: m}
		p.Summary = "Events of " + p.Title + " in " + d.Title + "."
		p.Days, _ = groupDays(m.Events)
		pages = append(pages, p)
	}
	return pages
}

// archivePage lists every month, grouped by year in the template.
func archivePage(d *digest, ms []*month) *page {
	return &page{Site: d, Kind: "archive", Dir: "archive", File: "index.html",
		Title: "Archive", Summary: "Every month of " + d.Title + ".", Months: ms}
}

package render

import (
	"html/template"
	"time"
)

// page is what a page template receives. One struct serves every kind of
// page; each kind fills the fields it shows.
type page struct {
	Site      *digest
	Kind      string     // "timeline", "month", "archive", "event", "article", "search", "404"
	Root      string     // prefix from this page to the site root, see rootFrom
	Dir       string     // output folder relative to the site root, "" for the root
	File      string     // file name in Dir: "index.html", or "404.html"
	Title     string     // page title, before the site's; "" on the front page
	Summary   string     // meta description
	Canonical string     // absolute URL of the page, "" when it has none (404)
	Links     *siteLinks // the links every page carries, from this page
	Chrome    *chrome    // head links, masthead and footer, shared by pages of one kind and depth

	Days    []day        // timeline and month pages
	Undated []*eventView // timeline page: events with no known date
	Pager   *pager       // timeline and month pages
	Month   *month       // month page
	Months  []*month     // archive page
	Event   *eventView   // event page
	Article *articleView // article page
	Body    template.HTML
}

// siteLinks are the links in every page's head, masthead and footer, made
// once per folder depth rather than by a template call per link per page.
// A node of the page keys, so they are hashed once per depth, not per page.
type siteLinks struct {
	keyMemo
	Root                                                          string
	Home, Archive, Search, Style, Icon, RSS, Atom, JSONFeed, Data string
}

func newSiteLinks(root string) *siteLinks {
	return &siteLinks{Root: root, Home: link(root, ""), Archive: root + "archive/", Search: root + "search/",
		Style: root + "style.css", Icon: root + "favicon.svg", RSS: root + "feed.xml", Atom: root + "atom.xml",
		JSONFeed: root + "feed.json", Data: root + "events.json"}
}

// path is where the page is written, relative to the site root.
func (p *page) path() string {
	if p.Dir == "" {
		return p.File
	}
	return p.Dir + "/" + p.File
}

// day is one day of the timeline with its events.
type day struct {
	Date     time.Time
	Events   []*eventView
	DateISO  string // YYYY-MM-DD
	DateLong string // "Thursday 24 July 2025", the day's heading
}

// pager links a timeline or month page to its neighbours; paths are
// root-relative.
type pager struct {
	Number, Total int
	Newer, Older  string
	HasNewer      bool
	HasOlder      bool
}

// month is one month archive page: its events, and the months beside it.
type month struct {
	keyMemo
	Path         string // "YYYY/MM/"
	Date         time.Time
	Title        string // "July 2025"
	Events       []*eventView
	Newer, Older *month
}

// ctx hands a partial template its value together with the page's root, since
// a template call takes only one argument.
type ctx struct {
	Root string
	V    any
}

func newCtx(root string, v any) ctx { return ctx{root, v} }

// groupDays splits events (in timeline order) into days; undated events are
// returned apart, for the "Date unknown" section.
func groupDays(evs []*eventView) (days []day, undated []*eventView) {
	for _, e := range evs {
		if !e.Dated {
			undated = append(undated, e)
			continue
		}
		if n := len(days); n > 0 && days[n-1].DateISO == e.DateISO {
			days[n-1].Events = append(days[n-1].Events, e)
			continue
		}
		days = append(days, day{Date: e.Date, Events: []*eventView{e}, DateISO: e.DateISO, DateLong: longDate(e.Date)})
	}
	return days, undated
}

// Package render writes the static site and its feeds from grouped events.
//
// Every internal link is relative to the page it is on (../../style.css), so
// the site works wherever it is served: at base_url's path on a static host,
// at / under `digest serve`, or from a folder. Only 404.html, which a host
// serves at any depth, links by base_url's path, and feeds, sitemap and
// canonical links use absolute URLs from base_url.
package render

import (
	"io"
	"io/fs"

	"github.com/topicdigest/digest/site/internal/par"
	"github.com/topicdigest/digest/site/model"
)

// Site is everything render needs: the settings and the grouped digest.
type Site struct {
	Settings model.Settings
	Events   []*model.Event   // newest first
	Articles []*model.Article // every published article, sorted by id
}

// Stats say what a render wrote, for the build's summary line.
type Stats struct {
	Pages  int       // HTML pages
	Files  int       // every file written, pages included
	Reused int       // pages Options.Reuse kept or placed instead of rendering them
	Keys   []PageKey // every file written, pages with their keys, when Options.Salt is set
}

// Render writes the site into dir (which exists and is empty), using templates
// from tpl (the embedded defaults, possibly overlaid by a -templates folder).
func Render(dir string, s Site, tpl fs.FS) (Stats, error) {
	return RenderWith(dir, s, tpl, Options{})
}

// RenderWith is Render with options: with a Salt, every page gets a key, and
// a Reuse may place a page from an earlier build instead of rendering it.
func RenderWith(dir string, s Site, tpl fs.FS, o Options) (Stats, error) {
	ts, err := loadTemplates(tpl)
	if err != nil {
		return Stats{}, err
	}
	if o.Salt != "" {
		if o.Salt, err = templatesSalt(tpl, o.Salt); err != nil {
			return Stats{}, err
		}
	}
	loc, err := siteZone(s.Settings.Timezone)
	if err != nil {
		return Stats{}, err
	}
	r := &runner{dir: dir, ts: ts, opts: o}
	if o.Salt != "" {
		r.reads = pageReads(ts) // before any template runs: html/template escapes a set when it first runs
	}
	// events.json needs only s, so it is written while the views are made,
	// which leaves a core idle in its serial parts.
	events := r.start(job{path: "events.json", write: func(_ *worker, out io.Writer) error { return writeEventsJSON(out, s) }})
	defer events.wait()
	d := newDigest(s, loc)
	pages := sitePages(d, s.Settings.PerPage)
	if err := attachChrome(pages, ts); err != nil {
		return Stats{}, err
	}
	feed, err := newFeed(d, ts, s.Settings.FeedItems)
	if err != nil {
		return Stats{}, err
	}
	// The data files go first: a few big files (events.json, the sitemaps)
	// that would otherwise be the last jobs left, on one core.
	jobs := append([]job{events}, dataJobs(d, feed, pages)...)
	jobs = append(jobs, pageJobs(pages)...)
	assets, err := staticFiles(tpl)
	if err != nil {
		return Stats{}, err
	}
	for _, name := range assets {
		jobs = append(jobs, job{path: name, write: func(_ *worker, out io.Writer) error { return copyStatic(out, tpl, name) }})
	}
	if err := r.run(jobs); err != nil {
		return Stats{}, err
	}
	return Stats{Pages: len(pages), Files: len(jobs), Reused: int(r.reused.Load()), Keys: r.pageKeys(jobs)}, nil
}

// sitePages lists every HTML page with its place in the site set: the
// timeline pages, month archives, archive, events, articles, search and 404.
func sitePages(d *digest, perPage int) []*page {
	ms := months(d)
	pages := timelinePages(d, perPage)
	pages = append(pages, monthPages(d, ms, perPage)...)
	pages = append(pages, archivePage(d, ms))
	for _, e := range d.events {
		pages = append(pages, &page{Site: d, Kind: "event", Dir: e.dir,
			File: "index.html", Title: e.Headline, Summary: e.Summary, Event: e})
	}
	// An article page each, made on every core: at 100,000 articles, made on
	// one they held every other core idle for a tenth of a second.
	arts := make([]page, len(d.articles))
	par.Chunks(len(arts), func(lo, hi int) {
		for i := lo; i < hi; i++ {
			a := d.articles[i]
			arts[i] = page{Site: d, Kind: "article", Dir: a.dir, File: "index.html", Title: a.Title,
				Summary: articleSummary(a), Article: a}
		}
	})
	for i := range arts {
		pages = append(pages, &arts[i])
	}
	pages = append(pages, &page{Site: d, Kind: "search", Dir: "search", File: "index.html", Title: "Search",
		Summary: "Search the events of " + d.Title + "."})
	par.Chunks(len(pages), func(lo, hi int) {
		for _, p := range pages[lo:hi] {
			p.Root = rootFrom(p.Dir)
			p.Canonical = d.BaseURL + dirURL(p.Dir)
		}
	})
	pages = append(pages, &page{Site: d, Kind: "404", File: "404.html", Title: "Page not found", Root: d.BasePath})
	links := map[string]*siteLinks{}
	for _, p := range pages {
		if links[p.Root] == nil {
			links[p.Root] = newSiteLinks(p.Root)
		}
		p.Links = links[p.Root]
	}
	return pages
}

func articleSummary(a *articleView) string {
	s := a.Name
	if a.Dated {
		s += ", " + humanDate(a.Date)
	}
	return s + "."
}

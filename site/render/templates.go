package render

import (
	"fmt"
	"html/template"
	"io/fs"
	"path"
	"sort"
	"strings"
	"time"
)

// The page templates, one file each. Every other *.html file in the template
// folder is shared: base.html holds the layout and partials, and a user may add
// files of their own partials.
const (
	tplTimeline = "timeline.html"
	tplMonth    = "month.html"
	tplArchive  = "archive.html"
	tplEvent    = "event.html"
	tplArticle  = "article.html"
	tplSearch   = "search.html"
	tplNotFound = "404.html"
	tplFeedItem = "feed-item.html" // an event as feed item content
)

var pageTemplates = []string{tplTimeline, tplMonth, tplArchive, tplEvent, tplArticle, tplSearch, tplNotFound, tplFeedItem}

// templateSet holds every page template parsed once, each a clone of the
// shared templates with its own file added, so pages may each define "main".
type templateSet map[string]*template.Template

// loadTemplates parses the templates from tpl. Errors name the template file
// and line, as html/template reports them.
func loadTemplates(tpl fs.FS) (templateSet, error) {
	shared, err := sharedTemplates(tpl)
	if err != nil {
		return nil, err
	}
	set := templateSet{}
	for _, name := range pageTemplates {
		src, err := fs.ReadFile(tpl, name)
		if err != nil {
			return nil, fmt.Errorf("template %s: %w", name, err)
		}
		t, err := shared.Clone()
		if err != nil {
			return nil, fmt.Errorf("template %s: %w", name, err)
		}
		if t, err = t.New(name).Parse(string(src)); err != nil {
			return nil, fmt.Errorf("template %s: %w", name, err)
		}
		set[name] = t
	}
	return set, nil
}

// sharedTemplates parses every *.html that is not a page template, in name
// order, into one set with the render functions.
func sharedTemplates(tpl fs.FS) (*template.Template, error) {
	names, err := fs.Glob(tpl, "*.html")
	if err != nil {
		return nil, fmt.Errorf("templates: %w", err)
	}
	sort.Strings(names)
	root := template.New("").Funcs(funcs)
	for _, name := range names {
		if isPage(name) {
			continue
		}
		src, err := fs.ReadFile(tpl, name)
		if err != nil {
			return nil, fmt.Errorf("template %s: %w", name, err)
		}
		if _, err := root.New(name).Parse(string(src)); err != nil {
			return nil, fmt.Errorf("template %s: %w", name, err)
		}
	}
	return root, nil
}

func isPage(name string) bool {
	for _, p := range pageTemplates {
		if p == path.Base(name) {
			return true
		}
	}
	return false
}

// funcs are what templates may call beyond html/template's builtins.
var funcs = template.FuncMap{
	"link":     link,
	"ctx":      newCtx,
	"isodate":  isoDate,
	"isotime":  isoTime,
	"date":     humanDate,
	"longdate": longDate,
	"join":     strings.Join,
	"add":      func(a, b int) int { return a + b },
}

// isoDate is the datetime attribute of a date: YYYY-MM-DD.
func isoDate(t time.Time) string { return t.Format("2006-01-02") }

// isoTime is the datetime attribute of an instant, or of a date when hasTime is false.
func isoTime(t time.Time, hasTime bool) string {
	if hasTime {
		return t.Format(time.RFC3339)
	}
	return isoDate(t)
}

// humanDate is how a date reads in lists: "24 July 2025".
func humanDate(t time.Time) string { return t.Format("2 January 2006") }

// longDate heads a day in the timeline: "Thursday 24 July 2025".
func longDate(t time.Time) string { return t.Format("Monday 2 January 2006") }

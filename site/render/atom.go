package render

import (
	"io"
	"time"

	"github.com/gorilla/feeds"
)

// atomDoc is gorilla/feeds' Atom feed with what it leaves out: xml:lang, a
// rel="self" link beside the alternate one (gorilla's AtomFeed holds one), and a feed author (Atom requires
// one on the feed or on every entry).
type atomDoc struct {
	Lang string `xml:"xml:lang,attr"`
	*feeds.AtomFeed
	Links []*feeds.AtomLink
}

// writeAtom writes f as Atom 1.0. Beyond gorilla/feeds: the feed id is the
// absolute atom.xml URL (gorilla uses the site link), entries carry their
// published date (gorilla drops it), and an undated entry gets the feed's
// date, as updated is required.
func writeAtom(w io.Writer, d *digest, f *feeds.Feed) error {
	af := (&feeds.Atom{Feed: f}).AtomFeed()
	af.Id = d.BaseURL + "atom.xml"
	af.Link = nil // replaced by Links: gorilla has room for one link only
	af.Author = &feeds.AtomAuthor{AtomPerson: feeds.AtomPerson{Name: d.Title, Uri: d.BaseURL}}
	for i, e := range af.Entries {
		it := f.Items[i]
		e.Updated = itemUpdated(d, it).Format(time.RFC3339)
		if e.Summary != nil {
			e.Summary.Type = "text" // the summary is plain text; gorilla says html
		}
		if !it.Created.IsZero() {
			e.Published = it.Created.Format(time.RFC3339)
		}
	}
	doc := atomDoc{Lang: d.Language, AtomFeed: af,
		Links: []*feeds.AtomLink{
			{Href: d.BaseURL, Rel: "alternate", Type: "text/html"},
			{Href: d.BaseURL + "atom.xml", Rel: "self", Type: "application/atom+xml"},
		}}
	return encodeXML(w, doc, "atom.xml")
}

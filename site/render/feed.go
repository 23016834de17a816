package render

import (
	"bytes"
	"fmt"
	"time"

	"github.com/gorilla/feeds"
)

// feedEpoch is the feeds' date when nothing in the digest is dated: feeds
// need a date, and the build time would make output differ between runs.
var feedEpoch = time.Unix(0, 0).UTC()

// defaultFeedItems is the feed length when the settings give none.
const defaultFeedItems = 50

// newFeed is the digest as a gorilla/feeds Feed: one item per event, the
// newest first, at most max items (defaultFeedItems when max <= 0). Each item's id is the event's absolute
// permalink, its content the full event as rendered by feed-item.html.
// The format writers (rss.go, atom.go, jsonfeed.go) add what gorilla/feeds
// leaves out or gets wrong.
func newFeed(d *digest, ts templateSet, max int) (*feeds.Feed, error) {
	f := &feeds.Feed{
		Title: d.Title, Description: d.Description, Link: &feeds.Link{Href: d.BaseURL},
		Updated: d.channelDate(), Created: d.channelDate(), Id: d.BaseURL + "atom.xml",
	}
	if f.Description == "" {
		f.Description = d.Title
	}
	if max <= 0 {
		max = defaultFeedItems
	}
	var buf bytes.Buffer
	for _, e := range d.events[:min(max, len(d.events))] {
		buf.Reset()
		if err := ts[tplFeedItem].ExecuteTemplate(&buf, tplFeedItem, ctx{Root: d.BaseURL, V: e}); err != nil {
			return nil, fmt.Errorf("template %s: %w", tplFeedItem, err)
		}
		f.Items = append(f.Items, &feeds.Item{
			Title: e.Headline, Link: &feeds.Link{Href: d.BaseURL + e.Path}, Id: d.BaseURL + e.Path,
			IsPermaLink: "true", Description: e.Summary, Content: buf.String(),
			Created: e.Date, Updated: e.Updated,
		})
	}
	return f, nil
}

// channelDate is the newest event's update, or feedEpoch.
func (d *digest) channelDate() time.Time {
	if d.updated.IsZero() {
		return feedEpoch
	}
	return d.updated
}

// itemUpdated is an item's updated time for formats that require one; an
// undated event takes the channel's date.
func itemUpdated(d *digest, it *feeds.Item) time.Time {
	if it.Updated.IsZero() {
		return d.channelDate()
	}
	return it.Updated
}

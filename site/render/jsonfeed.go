package render

import (
	"encoding/json"
	"fmt"
	"io"

	"github.com/gorilla/feeds"
)

// jsonFeedDoc is gorilla/feeds' JSON Feed with items always present: JSON
// Feed 1.1 requires the array, and gorilla omits it when empty.
type jsonFeedDoc struct {
	*feeds.JSONFeed
	Items []*feeds.JSONItem `json:"items"`
}

// writeJSONFeed writes f as JSON Feed 1.1. Beyond gorilla/feeds it sets
// feed_url, language and authors, and drops the "author" field 1.1
// deprecates.
func writeJSONFeed(w io.Writer, d *digest, f *feeds.Feed) error {
	jf := (&feeds.JSON{Feed: f}).JSONFeed()
	jf.FeedUrl = d.BaseURL + "feed.json"
	jf.Language = d.Language
	jf.Author = nil
	jf.Authors = []*feeds.JSONAuthor{{Name: d.Title, Url: d.BaseURL}}
	items := jf.Items
	if items == nil {
		items = []*feeds.JSONItem{}
	}
	for _, it := range items {
		it.Author, it.Authors = nil, nil
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(jsonFeedDoc{JSONFeed: jf, Items: items}); err != nil {
		return fmt.Errorf("feed.json: %w", err)
	}
	return nil
}

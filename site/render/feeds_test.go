package render

import (
	"bytes"
	"encoding/json"
	"testing"
	"time"

	"github.com/mmcdole/gofeed"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestFeedsParse reads the three feeds as a feed reader would (gofeed) and
// checks items, ids, dates and titles, for the sample and hostile content.
func TestFeedsParse(t *testing.T) {
	cases := []struct {
		name   string
		site   Site
		items  int
		guid   string
		title  string
		pub    time.Time
		update time.Time
	}{
		{"sample", sampleSite(), 1, "https://example.org/korea/events/000_c12818764e0f8c6d/",
			"Kim Jong Un urges North Korean troops to prepare for 'real war'",
			time.Date(2025, 7, 24, 0, 0, 0, 0, time.UTC), time.Date(2025, 7, 29, 0, 0, 0, 0, time.UTC)},
		{"hostile", hostileSite(), 2, "https://example.org/sub/events/etc/passwd/",
			"Event <script>alert(1)</script> <img src=x onerror=alert(2)> ]]> &amp; &lt;b&gt; " +
				"&#xFFFE; &#xffff; &#x1; &#0; &#1; &#x9F; &#xFDD0; &#x10FFFF; &#65534; bad\uFFFD utf8", // a title is plain text: entities stay text
			time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), time.Date(2025, 3, 2, 0, 0, 0, 0, time.UTC)},
	}
	for _, c := range cases {
		dir, _ := renderTo(t, c.site)
		files := readTree(t, dir)
		for _, name := range []string{"feed.xml", "atom.xml", "feed.json"} {
			t.Run(c.name+"/"+name, func(t *testing.T) {
				f, err := gofeed.NewParser().Parse(bytes.NewReader(files[name]))
				require.NoError(t, err)
				require.Len(t, f.Items, c.items)
				it := f.Items[0]
				assert.Equal(t, c.guid, it.GUID)
				assert.Equal(t, c.guid, it.Link)
				assert.Equal(t, c.title, it.Title)
				require.NotNil(t, it.PublishedParsed)
				assert.True(t, c.pub.Equal(*it.PublishedParsed), "published %v", it.PublishedParsed)
				if name != "feed.xml" { // RSS has no updated time per item
					require.NotNil(t, it.UpdatedParsed)
					assert.True(t, c.update.Equal(*it.UpdatedParsed), "updated %v", it.UpdatedParsed)
				}
				assert.Equal(t, "en", f.Language)
				assert.Contains(t, it.Content, "Sources")
				assertNoActiveContent(t, name, it.Content)
				assert.NotEmpty(t, f.Title)
			})
		}
	}
}

// TestFeedsStructure checks what gorilla/feeds leaves out and render adds.
func TestFeedsStructure(t *testing.T) {
	dir, _ := renderTo(t, sampleSite())
	files := readTree(t, dir)
	rss := string(files["feed.xml"])
	assert.Contains(t, rss, `<atom:link href="https://example.org/korea/feed.xml" rel="self" type="application/rss+xml">`)
	assert.Contains(t, rss, `<language>en</language>`)
	assert.Contains(t, rss, `<guid isPermaLink="true">`)
	assert.NotContains(t, rss, "managingEditor")
	assert.NotContains(t, rss, "<author>")
	atom := string(files["atom.xml"])
	assert.Contains(t, atom, `<id>https://example.org/korea/atom.xml</id>`)
	assert.Contains(t, atom, `rel="self"`)
	assert.Contains(t, atom, `<link href="https://example.org/korea/" rel="alternate" type="text/html">`)
	assert.Contains(t, atom, `xml:lang="en"`)
	assert.Contains(t, atom, `<published>2025-07-24T00:00:00Z</published>`)
	var jf map[string]any
	require.NoError(t, json.Unmarshal(files["feed.json"], &jf))
	assert.Equal(t, "https://jsonfeed.org/version/1.1", jf["version"])
	assert.Equal(t, "https://example.org/korea/feed.json", jf["feed_url"])
	assert.NotContains(t, jf, "author", "deprecated in 1.1")
}

// TestFeedsEmpty: a digest with no events still has valid feeds: an items
// array in JSON Feed, and dates (the epoch) where Atom requires one.
func TestFeedsEmpty(t *testing.T) {
	s := sampleSite()
	s.Events, s.Articles = nil, nil
	dir, _ := renderTo(t, s)
	files := readTree(t, dir)
	for _, name := range []string{"feed.xml", "atom.xml", "feed.json"} {
		f, err := gofeed.NewParser().Parse(bytes.NewReader(files[name]))
		require.NoError(t, err, name)
		assert.Empty(t, f.Items, name)
	}
	assert.Contains(t, string(files["feed.json"]), `"items": []`)
	assert.Contains(t, string(files["atom.xml"]), `<updated>1970-01-01T00:00:00Z</updated>`)
}

// TestFeedsItemLimit: feeds hold the newest FeedItems events; guids are the
// same whatever else changes, and an item's updated time moves when a source
// joins its event.
func TestFeedsItemLimit(t *testing.T) {
	s := manySite(30, 0, 24)
	s.Settings.FeedItems = 7
	dir, _ := renderTo(t, s)
	f, err := gofeed.NewParser().Parse(bytes.NewReader(readTree(t, dir)["atom.xml"]))
	require.NoError(t, err)
	require.Len(t, f.Items, 7)
	assert.Equal(t, "https://example.org/many/events/a00000/", f.Items[0].GUID)
	assert.Equal(t, "https://example.org/many/events/a00006/", f.Items[6].GUID)

	later := *s.Events[0].Articles[0]
	later.ID, later.Date = "late", later.Date.Add(48*time.Hour)
	s.Events[0].Articles = append(s.Events[0].Articles, &later)
	s.Events[0].Updated = later.Date
	dir2, _ := renderTo(t, s)
	f2, err := gofeed.NewParser().Parse(bytes.NewReader(readTree(t, dir2)["atom.xml"]))
	require.NoError(t, err)
	assert.Equal(t, f.Items[0].GUID, f2.Items[0].GUID)
	assert.True(t, f2.Items[0].UpdatedParsed.After(*f.Items[0].UpdatedParsed))
	assert.Equal(t, *f.Items[0].PublishedParsed, *f2.Items[0].PublishedParsed)
}

package e2e

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/mmcdole/gofeed"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// feedItem is what a feed reader remembers of an item between two fetches.
type feedItem struct {
	guid    string
	updated time.Time
}

// readFeedItems parses a built feed as a feed reader would and returns its items
// by guid.
func readFeedItems(t *testing.T, path string) map[string]feedItem {
	t.Helper()
	f, err := os.Open(path)
	require.NoError(t, err)
	defer f.Close()
	feed, err := gofeed.NewParser().Parse(f)
	require.NoError(t, err, path)
	items := map[string]feedItem{}
	for _, it := range feed.Items {
		fi := feedItem{guid: it.GUID}
		if it.UpdatedParsed != nil {
			fi.updated = *it.UpdatedParsed
		}
		items[it.GUID] = fi
	}
	return items
}

// TestFeedItemsKeepTheirIDWhenCoverageArrives builds the sample with its first
// two reports, then again once the third (five days later) has arrived: the
// event's item keeps its id in every feed, so readers do not show it as new, and
// its updated time moves to the new report's date.
func TestFeedItemsKeepTheirIDWhenCoverageArrives(t *testing.T) {
	dir := t.TempDir()
	content, out := filepath.Join(dir, "content"), filepath.Join(dir, "public")
	sample := filepath.Join(repoRoot(t), "content")
	copyFile := func(name string) {
		b, err := os.ReadFile(filepath.Join(sample, name))
		require.NoError(t, err)
		writeFiles(t, content, map[string]string{name: string(b)})
	}
	for _, name := range []string{"site.toml", "000_c12818764e0f8c6d.txt", "001_7d9e376d08f24ce1.txt"} {
		copyFile(name)
	}
	buildSite(t, content, out)
	before := map[string]map[string]feedItem{}
	for _, f := range []string{"feed.xml", "atom.xml", "feed.json"} {
		before[f] = readFeedItems(t, filepath.Join(out, f))
	}

	copyFile("002_f9a04d4363cf929c.txt")
	buildSite(t, content, out)
	for _, f := range []string{"feed.xml", "atom.xml", "feed.json"} {
		after := readFeedItems(t, filepath.Join(out, f))
		require.Len(t, before[f], 1, "%s: the first two reports are one event", f)
		for guid, old := range before[f] {
			now, ok := after[guid]
			if !assert.True(t, ok, "%s: the event's item %s changed its id when coverage arrived", f, guid) {
				continue
			}
			if f != "feed.xml" { // RSS items have no updated time
				assert.True(t, now.updated.After(old.updated), "%s: updated %v did not move past %v", f, now.updated, old.updated)
			}
		}
		assert.Len(t, after, 1, "%s: the third report joins the event rather than making a new item", f)
	}
}

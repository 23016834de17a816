package site

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/topicdigest/digest/site/cache"
	"github.com/topicdigest/digest/site/group"
	"github.com/topicdigest/digest/site/model"
)

// groupCacheArticles are two reports of one happening, a third of another,
// and an undated one, with dates in two zones so the events' dates must come
// back with their zones.
func groupCacheArticles() []*model.Article {
	seoul := time.FixedZone("KST", 9*3600)
	return []*model.Article{
		{ID: "a", Title: "North Korea fires artillery in drill near border", Language: "en",
			Text: "North Korea fired 200 artillery shells near Yeonpyeong island on Saturday, the defense ministry said.",
			Date: time.Date(2025, 5, 3, 10, 0, 0, 0, seoul)},
		{ID: "b", Title: "Artillery drill by North Korea near Yeonpyeong", Language: "en", Agency: "AFP",
			Text: "The defense ministry said North Korea fired 200 artillery shells near Yeonpyeong island.",
			Date: time.Date(2025, 5, 4, 1, 0, 0, 0, time.UTC)},
		{ID: "c", Title: "Library opens late-night reading room", Language: "en",
			Text: "The central library opened a reading room that stays open until midnight.",
			Date: time.Date(2025, 7, 1, 0, 0, 0, 0, time.UTC)},
		{ID: "d", Title: "Council debates bus fares", Language: "en",
			Text: "The city council debated bus fares for students."},
	}
}

// TestGroupCachedMatchesGrouping holds the events cache to giving what grouping
// gives: from a cold cache, a warm one, after an article changes, after the
// editorial rules change, and from a damaged file.
func TestGroupCachedMatchesGrouping(t *testing.T) {
	t.Setenv(cache.EnvVar, t.TempDir())
	content := t.TempDir()
	dir, err := cache.Dir(content)
	require.NoError(t, err)
	file := filepath.Join(dir, eventsFile)
	arts := groupCacheArticles()
	opts := group.Options{}

	tests := []struct {
		name   string
		change func()
		hit    bool // the events come from the file
	}{
		{"cold", func() {}, false},
		{"warm", func() {}, true},
		{"an article's text changed", func() { arts[2].Text += " It has 40 seats." }, false},
		{"unchanged again", func() {}, true},
		{"an article's date moved to another zone", func() { arts[0].Date = arts[0].Date.UTC() }, false},
		{"editorial rules changed", func() { opts.Editorial.Apart = [][]string{{"a", "b"}} }, false},
		{"damaged file", func() { require.NoError(t, os.WriteFile(file, []byte("not gob"), 0o644)) }, false},
		{"after the damage", func() {}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.change()
			before, _ := os.Stat(file)
			got := groupCached(arts, opts, content, nil)
			want := group.Group(arts, opts)
			require.Equal(t, want, got)
			for k := range want {
				assert.True(t, want[k].Date == got[k].Date, "event %s date %v, want %v", want[k].ID, got[k].Date, want[k].Date)
			}
			after, err := os.Stat(file)
			require.NoError(t, err)
			rewritten := before == nil || !after.ModTime().Equal(before.ModTime()) || after.Size() != before.Size()
			assert.Equal(t, !tt.hit, rewritten, "the file is written only when grouping ran")
		})
	}
}

// TestGroupCachedOff groups without touching any file when caching is off.
func TestGroupCachedOff(t *testing.T) {
	t.Setenv(cache.EnvVar, "off")
	arts := groupCacheArticles()
	assert.Equal(t, group.Group(arts, group.Options{}), groupCached(arts, group.Options{}, t.TempDir(), nil))
}

package site

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
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
// gives: from a cold cache, a warm one, after an article changes and when the
// change is undone, after the editorial rules change, and from damaged files.
func TestGroupCachedMatchesGrouping(t *testing.T) {
	t.Setenv(cache.EnvVar, t.TempDir())
	content := t.TempDir()
	dir, err := cache.Dir(content)
	require.NoError(t, err)
	arts := groupCacheArticles()
	text := arts[2].Text
	opts := group.Options{}
	damage := func() {
		files, err := filepath.Glob(filepath.Join(dir, eventsPrefix+"*.bin"))
		require.NoError(t, err)
		require.NotEmpty(t, files)
		for _, f := range files {
			require.NoError(t, os.WriteFile(f, []byte("not events"), 0o644))
		}
	}

	tests := []struct {
		name   string
		change func()
		hit    bool // the events come from the cache
	}{
		{"cold", func() {}, false},
		{"warm", func() {}, true},
		{"an article's text changed", func() { arts[2].Text = text + " It has 40 seats." }, false},
		{"unchanged again", func() {}, true},
		{"the change undone: the build before last's events", func() { arts[2].Text = text }, true},
		{"and redone", func() { arts[2].Text = text + " It has 40 seats." }, true},
		{"an article's date moved to another zone", func() { arts[0].Date = arts[0].Date.UTC() }, false},
		{"editorial rules changed", func() { opts.Editorial.Apart = [][]string{{"a", "b"}} }, false},
		{"damaged files", damage, false},
		{"after the damage", func() {}, true},
		{"an events file of an earlier version", func() {
			require.NoError(t, os.WriteFile(filepath.Join(dir, eventsPrefix+"0123.gob"), []byte("gob"), 0o644))
			arts[1].Text += " Later."
		}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.change()
			got, hit := groupCachedHit(arts, opts, content, nil, nil)
			want := group.Group(arts, opts)
			require.Equal(t, want, got)
			for k := range want {
				assert.True(t, want[k].Date == got[k].Date, "event %s date %v, want %v", want[k].ID, got[k].Date, want[k].Date)
			}
			assert.Equal(t, tt.hit, hit)
			files, err := filepath.Glob(filepath.Join(dir, eventsPrefix+"*.bin"))
			require.NoError(t, err)
			assert.LessOrEqual(t, len(files), eventsKept, "older events files are removed")
			old, err := filepath.Glob(filepath.Join(dir, eventsPrefix+"*.gob"))
			require.NoError(t, err)
			assert.Empty(t, old, "so are those of earlier versions")
		})
	}
}

// TestGroupMemoryIsKept: a grouping leaves its memory for the next, which
// finds it only under the same program and options, and a damaged memory
// file only costs the replay.
func TestGroupMemoryIsKept(t *testing.T) {
	t.Setenv(cache.EnvVar, t.TempDir())
	content := t.TempDir()
	dir, err := cache.Dir(content)
	require.NoError(t, err)
	arts := groupCacheArticles()
	opts := group.Options{}
	require.NoError(t, os.MkdirAll(dir, 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(dir, legacyMemoryFile), []byte("an older version's"), 0o644))
	groupCached(arts, opts, content, nil, nil)
	assert.NoFileExists(t, filepath.Join(dir, legacyMemoryFile), "the older memory file is removed")
	key, err := memoryKey("v1", opts)
	require.NoError(t, err)
	assert.Nil(t, loadMemory(dir, key), "another program's memory is not replayed")
	_, version := cacheFolder(content, nil)
	key, err = memoryKey(version, opts)
	require.NoError(t, err)
	mem := loadMemory(dir, key)
	require.NotNil(t, mem)
	assert.Equal(t, []string{"a", "b", "c", "d"}, mem.IDs)
	other, err := memoryKey(version, group.Options{Threshold: 0.5})
	require.NoError(t, err)
	assert.Nil(t, loadMemory(dir, other), "a memory holds for its options only")

	whole, err := os.ReadFile(filepath.Join(dir, memoryFile))
	require.NoError(t, err)
	n, k := binary.Uvarint(whole)
	var read group.Memory
	require.NoError(t, read.UnmarshalBinary(whole[k+int(n):len(whole)-4]))
	assert.Equal(t, &read, mem, "all of the memory")
	for _, damaged := range [][]byte{[]byte("not a memory"), whole[:len(whole)-1], append(bytes.Clone(whole[:len(whole)-4]), 0, 0, 0, 0)} {
		require.NoError(t, os.WriteFile(filepath.Join(dir, memoryFile), damaged, 0o644))
		assert.Nil(t, loadMemory(dir, key))
	}
	arts = append(arts, &model.Article{ID: "e", Title: "Library extends its hours", Language: "en",
		Text: "The central library reading room now stays open until one in the morning.", Date: time.Date(2025, 7, 2, 0, 0, 0, 0, time.UTC)})
	assert.Equal(t, group.Group(arts, opts), groupCached(arts, opts, content, nil, nil))
	assert.NotNil(t, loadMemory(dir, key), "the grouping after the damage leaves a memory again")
}

// openedExtractions is the features pack in dir, loaded without a
// complaint.
func openedExtractions(t *testing.T, dir, version string) *extractionPack {
	var log strings.Builder
	xs := extractionsIn(dir, version, &log)
	xs.opened()
	require.Empty(t, log.String())
	return xs
}

// TestGroupFeaturesAreKept: a grouping keeps every article's features in
// the cache, under the program and what extraction reads; a grouping
// without the memory after a change extracts only the changed article and
// groups the same, one with the memory takes the bags from there and leaves
// the pack as it is, and a damaged pack costs only the extraction.
func TestGroupFeaturesAreKept(t *testing.T) {
	t.Setenv(cache.EnvVar, t.TempDir())
	content := t.TempDir()
	dir, version := cacheFolder(content, nil)
	require.NotEmpty(t, dir)
	arts := groupCacheArticles()
	opts := group.Options{}
	groupCached(arts, opts, content, nil, nil)
	xs := openedExtractions(t, dir, version)
	for _, a := range arts {
		_, ok := xs.Extracted(a)
		assert.True(t, ok, "article %s kept", a.ID)
	}
	other := &extractionPack{pack: xs.pack, version: "v1"}
	other.once.Do(func() {})
	_, ok := other.Extracted(arts[0])
	assert.False(t, ok, "another program's features are not taken")

	changed := *arts[2]
	changed.Text += " It has new chairs."
	arts[2] = &changed
	require.NoError(t, os.Remove(filepath.Join(dir, memoryFile)))
	var log strings.Builder
	assert.Equal(t, group.Group(arts, opts), groupCached(arts, opts, content, &log, nil))
	assert.Empty(t, log.String())
	xs = openedExtractions(t, dir, version)
	assert.Len(t, xs.pack.Keys(), len(arts)+1, "the changed article kept beside its earlier self")
	_, ok = xs.Extracted(&changed)
	assert.True(t, ok)

	pack, err := os.ReadFile(filepath.Join(dir, featurePack))
	require.NoError(t, err)
	again := changed
	again.Text += " And new lights."
	arts[2] = &again
	assert.Equal(t, group.Group(arts, opts), groupCached(arts, opts, content, &log, nil))
	after, err := os.ReadFile(filepath.Join(dir, featurePack))
	require.NoError(t, err)
	assert.Equal(t, pack, after, "a regrouping from the memory leaves the pack alone")

	require.NoError(t, os.WriteFile(filepath.Join(dir, featurePack), []byte("not a pack"), 0o644))
	require.NoError(t, os.Remove(filepath.Join(dir, memoryFile)))
	arts[3] = &model.Article{ID: "d", Title: "Council votes on bus fares", Language: "en", Text: "The council voted."}
	assert.Equal(t, group.Group(arts, opts), groupCached(arts, opts, content, &log, nil))
	assert.Contains(t, log.String(), featurePack, "the damage is reported")
	xs = openedExtractions(t, dir, version)
	assert.Len(t, xs.pack.Keys(), len(arts), "the grouping after the damage writes the pack afresh")
}

// TestGroupWriteupsAreKept: a grouping keeps its events' write-ups under
// the program and options, and the next grouping after a change groups the
// same with them.
func TestGroupWriteupsAreKept(t *testing.T) {
	t.Setenv(cache.EnvVar, t.TempDir())
	content := t.TempDir()
	dir, version := cacheFolder(content, nil)
	arts := groupCacheArticles()
	opts := group.Options{}
	evs := groupCached(arts, opts, content, nil, nil)
	key, err := memoryKey(version, opts)
	require.NoError(t, err)
	ws, err := loadWriteups(dir, key)
	require.NoError(t, err)
	assert.Len(t, ws.pack.Keys(), len(evs), "one write-up per event")
	for _, k := range ws.pack.Keys() {
		assert.True(t, strings.HasPrefix(k, key[:32]), "kept under the program and options")
	}
	arts = append(arts, &model.Article{ID: "e", Title: "Library extends its hours", Language: "en",
		Text: "The central library reading room now stays open until one in the morning.", Date: time.Date(2025, 7, 2, 0, 0, 0, 0, time.UTC)})
	assert.Equal(t, group.Group(arts, opts), groupCached(arts, opts, content, nil, nil))
}

// TestGroupCachedOff groups without touching any file when caching is off.
func TestGroupCachedOff(t *testing.T) {
	t.Setenv(cache.EnvVar, "off")
	arts := groupCacheArticles()
	assert.Equal(t, group.Group(arts, group.Options{}), groupCached(arts, group.Options{}, t.TempDir(), nil, nil))
}

// TestGroupKeyNamesEveryFieldGroupingReads: a change to any field grouping
// reads, in any run of articles the key is hashed in, changes the key.
func TestGroupKeyNamesEveryFieldGroupingReads(t *testing.T) {
	many := func() []*model.Article {
		var arts []*model.Article
		for i := range 3 * keyRun {
			a := *groupCacheArticles()[i%4]
			a.ID = fmt.Sprintf("%s%05d", a.ID, i)
			arts = append(arts, &a)
		}
		return arts
	}
	base, err := groupKey("v1", many(), group.Options{})
	require.NoError(t, err)
	same, err := groupKey("v1", many(), group.Options{})
	require.NoError(t, err)
	assert.Equal(t, base, same, "the same articles give the same key")
	last := 3*keyRun - 2
	for _, tc := range []struct {
		name   string
		change func(a *model.Article)
	}{
		{"id", func(a *model.Article) { a.ID += "x" }},
		{"title", func(a *model.Article) { a.Title += "!" }},
		{"text", func(a *model.Article) { a.Text += " More." }},
		{"date", func(a *model.Article) { a.Date = a.Date.Add(time.Hour) }},
		{"zone", func(a *model.Article) { a.Date = a.Date.In(time.FixedZone("X", 3600)) }},
		{"language", func(a *model.Article) { a.Language = "de" }},
		{"agency", func(a *model.Article) { a.Agency = "Reuters" }},
		{"made from something else", func(a *model.Article) { a.Made = "another cleaning" }},
	} {
		for _, at := range []int{0, keyRun, last} {
			arts := many()
			tc.change(arts[at])
			got, err := groupKey("v1", arts, group.Options{})
			require.NoError(t, err)
			assert.NotEqual(t, base, got, "%s of article %d", tc.name, at)
		}
	}
	made := func() []*model.Article { // cleaned by the cache: what it was made from stands for it
		arts := many()
		for i, a := range arts {
			a.Made = fmt.Sprintf("cleaned-%d", i)
		}
		return arts
	}
	cached, err := groupKey("v1", made(), group.Options{})
	require.NoError(t, err)
	assert.NotEqual(t, base, cached)
	arts := made()
	arts[last].Made = "cleaned-again"
	again, err := groupKey("v1", arts, group.Options{})
	require.NoError(t, err)
	assert.NotEqual(t, cached, again, "an article made from something else")
	other, err := groupKey("v2", many(), group.Options{})
	require.NoError(t, err)
	assert.NotEqual(t, base, other, "another program")
}

// TestStaleMemoryIsForgotten: a build that cleaned most of its articles
// again though an earlier grouping was kept groups from scratch (see
// forgetStale).
func TestStaleMemoryIsForgotten(t *testing.T) {
	t.Setenv(cache.EnvVar, t.TempDir())
	content := t.TempDir()
	arts := groupCacheArticles()
	opts := GroupOptions(model.DefaultSettings()) // what a build of content, which has no site.toml, groups with
	assert.True(t, fillsEmptyCache(content), "a first build")
	groupCached(arts, opts, content, nil, nil)
	require.False(t, fillsEmptyCache(content), "an earlier grouping is kept")

	dir, version := cacheFolder(content, nil)
	early := loadEarlier(dir, version, opts)
	require.NotNil(t, early.wait().memory)
	early.forgetStale()
	assert.Nil(t, early.wait().memory)
	assert.Equal(t, group.Group(arts, opts), groupCached(arts, opts, content, nil, early))

	tests := []struct {
		cleaned, documents int
		most               bool
	}{{0, 100, false}, {10, 100, false}, {11, 100, true}, {100, 100, true}, {0, 0, false}}
	for _, tt := range tests {
		assert.Equal(t, tt.most, cleanedMost(tt.cleaned, tt.documents), "%d of %d", tt.cleaned, tt.documents)
	}
}

// groupCached is groupCachedHit's events.
func groupCached(arts []*model.Article, opts group.Options, content string, log io.Writer,
	early *earlierLoad) []*model.Event {
	evs, _ := groupCachedHit(arts, opts, content, log, early)
	return evs
}

// TestBuildReturnsWithTheGroupingCacheWritten: Build renders while the
// events and the grouping's memory are written (see groupCachedSaving), and
// returns only once they are, whole; a write that fails is said in the
// build's log.
func TestBuildReturnsWithTheGroupingCacheWritten(t *testing.T) {
	content := warmCorpus(t)
	built := buildWarm(t, content, "")
	dir, err := cache.Dir(content)
	require.NoError(t, err)
	events, err := filepath.Glob(filepath.Join(dir, eventsPrefix+"*.bin"))
	require.NoError(t, err)
	require.Len(t, events, 1)
	for _, path := range []string{events[0], filepath.Join(dir, memoryFile)} {
		_, ok := cache.ReadChecked(path)
		assert.True(t, ok, "%s is whole", filepath.Base(path))
	}
	assert.NotContains(t, built.log, "the next grouping clusters from scratch")

	// A folder where the memory goes: writing it fails, even for root.
	require.NoError(t, os.Remove(filepath.Join(dir, memoryFile)))
	require.NoError(t, os.MkdirAll(filepath.Join(dir, memoryFile, "in-the-way"), 0o755))
	addHeldBack(t, content)
	again := buildWarm(t, content, "")
	assert.Contains(t, again.log, "(the next grouping clusters from scratch)")
}

package render

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"testing/fstest"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/topicdigest/digest/templates"
)

// keysOf renders s with a salt and maps each page path to its key.
func keysOf(t *testing.T, s Site, tpl *fstest.MapFS) map[string]string {
	t.Helper()
	fsys := templates.FS
	var st Stats
	var err error
	if tpl != nil {
		st, err = RenderWith(t.TempDir(), s, templates.Overlay(tpl, fsys), Options{Salt: "v1"})
	} else {
		st, err = RenderWith(t.TempDir(), s, fsys, Options{Salt: "v1"})
	}
	require.NoError(t, err)
	out := map[string]string{}
	for _, k := range st.Keys {
		if k.Key != "" {
			out[k.Path] = k.Key
		}
	}
	require.Len(t, out, st.Pages, "every page has a key")
	require.Len(t, st.Keys, st.Files, "every file is listed")
	return out
}

// changed lists the pages whose keys differ between two renders.
func changed(a, b map[string]string) []string {
	var out []string
	for p, k := range b {
		if a[p] != k {
			out = append(out, p)
		}
	}
	return out
}

// TestPageKeysFollowWhatPagesShow: a change to one view changes the keys of
// the pages that show it, and of no other.
func TestPageKeysFollowWhatPagesShow(t *testing.T) {
	base := keysOf(t, manySite(45, 3, 20), nil)
	assert.Empty(t, changed(base, keysOf(t, manySite(45, 3, 20), nil)), "same site, same keys")

	retitled := manySite(45, 3, 20)
	retitled.Articles[30].Title = "Story thirty, retitled"
	assert.ElementsMatch(t, []string{"articles/a00030/index.html", "events/a00030/index.html"},
		changed(base, keysOf(t, retitled, nil)), "its page and its event's, which list it by title; a card names its outlet, not its title")

	resourced := manySite(45, 3, 20)
	resourced.Articles[30].Source = "Another outlet"
	assert.ElementsMatch(t, []string{"articles/a00030/index.html", "events/a00030/index.html", "page/3/index.html", "2025/06/index.html"},
		changed(base, keysOf(t, resourced, nil)), "and the timeline page and month whose card has it among its chips")

	rebodied := manySite(45, 3, 20)
	rebodied.Articles[30].Markdown = "Another body.\n"
	assert.Equal(t, []string{"articles/a00030/index.html"}, changed(base, keysOf(t, rebodied, nil)), "only its own page shows its body")

	made := manySite(45, 3, 20)
	made.Articles[30].Made = "cleaned-from-1"
	withMade := keysOf(t, made, nil)
	assert.Equal(t, []string{"articles/a00030/index.html"}, changed(base, withMade), "a cache key standing in for the body is a change of the body")
	made.Articles[30].Markdown = "Another body.\n"
	assert.Empty(t, changed(withMade, keysOf(t, made, nil)), "the cache key names the body: it is not read again")
	made.Articles[30].Made = "cleaned-from-2"
	assert.Len(t, changed(withMade, keysOf(t, made, nil)), 1, "another cache key, another body")

	newer := manySite(46, 3, 20)
	newer.Events, newer.Articles = newer.Events[1:], newer.Articles[1:]
	base46 := keysOf(t, newer, nil)
	next := manySite(46, 3, 20)
	assert.ElementsMatch(t, []string{"index.html", "articles/a00000/index.html", "events/a00000/index.html", "2025/07/index.html",
		"archive/index.html"}, changed(base46, keysOf(t, next, nil)),
		"a new newest event: its own pages, the front page (no other timeline page), its month and the archive's count of it")

	renamed := manySite(45, 3, 20)
	renamed.Settings.Title = "Another digest"
	assert.Len(t, changed(base, keysOf(t, renamed, nil)), len(base), "the site's title is on every page")

	tpl := fstest.MapFS{"archive.html": {Data: []byte(`{{template "base" .}}{{define "main"}}<h1>Months</h1>{{end}}`)}}
	assert.Len(t, changed(base, keysOf(t, manySite(45, 3, 20), &tpl)), len(base), "any template change changes every key")
}

// TestNoKeysWithoutSalt: a render without a salt neither keys nor reuses.
func TestNoKeysWithoutSalt(t *testing.T) {
	_, st := renderTo(t, sampleSite())
	assert.Empty(t, st.Keys)
	assert.Zero(t, st.Reused)
}

// dirReuser offers the pages of a folder an earlier render wrote; held are
// the keys of the pages already in the folder being rendered into.
type dirReuser struct {
	dir  string
	keys map[string]string
	held map[string]string
}

func (r dirReuser) Kept(path, key string) bool { return r.held[path] == key }

func (r dirReuser) Previous(path, key string) (string, bool) {
	return filepath.Join(r.dir, filepath.FromSlash(path)), r.keys[path] == key
}

// TestReuseGivesTheSameSite: a render that reuses an earlier render's pages
// writes the bytes a fresh render writes, and renders only changed pages.
func TestReuseGivesTheSameSite(t *testing.T) {
	first := t.TempDir()
	st, err := RenderWith(first, manySite(45, 3, 20), templates.FS, Options{Salt: "v1"})
	require.NoError(t, err)
	keys := keyMap(st)
	next := manySite(45, 3, 20)
	next.Articles[30].Source = "Another outlet"
	second := t.TempDir()
	st2, err := RenderWith(second, next, templates.FS, Options{Salt: "v1", Reuse: dirReuser{dir: first, keys: keys}})
	require.NoError(t, err)
	assert.Equal(t, st2.Pages-4, st2.Reused, "all but the four pages that show article 30's outlet")
	fresh, _ := renderTo(t, next)
	assert.Equal(t, readTree(t, fresh), readTree(t, second))
}

// TestReuseRendersWhatItCannotPlace: a page whose earlier file is gone is
// rendered, not left out.
func TestReuseRendersWhatItCannotPlace(t *testing.T) {
	first := t.TempDir()
	st, err := RenderWith(first, sampleSite(), templates.FS, Options{Salt: "v1"})
	require.NoError(t, err)
	keys := keyMap(st)
	second := t.TempDir()
	st, err = RenderWith(second, sampleSite(), templates.FS, Options{Salt: "v1", Reuse: dirReuser{dir: t.TempDir(), keys: keys}})
	require.NoError(t, err)
	assert.Zero(t, st.Reused)
	assert.Equal(t, readTree(t, first), readTree(t, second))
}

// keyMap is a render's keys by path.
func keyMap(st Stats) map[string]string {
	keys := map[string]string{}
	for _, k := range st.Keys {
		keys[k.Path] = k.Key
	}
	return keys
}

// TestRenderOverAnEarlierSite: rendering into the folder of an earlier render
// leaves the pages it holds unchanged, replaces the others without writing
// through files shared by hard link with another site, and gives the bytes a
// fresh render gives.
func TestRenderOverAnEarlierSite(t *testing.T) {
	earlier := t.TempDir()
	st, err := RenderWith(earlier, manySite(45, 3, 20), templates.FS, Options{Salt: "v1"})
	require.NoError(t, err)
	published := t.TempDir()
	require.NoError(t, os.CopyFS(published, os.DirFS(earlier)))
	shared := filepath.Join(earlier, "articles", "a00030", "index.html")
	require.NoError(t, os.Remove(shared))
	require.NoError(t, os.Link(filepath.Join(published, "articles", "a00030", "index.html"), shared))
	before := readTree(t, published)

	next := manySite(45, 3, 20)
	next.Articles[30].Source = "Another outlet"
	st2, err := RenderWith(earlier, next, templates.FS, Options{Salt: "v1", Reuse: dirReuser{held: keyMap(st)}})
	require.NoError(t, err)
	assert.Equal(t, st2.Pages-4, st2.Reused, "all but the four pages that show article 30's outlet")
	fresh, _ := renderTo(t, next)
	assert.Equal(t, readTree(t, fresh), readTree(t, earlier))
	assert.Equal(t, before, readTree(t, published), "a file linked into the other site is replaced, not rewritten")
}

// TestKeyTimesCoverWhatATemplateCanPrint: two times hash alike only when a
// template prints them alike: the same instant in the same zone.
func TestKeyTimesCoverWhatATemplateCanPrint(t *testing.T) {
	seoul, err := time.LoadLocation("Asia/Seoul")
	require.NoError(t, err)
	at := time.Date(2025, 6, 1, 12, 30, 0, 0, time.UTC)
	sumOf := func(tm time.Time) [32]byte {
		k := newKeyWriter()
		k.value(reflect.ValueOf(tm), 0)
		return k.sum()
	}
	base := sumOf(at)
	assert.Equal(t, base, sumOf(time.Date(2025, 6, 1, 12, 30, 0, 0, time.UTC)), "the same time")
	assert.Equal(t, base, sumOf(at.In(time.FixedZone("UTC", 0))), "a zone that prints as UTC does")
	for name, other := range map[string]time.Time{
		"a nanosecond later":                  at.Add(time.Nanosecond),
		"a second later":                      at.Add(time.Second),
		"the same instant in another zone":    at.In(seoul),
		"a zone of the same name, offset one": at.In(time.FixedZone("UTC", 3600)),
		"the zero time":                       {},
	} {
		assert.NotEqual(t, base, sumOf(other), name)
	}
	assert.NotEqual(t, sumOf(at.In(time.FixedZone("X", 0))), sumOf(at.In(time.FixedZone("X", 3600))),
		"two zones of one name and different offsets")
}

package render

import (
	"reflect"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/topicdigest/digest/templates"
)

// TestFieldSumsCoverPlainFields: a view's sums cover every field a key
// covers that cannot reach another view, and no other.
func TestFieldSumsCoverPlainFields(t *testing.T) {
	for _, c := range []struct {
		view         any
		summed, read []string
	}{
		{articleView{}, []string{"ID", "Path", "Title", "Authors", "Date", "HasTime", "Name", "DateText", "made", "rawBody"}, []string{"Event"}},
		{eventView{}, []string{"ID", "Headline", "Summary", "Date", "Updated", "Dated", "SourcesText", "Outlets"}, []string{"Sources", "Wire", "Adds", "Related"}},
		{addView{}, []string{"Sentences"}, []string{"Source"}},
	} {
		ty := reflect.TypeOf(c.view)
		l := layoutOf(ty)
		require.NotNil(t, l, ty.Name())
		for _, name := range c.summed {
			f, ok := ty.FieldByName(name)
			require.True(t, ok, name)
			assert.GreaterOrEqual(t, l.slots[f.Index[0]], 0, "%s.%s is summed", ty.Name(), name)
		}
		for _, name := range append(c.read, "keyMemo", "fieldSums", "dir", "markdown") {
			if f, ok := ty.FieldByName(name); ok && len(f.Index) == 1 {
				assert.Equal(t, -1, l.slots[f.Index[0]], "%s.%s is not summed", ty.Name(), name)
			}
		}
	}
	assert.Nil(t, layoutOf(reflect.TypeFor[page]()), "a page has no sums")
}

// TestFieldSumsAreCurrent: once a site's views are all made and linked,
// every view's sums are those of its fields as they are: nothing changes a
// summed field after its view is made.
func TestFieldSumsAreCurrent(t *testing.T) {
	s := richSite()
	d := newDigest(s, time.UTC)
	ts, err := loadTemplates(templates.FS)
	require.NoError(t, err)
	require.NoError(t, attachChrome(sitePages(d, s.Settings.PerPage), ts))
	current := func(v any) {
		sums := sumsOf(reflect.ValueOf(v).Elem(), layoutOf(reflect.TypeOf(v).Elem()))
		require.True(t, sums.summed, "%T has its sums", v)
		made := sums.sums
		sumFields(v)
		assert.Equal(t, made, sums.sums, "%T: sums as made", v)
	}
	adds := 0
	for _, a := range d.articles {
		current(a)
	}
	for _, e := range d.events {
		current(e)
		for i := range e.Adds {
			current(&e.Adds[i])
			adds++
		}
	}
	assert.NotZero(t, adds, "the site has adds")
}

// TestKeysReadFieldSums: a key reads a summed field through its sum, and
// a field without sums (a view made otherwise) as it is.
func TestKeysReadFieldSums(t *testing.T) {
	s := richSite()
	d := newDigest(s, time.UTC)
	ts, err := loadTemplates(templates.FS)
	require.NoError(t, err)
	pages := sitePages(d, s.Settings.PerPage)
	require.NoError(t, attachChrome(pages, ts))
	reads := pageReads(ts)
	var art, ev *page
	for _, p := range pages {
		switch {
		case p.Kind == "article" && art == nil:
			art = p
		case p.Kind == "event" && ev == nil && len(p.Event.Adds) > 0:
			ev = p
		}
	}
	require.NotNil(t, art)
	require.NotNil(t, ev)
	key := func(p *page) string { return pageKey(p, "v1", reads[p.Kind]) }

	before := key(art)
	art.Article.Title = "Changed behind its sum"
	assert.Equal(t, before, key(art), "the key reads the title's sum")
	sumFields(art.Article)
	assert.NotEqual(t, before, key(art), "summed again, the title changes the key")

	before = key(ev)
	add := &ev.Event.Adds[0]
	add.Sentences = []string{"Said behind its sum."}
	assert.Equal(t, before, key(ev), "the key reads the sentences' sum")
	sumFields(add)
	assert.NotEqual(t, before, key(ev), "summed again, the sentences change the key")

	art.Article.summed = false
	withoutSums := key(art)
	art.Article.Title = "Read as it is"
	assert.NotEqual(t, withoutSums, key(art), "without sums, the key reads the title itself")
}

package render

import (
	"bytes"
	"encoding/json"
	"fmt"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/topicdigest/digest/site/model"
)

// TestEventsJSON: events.json is exactly model.NewEventsJSON of the events,
// indented, as `digest events -json` prints it.
func TestEventsJSON(t *testing.T) {
	for name, s := range map[string]Site{"sample": sampleSite(), "hostile": hostileSite(), "rich": richSite()} {
		dir, _ := renderTo(t, s)
		want, err := json.MarshalIndent(model.NewEventsJSON(s.Events), "", "  ")
		require.NoError(t, err)
		assert.Equal(t, string(want)+"\n", string(readTree(t, dir)["events.json"]), name)
	}
}

// TestSearchIndex: search.json lists every event with its page, headline,
// date and sources, in timeline order.
func TestSearchIndex(t *testing.T) {
	dir, _ := renderTo(t, manySite(3, 1, 24))
	var idx struct {
		Events []searchEntry `json:"events"`
	}
	require.NoError(t, json.Unmarshal(readTree(t, dir)["search.json"], &idx))
	require.Len(t, idx.Events, 4)
	assert.Equal(t, searchEntry{Path: "events/a00000/", Title: "Story 0", Date: "2025-07-24",
		Summary: "A sentence about story. A sentence about story.", Sources: "Outlet A"}, idx.Events[0])
	assert.Equal(t, "", idx.Events[3].Date, "undated last")
}

// TestEventsJSONEdges: no events, an event with no articles, and strings
// json escapes give what MarshalIndent gives.
func TestEventsJSONEdges(t *testing.T) {
	odd := "tab\there \"quoted\" <b>&amp;</b> \\ \u2028 caf\u00e9 \x7f \xff \x01"
	for name, evs := range map[string][]*model.Event{
		"none":        nil,
		"no articles": {{ID: "e", Title: odd}},
		"odd strings": {{ID: "e<1>", Title: odd, Articles: []*model.Article{{ID: "a&b", File: "x/y.txt", Title: odd, Source: "S\"s"}}}},
	} {
		var buf bytes.Buffer
		require.NoError(t, writeEventsJSON(&buf, Site{Events: evs}))
		want, err := json.MarshalIndent(model.NewEventsJSON(evs), "", "  ")
		require.NoError(t, err)
		assert.Equal(t, string(want)+"\n", buf.String(), name)
	}
}

// TestEventsJSONStreams: a digest whose events.json is many chunks long is
// written in pieces of about a chunk, never whole, and the pieces make
// what MarshalIndent gives.
func TestEventsJSONStreams(t *testing.T) {
	var evs []*model.Event
	for i := range 3000 {
		id := fmt.Sprintf("e%04d", i)
		evs = append(evs, &model.Event{ID: id, Title: "Artillery drill near the border " + id,
			Articles: []*model.Article{{ID: id + "a", File: id + ".txt", Title: "Drill " + id, Source: "Outlet"}}})
	}
	var w chunkWriter
	require.NoError(t, writeEventsJSON(&w, Site{Events: evs}))
	want, err := json.MarshalIndent(model.NewEventsJSON(evs), "", "  ")
	require.NoError(t, err)
	assert.Equal(t, string(want)+"\n", w.buf.String())
	assert.Greater(t, w.writes, 4, "written in pieces")
	assert.Less(t, w.largest, writeChunk+4096, "none much above a chunk")
}

// chunkWriter keeps what is written and notes the writes.
type chunkWriter struct {
	buf             bytes.Buffer
	writes, largest int
}

func (w *chunkWriter) Write(p []byte) (int, error) {
	w.writes++
	w.largest = max(w.largest, len(p))
	return w.buf.Write(p)
}

// TestEveryArticleGetsOneView: the views are Site.Articles and every event
// member missing from it, each id once, in id order, and each event's
// sources are those views, linked back to it, however Site.Articles came.
func TestEveryArticleGetsOneView(t *testing.T) {
	extra := &model.Article{ID: "a00001x", Title: "Only in an event"}
	cases := map[string]struct {
		edit func(s *Site)
		want []string
	}{
		"a build's list": {func(s *Site) {}, []string{"a00000", "a00001", "a00002", "a00003"}},
		"a member missing from the list": {func(s *Site) {
			s.Events[1].Articles = append(s.Events[1].Articles, extra)
		}, []string{"a00000", "a00001", "a00001x", "a00002", "a00003"}},
		"a list out of order": {func(s *Site) {
			s.Articles[0], s.Articles[3] = s.Articles[3], s.Articles[0]
		}, []string{"a00000", "a00001", "a00002", "a00003"}},
		"an article listed twice": {func(s *Site) {
			s.Articles = append(s.Articles[:2:2], s.Articles[1:]...)
		}, []string{"a00000", "a00001", "a00002", "a00003"}},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			s := manySite(4, 0, 20)
			c.edit(&s)
			d := newDigest(s, time.UTC)
			var ids []string
			for _, a := range d.articles {
				ids = append(ids, a.ID)
			}
			assert.Equal(t, c.want, ids)
			views := map[*articleView]bool{}
			for _, a := range d.articles {
				views[a] = true
			}
			for _, e := range d.events {
				for _, src := range e.Sources {
					assert.True(t, views[src], "%s: a source of %s is one of the views", src.ID, e.ID)
					assert.Same(t, e, src.Event, "%s links back to its event", src.ID)
				}
			}
		})
	}
}

// TestSearchIndexIsWhatEncodingJSONWrites: search.json, written an entry at
// a time, is byte for byte what encoding/json writes of the whole index, for
// no events, odd strings, and more events than one chunk holds.
func TestSearchIndexIsWhatEncodingJSONWrites(t *testing.T) {
	odd := "tab\there \"quoted\" <b>&amp;</b> \\ \u2028 caf\u00e9 \xff"
	for name, n := range map[string]int{"none": 0, "one": 1, "many": 2000} {
		var evs []*model.Event
		for i := range n {
			evs = append(evs, &model.Event{ID: fmt.Sprintf("e%04d", i), Title: odd + fmt.Sprint(i), Summary: odd,
				Articles: []*model.Article{{ID: fmt.Sprintf("a%04d", i), Title: "Drill", Source: "Outlet <1>"}}})
		}
		d := newDigest(Site{Events: evs}, time.UTC)
		require.Len(t, d.events, n)
		var got bytes.Buffer
		require.NoError(t, writeSearchIndex(&got, d))
		entries := make([]searchEntry, 0, len(d.events))
		for _, e := range d.events {
			entries = append(entries, searchEntry{Path: e.Path, Title: e.Headline, Date: e.DateISO,
				Summary: truncate(e.Summary, searchSummaryMax), Sources: e.Outlets})
		}
		var want bytes.Buffer
		enc := json.NewEncoder(&want)
		enc.SetEscapeHTML(false)
		require.NoError(t, enc.Encode(map[string]any{"events": entries}))
		assert.Equal(t, want.String(), got.String(), name)
	}
}

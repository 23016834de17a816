package render

import (
	"bytes"
	"encoding/json"
	"testing"

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

// TestEventsJSONSize: the buffer is made big enough for plain text at once.
func TestEventsJSONSize(t *testing.T) {
	s := richSite()
	var buf bytes.Buffer
	require.NoError(t, writeEventsJSON(&buf, s))
	assert.GreaterOrEqual(t, eventsJSONSize(model.NewEventsJSON(s.Events)), buf.Len())
}

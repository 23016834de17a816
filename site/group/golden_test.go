package group

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/topicdigest/digest/site/model"
)

var update = flag.Bool("update", false, "rewrite golden files")

// goldenEvent is an event as `digest events -json` prints it plus what the
// event page shows beyond that.
type goldenEvent struct {
	model.EventJSON
	Summary string              `json:"summary"`
	Wire    []model.WireStory   `json:"wire"`
	Adds    map[string][]string `json:"adds"`
	Related []string            `json:"related"`
}

func TestEventsGolden(t *testing.T) {
	evs := Group(drillArticles(), Options{})
	js := model.NewEventsJSON(evs).Events
	out := make([]goldenEvent, len(evs))
	for k, e := range evs {
		out[k] = goldenEvent{EventJSON: js[k], Summary: e.Summary, Wire: e.Wire, Adds: e.Adds, Related: e.Related}
	}
	got, err := json.MarshalIndent(out, "", "  ")
	require.NoError(t, err)
	path := filepath.Join("testdata", "events.golden.json")
	if *update {
		require.NoError(t, os.MkdirAll("testdata", 0o755))
		require.NoError(t, os.WriteFile(path, got, 0o644))
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err)
	require.JSONEq(t, string(want), string(got))
}

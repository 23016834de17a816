package ingest

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/topicdigest/digest/site/model"
)

var update = flag.Bool("update", false, "rewrite golden files")

// goldenWalk is what Walk gives for testdata/content, as stored in the golden file.
type goldenWalk struct {
	Documents []model.Document
	Warnings  []model.Warning
}

func TestWalkGolden(t *testing.T) {
	docs, warns, err := Walk(filepath.Join("testdata", "content"), Options{Now: testNow})
	require.NoError(t, err)
	got, err := json.MarshalIndent(goldenWalk{docs, warns}, "", "  ")
	require.NoError(t, err)
	golden := filepath.Join("testdata", "walk.golden.json")
	if *update {
		require.NoError(t, os.WriteFile(golden, append(got, '\n'), 0o644))
	}
	want, err := os.ReadFile(golden)
	require.NoError(t, err)
	assert.JSONEq(t, string(want), string(got))
}

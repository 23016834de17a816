package render

import (
	"io/fs"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/topicdigest/digest/templates"
)

// TestGolden renders the sample digest and compares every file written with
// testdata/golden; run with -update to rewrite them after a deliberate change.
// Assets copied as they are from the templates (style.css, search.js, the
// favicon) are compared with the templates instead of kept twice.
func TestGolden(t *testing.T) {
	dir, st := renderTo(t, sampleSite())
	got := readTree(t, dir)
	gotFiles := len(got)
	assets, err := staticFiles(templates.FS)
	require.NoError(t, err)
	for _, name := range assets {
		want, err := fs.ReadFile(templates.FS, name)
		require.NoError(t, err)
		assert.Equal(t, string(want), string(got[name]), name)
		delete(got, name)
	}
	golden := filepath.Join("testdata", "golden")
	if *update {
		require.NoError(t, os.RemoveAll(golden))
		for name, b := range got {
			p := filepath.Join(golden, filepath.FromSlash(name))
			require.NoError(t, os.MkdirAll(filepath.Dir(p), 0o755))
			require.NoError(t, os.WriteFile(p, b, 0o644))
		}
	}
	want := readTree(t, golden)
	assert.ElementsMatch(t, keys(want), keys(got), "files written")
	for name, b := range want {
		assert.Equal(t, string(b), string(got[name]), name)
	}
	assert.Equal(t, 9, st.Pages, "1 timeline, 1 month, archive, 1 event, 3 articles, search, 404")
	assert.Equal(t, gotFiles, st.Files)
}

func keys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	return out
}

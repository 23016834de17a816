package e2e

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/topicdigest/digest/site/model"
)

// TestCleanJSONMatchesTheCleanersGoldens runs `digest clean -json content` as a
// user would and compares each line with the clean package's own golden file for
// that seed, so the command and the library cannot drift apart. Those files are
// rewritten by `go test ./site/clean -update`, not here.
func TestCleanJSONMatchesTheCleanersGoldens(t *testing.T) {
	root := repoRoot(t)
	r := runDigest(t, root, nil, "clean", "-json", "content")
	require.Equal(t, 0, r.code, r.stderr)
	lines := bufio.NewScanner(strings.NewReader(r.stdout))
	lines.Buffer(nil, 16<<20)
	n := 0
	for lines.Scan() {
		var a model.ArticleJSON
		require.NoError(t, json.Unmarshal(lines.Bytes(), &a), lines.Text())
		rel, err := filepath.Rel("content", a.File)
		require.NoError(t, err)
		a.File = filepath.ToSlash(rel)
		got, err := json.MarshalIndent(a, "", "  ")
		require.NoError(t, err)
		golden := filepath.Join(root, "site", "clean", "testdata", "seeds", strings.TrimSuffix(a.File, filepath.Ext(a.File))+".json")
		want, err := os.ReadFile(golden)
		require.NoError(t, err, "no golden file for %s", a.File)
		assert.JSONEq(t, string(want), string(got), "%s differs from %s", a.File, golden)
		n++
	}
	assert.Equal(t, 3, n, "one line per seed")
}

// TestEventsJSONGolden pins `digest events -json` on the sample, and checks that
// the published events.json is the same data.
func TestEventsJSONGolden(t *testing.T) {
	root := repoRoot(t)
	r := runDigest(t, root, nil, "events", "-json", "-content", "content")
	require.Equal(t, 0, r.code, r.stderr)
	golden := filepath.Join("testdata", "events.golden.json")
	if *update {
		require.NoError(t, os.WriteFile(golden, []byte(r.stdout), 0o644))
	}
	want, err := os.ReadFile(golden)
	require.NoError(t, err)
	assert.Equal(t, string(want), r.stdout, "rerun with -update after a deliberate change")

	out, _ := buildSample(t)
	published, err := os.ReadFile(filepath.Join(out, "events.json"))
	require.NoError(t, err)
	assert.JSONEq(t, r.stdout, string(published), "public/events.json is the shape and content of digest events -json")
}

package e2e

import (
	"os"
	"path/filepath"
	"sort"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestCachedBuildsMatchFreshBuilds runs the command itself, which maps the
// cache's files instead of reading them (see cache.MapFiles), through the
// rebuilds a user makes: articles added one at a time, one taken away again
// (whose events the cache still holds) and nothing changed. Each site must
// be the one a build without the cache makes of the same folder.
func TestCachedBuildsMatchFreshBuilds(t *testing.T) {
	dir := t.TempDir()
	content := generatedContent(t, filepath.Join(dir, "gen"), 200, 11)
	held := filepath.Join(dir, "held")
	require.NoError(t, os.Mkdir(held, 0o755))
	names, err := filepath.Glob(filepath.Join(content, "*.txt"))
	require.NoError(t, err)
	sort.Strings(names)
	extras := names[len(names)-2:]
	for _, p := range extras {
		require.NoError(t, os.Rename(p, filepath.Join(held, filepath.Base(p))))
	}
	cacheEnv := []string{"DIGEST_CACHE=" + filepath.Join(dir, "cache")}
	public := filepath.Join(dir, "public")
	step := func(what string) {
		t.Helper()
		r := runDigest(t, dir, cacheEnv, "build", "-content", content, "-out", public)
		require.Equal(t, 0, r.code, "%s: %s", what, r.stderr)
		fresh := filepath.Join(dir, "fresh")
		r = runDigest(t, dir, []string{"DIGEST_CACHE=off"}, "build", "-content", content, "-out", fresh)
		require.Equal(t, 0, r.code, "%s, without the cache: %s", what, r.stderr)
		assert.Equal(t, treeHashes(t, fresh), treeHashes(t, public), "%s: the cached build differs from a fresh one", what)
		require.NoError(t, os.RemoveAll(fresh))
	}
	step("first build")
	for _, p := range extras {
		require.NoError(t, os.Rename(filepath.Join(held, filepath.Base(p)), p))
		step("added " + filepath.Base(p))
	}
	require.NoError(t, os.Remove(extras[1]))
	step("took the last added away again")
	step("nothing changed")
}

package site

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/topicdigest/digest/site/cache"
)

// TestOnlyABuildFillingAnEmptyCacheGoesWithoutHugePages: huge pages slowed
// the first build with the cache and sped up the others (see
// ReserveHugeHeap).
func TestOnlyABuildFillingAnEmptyCacheGoesWithoutHugePages(t *testing.T) {
	content := t.TempDir()
	t.Setenv(cache.EnvVar, "off")
	assert.False(t, fillsEmptyCache(content), "without a cache")
	t.Setenv(cache.EnvVar, t.TempDir())
	assert.True(t, fillsEmptyCache(content), "with an empty cache")
	dir, _ := cacheFolder(content, nil)
	require.NotEmpty(t, dir)
	require.NoError(t, os.MkdirAll(dir, 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(dir, memoryFile), []byte("kept"), 0o644))
	assert.False(t, fillsEmptyCache(content), "with a grouping kept")
}

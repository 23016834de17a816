package site

import (
	"encoding/binary"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/topicdigest/digest/site/cache"
	"github.com/topicdigest/digest/site/model"
)

// TestOnlyABuildFillingAnEmptyCacheGoesWithoutHugePages: huge pages slowed
// the first build with the cache, and the first after the program or the
// settings changed, and sped up the others (see ReserveHugeHeap).
func TestOnlyABuildFillingAnEmptyCacheGoesWithoutHugePages(t *testing.T) {
	content := t.TempDir()
	t.Setenv(cache.EnvVar, "off")
	assert.False(t, fillsEmptyCache(content), "without a cache")
	t.Setenv(cache.EnvVar, t.TempDir())
	assert.True(t, fillsEmptyCache(content), "with an empty cache")
	dir, version := cacheFolder(content, nil)
	require.NotEmpty(t, dir)
	require.NoError(t, os.MkdirAll(dir, 0o755))
	keep := func(key string) {
		head := append(binary.AppendUvarint(nil, uint64(len(key))), key...)
		require.NoError(t, os.WriteFile(filepath.Join(dir, memoryFile), append(head, "rows"...), 0o644))
	}
	key, err := memoryKey(version, GroupOptions(model.DefaultSettings()))
	require.NoError(t, err)
	keep(key)
	assert.False(t, fillsEmptyCache(content), "with a grouping kept")

	other, err := memoryKey("another program", GroupOptions(model.DefaultSettings()))
	require.NoError(t, err)
	keep(other)
	assert.True(t, fillsEmptyCache(content), "with a grouping another program kept")
	keep(key[:len(key)-1])
	assert.True(t, fillsEmptyCache(content), "with a key cut short")
	require.NoError(t, os.WriteFile(filepath.Join(content, "site.toml"), []byte("window_days = 3\n"), 0o644))
	keep(key)
	assert.True(t, fillsEmptyCache(content), "after the settings changed")
}

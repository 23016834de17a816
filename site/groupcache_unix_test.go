//go:build unix

package site

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestCacheFileCutShortUnderItsMap: a cache file another process cuts short
// while a build reads it through its map is a damaged file, not a crash.
func TestCacheFileCutShortUnderItsMap(t *testing.T) {
	path := filepath.Join(t.TempDir(), "f.bin")
	require.NoError(t, writeChecked(path, make([]byte, 1<<16)))
	ok := readChecked(path, func(body []byte) bool {
		require.NoError(t, os.Truncate(path, 0))
		sum := 0
		for _, c := range body { // faults past the file's new end
			sum += int(c)
		}
		return sum == 0
	})
	assert.False(t, ok)
	require.NoError(t, writeChecked(path, []byte("whole again")))
	assert.Panics(t, func() { readChecked(path, func([]byte) bool { panic("a reader's own bug") }) },
		"only a fault of the map is taken for damage")
}

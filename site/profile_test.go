package site

import (
	"os"
	"path/filepath"
	"runtime"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestPeakHeapProfilesTheHeldMemory: a large slice still referenced while the
// build runs is in the figure and a profile is written.
func TestPeakHeapProfilesTheHeldMemory(t *testing.T) {
	const held = 64 << 20
	buf := make([]byte, held)
	for i := range buf {
		buf[i] = byte(i)
	}
	p := watchPeakHeap()
	time.Sleep(600 * time.Millisecond) // at least two samples
	path := filepath.Join(t.TempDir(), "mem.prof")
	p.write(path)
	runtime.KeepAlive(buf)
	assert.GreaterOrEqual(t, p.max, uint64(held), "the held slice counts")
	info, err := os.Stat(path)
	require.NoError(t, err)
	assert.Positive(t, info.Size(), "a heap profile was written")
}

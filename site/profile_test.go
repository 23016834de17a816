package site

import (
	"os"
	"path/filepath"
	"runtime"
	"runtime/trace"
	"strings"
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

// TestStartTraceWritesATrace: a trace started and stopped leaves a file that
// begins with the trace format's header; no path starts nothing.
func TestStartTraceWritesATrace(t *testing.T) {
	assert.Nil(t, startTrace(""))
	path := filepath.Join(t.TempDir(), "trace.out")
	f := startTrace(path)
	require.NotNil(t, f)
	trace.Stop()
	require.NoError(t, f.Close())
	data, err := os.ReadFile(path)
	require.NoError(t, err)
	assert.True(t, strings.HasPrefix(string(data), "go 1."), "a Go execution trace")
}

// TestAllocProfileCountsWhatWasAllocated: the profile written at the end
// holds allocations that are garbage by then; no path writes nothing.
func TestAllocProfileCountsWhatWasAllocated(t *testing.T) {
	writeAllocProfile("")
	for range 64 {
		sink = make([]byte, 1<<20)
	}
	path := filepath.Join(t.TempDir(), "alloc.prof")
	writeAllocProfile(path)
	info, err := os.Stat(path)
	require.NoError(t, err)
	assert.Positive(t, info.Size())
}

var sink []byte

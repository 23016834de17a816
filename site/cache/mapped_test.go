package cache

import (
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestPacksMapped runs the pack tests again with the files mapped (see
// MapFiles): a mapped pack loads, gets, appends, compacts and spills as a
// read one does, and what it gave stays readable after its file is
// replaced.
func TestPacksMapped(t *testing.T) {
	mapping.Store(true)
	defer mapping.Store(false)
	for name, test := range map[string]func(*testing.T){
		"round trip":            TestPackRoundTripKeepsOnlyUsedEntries,
		"unchanged":             TestPackSaveSkipsUnchanged,
		"corrupt":               TestPackCorruptIsEmpty,
		"refused values":        TestPackLeavesOutRefusedValues,
		"through a save":        TestPackKeepsReadEntriesThroughASave,
		"undecodable":           TestPackUndecodableEntryIsAMiss,
		"appends then compacts": TestPackSaveAppendsThenCompacts,
		"spill":                 TestPackSpill,
		"overrides":             TestPackPutAndDropOverrideTheFile,
		"many goroutines":       TestPackGetsFromManyGoroutines,
	} {
		t.Run(name, test)
	}
}

// TestMappedPackHoldsBallast: a mapped file is matched by an allocation of
// its size, for the collector, and its values outlive a rewrite of the file.
func TestMappedPackHoldsBallast(t *testing.T) {
	mapping.Store(true)
	defer mapping.Store(false)
	path := filepath.Join(t.TempDir(), "p.pack")
	p, err := Load[string](path, Strings{})
	require.NoError(t, err)
	p.Put("a", "Artillery drill near the border")
	p.Put("b", "Library extends its hours")
	require.NoError(t, p.Save())
	size := fileSize(t, path)

	ballast.Lock()
	before := len(ballast.held)
	ballast.Unlock()
	p, err = Load[string](path, Strings{})
	require.NoError(t, err)
	ballast.Lock()
	require.Len(t, ballast.held, before+1, "one allocation for the mapped file")
	assert.Len(t, ballast.held[before], int(size))
	ballast.Unlock()

	v, ok := p.Get("a")
	require.True(t, ok)
	require.NoError(t, p.Save()) // b unused: the file is written afresh and renamed over the mapped one
	assert.Less(t, fileSize(t, path), size)
	assert.Equal(t, "Artillery drill near the border", v, "still readable from the replaced file's map")
}

// TestDroppedBallastHoldsNone: DropBallast lets go of the ballast held, and
// files mapped after it hold none.
func TestDroppedBallastHoldsNone(t *testing.T) {
	mapping.Store(true)
	defer mapping.Store(false)
	ballast.Lock()
	held := ballast.held
	ballast.Unlock()
	defer func() { // the process-wide state, as the other tests expect it
		ballast.Lock()
		ballast.held, ballast.dropped = held, false
		ballast.Unlock()
	}()
	path := filepath.Join(t.TempDir(), "p.pack")
	p, err := Load[string](path, Strings{})
	require.NoError(t, err)
	p.Put("a", "Artillery drill near the border")
	require.NoError(t, p.Save())
	_, err = Load[string](path, Strings{})
	require.NoError(t, err)
	ballast.Lock()
	require.NotEmpty(t, ballast.held)
	ballast.Unlock()

	DropBallast()
	_, err = Load[string](path, Strings{})
	require.NoError(t, err)
	ballast.Lock()
	defer ballast.Unlock()
	assert.Empty(t, ballast.held, "none held, none added")
}

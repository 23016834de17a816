package cache

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestCheckedFilesAreChecked: a checked file damaged on disk is not read,
// even where the damage leaves something that decodes (a letter of a title).
func TestCheckedFilesAreChecked(t *testing.T) {
	path := filepath.Join(t.TempDir(), "f.bin")
	require.NoError(t, WriteChecked(path, []byte("Artillery "), []byte("drill near the border")))
	got, ok := ReadChecked(path)
	require.True(t, ok)
	assert.Equal(t, "Artillery drill near the border", string(got))

	b, err := os.ReadFile(path)
	require.NoError(t, err)
	k := bytes.Index(b, []byte("drill"))
	require.Positive(t, k)
	b[k] = 'g' // "grill": still a title, written in place, as bit rot or another program would
	require.NoError(t, os.WriteFile(path, b, 0o644))
	_, ok = ReadChecked(path)
	assert.False(t, ok, "the checksum no longer holds")
	require.NoError(t, os.WriteFile(path, b[:2], 0o644))
	_, ok = ReadChecked(path)
	assert.False(t, ok, "too short to hold a checksum")
}

// TestSealedCheckedFileIsNotChecksummedAgain: a file in the state its seal
// records is taken without reading its checksum, which is the point of the
// seal; here the seal is made over damage on purpose, to see that.
func TestSealedCheckedFileIsNotChecksummedAgain(t *testing.T) {
	requireSeals(t)
	path := filepath.Join(t.TempDir(), "f.bin")
	require.NoError(t, WriteChecked(path, []byte("Artillery drill near the border")))
	b, err := os.ReadFile(path)
	require.NoError(t, err)
	b[0] = 'a'
	require.NoError(t, os.WriteFile(path, b, 0o644))
	_, ok := ReadChecked(path)
	require.False(t, ok, "unsealed by the write: checked, and refused")
	require.NoError(t, seal(path))
	got, ok := ReadChecked(path)
	assert.True(t, ok, "sealed: trusted without its checksum")
	assert.Equal(t, "artillery drill near the border", string(got))
}

// TestSealHoldsUntilTheFileChanges: a seal matches the file it was written
// for, and no longer once anything writes to the file: an append, a file
// renamed over it, or an edit in place whose modification time is set back.
func TestSealHoldsUntilTheFileChanges(t *testing.T) {
	requireSeals(t)
	dir := t.TempDir()
	tests := []struct {
		name   string
		change func(t *testing.T, path string)
	}{
		{"appended", func(t *testing.T, path string) {
			f, err := os.OpenFile(path, os.O_WRONLY|os.O_APPEND, 0)
			require.NoError(t, err)
			_, err = f.WriteString("x")
			require.NoError(t, err)
			require.NoError(t, f.Close())
		}},
		{"replaced by a rename", func(t *testing.T, path string) {
			b, err := os.ReadFile(path)
			require.NoError(t, err)
			require.NoError(t, os.WriteFile(path+".new", b, 0o644))
			require.NoError(t, os.Rename(path+".new", path))
		}},
		{"edited in place, its time set back", func(t *testing.T, path string) {
			fi, err := os.Stat(path)
			require.NoError(t, err)
			f, err := os.OpenFile(path, os.O_WRONLY, 0)
			require.NoError(t, err)
			_, err = f.WriteAt([]byte("a"), 0)
			require.NoError(t, err)
			require.NoError(t, f.Close())
			require.NoError(t, os.Chtimes(path, fi.ModTime(), fi.ModTime()))
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(dir, tt.name)
			require.NoError(t, WriteChecked(path, []byte("Artillery drill near the border")))
			require.True(t, sealedNow(t, path), "sealed as written")
			tt.change(t, path)
			assert.False(t, sealedNow(t, path))
		})
	}
	path := filepath.Join(dir, "garbled seal")
	require.NoError(t, WriteChecked(path, []byte("Artillery drill near the border")))
	require.NoError(t, os.WriteFile(path+sealSuffix, []byte(sealMagic+"1 2 3\n"), 0o644))
	assert.False(t, sealedNow(t, path), "a seal of another state")
}

// sealedNow reports whether the file at path is in the state its seal records.
func sealedNow(t *testing.T, path string) bool {
	t.Helper()
	fi, err := os.Stat(path)
	require.NoError(t, err)
	return sealed(path, fi)
}

// requireSeals skips a test of seals on a system that has none.
func requireSeals(t *testing.T) {
	t.Helper()
	fi, err := os.Stat(t.TempDir())
	require.NoError(t, err)
	if fileState(fi) == "" {
		t.Skip("files are not sealed on this system: every file is checked")
	}
}

// TestTouchedCheckedFileStaysSealed: a file whose times a build sets (to
// keep it longest) is sealed again in its new state, and a removed one
// takes its seal with it.
func TestTouchedCheckedFileStaysSealed(t *testing.T) {
	requireSeals(t)
	path := filepath.Join(t.TempDir(), "events.bin")
	require.NoError(t, WriteChecked(path, []byte("Artillery drill near the border")))
	later := time.Now().Add(time.Hour).Truncate(time.Second)
	require.NoError(t, TouchChecked(path, later))
	fi, err := os.Stat(path)
	require.NoError(t, err)
	assert.True(t, later.Equal(fi.ModTime()))
	assert.True(t, sealedNow(t, path))
	require.NoError(t, RemoveChecked(path))
	left, err := filepath.Glob(path + "*")
	require.NoError(t, err)
	assert.Empty(t, left)
}

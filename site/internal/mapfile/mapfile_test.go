package mapfile

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestMapGivesTheFilesBytes: a file's bytes, an empty file's none, and a
// missing file's error.
func TestMapGivesTheFilesBytes(t *testing.T) {
	dir := t.TempDir()
	for name, body := range map[string]string{"empty": "", "short": "Artillery drill near the border", "pages": string(make([]byte, 3<<12+5))} {
		path := filepath.Join(dir, name)
		require.NoError(t, os.WriteFile(path, []byte(body), 0o644))
		b, fi, err := Map(path)
		require.NoError(t, err, name)
		assert.Equal(t, body, string(b), name)
		assert.Equal(t, int64(len(body)), fi.Size(), name)
	}
	_, _, err := Map(filepath.Join(dir, "none"))
	assert.ErrorIs(t, err, os.ErrNotExist)
}

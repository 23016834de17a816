package mapfile

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestOpenGivesTheFilesBytes: a file's bytes, an empty file's none, a
// missing file's error, and nothing once closed.
func TestOpenGivesTheFilesBytes(t *testing.T) {
	dir := t.TempDir()
	for name, body := range map[string]string{"empty": "", "short": "Artillery drill near the border", "pages": string(make([]byte, 3<<12+5))} {
		path := filepath.Join(dir, name)
		require.NoError(t, os.WriteFile(path, []byte(body), 0o644))
		f, err := Open(path)
		require.NoError(t, err, name)
		assert.Equal(t, body, string(f.Data), name)
		require.NoError(t, f.Close(), name)
		assert.Nil(t, f.Data, "%s: closed", name)
		require.NoError(t, f.Close(), "%s: closed twice", name)
	}
	_, err := Open(filepath.Join(dir, "none"))
	assert.ErrorIs(t, err, os.ErrNotExist)
}

package mapfile

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestMapAndReadGiveTheFilesBytes: a file's bytes and state, an empty
// file's none, and a missing file's error, mapped or read.
func TestMapAndReadGiveTheFilesBytes(t *testing.T) {
	dir := t.TempDir()
	for how, load := range map[string]func(string) ([]byte, os.FileInfo, error){"Map": Map, "Read": Read} {
		for name, body := range map[string]string{"empty": "", "short": "Artillery drill near the border", "pages": string(make([]byte, 3<<12+5))} {
			path := filepath.Join(dir, name)
			require.NoError(t, os.WriteFile(path, []byte(body), 0o644))
			b, fi, err := load(path)
			require.NoError(t, err, how+" "+name)
			assert.Equal(t, body, string(b), how+" "+name)
			assert.Equal(t, int64(len(body)), fi.Size(), how+" "+name)
		}
		_, _, err := load(filepath.Join(dir, "none"))
		assert.ErrorIs(t, err, os.ErrNotExist, how)
	}
}

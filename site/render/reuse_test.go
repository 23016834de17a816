package render

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestLinkOrCopy: the placed file holds the source's bytes; a missing source
// is an error.
func TestLinkOrCopy(t *testing.T) {
	dir := t.TempDir()
	src := filepath.Join(dir, "a.html")
	require.NoError(t, os.WriteFile(src, []byte("page"), 0o644))
	dst := filepath.Join(dir, "b.html")
	require.NoError(t, linkOrCopy(src, dst))
	b, err := os.ReadFile(dst)
	require.NoError(t, err)
	assert.Equal(t, "page", string(b))
	assert.Error(t, linkOrCopy(filepath.Join(dir, "gone.html"), filepath.Join(dir, "c.html")))
	assert.NoFileExists(t, filepath.Join(dir, "c.html"))
}

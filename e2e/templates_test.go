package e2e

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestTemplatesOverrideFileByFile builds with -templates holding only a
// stylesheet: the site uses it, and every other template stays the default.
func TestTemplatesOverrideFileByFile(t *testing.T) {
	dir := t.TempDir()
	content, tpl := filepath.Join(dir, "content"), filepath.Join(dir, "templates")
	writeFiles(t, content, formatsContent)
	writeFiles(t, tpl, map[string]string{"style.css": "/* house style */ body { color: #123456; }\n"})
	plain, styled := filepath.Join(dir, "plain"), filepath.Join(dir, "styled")
	buildSite(t, content, plain)
	buildSite(t, content, styled, "-templates", tpl)

	css, err := os.ReadFile(filepath.Join(styled, "style.css"))
	require.NoError(t, err)
	assert.Contains(t, string(css), "house style")
	a, b := treeHashes(t, plain), treeHashes(t, styled)
	assert.ElementsMatch(t, keys(a), keys(b), "the same files are written")
	assert.Equal(t, a["feed.xml"], b["feed.xml"], "templates other than the stylesheet are the defaults")
}

func keys(m map[string]string) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	return out
}

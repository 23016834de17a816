package render

import (
	"flag"
	"io/fs"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"
	"github.com/topicdigest/digest/templates"
)

var update = flag.Bool("update", false, "rewrite golden files")

// renderTo renders s with the default templates into a fresh temporary folder.
func renderTo(t testing.TB, s Site) (string, Stats) {
	t.Helper()
	return renderWith(t, s, templates.FS)
}

func renderWith(t testing.TB, s Site, tpl fs.FS) (string, Stats) {
	t.Helper()
	dir := t.TempDir()
	st, err := Render(dir, s, tpl)
	require.NoError(t, err)
	return dir, st
}

// readTree maps every file under dir (slash paths) to its bytes.
func readTree(t testing.TB, dir string) map[string][]byte {
	t.Helper()
	out := map[string][]byte{}
	require.NoError(t, filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(p)
		rel, _ := filepath.Rel(dir, p)
		out[filepath.ToSlash(rel)] = b
		return err
	}))
	return out
}

func mustTemplates() fs.FS { return templates.FS }

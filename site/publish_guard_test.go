package site

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestCheckOutRefusesFoldersItWouldDestroy(t *testing.T) {
	root := t.TempDir()
	mk := func(files ...string) {
		for _, f := range files {
			p := filepath.Join(root, filepath.FromSlash(f))
			require.NoError(t, os.MkdirAll(filepath.Dir(p), 0o755))
			require.NoError(t, os.WriteFile(p, []byte("x"), 0o644))
		}
	}
	mk("project/content/a.md", "project/notes/todo.txt", "project/public/index.html", "project/old/events.json")
	require.NoError(t, os.MkdirAll(filepath.Join(root, "project", "empty"), 0o755))
	t.Chdir(filepath.Join(root, "project"))
	content := filepath.Join(root, "project", "content")
	tests := []struct {
		out string
		ok  bool
	}{
		{"public", true},
		{"old", true},
		{"empty", true},
		{"missing/site", true},
		{"content", false},
		{"content/public", false},
		{".", false},
		{"..", false},
		{"notes", false},
		{"/", false},
	}
	for _, tt := range tests {
		err := checkOut(tt.out, content)
		if tt.ok {
			assert.NoError(t, err, tt.out)
		} else {
			assert.Error(t, err, tt.out)
		}
	}
}

func TestBuildLeavesARefusedFolderAlone(t *testing.T) {
	dir := t.TempDir()
	content, notes := filepath.Join(dir, "content"), filepath.Join(dir, "notes")
	require.NoError(t, os.MkdirAll(content, 0o755))
	require.NoError(t, os.MkdirAll(notes, 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(content, "a.md"), []byte("+++\ntitle = \"A\"\n+++\n\nSome text here.\n"), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(notes, "todo.txt"), []byte("keep me"), 0o644))
	_, err := Build(Options{Content: content, Out: notes})
	require.Error(t, err)
	b, err := os.ReadFile(filepath.Join(notes, "todo.txt"))
	require.NoError(t, err)
	assert.Equal(t, "keep me", string(b))
}

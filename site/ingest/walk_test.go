package ingest

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/topicdigest/digest/site/model"
)

// writeTree creates files (slash path -> content) under a new temporary folder.
func writeTree(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, body := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		require.NoError(t, os.MkdirAll(filepath.Dir(p), 0o755))
		require.NoError(t, os.WriteFile(p, []byte(body), 0o644))
	}
	return dir
}

func TestWalkSkipsAndSorts(t *testing.T) {
	dir := writeTree(t, map[string]string{
		"b.txt":           "b",
		"a-c.txt":         "a-c",
		"a/b.txt":         "a/b",
		"site.toml":       "title = 'x'",
		"sub/site.toml":   "title = 'y'",
		".git/config.txt": "hidden folder",
		"_drafts/x.md":    "draft folder",
		"_note.md":        "draft",
		".hidden.txt":     "hidden",
		"image.png":       "png",
	})
	docs, warns, err := Walk(dir, Options{Now: testNow})
	require.NoError(t, err)
	var ids []string
	for _, d := range docs {
		ids = append(ids, d.ID)
	}
	assert.Equal(t, []string{"a-c", "a/b", "b"}, ids, "sorted by path; dot, underscore and site.toml left out")
	assert.Equal(t, []model.Warning{
		{File: filepath.Join(dir, "image.png"), Reason: "skipped: unknown file type .png"},
		{File: filepath.Join(dir, "sub", "site.toml"), Reason: "skipped: unknown file type .toml"},
	}, warns)
}

func TestWalkSameResultWithAnyWorkerCount(t *testing.T) {
	files := map[string]string{}
	for i := 0; i < 200; i++ {
		files[filepath.ToSlash(filepath.Join(string(rune('a'+i%7)), string(rune('a'+i%13))+".txt"))] = "text"
		files[string(rune('a'+i%5))+"x.md"] = "same"
	}
	dir := writeTree(t, files)
	one, w1, err := Walk(dir, Options{Now: testNow, Workers: 1})
	require.NoError(t, err)
	many, w2, err := Walk(dir, Options{Now: testNow, Workers: 16})
	require.NoError(t, err)
	assert.Equal(t, one, many)
	assert.Equal(t, w1, w2)
}

func TestWalkMissingFolder(t *testing.T) {
	_, _, err := Walk(filepath.Join(t.TempDir(), "nope"), Options{})
	assert.Error(t, err)
}

func TestWalkSizeLimit(t *testing.T) {
	dir := writeTree(t, map[string]string{"small.txt": "12345", "big.txt": "1234567890"})
	docs, warns, err := Walk(dir, Options{Now: testNow, MaxBytes: 8})
	require.NoError(t, err)
	require.Len(t, docs, 1)
	assert.Equal(t, "small", docs[0].ID)
	assert.Equal(t, []model.Warning{{File: filepath.Join(dir, "big.txt"), Reason: "too large: 10 bytes, over the 8 byte limit"}}, warns)
}

func TestWalkUnreadableFile(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root reads every file")
	}
	dir := writeTree(t, map[string]string{"locked.txt": "x"})
	require.NoError(t, os.Chmod(filepath.Join(dir, "locked.txt"), 0))
	_, warns, err := Walk(dir, Options{Now: testNow})
	require.NoError(t, err)
	assert.Equal(t, []model.Warning{{File: filepath.Join(dir, "locked.txt"), Reason: "unreadable: permission denied"}}, warns)
}

func TestPaths(t *testing.T) {
	dir := writeTree(t, map[string]string{"x/One.txt": "one", "x/_draft.md": "draft", "x/two.md": "two", "x/n.csv": "a,b"})
	t.Run("a folder is walked", func(t *testing.T) {
		docs, _, err := Paths(filepath.Join(dir, "x"), Options{Now: testNow})
		require.NoError(t, err)
		require.Len(t, docs, 2)
		assert.Equal(t, "one", docs[0].ID)
		assert.Equal(t, filepath.Join(dir, "x", "One.txt"), docs[0].Path)
	})
	t.Run("a file is read on its own, under the path given", func(t *testing.T) {
		p := filepath.Join(dir, "x", "One.txt")
		docs, warns, err := Paths(p, Options{Now: testNow})
		require.NoError(t, err)
		assert.Empty(t, warns)
		require.Len(t, docs, 1)
		assert.Equal(t, model.Document{ID: "one", File: "One.txt", Path: p, Format: model.FormatText, Body: "one",
			Meta: model.Meta{Charset: "utf-8"}, Hash: docs[0].Hash}, docs[0])
	})
	t.Run("a file named on its own is read even if a walk would skip it", func(t *testing.T) {
		docs, _, err := Paths(filepath.Join(dir, "x", "_draft.md"), Options{Now: testNow})
		require.NoError(t, err)
		require.Len(t, docs, 1)
		assert.Equal(t, "_draft", docs[0].ID)
	})
	t.Run("an unknown type is a warning", func(t *testing.T) {
		p := filepath.Join(dir, "x", "n.csv")
		docs, warns, err := Paths(p, Options{Now: testNow})
		require.NoError(t, err)
		assert.Empty(t, docs)
		assert.Equal(t, []model.Warning{{File: p, Reason: "skipped: unknown file type .csv"}}, warns)
	})
	t.Run("a missing path is an error", func(t *testing.T) {
		_, _, err := Paths(filepath.Join(dir, "none.txt"), Options{})
		assert.Error(t, err)
	})
}

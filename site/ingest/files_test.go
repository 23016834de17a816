package ingest

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/topicdigest/digest/site/ingest/hostiletest"
	"github.com/topicdigest/digest/site/model"
)

// TestListThenReadIsWalk: listing and then reading every file gives what
// Walk gives, on the hostile folder (links, loops, pipes, bad encodings).
func TestListThenReadIsWalk(t *testing.T) {
	content, _ := hostiletest.Folder(t)
	docs, warns, err := Walk(content, Options{Now: testNow})
	require.NoError(t, err)
	files, err := List(content)
	require.NoError(t, err)
	var gotDocs []model.Document
	var gotWarns []model.Warning
	for _, f := range files {
		d, w := Read(f, Options{Now: testNow})
		gotDocs, gotWarns = append(gotDocs, d...), append(gotWarns, w...)
	}
	ids := make([]string, len(gotDocs))
	for i := range gotDocs {
		ids[i] = gotDocs[i].ID
	}
	for i, id := range UniqueIDs(ids) {
		gotDocs[i].ID = id
	}
	assert.Equal(t, docs, gotDocs)
	assert.Equal(t, warns, gotWarns)
}

// TestListStats: every file to read carries the stat os.Stat gives it,
// through links; walk warnings carry none.
func TestListStats(t *testing.T) {
	dir := writeTree(t, map[string]string{"a.txt": "alpha", "sub/b.md": "beta text", "c.png": "png"})
	require.NoError(t, os.Symlink("a.txt", filepath.Join(dir, "link.txt")))
	when := time.Date(2024, 5, 6, 7, 8, 9, 123456789, time.UTC)
	require.NoError(t, os.Chtimes(filepath.Join(dir, "a.txt"), when, when))
	files, err := List(dir)
	require.NoError(t, err)
	byRel := map[string]File{}
	for _, f := range files {
		byRel[f.Rel] = f
	}
	require.Len(t, byRel, 4)
	for _, rel := range []string{"a.txt", "sub/b.md", "link.txt"} {
		fi, err := os.Stat(byRel[rel].Path)
		require.NoError(t, err)
		assert.Equal(t, statOf(fi), byRel[rel].Stat, rel)
		assert.Equal(t, fi.Size(), byRel[rel].Stat.Size, rel)
	}
	assert.Equal(t, when.UnixNano(), byRel["a.txt"].Stat.ModNanos)
	assert.Equal(t, byRel["a.txt"].Stat, byRel["link.txt"].Stat, "a link is stat'ed through")
	assert.NotEmpty(t, byRel["c.png"].Warn)
	assert.Zero(t, byRel["c.png"].Stat)
}

// TestJoinRootIsFilepathJoin: the walk's paths are filepath.Join's for any
// spelling of the content folder.
func TestJoinRootIsFilepathJoin(t *testing.T) {
	for _, root := range []string{".", "./", "content", "content/", "./content//x/..", "/", "/abs/dir", "../up", ""} {
		w := &walker{root: root, prefix: rootPrefix(root)}
		for _, rel := range []string{"a.txt", "sub/b.md", ""} {
			assert.Equal(t, filepath.Join(root, filepath.FromSlash(rel)), w.joinRoot(rel), "%q + %q", root, rel)
		}
	}
}

func TestDependsOnNow(t *testing.T) {
	dir := writeTree(t, map[string]string{
		"far.md":  "+++\ndate = \"2999-01-01\"\n+++\nBody text.\n",
		"near.md": "+++\ndate = \"2025-01-01\"\n+++\nBody text.\n",
		"bad.md":  "+++\ndate = \"2025-02-30\"\n+++\nBody text.\n",
	})
	tests := []struct {
		file string
		want bool
	}{
		{"far.md", true},
		{"near.md", false},
		{"bad.md", false},
	}
	for _, tc := range tests {
		t.Run(tc.file, func(t *testing.T) {
			_, warns := Read(File{Rel: tc.file, Path: filepath.Join(dir, tc.file)}, Options{Now: testNow})
			assert.Equal(t, tc.want, DependsOnNow(warns), "%v", warns)
		})
	}
}

func TestUniqueIDs(t *testing.T) {
	assert.Equal(t, []string{"a", "b", "a-2", "a-3"}, UniqueIDs([]string{"a", "b", "a", "a"}))
}

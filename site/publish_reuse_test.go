package site

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/topicdigest/digest/site/cache"
	"github.com/topicdigest/digest/site/render"
)

// buildLogged builds content into out and returns the build's log.
func buildLogged(t *testing.T, content, out string) string {
	t.Helper()
	var log bytes.Buffer
	_, err := Build(Options{Content: content, Out: out, Now: cacheNow, Log: &log})
	require.NoError(t, err)
	return log.String()
}

// TestRebuildReusesPagesByteForByte: a rebuild after one article is added takes
// the unchanged pages from the published site and gives the bytes of a build
// without cache; a rebuild of the same content renders no page.
func TestRebuildReusesPagesByteForByte(t *testing.T) {
	content := cacheCorpus(t)
	extra := filepath.Join(content, "zz-late.md")
	t.Setenv(cache.EnvVar, t.TempDir())
	out := filepath.Join(t.TempDir(), "public")
	assert.NotContains(t, buildLogged(t, content, out), "unchanged", "a first build has nothing to reuse")
	assert.Contains(t, buildLogged(t, content, out), "pages unchanged", "a second build reuses")

	require.NoError(t, os.WriteFile(extra, []byte("+++\ntitle = \"A late report\"\ndate = 2030-01-02\n+++\n\n"+
		"A late report about something else entirely, with enough words to be an article of its own.\n"), 0o644))
	log := buildLogged(t, content, out)
	assert.Contains(t, log, "pages unchanged")
	assert.Equal(t, buildWithCache(t, content, "off"), readTree(t, out))
}

// TestManifestDescribesOneFolder: a manifest is read back only for the folder
// it was written for, as that folder was.
func TestManifestDescribesOneFolder(t *testing.T) {
	file := filepath.Join(t.TempDir(), "pages.txt")
	keys := []render.PageKey{{Path: "b/index.html", Key: "2"}, {Path: "a/index.html", Key: "1"}}
	require.NoError(t, writeManifest(file, "stamp", keys))
	got, err := readManifest(file, "stamp")
	require.NoError(t, err)
	assert.Equal(t, map[string]string{"a/index.html": "1", "b/index.html": "2"}, got)

	got, err = readManifest(file, "another folder")
	require.NoError(t, err)
	assert.Empty(t, got)

	require.NoError(t, writeManifest(file, "", keys), "a folder with no stamp removes the manifest")
	assert.NoFileExists(t, file)
	got, err = readManifest(file, "stamp")
	require.NoError(t, err)
	assert.Empty(t, got)
}

// TestFolderStampChangesWithTheFolder: replacing a folder or adding an entry
// to it changes its stamp.
func TestFolderStampChangesWithTheFolder(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "site")
	require.NoError(t, os.Mkdir(dir, 0o755))
	first := folderStamp(dir)
	require.NotEmpty(t, first)
	assert.Equal(t, first, folderStamp(dir))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "x"), nil, 0o644))
	assert.NotEqual(t, first, folderStamp(dir))
	assert.Empty(t, folderStamp(filepath.Join(dir, "missing")))
}

// TestPreviousOnlyForMatchingKeys: a published page is offered only when its
// key matches.
func TestPreviousOnlyForMatchingKeys(t *testing.T) {
	r := &pageReuse{out: "/site", keys: map[string]string{"a/index.html": "k1"}}
	file, ok := r.Previous("a/index.html", "k1")
	assert.True(t, ok)
	assert.Equal(t, filepath.Join("/site", "a", "index.html"), file)
	_, ok = r.Previous("a/index.html", "k2")
	assert.False(t, ok, "another key")
	_, ok = r.Previous("b/index.html", "k1")
	assert.False(t, ok, "a page the site did not have")
}

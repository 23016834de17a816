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

// lateArticle is a Markdown article that makes a page and an event of its own.
const lateArticle = "+++\ntitle = \"A late report\"\ndate = 2030-01-02\n+++\n\n" +
	"A late report about something else entirely, with enough words to be an article of its own.\n"

// spareOf is the spare kept for out, in the cache folder of content.
func spareOf(t testing.TB, content, out string) string {
	t.Helper()
	dir, err := cache.Dir(content)
	require.NoError(t, err)
	abs, err := filepath.Abs(out)
	require.NoError(t, err)
	return newCacheNames(dir, abs).spare
}

// fileModes is the permission bits of every file and folder under root.
func fileModes(t *testing.T, root string) map[string]os.FileMode {
	t.Helper()
	modes := map[string]os.FileMode{}
	require.NoError(t, filepath.Walk(root, func(p string, fi os.FileInfo, err error) error {
		rel, _ := filepath.Rel(root, p)
		if err == nil {
			modes[rel] = fi.Mode()
		}
		return err
	}))
	return modes
}

// TestRebuildsMatchFullBuilds: a sequence of cached rebuilds (unchanged, one
// article added, then removed again), which render into the site before
// last and take unchanged pages from the published one, each publishes the
// bytes and file modes of a build without cache, and only the first rebuild
// starts from an empty folder.
func TestRebuildsMatchFullBuilds(t *testing.T) {
	content := cacheCorpus(t)
	extra := filepath.Join(content, "zz-late.md")
	t.Setenv(cache.EnvVar, "off")
	outOff := filepath.Join(t.TempDir(), "public")
	offBuild := func() (map[string]string, map[string]os.FileMode) {
		require.NoError(t, os.RemoveAll(outOff))
		_, err := Build(Options{Content: content, Out: outOff, Now: cacheNow})
		require.NoError(t, err)
		return readTree(t, outOff), fileModes(t, outOff)
	}
	t.Setenv(cache.EnvVar, t.TempDir())
	out := filepath.Join(t.TempDir(), "public")
	steps := []struct {
		name   string
		change func()
		log    string
	}{
		{"first build", func() {}, ""},
		{"unchanged, no spare yet", func() {}, "pages unchanged"},
		{"unchanged, into the spare", func() {}, "pages unchanged"},
		{"one article added", func() { require.NoError(t, os.WriteFile(extra, []byte(lateArticle), 0o644)) }, "pages unchanged"},
		{"unchanged after the addition", func() {}, "pages unchanged"},
		{"the article removed", func() { require.NoError(t, os.Remove(extra)) }, "pages unchanged"},
		{"unchanged after the removal", func() {}, "pages unchanged"},
	}
	for i, s := range steps {
		s.change()
		env := os.Getenv(cache.EnvVar)
		t.Setenv(cache.EnvVar, "off")
		wantFiles, wantModes := offBuild()
		t.Setenv(cache.EnvVar, env)
		log := buildLogged(t, content, out)
		if s.log != "" {
			assert.Contains(t, log, s.log, s.name)
		}
		assert.Equal(t, wantFiles, readTree(t, out), s.name)
		assert.Equal(t, wantModes, fileModes(t, out), s.name)
		if i > 0 {
			assert.DirExists(t, spareOf(t, content, out), "%s: the site replaced is kept as the spare", s.name)
		}
	}
	assert.ElementsMatch(t, []string{"public", ".public.lock"}, hiddenEntries(t, filepath.Dir(out)),
		"the spare is kept in the cache folder, not beside the output folder")
}

// builtTwice builds a generated content folder twice with a cache, so that
// a spare site is kept, and returns the folder, the output folder and its files.
func builtTwice(t *testing.T) (content, out string, files map[string]string) {
	content = cacheCorpus(t)
	t.Setenv(cache.EnvVar, t.TempDir())
	out = filepath.Join(t.TempDir(), "public")
	for range 2 {
		buildLogged(t, content, out)
	}
	return content, out, readTree(t, out)
}

// TestSpareChangedByHandIsNotTrusted: a spare whose folders changed after it
// was published (here a page folder added beside the others) is dropped, and
// the build starts from an empty folder: the foreign folder is not published.
func TestSpareChangedByHandIsNotTrusted(t *testing.T) {
	content, out, want := builtTwice(t)
	spare := spareOf(t, content, out)
	require.NoError(t, os.MkdirAll(filepath.Join(spare, "articles", "foreign"), 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(spare, "articles", "foreign", "index.html"), []byte("x"), 0o644))
	buildLogged(t, content, out)
	assert.Equal(t, want, readTree(t, out))

	require.NoError(t, os.WriteFile(filepath.Join(out, "CNAME"), []byte("example.org"), 0o644))
	for range 3 {
		buildLogged(t, content, out)
		assert.Equal(t, want, readTree(t, out), "a file added to the published site by hand does not come back with the spare")
	}
}

// TestKilledRebuildLeavesNoHalfSpare: a build killed while it brought the
// spare up to date leaves it as a work folder beside the output folder,
// which the next build removes; that build starts afresh and is whole.
func TestKilledRebuildLeavesNoHalfSpare(t *testing.T) {
	content, out, want := builtTwice(t)
	pub, err := openPublisher(out)
	require.NoError(t, err)
	r := openPageReuse(content, pub.out, nil)
	tmp, err := r.workDir(pub)
	require.NoError(t, err)
	require.NotEmpty(t, r.held, "the spare is taken")
	require.NoError(t, os.Remove(filepath.Join(tmp, "index.html")), "half updated")
	pub.close() // killed: nothing else runs
	assert.NoDirExists(t, spareOf(t, content, out))

	buildLogged(t, content, out)
	assert.Equal(t, want, readTree(t, out))
	assert.ElementsMatch(t, []string{"public", ".public.lock"}, hiddenEntries(t, filepath.Dir(out)))
}

// TestManifestDescribesOneFolder: a manifest names its folder as it was when
// written, and reads back every file with its key.
func TestManifestDescribesOneFolder(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "site")
	require.NoError(t, os.Mkdir(dir, 0o755))
	file := filepath.Join(t.TempDir(), "pages.txt")
	keys := []render.PageKey{{Path: "b/index.html", Key: "2"}, {Path: "a/index.html", Key: "1"}, {Path: "feed.xml"}}
	require.NoError(t, writeManifest(file, dir, keys))
	m, err := readManifest(file)
	require.NoError(t, err)
	assert.Equal(t, map[string]string{"a/index.html": "1", "b/index.html": "2", "feed.xml": ""}, m.keys)
	assert.Equal(t, folderStamp(dir), m.stamp)
	changed, ok := changeTime(dir)
	require.True(t, ok)
	assert.Equal(t, changed, m.changed)

	require.NoError(t, writeManifest(file, filepath.Join(dir, "missing"), keys), "a folder with no stamp removes the manifest")
	assert.NoFileExists(t, file)
	m, err = readManifest(file)
	require.NoError(t, err)
	assert.Nil(t, m)

	require.NoError(t, os.WriteFile(file, []byte("digest-pages 1\nstamp\nk\tpath\n"), 0o644))
	m, err = readManifest(file)
	require.NoError(t, err)
	assert.Nil(t, m, "a manifest of another layout is ignored")
}

// TestUnchangedSince: a site's folders that hold folders are checked for
// changes after the time given.
func TestUnchangedSince(t *testing.T) {
	dir := t.TempDir()
	require.NoError(t, os.MkdirAll(filepath.Join(dir, "articles", "a"), 0o755))
	m := &manifest{keys: map[string]string{"articles/a/index.html": "k", "index.html": "k"}}
	m.changed, _ = changeTime(filepath.Join(dir, "articles"))
	assert.True(t, unchangedSince(dir, m))
	m.changed--
	assert.False(t, unchangedSince(dir, m))
	m.changed++
	require.NoError(t, os.RemoveAll(filepath.Join(dir, "articles")))
	assert.False(t, unchangedSince(dir, m), "a missing folder")
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

// TestReuserOnlyForMatchingKeys: a page is kept or offered only when its key
// matches the one the spare or the published site had.
func TestReuserOnlyForMatchingKeys(t *testing.T) {
	r := &pageReuse{out: "/site", keys: map[string]string{"a/index.html": "k1", "feed.xml": ""},
		held: map[string]string{"b/index.html": "k2", "feed.xml": ""}}
	file, ok := r.Previous("a/index.html", "k1")
	assert.True(t, ok)
	assert.Equal(t, filepath.Join("/site", "a", "index.html"), file)
	_, ok = r.Previous("a/index.html", "k2")
	assert.False(t, ok, "another key")
	_, ok = r.Previous("b/index.html", "k1")
	assert.False(t, ok, "a page the site did not have")
	assert.True(t, r.Kept("b/index.html", "k2"))
	assert.False(t, r.Kept("b/index.html", "k1"))
	assert.False(t, r.Kept("a/index.html", "k1"), "a page the spare does not hold")
}

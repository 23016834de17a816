package site

import (
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/topicdigest/digest/cmd/benchcorpus/corpus"
	"github.com/topicdigest/digest/site/cache"
	"github.com/topicdigest/digest/site/ingest"
	"github.com/topicdigest/digest/site/model"
)

// cacheNow pins the clock of the cache tests.
var cacheNow = time.Date(2026, 1, 1, 12, 0, 0, 0, time.UTC)

// TestMain keeps the package's builds from writing an article cache into the
// source tree: a test that wants one names its folder.
func TestMain(m *testing.M) {
	if os.Getenv(cache.EnvVar) == "" {
		os.Setenv(cache.EnvVar, "off")
	}
	os.Exit(m.Run())
}

// cacheCorpus writes a small generated content folder and returns it.
func cacheCorpus(t *testing.T) string {
	dir := t.TempDir()
	_, err := corpus.Write(dir, corpus.Options{N: 60, Seed: 3})
	require.NoError(t, err)
	return filepath.Join(dir, "articles")
}

// buildWithCache builds content into a new folder with DIGEST_CACHE set to
// env and returns the folder's files by path.
func buildWithCache(t *testing.T, content, env string) map[string]string {
	t.Setenv(cache.EnvVar, env)
	out := filepath.Join(t.TempDir(), "public")
	_, err := Build(Options{Content: content, Out: out, Now: cacheNow})
	require.NoError(t, err)
	return readTree(t, out)
}

// readTree is every file under root by its path relative to root.
func readTree(t *testing.T, root string) map[string]string {
	files := map[string]string{}
	require.NoError(t, filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(path)
		rel, _ := filepath.Rel(root, path)
		files[rel] = string(b)
		return err
	}))
	return files
}

// TestBuildCacheColdWarmOffIdentical: a build that fills the cache, one that
// reads it and one without it publish the same bytes.
func TestBuildCacheColdWarmOffIdentical(t *testing.T) {
	content := cacheCorpus(t)
	cacheDir := t.TempDir()
	cold := buildWithCache(t, content, cacheDir)
	dir, err := cache.Dir(content)
	require.NoError(t, err)
	require.FileExists(t, filepath.Join(dir, articlePack), "the cold build fills the cache")
	assert.Greater(t, len(packKeys(t, filepath.Join(dir, articlePack))), 50)
	warm := buildWithCache(t, content, cacheDir)
	off := buildWithCache(t, content, "off")
	require.NotEmpty(t, cold)
	assert.Equal(t, off, cold)
	assert.Equal(t, off, warm)
}

// TestCleanCachedRecleansOnlyTheChangedFile: after one file changes, the cache
// serves every other article and the changed one is cleaned anew, with the
// same articles a build without the cache gets.
func TestCleanCachedRecleansOnlyTheChangedFile(t *testing.T) {
	content := cacheCorpus(t)
	t.Setenv(cache.EnvVar, t.TempDir())
	dir, err := cache.Dir(content)
	require.NoError(t, err)
	pack := filepath.Join(dir, articlePack)
	walk := func() []model.Document {
		docs, _, err := ingest.Walk(content, ingest.Options{Now: cacheNow})
		require.NoError(t, err)
		return docs
	}
	before, _ := cleanCached(walk(), content, cacheNow, nil)
	keysBefore := packKeys(t, pack)

	files, err := filepath.Glob(filepath.Join(content, "*.txt"))
	require.NoError(t, err)
	sort.Strings(files)
	changed := files[len(files)/2]
	require.NoError(t, os.WriteFile(changed, []byte(editLongestLine(t, changed)), 0o644))

	after, _ := cleanCached(walk(), content, cacheNow, nil)
	keysAfter := packKeys(t, pack)
	assert.Len(t, keysAfter, len(keysBefore))
	assert.Len(t, newKeys(keysAfter, keysBefore), 1, "one article cleaned anew")
	assert.Len(t, newKeys(keysBefore, keysAfter), 1, "its old version dropped")

	t.Setenv(cache.EnvVar, "off")
	fresh, _ := cleanCached(walk(), content, cacheNow, nil)
	assert.Equal(t, fresh, after, "what the cache serves is what cleaning gives")
	require.Len(t, after, len(before))
	rel, err := filepath.Rel(content, changed)
	require.NoError(t, err)
	for i := range after {
		if after[i].File == filepath.ToSlash(rel) {
			assert.NotEqual(t, before[i].Text, after[i].Text, "the changed article")
			continue
		}
		assert.Equal(t, before[i], after[i], "an unchanged article")
	}
}

// editLongestLine returns the file's text with a sentence added to its
// longest line, a paragraph of the article.
func editLongestLine(t *testing.T, path string) string {
	b, err := os.ReadFile(path)
	require.NoError(t, err)
	lines := strings.Split(string(b), "\n")
	longest := 0
	for i, l := range lines {
		if len(l) > len(lines[longest]) {
			longest = i
		}
	}
	lines[longest] += " Officials added more detail later that day."
	return strings.Join(lines, "\n")
}

// packKeys reads the keys of the article pack at path.
func packKeys(t *testing.T, path string) map[string]bool {
	p, err := cache.Load[model.Article](path, cache.Articles{})
	require.NoError(t, err)
	keys := map[string]bool{}
	for _, k := range p.Keys() {
		keys[k] = true
	}
	return keys
}

// newKeys are the keys of a that b lacks.
func newKeys(a, b map[string]bool) []string {
	var out []string
	for k := range a {
		if !b[k] {
			out = append(out, k)
		}
	}
	return out
}

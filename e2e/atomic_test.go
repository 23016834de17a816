package e2e

import (
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/topicdigest/digest/cmd/benchcorpus/corpus"
)

// generatedContent writes a synthetic digest of n articles, half raw page dumps
// and half Markdown, and returns its content folder.
func generatedContent(t *testing.T, dir string, n int, seed uint64) string {
	t.Helper()
	_, err := corpus.Write(dir, corpus.Options{N: n - n/2, Seed: seed, Format: corpus.Text})
	require.NoError(t, err)
	md := filepath.Join(t.TempDir(), "md")
	_, err = corpus.Write(md, corpus.Options{N: n / 2, Seed: seed + 1000, Format: corpus.Markdown})
	require.NoError(t, err)
	require.NoError(t, os.Remove(filepath.Join(md, "articles", "site.toml")))
	require.NoError(t, os.Rename(filepath.Join(md, "articles"), filepath.Join(dir, "articles", "md")))
	return filepath.Join(dir, "articles")
}

func TestBuildsAreByteIdenticalWhateverTheCores(t *testing.T) {
	dir := t.TempDir()
	content := generatedContent(t, filepath.Join(dir, "gen"), 300, 7)
	for _, c := range []string{content, filepath.Join(repoRoot(t), "content")} {
		a, b := filepath.Join(dir, "a"), filepath.Join(dir, "b")
		// Without the cache, so each build cleans and groups anew.
		r := runDigest(t, dir, []string{"DIGEST_CACHE=off"}, "build", "-content", c, "-out", a)
		require.Equal(t, 0, r.code, r.stderr)
		r = runDigest(t, dir, []string{"GOMAXPROCS=1", "DIGEST_CACHE=off"}, "build", "-content", c, "-out", b)
		require.Equal(t, 0, r.code, r.stderr)
		assert.Equal(t, treeHashes(t, a), treeHashes(t, b), "%s: builds differ between GOMAXPROCS=1 and the default", c)
		require.NoError(t, os.RemoveAll(a))
		require.NoError(t, os.RemoveAll(b))
	}
}

func TestKilledBuildLeavesPreviousSiteWhole(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a 1,200-article digest several times")
	}
	dir := t.TempDir()
	oldContent := generatedContent(t, filepath.Join(dir, "old"), 400, 1)
	newContent := generatedContent(t, filepath.Join(dir, "new"), 1200, 2)
	public := filepath.Join(dir, "site", "public")
	buildSite(t, oldContent, public)
	oldSite := treeHashes(t, public)
	start := time.Now()
	buildSite(t, newContent, filepath.Join(dir, "ref", "public"))
	took := time.Since(start)
	newSite := treeHashes(t, filepath.Join(dir, "ref", "public"))

	seed := uint64(time.Now().UnixNano())
	r := rand.New(rand.NewPCG(seed, 0))
	t.Logf("full build %v; kill times drawn with seed %d", took, seed)
	for i := range 5 {
		delay := took/4 + time.Duration(r.Int64N(int64(took))) // mostly mid-build, now and then after it
		cmd := exec.Command(digestBin, "build", "-content", newContent, "-out", public)
		cmd.Dir = dir
		require.NoError(t, cmd.Start())
		time.Sleep(delay)
		require.NoError(t, cmd.Process.Kill())
		_ = cmd.Wait()
		got := treeHashes(t, public)
		switch {
		case mapsEqual(got, oldSite):
			t.Logf("kill %d after %v: previous site intact", i, delay)
		case mapsEqual(got, newSite):
			t.Logf("kill %d after %v: the build had already published", i, delay)
			buildSite(t, oldContent, public)
		default:
			t.Fatalf("kill %d after %v left a site that is neither the old nor the new one", i, delay)
		}
	}
	buildSite(t, oldContent, public)
	assert.Equal(t, oldSite, treeHashes(t, public))
	assert.Empty(t, workFolders(t, filepath.Dir(public)), "the next build removes what killed builds left")
}

func TestConcurrentBuildsLeaveACompleteSite(t *testing.T) {
	dir := t.TempDir()
	content := generatedContent(t, filepath.Join(dir, "gen"), 300, 3)
	ref := filepath.Join(dir, "ref")
	buildSite(t, content, ref)
	public := filepath.Join(dir, "site", "public")
	var wg sync.WaitGroup
	results := make([]result, 3)
	for i := range results {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i] = runDigest(t, dir, nil, "build", "-content", content, "-out", public)
		}()
	}
	wg.Wait()
	for _, r := range results {
		assert.Equal(t, 0, r.code, r.stderr)
	}
	assert.Equal(t, treeHashes(t, ref), treeHashes(t, public))
	assert.Empty(t, workFolders(t, filepath.Dir(public)))
}

// workFolders lists the hidden .public.new-* and .public.old-* folders builds
// of public/ leave in dir while they work.
func workFolders(t *testing.T, dir string) []string {
	t.Helper()
	ents, err := os.ReadDir(dir)
	require.NoError(t, err)
	var out []string
	for _, e := range ents {
		if e.IsDir() && (strings.HasPrefix(e.Name(), ".public.new-") || strings.HasPrefix(e.Name(), ".public.old-")) {
			out = append(out, e.Name())
		}
	}
	return out
}

func mapsEqual(a, b map[string]string) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if b[k] != v {
			return false
		}
	}
	return true
}

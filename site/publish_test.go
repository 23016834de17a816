package site

import (
	"os"
	"path/filepath"
	"strconv"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// writeSite fills dir with one file whose content names the build, so a test can
// tell which build's site is in place.
func writeSite(t *testing.T, dir, build string) {
	t.Helper()
	require.NoError(t, os.MkdirAll(filepath.Join(dir, "sub"), 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "index.html"), []byte(build), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "sub", "page.html"), []byte(build), 0o644))
}

func readSite(t *testing.T, dir string) (string, string) {
	t.Helper()
	a, err := os.ReadFile(filepath.Join(dir, "index.html"))
	require.NoError(t, err)
	b, err := os.ReadFile(filepath.Join(dir, "sub", "page.html"))
	require.NoError(t, err)
	return string(a), string(b)
}

func publish(t *testing.T, out, build string) {
	t.Helper()
	p, err := openPublisher(out)
	require.NoError(t, err)
	defer p.close()
	tmp, err := p.tempDir()
	require.NoError(t, err)
	writeSite(t, tmp, build)
	old, err := p.swap(tmp)
	require.NoError(t, err)
	require.NoError(t, os.RemoveAll(old))
}

func hiddenEntries(t *testing.T, parent string) []string {
	t.Helper()
	ents, err := os.ReadDir(parent)
	require.NoError(t, err)
	var names []string
	for _, e := range ents {
		names = append(names, e.Name())
	}
	return names
}

func TestPublishReplacesWholeSite(t *testing.T) {
	noExchange := func(a, b string) (bool, error) { return false, nil }
	for name, exchange := range map[string]func(a, b string) (bool, error){"atomic exchange": exchange, "two renames": noExchange} {
		t.Run(name, func(t *testing.T) {
			defer func(f func(a, b string) (bool, error)) { exchangeDirs = f }(exchangeDirs)
			exchangeDirs = exchange
			parent := t.TempDir()
			out := filepath.Join(parent, "public")
			publish(t, out, "first")
			publish(t, out, "second")
			a, b := readSite(t, out)
			assert.Equal(t, "second", a)
			assert.Equal(t, "second", b)
			assert.ElementsMatch(t, []string{"public", ".public.lock"}, hiddenEntries(t, parent),
				"only the site and its lock file stay beside the output folder")
		})
	}
}

func TestPublishRecoversFromKilledBuilds(t *testing.T) {
	tests := []struct {
		name     string
		leftover func(parent, out string)
		want     string
	}{
		{"half-rendered folder is removed", func(parent, out string) {
			writeSite(t, filepath.Join(parent, ".public.new-123"), "half")
		}, "old"},
		{"site set aside mid-swap is restored", func(parent, out string) {
			require.NoError(t, os.Rename(out, filepath.Join(parent, ".public.old-.public.new-9")))
			writeSite(t, filepath.Join(parent, ".public.new-9"), "new")
		}, "old"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			parent := t.TempDir()
			out := filepath.Join(parent, "public")
			publish(t, out, "old")
			tt.leftover(parent, out)
			p, err := openPublisher(out)
			require.NoError(t, err)
			p.close()
			a, _ := readSite(t, out)
			assert.Equal(t, tt.want, a)
			assert.ElementsMatch(t, []string{"public", ".public.lock"}, hiddenEntries(t, parent))
		})
	}
}

func TestConcurrentPublishesLeaveOneCompleteSite(t *testing.T) {
	parent := t.TempDir()
	out := filepath.Join(parent, "public")
	var wg sync.WaitGroup
	for i := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			publish(t, out, "build"+strconv.Itoa(i))
		}()
	}
	wg.Wait()
	a, b := readSite(t, out)
	assert.Equal(t, a, b, "both files come from the same build")
	assert.ElementsMatch(t, []string{"public", ".public.lock"}, hiddenEntries(t, parent))
}

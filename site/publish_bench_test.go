package site

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/topicdigest/digest/site/cache"
	"github.com/topicdigest/digest/site/internal/cputime"
)

// BenchmarkRepublish renders and publishes the content folder named by
// $DIGEST_BENCH_CONTENT again and again with the cache warm, nothing changed:
// the rendering and publishing stages of a no-change rebuild, without the
// reading, cleaning and grouping before them (loaded once, outside the
// timer). Two publishes before the timer fill the manifest and the spare.
//
//	DIGEST_BENCH_CONTENT=/dev/shm/c100k/articles go test ./site -run XXX -bench Republish -benchtime 5x
func BenchmarkRepublish(b *testing.B) {
	content := os.Getenv("DIGEST_BENCH_CONTENT")
	if content == "" {
		b.Skip("set DIGEST_BENCH_CONTENT to a content folder")
	}
	b.Setenv(cache.EnvVar, b.TempDir())
	opts := Options{Content: content, Out: filepath.Join(b.TempDir(), "public"), Now: benchNow}
	d, err := Load(opts)
	require.NoError(b, err)
	for range 2 {
		_, err := publishDigest(d, opts)
		require.NoError(b, err)
	}
	require.DirExists(b, spareOf(b, content, opts.Out), "a spare site is kept")
	b.ResetTimer()
	var cpu time.Duration
	for range b.N {
		before := cputime.Process()
		st, err := publishDigest(d, opts)
		require.NoError(b, err)
		cpu += cputime.Process() - before
		require.Equal(b, st.Pages, st.Reused, "every page is reused")
	}
	b.ReportMetric(cpu.Seconds()/float64(b.N), "cpu-s/op")
}

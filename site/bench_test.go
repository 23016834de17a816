package site

import (
	"os"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/topicdigest/digest/cmd/benchcorpus/corpus"
)

// benchNow pins the clock so every run cleans dates the same way.
var benchNow = time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)

// benchBuild builds n generated raw articles b.N times and reports articles/s.
// The corpus is written once, outside the timer; each build is cold (no cache)
// and writes into its own output folder. Profile it with
//
//	go test ./site -run XXX -bench Build10k -benchtime 1x -cpuprofile cpu.prof -memprofile mem.prof
func benchBuild(b *testing.B, n int) {
	if testing.Short() {
		b.Skip("builds a generated corpus; not under -short")
	}
	b.Setenv("DIGEST_CACHE", "off")
	dir := b.TempDir()
	_, err := corpus.Write(dir, corpus.Options{N: n, Seed: 1})
	require.NoError(b, err)
	b.ResetTimer()
	for i := range b.N {
		res, err := Build(Options{
			Content: filepath.Join(dir, "articles"),
			Out:     filepath.Join(dir, "out"+strconv.Itoa(i)),
			Now:     benchNow,
		})
		require.NoError(b, err)
		require.Equal(b, n, res.Articles)
	}
	b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}

// BenchmarkBuild10k is the Hugo-comparison size.
func BenchmarkBuild10k(b *testing.B) { benchBuild(b, 10000) }

// BenchmarkBuild100k is the scale goal; it takes minutes, so it runs only when
// DIGEST_BENCH_LARGE is set.
func BenchmarkBuild100k(b *testing.B) {
	if os.Getenv("DIGEST_BENCH_LARGE") == "" {
		b.Skip("set DIGEST_BENCH_LARGE=1 to run the 100,000-article build")
	}
	benchBuild(b, 100000)
}

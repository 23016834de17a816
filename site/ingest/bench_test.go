package ingest

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/topicdigest/digest/site/internal/cputime"
)

// benchFiles is the size of the folder BenchmarkWalk reads: the scale the
// ingest stage is sized for (100,000 files in a few seconds on 2 cores).
const benchFiles = 100_000

// writeBenchFolder fills dir with n page dumps of about 2 KB in 100 folders.
func writeBenchFolder(b *testing.B, dir string, n int) {
	b.Helper()
	body := strings.Repeat("An ordinary line of a page dump with some words in it, like any article has.\n", 25)
	for i := 0; i < n; i++ {
		sub := filepath.Join(dir, fmt.Sprintf("f%02d", i%100))
		if i < 100 {
			if err := os.MkdirAll(sub, 0o755); err != nil {
				b.Fatal(err)
			}
		}
		page := fmt.Sprintf(" date 2025-07-%02d Site %d\n%s", 1+i%28, i, body)
		if err := os.WriteFile(filepath.Join(sub, fmt.Sprintf("page-%06d.txt", i)), []byte(page), 0o644); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkWalk reads a folder of benchFiles page dumps and reports files/s
// and the CPU seconds a walk costs (on a shared machine, wall time mostly
// measures the neighbours).
func BenchmarkWalk(b *testing.B) {
	dir := b.TempDir()
	writeBenchFolder(b, dir, benchFiles)
	b.ResetTimer()
	cpu := cputime.Process()
	for i := 0; i < b.N; i++ {
		docs, warns, err := Walk(dir, Options{Now: testNow})
		if err != nil || len(docs) != benchFiles || len(warns) != 0 {
			b.Fatalf("%d docs, %d warnings, %v", len(docs), len(warns), err)
		}
	}
	b.ReportMetric(float64(benchFiles*b.N)/b.Elapsed().Seconds(), "files/s")
	b.ReportMetric((cputime.Process()-cpu).Seconds()/float64(b.N), "cpu-s/op")
}

// BenchmarkParseFile parses one seed-sized page dump from memory.
func BenchmarkParseFile(b *testing.B) {
	raw, err := os.ReadFile(filepath.Join("..", "..", "content", "001_7d9e376d08f24ce1.txt"))
	if err != nil {
		b.Skip("sample content not found")
	}
	b.SetBytes(int64(len(raw)))
	for i := 0; i < b.N; i++ {
		ParseFile("content/x.txt", "x.txt", raw, Options{Now: testNow})
	}
}

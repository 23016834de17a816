package clean

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/topicdigest/digest/site/model"
)

// BenchmarkCleanBenchPages cleans the benchmark page dumps
// (../shared/bench/cleaning/text) with CleanAll, as a build does, and reports
// pages per second. It is skipped when the benchmark data is absent.
func BenchmarkCleanBenchPages(b *testing.B) {
	files, _ := filepath.Glob("../../../shared/bench/cleaning/text/*.txt")
	if len(files) == 0 {
		b.Skip("../shared/bench not found")
	}
	docs := make([]model.Document, 0, len(files))
	size := 0
	for _, f := range files {
		body, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		size += len(body)
		docs = append(docs, model.Document{ID: filepath.Base(f), Path: f, Format: model.FormatText, Body: string(body)})
	}
	b.SetBytes(int64(size))
	b.ResetTimer()
	for b.Loop() {
		CleanAll(docs, Options{Now: testNow})
	}
	b.ReportMetric(float64(len(docs)*b.N)/b.Elapsed().Seconds(), "pages/s")
}

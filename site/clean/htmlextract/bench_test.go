package htmlextract

import (
	"os"
	"path/filepath"
	"testing"
)

// benchPages are the saved HTML pages of the shared extraction benchmark,
// beside the repository; the benchmark is skipped without them.
const benchPages = "../../../../shared/bench/cleaning/html"

// BenchmarkExtract reports pages per second over the benchmark's HTML pages.
func BenchmarkExtract(b *testing.B) {
	files, _ := filepath.Glob(filepath.Join(benchPages, "*.html"))
	if len(files) == 0 {
		b.Skip("no benchmark pages at " + benchPages)
	}
	pages := make([]string, len(files))
	size := 0
	for i, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		pages[i] = string(src)
		size += len(src)
	}
	b.SetBytes(int64(size))
	b.ResetTimer()
	for b.Loop() {
		for _, p := range pages {
			if _, err := Extract(p, Options{Now: testNow}); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(b.N*len(pages))/b.Elapsed().Seconds(), "pages/s")
}

package group

import (
	"fmt"
	"testing"

	"github.com/topicdigest/digest/site/internal/cputime"
	"github.com/topicdigest/digest/site/model"
)

// BenchmarkGroup groups synthetic digests of 10,000 and 100,000 articles;
// the issue asks for 100,000 in at most 20 s on 2 cores, and at most 12x the
// 10,000 time (go test -bench Group -benchtime 1x -cpu 2 ./site/group).
func BenchmarkGroup(b *testing.B) {
	for _, n := range benchSizes {
		arts, gold := synthArticles(n, 1)
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			var evs []*model.Event
			cpu := cputime.Process()
			for b.Loop() {
				evs = Group(arts, Options{})
			}
			b.ReportMetric((cputime.Process()-cpu).Seconds()/float64(b.N), "cpu-s/op")
			b.ReportMetric(score(evs, gold, nil).bcubedF1, "bcubedF1")
		})
	}
}

var benchSizes = []int{10_000, 100_000}

// BenchmarkExtract reads 2,000 synthetic articles into features, the first
// and most allocating step of grouping (go test -bench Extract -benchmem).
func BenchmarkExtract(b *testing.B) {
	arts, _ := synthArticles(2000, 1)
	an := newAnalyzer("en")
	for b.Loop() {
		for _, a := range arts {
			extract(a.Title, a.Text, an)
		}
	}
}

package group

import (
	"testing"
	"time"

	"github.com/topicdigest/digest/site/internal/cputime"
)

// BenchmarkGroupPhases times each grouping phase on 100,000 synthetic articles
// (wall and CPU seconds), to tell the serial phases from the parallel ones:
// go test -run XXX -bench GroupPhases -benchtime 1x -cpu 2 ./site/group
func BenchmarkGroupPhases(b *testing.B) {
	arts, _ := synthArticles(100_000, 1)
	opts := Options{}.withDefaults()
	for b.Loop() {
		g := &grouping{opts: opts, pos: map[string]int32{}}
		sorted := sortedByID(arts)
		for i, a := range sorted {
			g.pos[a.ID] = int32(i)
		}
		var ix index
		phases := []struct {
			name string
			fn   func()
		}{
			{"prepare", func() { g.docs, g.voc, _ = prepare(sorted, nil, nil, false) }},
			{"index", func() { ix = buildIndex(g.docs, g.voc, g.opts.WindowDays, nil) }},
			{"edges", func() { g.edges = candidateEdges(g.docs, ix, opts.WindowDays, adoptShare*opts.Threshold) }},
			{"cluster", func() {
				g.cl = newClusters(g.docs, newApartRules(opts.Editorial, g.pos))
				g.cl.cluster(g.edges, opts.Threshold, opts.WindowDays)
				g.cl.adopt(g.edges, opts.Threshold, opts.WindowDays)
			}},
			{"events", func() { g.events() }},
		}
		for _, p := range phases {
			w, c := time.Now(), cputime.Process()
			p.fn()
			b.ReportMetric(time.Since(w).Seconds(), p.name+"-wall-s")
			b.ReportMetric((cputime.Process() - c).Seconds(), p.name+"-cpu-s")
		}
	}
}

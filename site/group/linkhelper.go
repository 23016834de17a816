package group

import (
	"runtime"
	"sync/atomic"
)

// linkHelper computes part of each merge's links on a second core while the
// clustering of one big component runs on the first. A big digest's
// candidate graph is one component (the generated 100,000 articles: all but
// a few dozen of them), whose merges must run one after another, so that
// core would otherwise sit idle for seconds. A merge's links take tens of
// microseconds, shorter than waking a parked goroutine; the helper therefore
// spins on an atomic counter between merges instead of waiting on a channel
// (it yields to the scheduler now and then, so it never holds up a busy
// machine for long). Parking it after a few thousand idle checks, to spare
// the CPU, made clustering the generated 100,000 articles 1.5-3.5 s slower
// and saved no CPU time. The links are the same dot products in the same order
// whichever core computes them, so the result is too.
type linkHelper struct {
	posted atomic.Int64 // the number of the job waiting or under way
	done   atomic.Int64 // the number of the last job finished
	quit   atomic.Bool

	// the job: the dots of dense (the merged cluster's sum) with sums[ns[k]] into dots[k]
	dense scatter
	sums  []vec
	ns    []int32
	dots  []float64

	buf []float64 // the caller's room for every neighbour's dot, reused
}

// helpFrom is the fewest neighbours a merge must have for its links to be
// shared: below it, handing over costs more than half the work.
const helpFrom = 16

// spinsBeforeYield is how many times a waiting side checks the counter before
// it lets the scheduler run something else.
const spinsBeforeYield = 1 << 12

// startLinkHelper starts the helper goroutine; stop must be called.
func startLinkHelper() *linkHelper {
	h := &linkHelper{}
	go h.run()
	return h
}

func (h *linkHelper) run() {
	var seen int64
	for {
		spinUntil(func() bool { return h.posted.Load() != seen || h.quit.Load() })
		if h.quit.Load() {
			return
		}
		job := h.posted.Load()
		for k, n := range h.ns {
			h.dots[k] = h.dense.dot(h.sums[n])
		}
		seen = job
		h.done.Store(job)
	}
}

// spinUntil checks ready until it holds, yielding now and then.
func spinUntil(ready func() bool) {
	for spins := 0; !ready(); spins++ {
		if spins%spinsBeforeYield == spinsBeforeYield-1 {
			runtime.Gosched()
		}
	}
}

// dotAll returns dense·sums[ns[k]] for every k, in a buffer that the next
// call reuses: the helper takes the neighbours after half while the caller
// computes those before it.
func (h *linkHelper) dotAll(dense scatter, sums []vec, ns []int32) []float64 {
	if cap(h.buf) < len(ns) {
		h.buf = make([]float64, len(ns))
	}
	out := h.buf[:len(ns)]
	half := halfWork(sums, ns)
	h.dense, h.sums, h.ns, h.dots = dense, sums, ns[half:], out[half:]
	job := h.posted.Add(1)
	for k, n := range ns[:half] {
		out[k] = dense.dot(sums[n])
	}
	spinUntil(func() bool { return h.done.Load() == job })
	return out
}

// halfWork is where to split ns so that both sides have about as many terms
// to walk: a dot's cost is its neighbour's length, and the neighbours of a
// merge range from lone articles to clusters of thousands of terms (split by
// count, the caller waited on the helper for a tenth of the clustering).
func halfWork(sums []vec, ns []int32) int {
	total := 0
	for _, n := range ns {
		total += len(sums[n].ids)
	}
	half, done := 0, 0
	for half < len(ns) && 2*done < total {
		done += len(sums[ns[half]].ids)
		half++
	}
	if half > 0 {
		// the last neighbour taken may be big: leave it to the helper if that evens the sides
		prev := done - len(sums[ns[half-1]].ids)
		if max(prev, total-prev) < max(done, total-done) {
			half--
		}
	}
	return half
}

// stop ends the helper goroutine.
func (h *linkHelper) stop() { h.quit.Store(true) }

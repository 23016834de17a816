// Package par runs the independent, per-item work of the pipeline stages on
// every core. Each stage writes its results by index, so the output does not
// depend on which goroutine did what; one small package keeps the ways of
// handing out that work in one place instead of a copy per stage.
package par

import (
	"runtime"
	"sync"
	"sync/atomic"
)

// Each calls f(0..n-1) on one goroutine per core, handing items out one at a
// time so uneven items (a long article, a big component) keep every core busy
// to the end. f must only write what belongs to its index.
func Each(n int, f func(i int)) {
	EachWith(n, func() struct{} { return struct{}{} }, func(_ struct{}, i int) { f(i) })
}

// EachWith is Each for work that needs scratch room: each goroutine first
// makes its own with newScratch and hands it to every f it runs, so scratch is
// made once per core instead of once per item.
func EachWith[S any](n int, newScratch func() S, f func(s S, i int)) {
	var next atomic.Int64
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), n) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s := newScratch()
			for i := int(next.Add(1) - 1); i < n; i = int(next.Add(1) - 1) {
				f(s, i)
			}
		}()
	}
	wg.Wait()
}

// minChunk is the fewest items Chunks hands out at once: below it, handing
// out costs more than the items.
const minChunk = 64

// Chunks splits [0,n) into stretches, about four per core and at least
// minChunk items each, and calls f(lo, hi) for each on one goroutine per core:
// for cheap items, and for work that keeps state across a stretch (a cache of
// stemmers, a buffer). f must only write what belongs to [lo, hi).
func Chunks(n int, f func(lo, hi int)) {
	workers := runtime.GOMAXPROCS(0)
	chunk := max(minChunk, (n+workers*4-1)/(workers*4))
	Each((n+chunk-1)/chunk, func(c int) { f(c*chunk, min((c+1)*chunk, n)) })
}

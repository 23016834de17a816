package clean

import (
	"runtime"
	"sync"
	"sync/atomic"
)

// eachIndex calls f(0..n-1) on one goroutine per core; f must only write to
// what belongs to its own index.
func eachIndex(n int, f func(i int)) {
	var next atomic.Int64
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), max(n, 1)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := int(next.Add(1) - 1); i < n; i = int(next.Add(1) - 1) {
				f(i)
			}
		}()
	}
	wg.Wait()
}

package par

import (
	"runtime"
	"sync/atomic"
	"testing"

	"github.com/stretchr/testify/assert"
)

// withProcs runs f under each GOMAXPROCS setting.
func withProcs(t *testing.T, f func(t *testing.T, procs int)) {
	for _, procs := range []int{1, 2, 4} {
		prev := runtime.GOMAXPROCS(procs)
		f(t, procs)
		runtime.GOMAXPROCS(prev)
	}
}

func TestEachVisitsEveryItemOnce(t *testing.T) {
	withProcs(t, func(t *testing.T, procs int) {
		for _, n := range []int{0, 1, 7, 1000} {
			hits := make([]atomic.Int32, n)
			Each(n, func(i int) { hits[i].Add(1) })
			for i := range hits {
				assert.Equal(t, int32(1), hits[i].Load(), "item %d of %d with %d procs", i, n, procs)
			}
		}
	})
}

func TestEachWithMakesScratchOncePerGoroutine(t *testing.T) {
	withProcs(t, func(t *testing.T, procs int) {
		hits := make([]atomic.Int32, 100)
		var scratches atomic.Int32
		EachWith(len(hits), func() int { return int(scratches.Add(1)) }, func(_ int, i int) { hits[i].Add(1) })
		for i := range hits {
			assert.Equal(t, int32(1), hits[i].Load(), "item %d with %d procs", i, procs)
		}
		assert.LessOrEqual(t, int(scratches.Load()), procs)
	})
}

func TestChunksCoverTheRangeOnce(t *testing.T) {
	withProcs(t, func(t *testing.T, procs int) {
		for _, n := range []int{0, 1, 63, 64, 65, 10000} {
			hits := make([]atomic.Int32, n)
			Chunks(n, func(lo, hi int) {
				assert.Less(t, lo, hi)
				for i := lo; i < hi; i++ {
					hits[i].Add(1)
				}
			})
			for i := range hits {
				assert.Equal(t, int32(1), hits[i].Load(), "item %d of %d with %d procs", i, n, procs)
			}
		}
	})
}

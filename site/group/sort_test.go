package group

import (
	"cmp"
	"math/rand/v2"
	"runtime"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestParallelSortMatchesSort(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	for _, n := range []int{0, 1, 100, 4096 * 2, 4096*5 + 3} {
		for _, procs := range []int{1, 2, 3, 4} {
			xs := make([]int, n)
			for i := range xs {
				xs[i] = r.IntN(n/2 + 1) // with repeats
			}
			want := slices.Clone(xs)
			slices.Sort(want)
			prev := runtime.GOMAXPROCS(procs)
			parallelSort(xs, cmp.Compare[int])
			runtime.GOMAXPROCS(prev)
			assert.Equal(t, want, xs, "%d items on %d cores", n, procs)
		}
	}
}

package group

import (
	"runtime"
	"slices"
	"sync"
)

// parallelSort sorts xs by cmp, which must be a total order (or tell apart
// only items that differ): one part per core sorted at once, then the sorted
// parts merged pairwise.
func parallelSort[T any](xs []T, cmp func(a, b T) int) {
	parts := min(runtime.GOMAXPROCS(0), max(1, len(xs)/4096))
	if parts < 2 {
		slices.SortFunc(xs, cmp)
		return
	}
	bounds := make([]int, parts+1)
	for p := range bounds {
		bounds[p] = p * len(xs) / parts
	}
	var wg sync.WaitGroup
	for p := range parts {
		wg.Add(1)
		go func() {
			defer wg.Done()
			slices.SortFunc(xs[bounds[p]:bounds[p+1]], cmp)
		}()
	}
	wg.Wait()
	buf := make([]T, len(xs))
	for width := 1; width < parts; width *= 2 {
		for p := 0; p+width < parts; p += 2 * width {
			lo, mid, hi := bounds[p], bounds[p+width], bounds[min(p+2*width, parts)]
			mergeSorted(buf[lo:hi], xs[lo:mid], xs[mid:hi], cmp)
			copy(xs[lo:hi], buf[lo:hi])
		}
	}
}

// mergeSorted merges the sorted lists a and b into out, which holds both.
func mergeSorted[T any](out, a, b []T, cmp func(a, b T) int) {
	i, j := 0, 0
	for k := range out {
		if j >= len(b) || (i < len(a) && cmp(a[i], b[j]) <= 0) {
			out[k] = a[i]
			i++
		} else {
			out[k] = b[j]
			j++
		}
	}
}

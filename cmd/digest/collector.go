package main

import "os"

// buildGCPercent is the collector's goal for a build the cache does most of
// (see site.Options.WarmGCPercent): it collects once the heap has grown by a
// fifth of what is live, not by as much again. Such a build's heap is mostly
// what it loaded from the cache, and every megabyte it grows by is fresh
// memory, which the kernel clears on first write at 0.2-0.6 GB/s on the
// 2-core virtual machine of the benchmarks; collecting sooner reuses pages
// instead. Adding one article to 100,000 took a median 3.2 s at 20 against
// 3.8 s at 40, 3.8 s at 60, 4.5 s at 100 (Go's default) and 4.0 s at 10,
// where collecting costs more than it saves.
const buildGCPercent = 20

// warmGCPercent is buildGCPercent, or zero when GOGC names a goal of its
// own; only a process that ends with its build may use it (digest serve,
// which builds again and again, keeps Go's default).
func warmGCPercent() int {
	if os.Getenv("GOGC") != "" {
		return 0
	}
	return buildGCPercent
}

// buildHeapReserve is the heap digest build maps ahead and asks huge pages
// for (see site.ReserveHugeHeap): a little more than a build of 100,000
// articles grows its heap to under the default memory limit. It is address
// space, not memory.
const buildHeapReserve int64 = 2 << 30

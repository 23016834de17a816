package main

import "os"

// buildGCPercent is the collector's goal for a build the cache does most of
// (see site.Options.WarmGCPercent): the heap may grow to five times what is
// live before it collects, instead of twice. esbuild's command line turns
// its collector off for the same reason: a build is one pass that ends with
// the process.
const buildGCPercent = 400

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

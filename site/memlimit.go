package site

import (
	"math"
	"os"
	"runtime/debug"
)

// defaultMemoryLimit is the soft limit on the memory the Go runtime holds that
// a build sets when GOMEMLIMIT does not name one. Without it the collector lets
// the heap grow to twice what is live, and at 100,000 articles what is live
// while grouping (about 1 GiB) would make the process 2-3 GiB; with it the
// collector runs more often only once the heap nears the limit, so small sites
// pay nothing. A digest whose live heap outgrows the limit still builds: the
// runtime caps the time it spends collecting, and GOMEMLIMIT can raise it.
const defaultMemoryLimit = 1792 << 20

// limitMemory sets defaultMemoryLimit unless the environment or the program
// has set a limit already.
func limitMemory() {
	if _, set := os.LookupEnv("GOMEMLIMIT"); set {
		return
	}
	if debug.SetMemoryLimit(-1) != math.MaxInt64 {
		return
	}
	debug.SetMemoryLimit(defaultMemoryLimit)
}

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

// bigDigest is how many content files make a digest big: at 100,000, what a
// build holds live (about 1 GiB while grouping) brings the heap near the
// limit whatever the collector's pace, and collecting each time the heap
// had doubled on the way there cost a one-article rebuild a quarter of a
// second, and a full build a second.
const bigDigest = 50_000

// collectOnLimit lets the collector run on the memory limit alone for the
// rest of a big digest's build, when the limit is the one limitMemory set
// and GOGC names no pace of its own. Build puts the pace back when it ends
// (see keepCollectorPace), so `serve` holds no more between builds.
func collectOnLimit(files int) {
	if files < bigDigest || os.Getenv("GOGC") != "" || debug.SetMemoryLimit(-1) != defaultMemoryLimit {
		return
	}
	debug.SetGCPercent(-1)
}

// keepCollectorPace returns a function that puts the collector's pace back
// as it is now.
func keepCollectorPace() (restore func()) {
	pace := debug.SetGCPercent(100)
	debug.SetGCPercent(pace)
	return func() { debug.SetGCPercent(pace) }
}

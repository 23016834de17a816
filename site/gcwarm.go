package site

import "runtime/debug"

// collectLessWhenWarm sets percent as the collector's goal when the build
// cleaned at most a tenth of its documents. Such a build's heap is mostly
// what it loaded from the cache, live to the end, and the garbage it makes
// is small beside it: at 100,000 articles, adding one article collected 7
// times at Go's default goal (100), 0.25 CPU-s, and with 400 the rebuild's
// median went from 3.73 to 3.60 s. A build that cleans most of its
// documents makes garbage several times its live heap and works near the
// memory limit (see limitMemory), where a laxer goal only raises its peak
// (a first build with the cache at 100,000 articles went from 1.89 to 2.05
// GB), so it keeps the default.
func collectLessWhenWarm(percent, cleaned, documents int) {
	if percent != 0 && !cleanedMost(cleaned, documents) {
		debug.SetGCPercent(percent)
	}
}

// cleanedMost reports whether a build cleaned more than a tenth of its
// documents again: then what the cache held was mostly stale (a first
// build, a new program, a content folder replaced), and the build is run
// as a first one is, whatever the cache still holds.
func cleanedMost(cleaned, documents int) bool { return cleaned*10 > documents }

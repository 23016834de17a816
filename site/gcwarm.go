package site

import "runtime/debug"

// setWarmGCPercent sets percent as the collector's goal when the build
// cleaned at most a tenth of its documents (see Options.WarmGCPercent), and
// only then: it is called once reading and cleaning are over, after the
// heap was reserved (see ReserveHugeHeap), which must come before the first
// collection. A build that cleans most of its documents makes garbage
// several times its live heap and works near the memory limit (see
// limitMemory), where collecting more often only costs time, so it keeps
// the default.
func setWarmGCPercent(percent, cleaned, documents int) {
	if percent != 0 && !cleanedMost(cleaned, documents) {
		debug.SetGCPercent(percent)
	}
}

// cleanedMost reports whether a build cleaned more than a tenth of its
// documents again: then what the cache held was mostly stale (a first
// build, a new program, a content folder replaced), and the build is run
// as a first one is, whatever the cache still holds.
func cleanedMost(cleaned, documents int) bool { return cleaned*10 > documents }

package site

import (
	"runtime/debug"

	"github.com/topicdigest/digest/site/cache"
)

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

// dropStaleBallast drops the ballast of the files mapped so far, and of
// those mapped later (see cache.DropBallast), in a build that cleaned most
// of its documents again though the cache held an earlier build's, as when
// a content folder is replaced by another: the ballast of the stale packs
// then only brought the memory limit closer, and the collector ran back to
// back at it. Replacing 100,000 articles by 100,000 others took 317-384 s,
// and 73 s with this and forgetMemory (62 s with no memory limit). A first
// build keeps its ballast: dropping it there cost 8-10 s.
func dropStaleBallast(content string, cleaned, documents int) {
	if cleanedMost(cleaned, documents) && !fillsEmptyCache(content) {
		cache.DropBallast()
	}
}

package cache

import (
	"os"
	"sync"
	"sync/atomic"
	"unsafe"

	"github.com/topicdigest/digest/site/internal/mapfile"
)

// mapping is set once the process has asked Load to map its files.
var mapping atomic.Bool

// Mapping reports whether MapFiles was called: whether what a pack gives is
// a piece of its file rather than of the heap.
func Mapping() bool { return mapping.Load() }

// MapFiles makes every later Load map its file instead of reading it. The
// values a pack decodes are then pieces of the file's page cache instead
// of a copy of the whole file in fresh heap pages: at 100,000 articles the
// packs are 450 MB, most of it article text an incremental build never
// decodes (and, once the pack is sealed, never reads). A map is never
// unmapped (see mapfile), so only a process that ends with its build may
// call it (digest build does; digest serve, which builds again and again,
// does not).
func MapFiles() { mapping.Store(true) }

// ballast holds, for each mapped file, an untouched heap allocation of its
// size. The collector sets its next goal from the live heap, which the
// packs were part of when read; without them it collected twice as often
// during grouping, which cost more than the mapping saved. An allocation
// that is never written takes no memory, yet counts as live heap, both
// for the goal and for the memory limit, as the packs did.
var ballast struct {
	sync.Mutex
	held    [][]byte
	dropped bool // see DropBallast
}

// DropBallast lets go of the ballast held so far, and maps from then on
// hold none: for a build whose heap the packs it mapped no longer make up,
// because it cleans most of its articles again (see site's earlierLoad.forgetStale).
// There the ballast only brings the memory limit (see site.limitMemory)
// closer: replacing a 100,000-article content folder with another one left
// 610 MB of it beside 700 MB of live heap and 600 MB of partly used pages,
// and the collector ran back to back at the limit.
func DropBallast() {
	ballast.Lock()
	ballast.held, ballast.dropped = nil, true
	ballast.Unlock()
}

// ReleaseBallast lets go of the ballast held so far, and keeps holding it
// for the files mapped from then on: for a build that finds, once it has
// cleaned, that what the files mapped so far hold is stale (a new program,
// whose keys none of their entries match). Their ballast then stood for
// nothing the build uses: in the first build of 100,000 articles after the
// program changed, it kept the live heap at 1.5-1.9 GB from grouping on,
// at the memory limit, and 1.1-1.2 GB without it.
func ReleaseBallast() {
	ballast.Lock()
	ballast.held = nil
	ballast.Unlock()
}

// loadFile is loadBytes as one string: the bytes are the file's map or a
// read that nothing else holds, so the string needs no copy of them (a copy
// was a quarter of a second for the packs of 100,000 articles).
func loadFile(path string) (string, os.FileInfo, error) {
	b, fi, err := loadBytes(path)
	if err != nil || len(b) == 0 {
		return "", fi, err
	}
	return unsafe.String(&b[0], len(b)), fi, nil
}

// loadBytes is the file at path, mapped once MapFiles was called, else
// read, and the state it was in then: for the cache's files outside its
// packs, such as the grouping's memory (129 MB at 100,000 articles), which
// would otherwise be read into as many fresh heap pages on every build.
// Mapped bytes are read-only: the caller must not write to them.
func loadBytes(path string) ([]byte, os.FileInfo, error) {
	if !mapping.Load() {
		return mapfile.Read(path)
	}
	return mapFile(path)
}

// mapFile maps the file at path and holds a ballast of its size.
func mapFile(path string) ([]byte, os.FileInfo, error) {
	b, fi, err := mapfile.Map(path)
	if err != nil || len(b) == 0 {
		return b, fi, err
	}
	ballast.Lock()
	if !ballast.dropped {
		ballast.held = append(ballast.held, make([]byte, len(b)))
	}
	ballast.Unlock()
	return b, fi, nil
}

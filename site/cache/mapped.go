package cache

import (
	"sync"
	"sync/atomic"
	"unsafe"

	"github.com/topicdigest/digest/site/internal/mapfile"
)

// mapping is set once the process has asked Load to map its files.
var mapping atomic.Bool

// MapFiles makes every later Load map its file instead of reading it. The
// values a pack decodes are then pieces of the file's page cache, brought
// in only where a build reads them, instead of a copy of the whole file in
// fresh heap pages: at 100,000 articles the packs are 280 MB, most of it
// article text an incremental build never reads. A map is never unmapped
// (see mapfile), so only a process that ends with its build may call it
// (digest build does; digest serve, which builds again and again, does
// not).
func MapFiles() { mapping.Store(true) }

// ballast holds, for each mapped file, an untouched heap allocation of its
// size. The collector sets its next goal from the live heap, which the
// packs were part of when read; without them it collected twice as often
// during grouping, which cost more than the mapping saved. An allocation
// that is never written takes no memory, yet counts as live heap, both
// for the goal and for the memory limit, as the packs did.
var ballast struct {
	sync.Mutex
	held [][]byte
}

// loadFile is the file at path as one string: mapped once MapFiles was
// called, else read (see readString).
func loadFile(path string) (string, error) {
	if !mapping.Load() {
		return readString(path)
	}
	b, err := mapfile.Map(path)
	if err != nil || len(b) == 0 {
		return "", err
	}
	ballast.Lock()
	ballast.held = append(ballast.held, make([]byte, len(b)))
	ballast.Unlock()
	return unsafe.String(&b[0], len(b)), nil
}

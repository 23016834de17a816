package site

import (
	"path/filepath"

	"github.com/topicdigest/digest/site/internal/hugeheap"
)

// ReserveHugeHeap maps size bytes of heap ahead and asks Linux to back them
// with huge pages (see hugeheap), unless the build of content is to fill
// an empty cache. At 100,000 articles on a 2-core virtual machine whose
// 4 KB page faults cost 12 µs, huge pages took a rebuild after one new
// article from about 6 s to 4.3 s, and a build without the cache from
// 42.5 s to 39 s; but the first build with the cache, which writes every
// pack while its heap sits at the memory limit, went from 58 s to 73-79 s,
// in user time, not in faults. It returns the bytes advised. Only a
// process that ends with its build may call it (digest build does; digest
// serve does not).
func ReserveHugeHeap(content string, size int64) int64 {
	if fillsEmptyCache(content) {
		return 0
	}
	return hugeheap.Reserve(size)
}

// fillsEmptyCache reports whether a build of content caches and finds no
// grouping kept by this program with these options: a first build, or one
// after the program or the settings changed. Such a build cleans every
// article again and fills the cache while its heap sits at the memory
// limit, and there huge pages made it slower by half again and more: the
// first build of 100,000 articles after the program changed took 167 s
// with them, 73 s without (the check once looked only for the memory's
// file, which an earlier program's build leaves too).
func fillsEmptyCache(content string) bool {
	dir, version := cacheFolder(content, nil)
	if dir == "" {
		return false
	}
	s, err := LoadSettings(content)
	if err != nil {
		return true // the build stops at the same error
	}
	key, err := memoryKey(version, GroupOptions(s))
	return err != nil || !memoryKeyed(filepath.Join(dir, memoryFile), key)
}

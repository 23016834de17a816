package site

import (
	"path/filepath"

	"github.com/topicdigest/digest/site/cache"
	"github.com/topicdigest/digest/site/group"
)

// memoryFile is the file, inside cache.Dir, of the last grouping's merges (see
// group.Memory): when the articles changed, the next grouping replays them
// instead of clustering again, and only the clusters the change touched are
// clustered anew (the generated 100,000 articles plus one: 1,070 articles
// touched, 81,648 of 83,679 merges replayed).
const memoryFile = "merges.gob"

// cachedMemory is the memory file: the key of the program and options it
// holds for, and the memory.
type cachedMemory struct {
	Key    string
	Memory *group.Memory
}

// memoryKey names what a grouping's memory holds for: the program and the
// options, not the articles, which it tells apart itself.
func memoryKey(version string, opts group.Options) (string, error) {
	parts, err := optionParts(version, opts)
	if err != nil {
		return "", err
	}
	return cache.Key(append(parts, "memory")...), nil
}

// loadMemory is the memory in dir kept under key, or nil (none, another
// program or options, or a file that does not decode: the grouping then
// clusters from scratch).
func loadMemory(dir, key string) *group.Memory {
	var c cachedMemory
	if !loadGob(filepath.Join(dir, memoryFile), &c) || c.Key != key {
		return nil
	}
	return c.Memory
}

// saveMemory replaces the memory in dir (see saveGob).
func saveMemory(dir, key string, m *group.Memory) error {
	return saveGob(filepath.Join(dir, memoryFile), cachedMemory{Key: key, Memory: m})
}

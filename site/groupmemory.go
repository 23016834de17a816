package site

import (
	"bytes"
	"encoding/gob"
	"fmt"
	"os"
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
	b, err := os.ReadFile(filepath.Join(dir, memoryFile))
	if err != nil {
		return nil
	}
	var c cachedMemory
	if gob.NewDecoder(bytes.NewReader(b)).Decode(&c) != nil || c.Key != key {
		return nil
	}
	return c.Memory
}

// saveMemory replaces the memory in dir, through a temporary file, so a build
// stopped midway leaves the earlier memory or none, never half of one.
func saveMemory(dir, key string, m *group.Memory) error {
	path := filepath.Join(dir, memoryFile)
	var buf bytes.Buffer
	if err := gob.NewEncoder(&buf).Encode(cachedMemory{Key: key, Memory: m}); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, buf.Bytes(), 0o644); err != nil {
		return err
	}
	return os.Rename(tmp, path)
}

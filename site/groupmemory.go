package site

import (
	"encoding/binary"
	"io"
	"os"
	"path/filepath"

	"github.com/topicdigest/digest/site/cache"
	"github.com/topicdigest/digest/site/group"
)

// memoryFile is the file, inside cache.Dir, of what the last grouping
// leaves for the next to replay (see group.Memory): its merges, rows of
// candidate edges, related events and bags. When the articles changed, the
// next grouping takes from it what the change did not touch. The file is
// the key it holds for (uvarint length, then the text), the memory's own
// encoding (group.WriteMemory) and a CRC-32C of both: at 100,000
// articles it is 90 MB, which gob took half a second to write.
const memoryFile = "memory.bin"

// legacyMemoryFile is the gob file earlier versions kept the memory in,
// removed when a memory is saved.
const legacyMemoryFile = "merges.gob"

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
// program or options, or a file that does not check or decode: the grouping
// then clusters from scratch).
func loadMemory(dir, key string) *group.Memory {
	body, ok := cache.ReadChecked(filepath.Join(dir, memoryFile))
	if !ok {
		return nil
	}
	rest, ok := afterKey(body, key)
	if !ok {
		return nil
	}
	m, err := group.ReadMemory(rest) // the memory's lists are views of body
	if err != nil {
		return nil
	}
	return m
}

// memoryKeyed reports whether the memory file at path begins with key, as
// saveMemory writes it: whether it was kept by this program with these
// options, found without reading the rest of it.
func memoryKeyed(path, key string) bool {
	f, err := os.Open(path)
	if err != nil {
		return false
	}
	defer f.Close()
	head := make([]byte, binary.MaxVarintLen64+len(key))
	n, _ := io.ReadFull(f, head)
	_, ok := afterKey(head[:n], key)
	return ok
}

// afterKey is what follows the key at the start of b (its length, then
// itself, as saveMemory writes it), if that key is key.
func afterKey(b []byte, key string) ([]byte, bool) {
	n, k := binary.Uvarint(b)
	if k <= 0 || n != uint64(len(key)) || n > uint64(len(b)-k) || string(b[k:k+int(n)]) != key {
		return nil, false
	}
	return b[k+int(n):], true
}

// saveMemory replaces the memory in dir (see cache.WriteChecked).
func saveMemory(dir, key string, m *group.Memory) error {
	head := append(binary.AppendUvarint(nil, uint64(len(key))), key...)
	_ = os.Remove(filepath.Join(dir, legacyMemoryFile))
	return cache.WriteCheckedWith(filepath.Join(dir, memoryFile), func(w io.Writer) error {
		if _, err := w.Write(head); err != nil {
			return err
		}
		return group.WriteMemory(w, m, int64(len(head)))
	})
}

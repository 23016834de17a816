//go:build unix

package mapfile

import (
	"fmt"
	"os"

	"golang.org/x/sys/unix"
)

// Open maps the file at path, read-only. An empty file is an empty File.
// The file must not shrink while mapped (the cache only ever replaces its
// files, or appends to them).
func Open(path string) (*File, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return nil, err
	}
	size := fi.Size()
	if size == 0 {
		return &File{}, nil
	}
	if int64(int(size)) != size {
		return nil, fmt.Errorf("%s: too large to map (%d bytes)", path, size)
	}
	b, err := unix.Mmap(int(f.Fd()), 0, int(size), unix.PROT_READ, unix.MAP_SHARED)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return &File{Data: b, unmap: func() error { return unix.Munmap(b) }}, nil
}

//go:build !linux

package site

import (
	"fmt"
	"os"
)

// exchange reports false: outside Linux there is no portable atomic exchange of two
// folders, so publishing uses two renames and recovers on the next build.
func exchange(a, b string) (bool, error) { return false, nil }

// folderStamp names the folder at dir as it is now by its modification time,
// which changes when an entry is added or removed; "" when it cannot be read.
func folderStamp(dir string) string {
	fi, err := os.Stat(dir)
	if err != nil {
		return ""
	}
	return fmt.Sprintf("%d", fi.ModTime().UnixNano())
}

// changeTime is when the entry at path last changed, in nanoseconds: its
// modification time, the nearest portable stand-in for a ctime; false when
// it cannot be read.
func changeTime(path string) (int64, bool) {
	fi, err := os.Lstat(path)
	if err != nil {
		return 0, false
	}
	return fi.ModTime().UnixNano(), true
}

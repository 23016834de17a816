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

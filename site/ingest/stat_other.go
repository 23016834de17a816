//go:build !linux

package ingest

import (
	"os"
	"path/filepath"
)

// statOf takes a file's Stat from what every system reports: size and
// modification time.
func statOf(fi os.FileInfo) Stat {
	return Stat{Size: fi.Size(), ModNanos: fi.ModTime().UnixNano()}
}

// statAt is the Stat of the file name in the open folder dir, through a
// link; zero when it fails.
func statAt(dir *os.File, name string) Stat {
	fi, err := os.Stat(filepath.Join(dir.Name(), name))
	if err != nil {
		return Stat{}
	}
	return statOf(fi)
}

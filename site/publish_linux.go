package site

import (
	"errors"
	"fmt"
	"os"

	"golang.org/x/sys/unix"
)

// exchange swaps the folders a and b in one atomic step (renameat2 with
// RENAME_EXCHANGE). It reports false, and changes nothing, when b does not exist
// or the file system cannot exchange, so the caller falls back to two renames.
func exchange(a, b string) (bool, error) {
	if _, err := os.Lstat(b); os.IsNotExist(err) {
		return false, nil
	}
	err := unix.Renameat2(unix.AT_FDCWD, a, unix.AT_FDCWD, b, unix.RENAME_EXCHANGE)
	switch {
	case err == nil:
		return true, nil
	case errors.Is(err, unix.EINVAL), errors.Is(err, unix.ENOSYS), errors.Is(err, unix.EXDEV):
		return false, nil
	default:
		return false, err
	}
}

// folderStamp names the folder at dir as it is now: its device and inode,
// which change when the folder is replaced, and its modification time, which
// changes when an entry is added or removed. "" when it cannot be read.
func folderStamp(dir string) string {
	var st unix.Stat_t
	if err := unix.Stat(dir, &st); err != nil {
		return ""
	}
	return fmt.Sprintf("%d:%d:%d.%09d", st.Dev, st.Ino, st.Mtim.Sec, st.Mtim.Nsec)
}

// changeTime is when the entry at path last changed (its ctime, which no
// program can set back), in nanoseconds of the file system's clock; false
// when it cannot be read.
func changeTime(path string) (int64, bool) {
	var st unix.Stat_t
	if err := unix.Lstat(path, &st); err != nil {
		return 0, false
	}
	return st.Ctim.Nano(), true
}

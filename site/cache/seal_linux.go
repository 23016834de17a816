package cache

import (
	"fmt"
	"os"
	"syscall"
)

// fileState is what a seal records of a file: its device and inode, size,
// and modification and change times to the nanosecond.
func fileState(fi os.FileInfo) string {
	st, ok := fi.Sys().(*syscall.Stat_t)
	if !ok {
		return ""
	}
	return fmt.Sprintf("%d %d %d %d.%09d %d.%09d\n", st.Dev, st.Ino, st.Size,
		st.Mtim.Sec, st.Mtim.Nsec, st.Ctim.Sec, st.Ctim.Nsec)
}

// lockForAppend holds an exclusive lock on f, open to append to a pack,
// until the returned function is called: two builds that save the same pack
// at once then append one after the other, and the second, finding the file
// no longer as it loaded it, does not seal it (see Pack.appendAndSeal). A
// lock that cannot be taken is no lock, and the pack is not sealed.
func lockForAppend(f *os.File) (unlock func(), ok bool) {
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX); err != nil {
		return func() {}, false
	}
	return func() { _ = syscall.Flock(int(f.Fd()), syscall.LOCK_UN) }, true
}

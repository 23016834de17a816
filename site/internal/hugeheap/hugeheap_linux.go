package hugeheap

import (
	"runtime"
	"runtime/debug"
	"unsafe"

	"golang.org/x/sys/unix"
)

// hugePage is the size of a transparent huge page on the systems Go runs
// Linux on (2 MB on amd64 and, with 4 KB base pages, arm64).
const hugePage = 2 << 20

// Reserve has the runtime map size bytes of heap now, advises the kernel to
// back them with huge pages, and gives them back to the runtime unused: the
// heap the process then grows into lies there, as the runtime reuses the
// lowest free addresses first. The memory is never written here, and is
// released to the system before Reserve returns, so it costs address
// space, not memory, and does not count against GOMEMLIMIT. It returns the
// bytes advised: none where the kernel refuses (huge pages turned off).
// Only a process that runs one large job and ends should call it: huge
// pages that a long-lived process holds half used are memory it keeps. A
// 32-bit process, whose address space is too small to spare, reserves
// nothing.
func Reserve(size int64) int64 {
	if size < 2*hugePage || unsafe.Sizeof(uintptr(0)) < 8 || int64(int(size)) != size {
		return 0
	}
	b := make([]byte, int(size)) // fresh from the system, so not zeroed again, and untouched
	off := int(alignUp(uintptr(unsafe.Pointer(unsafe.SliceData(b)))) - uintptr(unsafe.Pointer(unsafe.SliceData(b))))
	n := (len(b) - off) &^ (hugePage - 1)
	advised := int64(n)
	if unix.Madvise(b[off:off+n], unix.MADV_HUGEPAGE) != nil {
		advised = 0
	}
	runtime.KeepAlive(b)
	b = nil
	debug.FreeOSMemory() // collects b and releases its pages, which keeps them out of the memory limit
	return advised
}

// alignUp is p rounded up to a huge page.
func alignUp(p uintptr) uintptr { return (p + hugePage - 1) &^ (hugePage - 1) }

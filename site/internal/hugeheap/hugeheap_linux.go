package hugeheap

import (
	"os"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"strings"
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
// Only a process that runs one large job and ends should call it, before
// its first collection (see noCollectionYet): huge pages that a long-lived
// process holds half used are memory it keeps. A 32-bit process, whose
// address space is too small to spare, reserves nothing; nor does one
// where the kernel counts mappings against a fixed commit limit, and on a
// machine with less than twice size of memory the size is cut to half of
// it: the kernel's default heuristic refuses a mapping larger than the
// machine, and the Go runtime dies when a heap mapping is refused.
func Reserve(size int64) int64 {
	if !noCollectionYet() {
		return 0
	}
	return reserve(size)
}

// noCollectionYet reports whether no collection has run yet. The runtime
// zeroes a large allocation that begins in pages the heap used and freed,
// and only a collection frees them: then the reservation would write all
// of its size, 5.6 s a gigabyte on the machine the benchmarks run on (a
// rebuild with GOGC=50 went from 4 to 18 s).
func noCollectionYet() bool {
	s := []metrics.Sample{{Name: "/gc/cycles/total:gc-cycles"}}
	metrics.Read(s)
	return s[0].Value.Uint64() == 0
}

// reserve is Reserve without the check that no collection ran.
func reserve(size int64) int64 {
	size = withinMachine(size, machineMemory())
	if size < 2*hugePage || unsafe.Sizeof(uintptr(0)) < 8 || int64(int(size)) != size || strictOvercommit() {
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

// withinMachine is size, cut to half of a machine of memory bytes (none
// when its memory is unknown).
func withinMachine(size, memory int64) int64 { return min(size, memory/2) }

// machineMemory is the machine's memory in bytes, or 0 when unknown.
func machineMemory() int64 {
	var si unix.Sysinfo_t
	if unix.Sysinfo(&si) != nil {
		return 0
	}
	return int64(si.Totalram) * int64(si.Unit)
}

// strictOvercommit reports whether the kernel counts every mapping against
// a commit limit (vm.overcommit_memory = 2), or whether that cannot be read.
func strictOvercommit() bool {
	mode, err := os.ReadFile("/proc/sys/vm/overcommit_memory")
	return err != nil || strings.TrimSpace(string(mode)) == "2"
}

// alignUp is p rounded up to a huge page.
func alignUp(p uintptr) uintptr { return (p + hugePage - 1) &^ (hugePage - 1) }

package hugeheap

import (
	"bufio"
	"fmt"
	"os"
	"runtime"
	"strings"
	"testing"
	"unsafe"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestHeapGrownAfterReserveMayUseHugePages: memory the heap takes after
// Reserve lies in a mapping the kernel may back with huge pages, which
// without the advice it may not where huge pages are given only when asked.
func TestHeapGrownAfterReserveMayUseHugePages(t *testing.T) {
	mode, err := os.ReadFile("/sys/kernel/mm/transparent_hugepage/enabled")
	if err != nil || strings.Contains(string(mode), "[never]") {
		t.Skip("this kernel gives no transparent huge pages")
	}
	advised := reserve(256 << 20) // this test process has collected: see TestReserveOnlyBeforeTheFirstCollection
	require.Greater(t, advised, int64(200<<20))
	grown := make([]byte, 64<<20) // taken from the reserved heap, perhaps after a few pages below it
	end := uintptr(unsafe.Pointer(unsafe.SliceData(grown))) + uintptr(len(grown)) - 1
	eligible, err := hugePageEligible(end)
	require.NoError(t, err)
	assert.True(t, eligible, "the heap after Reserve is not advised for huge pages")
	assert.Zero(t, reserve(hugePage), "a size below two huge pages is not worth advising")
}

// TestReserveOnlyBeforeTheFirstCollection: once a collection ran, the
// reservation might begin in freed pages, which the runtime would zero.
func TestReserveOnlyBeforeTheFirstCollection(t *testing.T) {
	runtime.GC()
	assert.False(t, noCollectionYet())
	assert.Zero(t, Reserve(256<<20))
}

// TestReserveNeverAsksForMoreThanHalfTheMachine: the kernel refuses, by
// default, a mapping larger than the machine, and Go dies of a refused heap
// mapping.
func TestReserveNeverAsksForMoreThanHalfTheMachine(t *testing.T) {
	for _, tc := range []struct{ size, memory, want int64 }{
		{2 << 30, 24 << 30, 2 << 30},
		{2 << 30, 4 << 30, 2 << 30},
		{2 << 30, 1 << 30, 512 << 20},
		{2 << 30, 0, 0}, // unknown: nothing
	} {
		assert.Equal(t, tc.want, withinMachine(tc.size, tc.memory), "%d on %d", tc.size, tc.memory)
	}
	assert.Positive(t, machineMemory(), "this machine's memory is read")
}

// hugePageEligible reads, from /proc/self/smaps, whether the mapping that
// holds addr may be backed with huge pages.
func hugePageEligible(addr uintptr) (bool, error) {
	f, err := os.Open("/proc/self/smaps")
	if err != nil {
		return false, err
	}
	defer f.Close()
	in := false
	s := bufio.NewScanner(f)
	for s.Scan() {
		line := s.Text()
		var lo, hi uintptr
		if n, _ := fmt.Sscanf(line, "%x-%x", &lo, &hi); n == 2 && strings.Contains(line, " ") && !strings.HasSuffix(strings.Fields(line)[0], ":") {
			in = lo <= addr && addr < hi
			continue
		}
		if in && strings.HasPrefix(line, "THPeligible:") {
			return strings.TrimSpace(strings.TrimPrefix(line, "THPeligible:")) == "1", nil
		}
	}
	return false, fmt.Errorf("no mapping holds %#x", addr)
}

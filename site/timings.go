package site

import (
	"fmt"
	"io"
	"runtime/metrics"
	"time"

	"github.com/topicdigest/digest/site/internal/cputime"
)

// StageTimes is a Progress that writes how long each stage took, in wall
// and CPU seconds (CPU over wall is how many cores it kept busy), and how
// much heap it allocated, when the next one starts, so benchmark scripts and
// profiling sessions can see where a build's time goes without a profiler.
// The allocations matter as much as the time on machines where memory
// written for the first time is dear (see the README's figures).
type StageTimes struct {
	w     io.Writer
	stage Stage
	items int
	start time.Time
	cpu   time.Duration // the process's CPU time when the stage began
	alloc uint64        // the bytes the process had allocated on its heap then
	began bool
}

// NewStageTimes reports to w, one line per stage.
func NewStageTimes(w io.Writer) *StageTimes { return &StageTimes{w: w} }

// Stage implements Progress.
func (t *StageTimes) Stage(s Stage, items int) {
	t.flush()
	t.stage, t.items, t.start, t.cpu, t.alloc, t.began = s, items, time.Now(), cputime.Process(), heapAllocated(), true
}

// Done implements Progress.
func (t *StageTimes) Done() { t.flush() }

func (t *StageTimes) flush() {
	if !t.began {
		return
	}
	fmt.Fprintf(t.w, "time: %-10s %8.3fs  cpu %7.3fs  alloc %6d MB  (%d items)\n", t.stage, time.Since(t.start).Seconds(),
		(cputime.Process() - t.cpu).Seconds(), (heapAllocated()-t.alloc)>>20, t.items)
	t.began = false
}

// heapAllocated is the bytes the process has allocated on its heap so far.
func heapAllocated() uint64 {
	s := []metrics.Sample{{Name: "/gc/heap/allocs:bytes"}}
	metrics.Read(s)
	return s[0].Value.Uint64()
}

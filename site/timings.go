package site

import (
	"fmt"
	"io"
	"time"

	"github.com/topicdigest/digest/site/internal/cputime"
)

// StageTimes is a Progress that writes how long each stage took, in wall
// and CPU seconds (CPU over wall is how many cores it kept busy), when the
// next one starts, so benchmark scripts and profiling sessions can see where
// a build's time goes without a profiler.
type StageTimes struct {
	w     io.Writer
	stage Stage
	items int
	start time.Time
	cpu   time.Duration // the process's CPU time when the stage began
	began bool
}

// NewStageTimes reports to w, one line per stage.
func NewStageTimes(w io.Writer) *StageTimes { return &StageTimes{w: w} }

// Stage implements Progress.
func (t *StageTimes) Stage(s Stage, items int) {
	t.flush()
	t.stage, t.items, t.start, t.cpu, t.began = s, items, time.Now(), cputime.Process(), true
}

// Done implements Progress.
func (t *StageTimes) Done() { t.flush() }

func (t *StageTimes) flush() {
	if !t.began {
		return
	}
	fmt.Fprintf(t.w, "time: %-10s %8.3fs  cpu %7.3fs  (%d items)\n", t.stage, time.Since(t.start).Seconds(),
		(cputime.Process() - t.cpu).Seconds(), t.items)
	t.began = false
}

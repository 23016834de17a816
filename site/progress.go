package site

import (
	"fmt"
	"io"
	"sync"
	"time"
)

// Stage is one step of a build, reported to a Progress as it starts.
type Stage int

// The build's stages, in the order they run.
const (
	StageRead Stage = iota
	StageClean
	StageGroup
	StageRender
	StagePublish
	stageCount
)

var stageNames = [...]string{"reading", "cleaning", "grouping", "rendering", "publishing"}

func (s Stage) String() string { return stageNames[s] }

// Progress is told when each stage of a build starts and when the build ends, so a
// long build can show where it is. Build calls it from one goroutine.
type Progress interface {
	Stage(s Stage, items int) // s starts, working on items things (0 when unknown)
	Done()                    // the build ended, successfully or not
}

// report tells p, if there is one, that a stage starts.
func report(p Progress, s Stage, items int) {
	if p != nil {
		p.Stage(s, items)
	}
}

// TerminalProgress draws a one-line bar on a terminal, redrawn in place with a
// carriage return, and clears it when the build ends so the summary line stands alone.
type TerminalProgress struct {
	w     io.Writer
	mu    sync.Mutex
	start time.Time
	stage Stage
	items int
	stop  chan struct{}
	ended sync.WaitGroup
}

// NewTerminalProgress starts drawing on w, which should be a terminal; the elapsed
// time ticks while a slow stage runs so the build never looks frozen.
func NewTerminalProgress(w io.Writer) *TerminalProgress {
	p := &TerminalProgress{w: w, start: time.Now(), stop: make(chan struct{})}
	p.ended.Add(1)
	go p.tick(200 * time.Millisecond)
	return p
}

func (p *TerminalProgress) tick(every time.Duration) {
	defer p.ended.Done()
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		select {
		case <-p.stop:
			return
		case <-t.C:
			p.draw()
		}
	}
}

// Stage implements Progress.
func (p *TerminalProgress) Stage(s Stage, items int) {
	p.mu.Lock()
	p.stage, p.items = s, items
	p.mu.Unlock()
	p.draw()
}

// Done implements Progress: it stops the ticker and erases the bar.
func (p *TerminalProgress) Done() {
	close(p.stop)
	p.ended.Wait()
	fmt.Fprint(p.w, "\r\x1b[K")
}

func (p *TerminalProgress) draw() {
	p.mu.Lock()
	defer p.mu.Unlock()
	fmt.Fprintf(p.w, "\r\x1b[K%s", progressLine(p.stage, p.items, time.Since(p.start)))
}

// progressLine is the bar's text, e.g. "[=====>    ] 3/5 grouping 1204 articles 2.1s".
func progressLine(s Stage, items int, elapsed time.Duration) string {
	const width = 20
	filled := width * int(s) / int(stageCount)
	bar := make([]byte, width)
	for i := range bar {
		switch {
		case i < filled:
			bar[i] = '='
		case i == filled:
			bar[i] = '>'
		default:
			bar[i] = ' '
		}
	}
	what := ""
	if items > 0 {
		what = fmt.Sprintf(" %d %s", items, stageUnit(s))
	}
	return fmt.Sprintf("[%s] %d/%d %s%s %.1fs", bar, int(s)+1, int(stageCount), s, what, elapsed.Seconds())
}

func stageUnit(s Stage) string {
	switch s {
	case StageRead:
		return "files"
	case StageRender, StagePublish:
		return "events"
	default:
		return "articles"
	}
}

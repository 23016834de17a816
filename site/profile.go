package site

import (
	"bytes"
	"fmt"
	"os"
	"runtime"
	"runtime/metrics"
	"runtime/pprof"
	"runtime/trace"
	"time"
)

// Hidden environment variables that profile a build of the real command, for
// the 100,000-article measurements: DIGEST_CPUPROFILE=FILE writes a CPU profile
// of the whole build, DIGEST_MEMPROFILE=FILE a heap profile taken when the live
// heap was largest (what peak RSS is made of), with allocation totals up to then,
// DIGEST_ALLOCPROFILE=FILE a heap profile taken at the end, whose allocation
// totals (-sample_index=alloc_space) cover the whole build, and
// DIGEST_TRACE=FILE an execution trace (`go tool trace`), which shows the
// stretches where one core works and the other waits.
const (
	envCPUProfile   = "DIGEST_CPUPROFILE"
	envMemProfile   = "DIGEST_MEMPROFILE"
	envAllocProfile = "DIGEST_ALLOCPROFILE"
	envTrace        = "DIGEST_TRACE"
)

// startProfiles starts what the environment asks for and returns the function
// that finishes it; with neither variable set both are no-ops. Profiling
// problems are printed, never fail the build.
func startProfiles() (stop func()) {
	cpu, mem := os.Getenv(envCPUProfile), os.Getenv(envMemProfile)
	var f *os.File
	if cpu != "" {
		var err error
		if f, err = os.Create(cpu); err == nil {
			err = pprof.StartCPUProfile(f)
		}
		if err != nil {
			fmt.Fprintf(os.Stderr, "%s: %v\n", cpu, err)
			f = nil
		}
	}
	var peak *peakHeap
	if mem != "" {
		peak = watchPeakHeap()
	}
	tf := startTrace(os.Getenv(envTrace))
	return func() {
		if f != nil {
			pprof.StopCPUProfile()
			f.Close()
		}
		if tf != nil {
			trace.Stop()
			tf.Close()
		}
		writeAllocProfile(os.Getenv(envAllocProfile))
		if peak != nil {
			peak.write(mem)
		}
	}
}

// peakHeap polls the live heap and keeps a heap profile from the moment it
// was largest; Go has no peak profile of its own, and at the end of a build
// most of what made the peak is garbage.
type peakHeap struct {
	stop chan struct{}
	done chan struct{}
	prof bytes.Buffer
	max  uint64
}

func watchPeakHeap() *peakHeap {
	p := &peakHeap{stop: make(chan struct{}), done: make(chan struct{})}
	go func() {
		defer close(p.done)
		t := time.NewTicker(250 * time.Millisecond)
		defer t.Stop()
		for {
			select {
			case <-p.stop:
				return
			case <-t.C:
				p.sample()
			}
		}
	}()
	return p
}

// sample looks at the heap, garbage included, and when it grew a tenth past
// the largest live heap seen collects the garbage first: a heap profile
// describes the heap as of the last collection, and the objects bytes count
// what is not yet swept, so without the collection the profile and its figure
// would overstate the peak (1.4 GiB reported for a 1 GiB live heap).
func (p *peakHeap) sample() {
	s := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	metrics.Read(s)
	if s[0].Value.Uint64() <= p.max+p.max/10 {
		return
	}
	runtime.GC()
	live := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	metrics.Read(live)
	if v := live[0].Value.Uint64(); v > p.max {
		p.max = v
		p.prof.Reset()
		pprof.Lookup("heap").WriteTo(&p.prof, 0)
	}
}

func (p *peakHeap) write(path string) {
	close(p.stop)
	<-p.done
	err := os.WriteFile(path, p.prof.Bytes(), 0o644)
	if err != nil {
		fmt.Fprintf(os.Stderr, "%s: %v\n", path, err)
		return
	}
	fmt.Fprintf(os.Stderr, "%s: heap profile at a live heap of %d MiB\n", path, p.max>>20)
}

// startTrace starts an execution trace into path and returns its file, or nil
// when path is empty or the trace cannot start (said on stderr).
func startTrace(path string) *os.File {
	if path == "" {
		return nil
	}
	f, err := os.Create(path)
	if err == nil {
		if err = trace.Start(f); err != nil {
			f.Close()
		}
	}
	if err != nil {
		fmt.Fprintf(os.Stderr, "%s: %v\n", path, err)
		return nil
	}
	return f
}

// writeAllocProfile writes a heap profile to path, when path is not empty;
// problems are said on stderr. A heap profile counts what was allocated up
// to the last collection, and a warm build may not have collected since
// its reading stage, so it collects first.
func writeAllocProfile(path string) {
	if path == "" {
		return
	}
	runtime.GC()
	f, err := os.Create(path)
	if err == nil {
		err = pprof.Lookup("heap").WriteTo(f, 0)
		if cerr := f.Close(); err == nil {
			err = cerr
		}
	}
	if err != nil {
		fmt.Fprintf(os.Stderr, "%s: %v\n", path, err)
	}
}

package site

import (
	"fmt"
	"os"
	"runtime"
	"runtime/pprof"
)

// Hidden environment variables that profile a build of the real command, for
// the 100,000-article measurements: DIGEST_CPUPROFILE=FILE writes a CPU profile
// of the whole build, DIGEST_MEMPROFILE=FILE a heap profile taken at its end.
const (
	envCPUProfile = "DIGEST_CPUPROFILE"
	envMemProfile = "DIGEST_MEMPROFILE"
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
	return func() {
		if f != nil {
			pprof.StopCPUProfile()
			f.Close()
		}
		if mem != "" {
			writeHeapProfile(mem)
		}
	}
}

func writeHeapProfile(path string) {
	f, err := os.Create(path)
	if err == nil {
		runtime.GC()
		err = pprof.WriteHeapProfile(f)
		if cerr := f.Close(); err == nil {
			err = cerr
		}
	}
	if err != nil {
		fmt.Fprintf(os.Stderr, "%s: %v\n", path, err)
	}
}

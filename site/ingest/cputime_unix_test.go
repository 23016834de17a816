//go:build unix

package ingest

import (
	"syscall"
	"time"
)

// cpuTime is the CPU time (user and system) this process has used, so that a
// benchmark can report its cost apart from the wait on a busy machine.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

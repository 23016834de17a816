//go:build unix

// Package cputime reads the CPU time the process has used, for benchmarks
// that report it beside wall time: on a machine whose cores are shared, CPU
// seconds vary less from run to run than wall seconds.
package cputime

import (
	"syscall"
	"time"
)

// Process is the CPU time this process has used, user and system; 0 when it
// cannot be read.
func Process() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
